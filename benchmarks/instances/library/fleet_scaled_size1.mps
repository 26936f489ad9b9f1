OBJSENSE
 MIN
NAME          fleet_scaled_size1
ROWS
 N  OBJ
 L  structure__load_L40S_w0_tp1_b64
 L  structure__load_L40S_w0_tp1_b256
 L  structure__load_L40S_w0_tp2_b64
 L  structure__load_L40S_w0_tp2_b256
 L  structure__load_L40S_w0_tp4_b64
 L  structure__load_L40S_w0_tp4_b256
 L  structure__load_L40S_w0_tp8_b64
 L  structure__load_L40S_w0_tp8_b256
 G  rate__w0_k0
 G  rate__w0_k1
 G  rate__w0_k2
 L  gpus__L40S
COLUMNS
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp1_b256  structure__load_L40S_w0_tp1_b256  -6.187289631086e+05
    n_L40S_w0_tp1_b256  gpus__L40S   1.000000000000e+00
    n_L40S_w0_tp1_b256  OBJ        1.190000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp1_b64  structure__load_L40S_w0_tp1_b64  -6.187289631086e+05
    n_L40S_w0_tp1_b64  gpus__L40S   1.000000000000e+00
    n_L40S_w0_tp1_b64  OBJ        1.190000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp2_b256  structure__load_L40S_w0_tp2_b256  -6.187289631086e+05
    n_L40S_w0_tp2_b256  gpus__L40S   2.000000000000e+00
    n_L40S_w0_tp2_b256  OBJ        2.380000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp2_b64  structure__load_L40S_w0_tp2_b64  -6.187289631086e+05
    n_L40S_w0_tp2_b64  gpus__L40S   2.000000000000e+00
    n_L40S_w0_tp2_b64  OBJ        2.380000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp4_b256  structure__load_L40S_w0_tp4_b256  -6.187289631086e+05
    n_L40S_w0_tp4_b256  gpus__L40S   4.000000000000e+00
    n_L40S_w0_tp4_b256  OBJ        4.760000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp4_b64  structure__load_L40S_w0_tp4_b64  -6.187289631086e+05
    n_L40S_w0_tp4_b64  gpus__L40S   4.000000000000e+00
    n_L40S_w0_tp4_b64  OBJ        4.760000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp8_b256  structure__load_L40S_w0_tp8_b256  -6.187289631086e+05
    n_L40S_w0_tp8_b256  gpus__L40S   8.000000000000e+00
    n_L40S_w0_tp8_b256  OBJ        9.520000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp8_b64  structure__load_L40S_w0_tp8_b64  -6.187289631086e+05
    n_L40S_w0_tp8_b64  gpus__L40S   8.000000000000e+00
    n_L40S_w0_tp8_b64  OBJ        9.520000000000e+00
    MARK      'MARKER'                 'INTEND'
    x_L40S_w0_tp1_b256_k0  structure__load_L40S_w0_tp1_b256   3.167766129655e-02
    x_L40S_w0_tp1_b256_k0  rate__w0_k0   1.616216565935e-06
    x_L40S_w0_tp1_b256_k1  structure__load_L40S_w0_tp1_b256   3.488601691693e-01
    x_L40S_w0_tp1_b256_k1  rate__w0_k1   1.616216565935e-06
    x_L40S_w0_tp1_b256_k2  structure__load_L40S_w0_tp1_b256   3.291696662253e-01
    x_L40S_w0_tp1_b256_k2  rate__w0_k2   1.616216565935e-06
    x_L40S_w0_tp1_b64_k0  structure__load_L40S_w0_tp1_b64   4.858163251872e-02
    x_L40S_w0_tp1_b64_k0  rate__w0_k0   1.616216565935e-06
    x_L40S_w0_tp1_b64_k1  structure__load_L40S_w0_tp1_b64   5.150449788780e-01
    x_L40S_w0_tp1_b64_k1  rate__w0_k1   1.616216565935e-06
    x_L40S_w0_tp1_b64_k2  structure__load_L40S_w0_tp1_b64   5.410271725487e-01
    x_L40S_w0_tp1_b64_k2  rate__w0_k2   1.616216565935e-06
    x_L40S_w0_tp2_b256_k0  structure__load_L40S_w0_tp2_b256   1.778738960879e-02
    x_L40S_w0_tp2_b256_k0  rate__w0_k0   1.616216565935e-06
    x_L40S_w0_tp2_b256_k1  structure__load_L40S_w0_tp2_b256   1.445880894983e-01
    x_L40S_w0_tp2_b256_k1  rate__w0_k1   1.616216565935e-06
    x_L40S_w0_tp2_b256_k2  structure__load_L40S_w0_tp2_b256   1.416075172067e-01
    x_L40S_w0_tp2_b256_k2  rate__w0_k2   1.616216565935e-06
    x_L40S_w0_tp2_b64_k0  structure__load_L40S_w0_tp2_b64   2.843347180339e-02
    x_L40S_w0_tp2_b64_k0  rate__w0_k0   1.616216565935e-06
    x_L40S_w0_tp2_b64_k1  structure__load_L40S_w0_tp2_b64   2.770591172121e-01
    x_L40S_w0_tp2_b64_k1  rate__w0_k1   1.616216565935e-06
    x_L40S_w0_tp2_b64_k2  structure__load_L40S_w0_tp2_b64   2.726795042359e-01
    x_L40S_w0_tp2_b64_k2  rate__w0_k2   1.616216565935e-06
    x_L40S_w0_tp4_b256_k0  structure__load_L40S_w0_tp4_b256   9.852112986120e-03
    x_L40S_w0_tp4_b256_k0  rate__w0_k0   1.616216565935e-06
    x_L40S_w0_tp4_b256_k1  structure__load_L40S_w0_tp4_b256   1.035119857046e-01
    x_L40S_w0_tp4_b256_k1  rate__w0_k1   1.616216565935e-06
    x_L40S_w0_tp4_b256_k2  structure__load_L40S_w0_tp4_b256   8.429327214091e-02
    x_L40S_w0_tp4_b256_k2  rate__w0_k2   1.616216565935e-06
    x_L40S_w0_tp4_b64_k0  structure__load_L40S_w0_tp4_b64   1.570758335579e-02
    x_L40S_w0_tp4_b64_k0  rate__w0_k0   1.616216565935e-06
    x_L40S_w0_tp4_b64_k1  structure__load_L40S_w0_tp4_b64   1.535639033917e-01
    x_L40S_w0_tp4_b64_k1  rate__w0_k1   1.616216565935e-06
    x_L40S_w0_tp4_b64_k2  structure__load_L40S_w0_tp4_b64   1.481400498254e-01
    x_L40S_w0_tp4_b64_k2  rate__w0_k2   1.616216565935e-06
    x_L40S_w0_tp8_b256_k0  structure__load_L40S_w0_tp8_b256   4.730876206434e-03
    x_L40S_w0_tp8_b256_k0  rate__w0_k0   1.616216565935e-06
    x_L40S_w0_tp8_b256_k1  structure__load_L40S_w0_tp8_b256   4.524836101387e-02
    x_L40S_w0_tp8_b256_k1  rate__w0_k1   1.616216565935e-06
    x_L40S_w0_tp8_b256_k2  structure__load_L40S_w0_tp8_b256   5.209438711110e-02
    x_L40S_w0_tp8_b256_k2  rate__w0_k2   1.616216565935e-06
    x_L40S_w0_tp8_b64_k0  structure__load_L40S_w0_tp8_b64   9.129944500619e-03
    x_L40S_w0_tp8_b64_k0  rate__w0_k0   1.616216565935e-06
    x_L40S_w0_tp8_b64_k1  structure__load_L40S_w0_tp8_b64   9.441523499338e-02
    x_L40S_w0_tp8_b64_k1  rate__w0_k1   1.616216565935e-06
    x_L40S_w0_tp8_b64_k2  structure__load_L40S_w0_tp8_b64   8.720269874912e-02
    x_L40S_w0_tp8_b64_k2  rate__w0_k2   1.616216565935e-06
RHS
    RHS       structure__load_L40S_w0_tp1_b64   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp1_b256   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp2_b64   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp2_b256   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp4_b64   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp4_b256   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp8_b64   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp8_b256   0.000000000000e+00
    RHS       rate__w0_k0   8.108120434345e+00
    RHS       rate__w0_k1   9.421047038175e+00
    RHS       rate__w0_k2   1.292973252748e+01
    RHS       gpus__L40S   1.600000000000e+01
BOUNDS
 UP BND       n_L40S_w0_tp1_b256   1.600000000000e+01
 UP BND       n_L40S_w0_tp1_b64   1.600000000000e+01
 UP BND       n_L40S_w0_tp2_b256   8.000000000000e+00
 UP BND       n_L40S_w0_tp2_b64   8.000000000000e+00
 UP BND       n_L40S_w0_tp4_b256   4.000000000000e+00
 UP BND       n_L40S_w0_tp4_b64   4.000000000000e+00
 UP BND       n_L40S_w0_tp8_b256   2.000000000000e+00
 UP BND       n_L40S_w0_tp8_b64   2.000000000000e+00
 UP BND       x_L40S_w0_tp1_b256_k0   5.016730000000e+06
 UP BND       x_L40S_w0_tp1_b256_k1   5.829076000000e+06
 UP BND       x_L40S_w0_tp1_b256_k2   8.000001000000e+06
 UP BND       x_L40S_w0_tp1_b64_k0   5.016730000000e+06
 UP BND       x_L40S_w0_tp1_b64_k1   5.829076000000e+06
 UP BND       x_L40S_w0_tp1_b64_k2   8.000001000000e+06
 UP BND       x_L40S_w0_tp2_b256_k0   5.016730000000e+06
 UP BND       x_L40S_w0_tp2_b256_k1   5.829076000000e+06
 UP BND       x_L40S_w0_tp2_b256_k2   8.000001000000e+06
 UP BND       x_L40S_w0_tp2_b64_k0   5.016730000000e+06
 UP BND       x_L40S_w0_tp2_b64_k1   5.829076000000e+06
 UP BND       x_L40S_w0_tp2_b64_k2   8.000001000000e+06
 UP BND       x_L40S_w0_tp4_b256_k0   5.016730000000e+06
 UP BND       x_L40S_w0_tp4_b256_k1   5.829076000000e+06
 UP BND       x_L40S_w0_tp4_b256_k2   8.000001000000e+06
 UP BND       x_L40S_w0_tp4_b64_k0   5.016730000000e+06
 UP BND       x_L40S_w0_tp4_b64_k1   5.829076000000e+06
 UP BND       x_L40S_w0_tp4_b64_k2   8.000001000000e+06
 UP BND       x_L40S_w0_tp8_b256_k0   5.016730000000e+06
 UP BND       x_L40S_w0_tp8_b256_k1   5.829076000000e+06
 UP BND       x_L40S_w0_tp8_b256_k2   8.000001000000e+06
 UP BND       x_L40S_w0_tp8_b64_k0   5.016730000000e+06
 UP BND       x_L40S_w0_tp8_b64_k1   5.829076000000e+06
 UP BND       x_L40S_w0_tp8_b64_k2   8.000001000000e+06
ENDATA
