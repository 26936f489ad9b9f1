OBJSENSE
 MIN
NAME          fleet_scaled_size4
ROWS
 N  OBJ
 L  structure__load_H100_w0_tp1_b256
 L  structure__load_H100_w0_tp2_b256
 L  structure__load_H100_w0_tp4_b256
 L  structure__load_H100_w0_tp8_b256
 L  structure__load_L40S_w0_tp1_b256
 L  structure__load_L40S_w0_tp2_b256
 L  structure__load_L40S_w0_tp4_b256
 L  structure__load_L40S_w0_tp8_b256
 L  structure__load_H100_w1_tp1_b256
 L  structure__load_H100_w1_tp2_b256
 L  structure__load_H100_w1_tp4_b256
 L  structure__load_H100_w1_tp8_b256
 L  structure__load_L40S_w1_tp1_b256
 L  structure__load_L40S_w1_tp2_b256
 L  structure__load_L40S_w1_tp4_b256
 L  structure__load_L40S_w1_tp8_b256
 L  structure__fits_L40S_w1_tp1_b256_k1
 L  memory__L40S_w1_tp1_b256_k1
 L  structure__fits_L40S_w1_tp1_b256_k2
 L  memory__L40S_w1_tp1_b256_k2
 G  rate__w0_k0
 G  rate__w0_k1
 G  rate__w0_k2
 G  rate__w1_k0
 G  rate__w1_k1
 G  rate__w1_k2
 L  gpus__H100
 L  gpus__L40S
COLUMNS
    MARK      'MARKER'                 'INTORG'
    n_H100_w0_tp1_b256  structure__load_H100_w0_tp1_b256  -1.496452864295e+05
    n_H100_w0_tp1_b256  gpus__H100   1.000000000000e+00
    n_H100_w0_tp1_b256  OBJ        2.990000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w0_tp2_b256  structure__load_H100_w0_tp2_b256  -1.496452864295e+05
    n_H100_w0_tp2_b256  gpus__H100   2.000000000000e+00
    n_H100_w0_tp2_b256  OBJ        5.980000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w0_tp4_b256  structure__load_H100_w0_tp4_b256  -1.496452864295e+05
    n_H100_w0_tp4_b256  gpus__H100   4.000000000000e+00
    n_H100_w0_tp4_b256  OBJ        1.196000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w0_tp8_b256  structure__load_H100_w0_tp8_b256  -1.496452864295e+05
    n_H100_w0_tp8_b256  gpus__H100   8.000000000000e+00
    n_H100_w0_tp8_b256  OBJ        2.392000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w1_tp1_b256  structure__load_H100_w1_tp1_b256  -1.496452864295e+05
    n_H100_w1_tp1_b256  gpus__H100   1.000000000000e+00
    n_H100_w1_tp1_b256  OBJ        2.990000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w1_tp2_b256  structure__load_H100_w1_tp2_b256  -1.496452864295e+05
    n_H100_w1_tp2_b256  gpus__H100   2.000000000000e+00
    n_H100_w1_tp2_b256  OBJ        5.980000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w1_tp4_b256  structure__load_H100_w1_tp4_b256  -1.496452864295e+05
    n_H100_w1_tp4_b256  gpus__H100   4.000000000000e+00
    n_H100_w1_tp4_b256  OBJ        1.196000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w1_tp8_b256  structure__load_H100_w1_tp8_b256  -1.496452864295e+05
    n_H100_w1_tp8_b256  gpus__H100   8.000000000000e+00
    n_H100_w1_tp8_b256  OBJ        2.392000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp1_b256  structure__load_L40S_w0_tp1_b256  -1.496452864295e+05
    n_L40S_w0_tp1_b256  gpus__L40S   1.000000000000e+00
    n_L40S_w0_tp1_b256  OBJ        1.190000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp2_b256  structure__load_L40S_w0_tp2_b256  -1.496452864295e+05
    n_L40S_w0_tp2_b256  gpus__L40S   2.000000000000e+00
    n_L40S_w0_tp2_b256  OBJ        2.380000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp4_b256  structure__load_L40S_w0_tp4_b256  -1.496452864295e+05
    n_L40S_w0_tp4_b256  gpus__L40S   4.000000000000e+00
    n_L40S_w0_tp4_b256  OBJ        4.760000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp8_b256  structure__load_L40S_w0_tp8_b256  -1.496452864295e+05
    n_L40S_w0_tp8_b256  gpus__L40S   8.000000000000e+00
    n_L40S_w0_tp8_b256  OBJ        9.520000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w1_tp1_b256  structure__load_L40S_w1_tp1_b256  -1.496452864295e+05
    n_L40S_w1_tp1_b256  gpus__L40S   1.000000000000e+00
    n_L40S_w1_tp1_b256  OBJ        1.190000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w1_tp2_b256  structure__load_L40S_w1_tp2_b256  -1.496452864295e+05
    n_L40S_w1_tp2_b256  gpus__L40S   2.000000000000e+00
    n_L40S_w1_tp2_b256  OBJ        2.380000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w1_tp4_b256  structure__load_L40S_w1_tp4_b256  -1.496452864295e+05
    n_L40S_w1_tp4_b256  gpus__L40S   4.000000000000e+00
    n_L40S_w1_tp4_b256  OBJ        4.760000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w1_tp8_b256  structure__load_L40S_w1_tp8_b256  -1.496452864295e+05
    n_L40S_w1_tp8_b256  gpus__L40S   8.000000000000e+00
    n_L40S_w1_tp8_b256  OBJ        9.520000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_L40S_w1_tp1_b256_k1  structure__fits_L40S_w1_tp1_b256_k1  -1.860712000000e+06
    u_L40S_w1_tp1_b256_k1  memory__L40S_w1_tp1_b256_k1   5.739160000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_L40S_w1_tp1_b256_k2  structure__fits_L40S_w1_tp1_b256_k2  -6.229774000000e+06
    u_L40S_w1_tp1_b256_k2  memory__L40S_w1_tp1_b256_k2   5.892877200000e+01
    MARK      'MARKER'                 'INTEND'
    x_H100_w0_tp1_b256_k0  structure__load_H100_w0_tp1_b256   9.239759260660e-03
    x_H100_w0_tp1_b256_k0  rate__w0_k0   6.682469083121e-06
    x_H100_w0_tp1_b256_k1  structure__load_H100_w0_tp1_b256   8.240187625776e-02
    x_H100_w0_tp1_b256_k1  rate__w0_k1   6.682469083121e-06
    x_H100_w0_tp1_b256_k2  structure__load_H100_w0_tp1_b256   1.001757182273e-01
    x_H100_w0_tp1_b256_k2  rate__w0_k2   6.682469083121e-06
    x_H100_w0_tp2_b256_k0  structure__load_H100_w0_tp2_b256   5.819560296371e-03
    x_H100_w0_tp2_b256_k0  rate__w0_k0   6.682469083121e-06
    x_H100_w0_tp2_b256_k1  structure__load_H100_w0_tp2_b256   5.391281123125e-02
    x_H100_w0_tp2_b256_k1  rate__w0_k1   6.682469083121e-06
    x_H100_w0_tp2_b256_k2  structure__load_H100_w0_tp2_b256   5.887240389625e-02
    x_H100_w0_tp2_b256_k2  rate__w0_k2   6.682469083121e-06
    x_H100_w0_tp4_b256_k0  structure__load_H100_w0_tp4_b256   3.000149896489e-03
    x_H100_w0_tp4_b256_k0  rate__w0_k0   6.682469083121e-06
    x_H100_w0_tp4_b256_k1  structure__load_H100_w0_tp4_b256   2.459172268682e-02
    x_H100_w0_tp4_b256_k1  rate__w0_k1   6.682469083121e-06
    x_H100_w0_tp4_b256_k2  structure__load_H100_w0_tp4_b256   2.801047008964e-02
    x_H100_w0_tp4_b256_k2  rate__w0_k2   6.682469083121e-06
    x_H100_w0_tp8_b256_k0  structure__load_H100_w0_tp8_b256   1.812899743600e-03
    x_H100_w0_tp8_b256_k0  rate__w0_k0   6.682469083121e-06
    x_H100_w0_tp8_b256_k1  structure__load_H100_w0_tp8_b256   1.239645688932e-02
    x_H100_w0_tp8_b256_k1  rate__w0_k1   6.682469083121e-06
    x_H100_w0_tp8_b256_k2  structure__load_H100_w0_tp8_b256   1.405085504652e-02
    x_H100_w0_tp8_b256_k2  rate__w0_k2   6.682469083121e-06
    x_H100_w1_tp1_b256_k0  structure__load_H100_w1_tp1_b256   5.603551530960e-02
    x_H100_w1_tp1_b256_k0  rate__w1_k0   6.682469083121e-06
    x_H100_w1_tp1_b256_k1  structure__load_H100_w1_tp1_b256   1.299185709373e-01
    x_H100_w1_tp1_b256_k1  rate__w1_k1   6.682469083121e-06
    x_H100_w1_tp1_b256_k2  structure__load_H100_w1_tp1_b256   1.617087047311e-01
    x_H100_w1_tp1_b256_k2  rate__w1_k2   6.682469083121e-06
    x_H100_w1_tp2_b256_k0  structure__load_H100_w1_tp2_b256   3.537924301935e-02
    x_H100_w1_tp2_b256_k0  rate__w1_k0   6.682469083121e-06
    x_H100_w1_tp2_b256_k1  structure__load_H100_w1_tp2_b256   8.079788231982e-02
    x_H100_w1_tp2_b256_k1  rate__w1_k1   6.682469083121e-06
    x_H100_w1_tp2_b256_k2  structure__load_H100_w1_tp2_b256   9.066423154629e-02
    x_H100_w1_tp2_b256_k2  rate__w1_k2   6.682469083121e-06
    x_H100_w1_tp4_b256_k0  structure__load_H100_w1_tp4_b256   1.936787778978e-02
    x_H100_w1_tp4_b256_k0  rate__w1_k0   6.682469083121e-06
    x_H100_w1_tp4_b256_k1  structure__load_H100_w1_tp4_b256   4.251722553505e-02
    x_H100_w1_tp4_b256_k1  rate__w1_k1   6.682469083121e-06
    x_H100_w1_tp4_b256_k2  structure__load_H100_w1_tp4_b256   4.869023273931e-02
    x_H100_w1_tp4_b256_k2  rate__w1_k2   6.682469083121e-06
    x_H100_w1_tp8_b256_k0  structure__load_H100_w1_tp8_b256   8.963302464975e-03
    x_H100_w1_tp8_b256_k0  rate__w1_k0   6.682469083121e-06
    x_H100_w1_tp8_b256_k1  structure__load_H100_w1_tp8_b256   2.654970283581e-02
    x_H100_w1_tp8_b256_k1  rate__w1_k1   6.682469083121e-06
    x_H100_w1_tp8_b256_k2  structure__load_H100_w1_tp8_b256   2.240907255504e-02
    x_H100_w1_tp8_b256_k2  rate__w1_k2   6.682469083121e-06
    x_L40S_w0_tp1_b256_k0  structure__load_L40S_w0_tp1_b256   2.931138699900e-02
    x_L40S_w0_tp1_b256_k0  rate__w0_k0   6.682469083121e-06
    x_L40S_w0_tp1_b256_k1  structure__load_L40S_w0_tp1_b256   2.865603756921e-01
    x_L40S_w0_tp1_b256_k1  rate__w0_k1   6.682469083121e-06
    x_L40S_w0_tp1_b256_k2  structure__load_L40S_w0_tp1_b256   2.764391213327e-01
    x_L40S_w0_tp1_b256_k2  rate__w0_k2   6.682469083121e-06
    x_L40S_w0_tp2_b256_k0  structure__load_L40S_w0_tp2_b256   1.775844270107e-02
    x_L40S_w0_tp2_b256_k0  rate__w0_k0   6.682469083121e-06
    x_L40S_w0_tp2_b256_k1  structure__load_L40S_w0_tp2_b256   1.865804615180e-01
    x_L40S_w0_tp2_b256_k1  rate__w0_k1   6.682469083121e-06
    x_L40S_w0_tp2_b256_k2  structure__load_L40S_w0_tp2_b256   1.519386921300e-01
    x_L40S_w0_tp2_b256_k2  rate__w0_k2   6.682469083121e-06
    x_L40S_w0_tp4_b256_k0  structure__load_L40S_w0_tp4_b256   9.451911265306e-03
    x_L40S_w0_tp4_b256_k0  rate__w0_k0   6.682469083121e-06
    x_L40S_w0_tp4_b256_k1  structure__load_L40S_w0_tp4_b256   9.774477392904e-02
    x_L40S_w0_tp4_b256_k1  rate__w0_k1   6.682469083121e-06
    x_L40S_w0_tp4_b256_k2  structure__load_L40S_w0_tp4_b256   9.027789250593e-02
    x_L40S_w0_tp4_b256_k2  rate__w0_k2   6.682469083121e-06
    x_L40S_w0_tp8_b256_k0  structure__load_L40S_w0_tp8_b256   4.730876206434e-03
    x_L40S_w0_tp8_b256_k0  rate__w0_k0   6.682469083121e-06
    x_L40S_w0_tp8_b256_k1  structure__load_L40S_w0_tp8_b256   4.524836101387e-02
    x_L40S_w0_tp8_b256_k1  rate__w0_k1   6.682469083121e-06
    x_L40S_w0_tp8_b256_k2  structure__load_L40S_w0_tp8_b256   5.209438711110e-02
    x_L40S_w0_tp8_b256_k2  rate__w0_k2   6.682469083121e-06
    x_L40S_w1_tp1_b256_k0  structure__load_L40S_w1_tp1_b256   1.730345096565e-01
    x_L40S_w1_tp1_b256_k0  rate__w1_k0   6.682469083121e-06
    x_L40S_w1_tp1_b256_k1  structure__load_L40S_w1_tp1_b256   5.730192729302e-01
    x_L40S_w1_tp1_b256_k1  structure__fits_L40S_w1_tp1_b256_k1   1.000000000000e+00
    x_L40S_w1_tp1_b256_k1  rate__w1_k1   6.682469083121e-06
    x_L40S_w1_tp1_b256_k2  structure__load_L40S_w1_tp1_b256   4.821059157771e-01
    x_L40S_w1_tp1_b256_k2  structure__fits_L40S_w1_tp1_b256_k2   1.000000000000e+00
    x_L40S_w1_tp1_b256_k2  rate__w1_k2   6.682469083121e-06
    x_L40S_w1_tp2_b256_k0  structure__load_L40S_w1_tp2_b256   8.164915618863e-02
    x_L40S_w1_tp2_b256_k0  rate__w1_k0   6.682469083121e-06
    x_L40S_w1_tp2_b256_k1  structure__load_L40S_w1_tp2_b256   2.853828339372e-01
    x_L40S_w1_tp2_b256_k1  rate__w1_k1   6.682469083121e-06
    x_L40S_w1_tp2_b256_k2  structure__load_L40S_w1_tp2_b256   2.444826978372e-01
    x_L40S_w1_tp2_b256_k2  rate__w1_k2   6.682469083121e-06
    x_L40S_w1_tp4_b256_k0  structure__load_L40S_w1_tp4_b256   5.110404149158e-02
    x_L40S_w1_tp4_b256_k0  rate__w1_k0   6.682469083121e-06
    x_L40S_w1_tp4_b256_k1  structure__load_L40S_w1_tp4_b256   1.590620429452e-01
    x_L40S_w1_tp4_b256_k1  rate__w1_k1   6.682469083121e-06
    x_L40S_w1_tp4_b256_k2  structure__load_L40S_w1_tp4_b256   1.487676828987e-01
    x_L40S_w1_tp4_b256_k2  rate__w1_k2   6.682469083121e-06
    x_L40S_w1_tp8_b256_k0  structure__load_L40S_w1_tp8_b256   2.468449390690e-02
    x_L40S_w1_tp8_b256_k0  rate__w1_k0   6.682469083121e-06
    x_L40S_w1_tp8_b256_k1  structure__load_L40S_w1_tp8_b256   7.602628259000e-02
    x_L40S_w1_tp8_b256_k1  rate__w1_k1   6.682469083121e-06
    x_L40S_w1_tp8_b256_k2  structure__load_L40S_w1_tp8_b256   8.654794769284e-02
    x_L40S_w1_tp8_b256_k2  rate__w1_k2   6.682469083121e-06
RHS
    RHS       structure__load_H100_w0_tp1_b256   0.000000000000e+00
    RHS       structure__load_H100_w0_tp2_b256   0.000000000000e+00
    RHS       structure__load_H100_w0_tp4_b256   0.000000000000e+00
    RHS       structure__load_H100_w0_tp8_b256   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp1_b256   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp2_b256   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp4_b256   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp8_b256   0.000000000000e+00
    RHS       structure__load_H100_w1_tp1_b256   0.000000000000e+00
    RHS       structure__load_H100_w1_tp2_b256   0.000000000000e+00
    RHS       structure__load_H100_w1_tp4_b256   0.000000000000e+00
    RHS       structure__load_H100_w1_tp8_b256   0.000000000000e+00
    RHS       structure__load_L40S_w1_tp1_b256   0.000000000000e+00
    RHS       structure__load_L40S_w1_tp2_b256   0.000000000000e+00
    RHS       structure__load_L40S_w1_tp4_b256   0.000000000000e+00
    RHS       structure__load_L40S_w1_tp8_b256   0.000000000000e+00
    RHS       structure__fits_L40S_w1_tp1_b256_k1   0.000000000000e+00
    RHS       memory__L40S_w1_tp1_b256_k1   4.050000000000e+01
    RHS       structure__fits_L40S_w1_tp1_b256_k2   0.000000000000e+00
    RHS       memory__L40S_w1_tp1_b256_k2   4.050000000000e+01
    RHS       rate__w0_k0   3.352413610077e+01
    RHS       rate__w0_k1   3.895261123426e+01
    RHS       rate__w0_k2   5.345975266497e+01
    RHS       rate__w1_k0   2.364249603766e+01
    RHS       rate__w1_k1   1.243413904107e+01
    RHS       rate__w1_k2   4.163026492126e+01
    RHS       gpus__H100   3.200000000000e+01
    RHS       gpus__L40S   3.200000000000e+01
BOUNDS
 UP BND       n_H100_w0_tp1_b256   3.200000000000e+01
 UP BND       n_H100_w0_tp2_b256   1.600000000000e+01
 UP BND       n_H100_w0_tp4_b256   8.000000000000e+00
 UP BND       n_H100_w0_tp8_b256   4.000000000000e+00
 UP BND       n_H100_w1_tp1_b256   3.200000000000e+01
 UP BND       n_H100_w1_tp2_b256   1.600000000000e+01
 UP BND       n_H100_w1_tp4_b256   8.000000000000e+00
 UP BND       n_H100_w1_tp8_b256   4.000000000000e+00
 UP BND       n_L40S_w0_tp1_b256   3.200000000000e+01
 UP BND       n_L40S_w0_tp2_b256   1.600000000000e+01
 UP BND       n_L40S_w0_tp4_b256   8.000000000000e+00
 UP BND       n_L40S_w0_tp8_b256   4.000000000000e+00
 UP BND       n_L40S_w1_tp1_b256   3.200000000000e+01
 UP BND       n_L40S_w1_tp2_b256   1.600000000000e+01
 UP BND       n_L40S_w1_tp4_b256   8.000000000000e+00
 UP BND       n_L40S_w1_tp8_b256   4.000000000000e+00
 BV BND       u_L40S_w1_tp1_b256_k1
 BV BND       u_L40S_w1_tp1_b256_k2
 UP BND       x_H100_w0_tp1_b256_k0   5.016730000000e+06
 UP BND       x_H100_w0_tp1_b256_k1   5.829076000000e+06
 UP BND       x_H100_w0_tp1_b256_k2   8.000001000000e+06
 UP BND       x_H100_w0_tp2_b256_k0   5.016730000000e+06
 UP BND       x_H100_w0_tp2_b256_k1   5.829076000000e+06
 UP BND       x_H100_w0_tp2_b256_k2   8.000001000000e+06
 UP BND       x_H100_w0_tp4_b256_k0   5.016730000000e+06
 UP BND       x_H100_w0_tp4_b256_k1   5.829076000000e+06
 UP BND       x_H100_w0_tp4_b256_k2   8.000001000000e+06
 UP BND       x_H100_w0_tp8_b256_k0   5.016730000000e+06
 UP BND       x_H100_w0_tp8_b256_k1   5.829076000000e+06
 UP BND       x_H100_w0_tp8_b256_k2   8.000001000000e+06
 UP BND       x_H100_w1_tp1_b256_k0   3.537990000000e+06
 UP BND       x_H100_w1_tp1_b256_k1   1.860712000000e+06
 UP BND       x_H100_w1_tp1_b256_k2   6.229774000000e+06
 UP BND       x_H100_w1_tp2_b256_k0   3.537990000000e+06
 UP BND       x_H100_w1_tp2_b256_k1   1.860712000000e+06
 UP BND       x_H100_w1_tp2_b256_k2   6.229774000000e+06
 UP BND       x_H100_w1_tp4_b256_k0   3.537990000000e+06
 UP BND       x_H100_w1_tp4_b256_k1   1.860712000000e+06
 UP BND       x_H100_w1_tp4_b256_k2   6.229774000000e+06
 UP BND       x_H100_w1_tp8_b256_k0   3.537990000000e+06
 UP BND       x_H100_w1_tp8_b256_k1   1.860712000000e+06
 UP BND       x_H100_w1_tp8_b256_k2   6.229774000000e+06
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
 UP BND       x_L40S_w1_tp1_b256_k0   3.537990000000e+06
 UP BND       x_L40S_w1_tp1_b256_k1   1.860712000000e+06
 UP BND       x_L40S_w1_tp1_b256_k2   6.229774000000e+06
 UP BND       x_L40S_w1_tp2_b256_k0   3.537990000000e+06
 UP BND       x_L40S_w1_tp2_b256_k1   1.860712000000e+06
 UP BND       x_L40S_w1_tp2_b256_k2   6.229774000000e+06
 UP BND       x_L40S_w1_tp4_b256_k0   3.537990000000e+06
 UP BND       x_L40S_w1_tp4_b256_k1   1.860712000000e+06
 UP BND       x_L40S_w1_tp4_b256_k2   6.229774000000e+06
 UP BND       x_L40S_w1_tp8_b256_k0   3.537990000000e+06
 UP BND       x_L40S_w1_tp8_b256_k1   1.860712000000e+06
 UP BND       x_L40S_w1_tp8_b256_k2   6.229774000000e+06
ENDATA
