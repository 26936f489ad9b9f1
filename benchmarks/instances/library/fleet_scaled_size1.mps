OBJSENSE
 MIN
NAME          fleet_scaled_size1
ROWS
 N  OBJ
 L  structure__load_L40S_w0_tp1_b256
 L  structure__load_L40S_w0_tp2_b256
 L  structure__load_L40S_w0_tp4_b256
 L  structure__load_L40S_w0_tp8_b256
 G  rate__w0_k0
 G  rate__w0_k1
 G  rate__w0_k2
 L  gpus__L40S
COLUMNS
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp1_b256  structure__load_L40S_w0_tp1_b256  -6.116324848982e+05
    n_L40S_w0_tp1_b256  gpus__L40S   1.000000000000e+00
    n_L40S_w0_tp1_b256  OBJ        1.190000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp2_b256  structure__load_L40S_w0_tp2_b256  -6.116324848982e+05
    n_L40S_w0_tp2_b256  gpus__L40S   2.000000000000e+00
    n_L40S_w0_tp2_b256  OBJ        2.380000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp4_b256  structure__load_L40S_w0_tp4_b256  -6.116324848982e+05
    n_L40S_w0_tp4_b256  gpus__L40S   4.000000000000e+00
    n_L40S_w0_tp4_b256  OBJ        4.760000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp8_b256  structure__load_L40S_w0_tp8_b256  -6.116324848982e+05
    n_L40S_w0_tp8_b256  gpus__L40S   8.000000000000e+00
    n_L40S_w0_tp8_b256  OBJ        9.520000000000e+00
    MARK      'MARKER'                 'INTEND'
    x_L40S_w0_tp1_b256_k0  structure__load_L40S_w0_tp1_b256   2.790282039197e-02
    x_L40S_w0_tp1_b256_k0  rate__w0_k0   1.634968751155e-06
    x_L40S_w0_tp1_b256_k1  structure__load_L40S_w0_tp1_b256   2.958156287680e-01
    x_L40S_w0_tp1_b256_k1  rate__w0_k1   1.634968751155e-06
    x_L40S_w0_tp1_b256_k2  structure__load_L40S_w0_tp1_b256   3.107385011218e-01
    x_L40S_w0_tp1_b256_k2  rate__w0_k2   1.634968751155e-06
    x_L40S_w0_tp2_b256_k0  structure__load_L40S_w0_tp2_b256   1.757428289105e-02
    x_L40S_w0_tp2_b256_k0  rate__w0_k0   1.634968751155e-06
    x_L40S_w0_tp2_b256_k1  structure__load_L40S_w0_tp2_b256   1.935423061224e-01
    x_L40S_w0_tp2_b256_k1  rate__w0_k1   1.634968751155e-06
    x_L40S_w0_tp2_b256_k2  structure__load_L40S_w0_tp2_b256   1.826183156674e-01
    x_L40S_w0_tp2_b256_k2  rate__w0_k2   1.634968751155e-06
    x_L40S_w0_tp4_b256_k0  structure__load_L40S_w0_tp4_b256   9.060045797807e-03
    x_L40S_w0_tp4_b256_k0  rate__w0_k0   1.634968751155e-06
    x_L40S_w0_tp4_b256_k1  structure__load_L40S_w0_tp4_b256   8.828215896139e-02
    x_L40S_w0_tp4_b256_k1  rate__w0_k1   1.634968751155e-06
    x_L40S_w0_tp4_b256_k2  structure__load_L40S_w0_tp4_b256   8.688664221271e-02
    x_L40S_w0_tp4_b256_k2  rate__w0_k2   1.634968751155e-06
    x_L40S_w0_tp8_b256_k0  structure__load_L40S_w0_tp8_b256   5.474711374722e-03
    x_L40S_w0_tp8_b256_k0  rate__w0_k0   1.634968751155e-06
    x_L40S_w0_tp8_b256_k1  structure__load_L40S_w0_tp8_b256   4.450220633039e-02
    x_L40S_w0_tp8_b256_k1  rate__w0_k1   1.634968751155e-06
    x_L40S_w0_tp8_b256_k2  structure__load_L40S_w0_tp8_b256   4.358482956784e-02
    x_L40S_w0_tp8_b256_k2  rate__w0_k2   1.634968751155e-06
RHS
    RHS       structure__load_L40S_w0_tp1_b256   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp2_b256   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp4_b256   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp8_b256   0.000000000000e+00
    RHS       rate__w0_k0   8.202195064797e+00
    RHS       rate__w0_k1   9.530354925961e+00
    RHS       rate__w0_k2   1.307975000924e+01
    RHS       gpus__L40S   1.600000000000e+01
BOUNDS
 UP BND       n_L40S_w0_tp1_b256   1.600000000000e+01
 UP BND       n_L40S_w0_tp2_b256   8.000000000000e+00
 UP BND       n_L40S_w0_tp4_b256   4.000000000000e+00
 UP BND       n_L40S_w0_tp8_b256   2.000000000000e+00
 UP BND       x_L40S_w0_tp1_b256_k0   5.016730000000e+06
 UP BND       x_L40S_w0_tp1_b256_k1   5.829076000000e+06
 UP BND       x_L40S_w0_tp1_b256_k2   8.000001000000e+06
 UP BND       x_L40S_w0_tp2_b256_k0   5.016730000000e+06
 UP BND       x_L40S_w0_tp2_b256_k1   5.829076000000e+06
 UP BND       x_L40S_w0_tp2_b256_k2   8.000001000000e+06
 UP BND       x_L40S_w0_tp4_b256_k0   5.016730000000e+06
 UP BND       x_L40S_w0_tp4_b256_k1   5.829076000000e+06
 UP BND       x_L40S_w0_tp4_b256_k2   8.000001000000e+06
 UP BND       x_L40S_w0_tp8_b256_k0   5.016730000000e+06
 UP BND       x_L40S_w0_tp8_b256_k1   5.829076000000e+06
 UP BND       x_L40S_w0_tp8_b256_k2   8.000001000000e+06
ENDATA
