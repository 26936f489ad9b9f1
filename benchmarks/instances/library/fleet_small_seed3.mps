OBJSENSE
 MIN
NAME          fleet_small_seed3
ROWS
 N  OBJ
 L  structure__load_H100_w0_tp1_b128
 G  rate__w0_k0
 L  gpus__H100
 L  budget__all
COLUMNS
    MARK      'MARKER'                 'INTORG'
    n_H100_w0_tp1_b128  structure__load_H100_w0_tp1_b128  -1.342281879195e+06
    n_H100_w0_tp1_b128  gpus__H100   1.000000000000e+00
    n_H100_w0_tp1_b128  budget__all   2.990000000000e+00
    n_H100_w0_tp1_b128  OBJ        2.990000000000e+00
    MARK      'MARKER'                 'INTEND'
    x_H100_w0_tp1_b128_k0  structure__load_H100_w0_tp1_b128   5.658874019883e-02
    x_H100_w0_tp1_b128_k0  rate__w0_k0   7.450000000000e-07
RHS
    RHS       structure__load_H100_w0_tp1_b128   0.000000000000e+00
    RHS       rate__w0_k0   5.960000000000e+00
    RHS       gpus__H100   1.000000000000e+00
    RHS       budget__all   2.990000000000e+00
BOUNDS
 BV BND       n_H100_w0_tp1_b128
 UP BND       x_H100_w0_tp1_b128_k0   8.000001000000e+06
ENDATA
