OBJSENSE
 MAX
NAME          fleet_small_seed5
ROWS
 N  OBJ
 L  structure__load_H100_w0_tp1_b128
 L  structure__load_H100_w0_tp2_b128
 L  structure__load_H100_w1_tp1_b128
 L  structure__load_H100_w1_tp2_b128
 L  rate__w0_k0
 L  rate__w0_k1
 L  rate__w1_k0
 L  rate__w1_k1
 L  gpus__H100
 L  budget__all
COLUMNS
    MARK      'MARKER'                 'INTORG'
    n_H100_w0_tp1_b128  structure__load_H100_w0_tp1_b128  -1.414020562814e+06
    n_H100_w0_tp1_b128  gpus__H100   1.000000000000e+00
    n_H100_w0_tp1_b128  budget__all   2.990000000000e+00
    n_H100_w0_tp1_b128  OBJ       -7.612336258093e-03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w0_tp2_b128  structure__load_H100_w0_tp2_b128  -1.414020562814e+06
    n_H100_w0_tp2_b128  gpus__H100   2.000000000000e+00
    n_H100_w0_tp2_b128  budget__all   5.980000000000e+00
    n_H100_w0_tp2_b128  OBJ       -1.522467251619e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w1_tp1_b128  structure__load_H100_w1_tp1_b128  -1.414020562814e+06
    n_H100_w1_tp1_b128  gpus__H100   1.000000000000e+00
    n_H100_w1_tp1_b128  budget__all   2.990000000000e+00
    n_H100_w1_tp1_b128  OBJ       -7.612336258093e-03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w1_tp2_b128  structure__load_H100_w1_tp2_b128  -1.414020562814e+06
    n_H100_w1_tp2_b128  gpus__H100   2.000000000000e+00
    n_H100_w1_tp2_b128  budget__all   5.980000000000e+00
    n_H100_w1_tp2_b128  OBJ       -1.522467251619e-02
    MARK      'MARKER'                 'INTEND'
    x_H100_w0_tp1_b128_k0  structure__load_H100_w0_tp1_b128   1.137688914666e-01
    x_H100_w0_tp1_b128_k0  rate__w0_k0   7.072032941372e-07
    x_H100_w0_tp1_b128_k0  OBJ        1.517375387901e-03
    x_H100_w0_tp1_b128_k1  structure__load_H100_w0_tp1_b128   1.484441347570e-01
    x_H100_w0_tp1_b128_k1  rate__w0_k1   7.072032941372e-07
    x_H100_w0_tp1_b128_k1  OBJ        1.517375387901e-03
    x_H100_w0_tp2_b128_k0  structure__load_H100_w0_tp2_b128   6.537255163451e-02
    x_H100_w0_tp2_b128_k0  rate__w0_k0   7.072032941372e-07
    x_H100_w0_tp2_b128_k0  OBJ        1.517375387901e-03
    x_H100_w0_tp2_b128_k1  structure__load_H100_w0_tp2_b128   7.676706852436e-02
    x_H100_w0_tp2_b128_k1  rate__w0_k1   7.072032941372e-07
    x_H100_w0_tp2_b128_k1  OBJ        1.517375387901e-03
    x_H100_w1_tp1_b128_k0  structure__load_H100_w1_tp1_b128   2.957233465509e-02
    x_H100_w1_tp1_b128_k0  rate__w1_k0   7.072032941372e-07
    x_H100_w1_tp1_b128_k0  OBJ        3.941102517568e-03
    x_H100_w1_tp1_b128_k1  structure__load_H100_w1_tp1_b128   1.795545861204e-01
    x_H100_w1_tp1_b128_k1  rate__w1_k1   7.072032941372e-07
    x_H100_w1_tp1_b128_k1  OBJ        3.941102517568e-03
    x_H100_w1_tp2_b128_k0  structure__load_H100_w1_tp2_b128   1.368825837486e-02
    x_H100_w1_tp2_b128_k0  rate__w1_k0   7.072032941372e-07
    x_H100_w1_tp2_b128_k0  OBJ        3.941102517568e-03
    x_H100_w1_tp2_b128_k1  structure__load_H100_w1_tp2_b128   9.988266783010e-02
    x_H100_w1_tp2_b128_k1  rate__w1_k1   7.072032941372e-07
    x_H100_w1_tp2_b128_k1  OBJ        3.941102517568e-03
RHS
    RHS       structure__load_H100_w0_tp1_b128   0.000000000000e+00
    RHS       structure__load_H100_w0_tp2_b128   0.000000000000e+00
    RHS       structure__load_H100_w1_tp1_b128   0.000000000000e+00
    RHS       structure__load_H100_w1_tp2_b128   0.000000000000e+00
    RHS       rate__w0_k0   5.657626353098e+00
    RHS       rate__w0_k1   9.990736469024e-01
    RHS       rate__w1_k0   4.069991321702e+00
    RHS       rate__w1_k1   2.165608678298e+00
    RHS       gpus__H100   2.000000000000e+00
    RHS       budget__all   2.990000000000e+00
BOUNDS
 UP BND       n_H100_w0_tp1_b128   2.000000000000e+00
 BV BND       n_H100_w0_tp2_b128
 UP BND       n_H100_w1_tp1_b128   2.000000000000e+00
 BV BND       n_H100_w1_tp2_b128
 UP BND       x_H100_w0_tp1_b128_k0   8.000001000000e+06
 UP BND       x_H100_w0_tp1_b128_k1   1.412712000000e+06
 UP BND       x_H100_w0_tp2_b128_k0   8.000001000000e+06
 UP BND       x_H100_w0_tp2_b128_k1   1.412712000000e+06
 UP BND       x_H100_w1_tp1_b128_k0   5.755053000000e+06
 UP BND       x_H100_w1_tp1_b128_k1   3.062217000000e+06
 UP BND       x_H100_w1_tp2_b128_k0   5.755053000000e+06
 UP BND       x_H100_w1_tp2_b128_k1   3.062217000000e+06
ENDATA
