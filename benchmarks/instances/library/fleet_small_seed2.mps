OBJSENSE
 MIN
NAME          fleet_small_seed2
ROWS
 N  OBJ
 L  structure__load_L40S_w0_tp1_b128
 L  structure__load_L40S_w0_tp2_b128
 G  rate__w0_k0
 G  rate__w0_k1
 L  gpus__L40S
COLUMNS
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp1_b128  structure__load_L40S_w0_tp1_b128  -3.760139650970e+06
    n_L40S_w0_tp1_b128  gpus__L40S   1.000000000000e+00
    n_L40S_w0_tp1_b128  OBJ        1.190000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp2_b128  structure__load_L40S_w0_tp2_b128  -3.760139650970e+06
    n_L40S_w0_tp2_b128  gpus__L40S   2.000000000000e+00
    n_L40S_w0_tp2_b128  OBJ        2.380000000000e+00
    MARK      'MARKER'                 'INTEND'
    x_L40S_w0_tp1_b128_k0  structure__load_L40S_w0_tp1_b128   3.613215407618e-01
    x_L40S_w0_tp1_b128_k0  rate__w0_k0   2.659475691926e-07
    x_L40S_w0_tp1_b128_k1  structure__load_L40S_w0_tp1_b128   5.080023063305e-01
    x_L40S_w0_tp1_b128_k1  rate__w0_k1   2.659475691926e-07
    x_L40S_w0_tp2_b128_k0  structure__load_L40S_w0_tp2_b128   1.810470530428e-01
    x_L40S_w0_tp2_b128_k0  rate__w0_k0   2.659475691926e-07
    x_L40S_w0_tp2_b128_k1  structure__load_L40S_w0_tp2_b128   2.405735465809e-01
    x_L40S_w0_tp2_b128_k1  rate__w0_k1   2.659475691926e-07
RHS
    RHS       structure__load_L40S_w0_tp1_b128   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp2_b128   0.000000000000e+00
    RHS       rate__w0_k0   2.127580553540e+00
    RHS       rate__w0_k1   1.000719446460e+00
    RHS       gpus__L40S   2.000000000000e+00
BOUNDS
 UP BND       n_L40S_w0_tp1_b128   2.000000000000e+00
 BV BND       n_L40S_w0_tp2_b128
 UP BND       x_L40S_w0_tp1_b128_k0   8.000001000000e+06
 UP BND       x_L40S_w0_tp1_b128_k1   3.762846000000e+06
 UP BND       x_L40S_w0_tp2_b128_k0   8.000001000000e+06
 UP BND       x_L40S_w0_tp2_b128_k1   3.762846000000e+06
ENDATA
