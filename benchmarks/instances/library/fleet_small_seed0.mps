OBJSENSE
 MIN
NAME          fleet_small_seed0
ROWS
 N  OBJ
 L  structure__load_H100_w0_tp1_b128
 L  structure__load_H100_w0_tp2_b128
 L  structure__load_L40S_w0_tp1_b128
 L  structure__load_L40S_w0_tp2_b128
 L  structure__fits_L40S_w0_tp1_b128_k1
 L  memory__L40S_w0_tp1_b128_k1
 G  rate__w0_k0
 G  rate__w0_k1
 L  gpus__H100
 L  gpus__L40S
COLUMNS
    MARK      'MARKER'                 'INTORG'
    n_H100_w0_tp1_b128  structure__load_H100_w0_tp1_b128  -1.174394417598e+06
    n_H100_w0_tp1_b128  gpus__H100   1.000000000000e+00
    n_H100_w0_tp1_b128  OBJ        2.990000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w0_tp2_b128  structure__load_H100_w0_tp2_b128  -1.174394417598e+06
    n_H100_w0_tp2_b128  gpus__H100   2.000000000000e+00
    n_H100_w0_tp2_b128  OBJ        5.980000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp1_b128  structure__load_L40S_w0_tp1_b128  -1.174394417598e+06
    n_L40S_w0_tp1_b128  gpus__L40S   1.000000000000e+00
    n_L40S_w0_tp1_b128  OBJ        1.190000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp2_b128  structure__load_L40S_w0_tp2_b128  -1.174394417598e+06
    n_L40S_w0_tp2_b128  gpus__L40S   2.000000000000e+00
    n_L40S_w0_tp2_b128  OBJ        2.380000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_L40S_w0_tp1_b128_k1  structure__fits_L40S_w0_tp1_b128_k1  -6.801716000000e+06
    u_L40S_w0_tp1_b128_k1  memory__L40S_w0_tp1_b128_k1   4.351817600000e+01
    MARK      'MARKER'                 'INTEND'
    x_H100_w0_tp1_b128_k0  structure__load_H100_w0_tp1_b128   6.941975704335e-02
    x_H100_w0_tp1_b128_k0  rate__w0_k0   8.515026851415e-07
    x_H100_w0_tp1_b128_k1  structure__load_H100_w0_tp1_b128   2.282010908012e-01
    x_H100_w0_tp1_b128_k1  rate__w0_k1   8.515026851415e-07
    x_H100_w0_tp2_b128_k0  structure__load_H100_w0_tp2_b128   3.145326376836e-02
    x_H100_w0_tp2_b128_k0  rate__w0_k0   8.515026851415e-07
    x_H100_w0_tp2_b128_k1  structure__load_H100_w0_tp2_b128   1.075819914632e-01
    x_H100_w0_tp2_b128_k1  rate__w0_k1   8.515026851415e-07
    x_L40S_w0_tp1_b128_k0  structure__load_L40S_w0_tp1_b128   1.858788920949e-01
    x_L40S_w0_tp1_b128_k0  rate__w0_k0   8.515026851415e-07
    x_L40S_w0_tp1_b128_k1  structure__load_L40S_w0_tp1_b128   7.122491903507e-01
    x_L40S_w0_tp1_b128_k1  structure__fits_L40S_w0_tp1_b128_k1   1.000000000000e+00
    x_L40S_w0_tp1_b128_k1  rate__w0_k1   8.515026851415e-07
    x_L40S_w0_tp2_b128_k0  structure__load_L40S_w0_tp2_b128   9.284359697634e-02
    x_L40S_w0_tp2_b128_k0  rate__w0_k0   8.515026851415e-07
    x_L40S_w0_tp2_b128_k1  structure__load_L40S_w0_tp2_b128   3.332797863810e-01
    x_L40S_w0_tp2_b128_k1  rate__w0_k1   8.515026851415e-07
RHS
    RHS       structure__load_H100_w0_tp1_b128   0.000000000000e+00
    RHS       structure__load_H100_w0_tp2_b128   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp1_b128   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp2_b128   0.000000000000e+00
    RHS       structure__fits_L40S_w0_tp1_b128_k1   0.000000000000e+00
    RHS       memory__L40S_w0_tp1_b128_k1   4.050000000000e+01
    RHS       rate__w0_k0   6.812021481132e+00
    RHS       rate__w0_k1   5.791678518868e+00
    RHS       gpus__H100   2.000000000000e+00
    RHS       gpus__L40S   1.000000000000e+00
BOUNDS
 UP BND       n_H100_w0_tp1_b128   2.000000000000e+00
 BV BND       n_H100_w0_tp2_b128
 BV BND       n_L40S_w0_tp1_b128
 FX BND       n_L40S_w0_tp2_b128   0.000000000000e+00
 BV BND       u_L40S_w0_tp1_b128_k1
 UP BND       x_H100_w0_tp1_b128_k0   8.000001000000e+06
 UP BND       x_H100_w0_tp1_b128_k1   6.801716000000e+06
 UP BND       x_H100_w0_tp2_b128_k0   8.000001000000e+06
 UP BND       x_H100_w0_tp2_b128_k1   6.801716000000e+06
 UP BND       x_L40S_w0_tp1_b128_k0   8.000001000000e+06
 UP BND       x_L40S_w0_tp1_b128_k1   6.801716000000e+06
 UP BND       x_L40S_w0_tp2_b128_k0   8.000001000000e+06
 UP BND       x_L40S_w0_tp2_b128_k1   6.801716000000e+06
ENDATA
