OBJSENSE
 MAX
NAME          fleet_small_seed4
ROWS
 N  OBJ
 L  structure__load_A100_w0_tp1_b128
 L  structure__load_A100_w0_tp2_b128
 L  structure__load_A40_w0_tp2_b128
 L  structure__load_A100_w1_tp1_b128
 L  structure__load_A100_w1_tp2_b128
 L  structure__load_A40_w1_tp1_b128
 L  structure__load_A40_w1_tp2_b128
 L  rate__w0_k0
 L  rate__w0_k1
 L  rate__w1_k0
 L  rate__w1_k1
 L  gpus__A100
 L  gpus__A40
 L  budget__all
COLUMNS
    MARK      'MARKER'                 'INTORG'
    n_A100_w0_tp1_b128  structure__load_A100_w0_tp1_b128  -1.080379672831e+06
    n_A100_w0_tp1_b128  gpus__A100   1.000000000000e+00
    n_A100_w0_tp1_b128  budget__all   1.790000000000e+00
    n_A100_w0_tp1_b128  OBJ       -5.964569828601e-03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_A100_w0_tp2_b128  structure__load_A100_w0_tp2_b128  -1.080379672831e+06
    n_A100_w0_tp2_b128  gpus__A100   2.000000000000e+00
    n_A100_w0_tp2_b128  budget__all   3.580000000000e+00
    n_A100_w0_tp2_b128  OBJ       -1.192913965720e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_A100_w1_tp1_b128  structure__load_A100_w1_tp1_b128  -1.080379672831e+06
    n_A100_w1_tp1_b128  gpus__A100   1.000000000000e+00
    n_A100_w1_tp1_b128  budget__all   1.790000000000e+00
    n_A100_w1_tp1_b128  OBJ       -5.964569828601e-03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_A100_w1_tp2_b128  structure__load_A100_w1_tp2_b128  -1.080379672831e+06
    n_A100_w1_tp2_b128  gpus__A100   2.000000000000e+00
    n_A100_w1_tp2_b128  budget__all   3.580000000000e+00
    n_A100_w1_tp2_b128  OBJ       -1.192913965720e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_A40_w0_tp1_b128  gpus__A40   1.000000000000e+00
    n_A40_w0_tp1_b128  budget__all   7.900000000000e-01
    n_A40_w0_tp1_b128  OBJ       -2.632407913181e-03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_A40_w0_tp2_b128  structure__load_A40_w0_tp2_b128  -1.080379672831e+06
    n_A40_w0_tp2_b128  gpus__A40   2.000000000000e+00
    n_A40_w0_tp2_b128  budget__all   1.580000000000e+00
    n_A40_w0_tp2_b128  OBJ       -5.264815826363e-03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_A40_w1_tp1_b128  structure__load_A40_w1_tp1_b128  -1.080379672831e+06
    n_A40_w1_tp1_b128  gpus__A40   1.000000000000e+00
    n_A40_w1_tp1_b128  budget__all   7.900000000000e-01
    n_A40_w1_tp1_b128  OBJ       -2.632407913181e-03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_A40_w1_tp2_b128  structure__load_A40_w1_tp2_b128  -1.080379672831e+06
    n_A40_w1_tp2_b128  gpus__A40   2.000000000000e+00
    n_A40_w1_tp2_b128  budget__all   1.580000000000e+00
    n_A40_w1_tp2_b128  OBJ       -5.264815826363e-03
    MARK      'MARKER'                 'INTEND'
    x_A100_w0_tp1_b128_k0  structure__load_A100_w0_tp1_b128   2.657729607905e-01
    x_A100_w0_tp1_b128_k0  rate__w0_k0   9.256005320610e-07
    x_A100_w0_tp1_b128_k0  OBJ        3.415465963305e-03
    x_A100_w0_tp1_b128_k1  structure__load_A100_w0_tp1_b128   5.797568615674e-01
    x_A100_w0_tp1_b128_k1  rate__w0_k1   9.256005320610e-07
    x_A100_w0_tp1_b128_k1  OBJ        3.415465963305e-03
    x_A100_w0_tp2_b128_k0  structure__load_A100_w0_tp2_b128   1.344069581945e-01
    x_A100_w0_tp2_b128_k0  rate__w0_k0   9.256005320610e-07
    x_A100_w0_tp2_b128_k0  OBJ        3.415465963305e-03
    x_A100_w0_tp2_b128_k1  structure__load_A100_w0_tp2_b128   3.252442909870e-01
    x_A100_w0_tp2_b128_k1  rate__w0_k1   9.256005320610e-07
    x_A100_w0_tp2_b128_k1  OBJ        3.415465963305e-03
    x_A100_w1_tp1_b128_k0  structure__load_A100_w1_tp1_b128   1.118842436664e-01
    x_A100_w1_tp1_b128_k0  rate__w1_k0   9.256005320610e-07
    x_A100_w1_tp1_b128_k0  OBJ        6.084527657556e-03
    x_A100_w1_tp1_b128_k1  structure__load_A100_w1_tp1_b128   2.859003660096e-01
    x_A100_w1_tp1_b128_k1  rate__w1_k1   9.256005320610e-07
    x_A100_w1_tp1_b128_k1  OBJ        6.084527657556e-03
    x_A100_w1_tp2_b128_k0  structure__load_A100_w1_tp2_b128   5.253605733491e-02
    x_A100_w1_tp2_b128_k0  rate__w1_k0   9.256005320610e-07
    x_A100_w1_tp2_b128_k0  OBJ        6.084527657556e-03
    x_A100_w1_tp2_b128_k1  structure__load_A100_w1_tp2_b128   1.849303238019e-01
    x_A100_w1_tp2_b128_k1  rate__w1_k1   9.256005320610e-07
    x_A100_w1_tp2_b128_k1  OBJ        6.084527657556e-03
    x_A40_w0_tp2_b128_k0  structure__load_A40_w0_tp2_b128   3.425208852110e-01
    x_A40_w0_tp2_b128_k0  rate__w0_k0   9.256005320610e-07
    x_A40_w0_tp2_b128_k0  OBJ        3.415465963305e-03
    x_A40_w0_tp2_b128_k1  structure__load_A40_w0_tp2_b128   7.727682645711e-01
    x_A40_w0_tp2_b128_k1  rate__w0_k1   9.256005320610e-07
    x_A40_w0_tp2_b128_k1  OBJ        3.415465963305e-03
    x_A40_w1_tp1_b128_k0  structure__load_A40_w1_tp1_b128   2.565035184588e-01
    x_A40_w1_tp1_b128_k0  rate__w1_k0   9.256005320610e-07
    x_A40_w1_tp1_b128_k0  OBJ        6.084527657556e-03
    x_A40_w1_tp1_b128_k1  structure__load_A40_w1_tp1_b128   7.520804425241e-01
    x_A40_w1_tp1_b128_k1  rate__w1_k1   9.256005320610e-07
    x_A40_w1_tp1_b128_k1  OBJ        6.084527657556e-03
    x_A40_w1_tp2_b128_k0  structure__load_A40_w1_tp2_b128   1.560031737286e-01
    x_A40_w1_tp2_b128_k0  rate__w1_k0   9.256005320610e-07
    x_A40_w1_tp2_b128_k0  OBJ        6.084527657556e-03
    x_A40_w1_tp2_b128_k1  structure__load_A40_w1_tp2_b128   4.364288943860e-01
    x_A40_w1_tp2_b128_k1  rate__w1_k1   9.256005320610e-07
    x_A40_w1_tp2_b128_k1  OBJ        6.084527657556e-03
RHS
    RHS       structure__load_A100_w0_tp1_b128   0.000000000000e+00
    RHS       structure__load_A100_w0_tp2_b128   0.000000000000e+00
    RHS       structure__load_A40_w0_tp2_b128   0.000000000000e+00
    RHS       structure__load_A100_w1_tp1_b128   0.000000000000e+00
    RHS       structure__load_A100_w1_tp2_b128   0.000000000000e+00
    RHS       structure__load_A40_w1_tp1_b128   0.000000000000e+00
    RHS       structure__load_A40_w1_tp2_b128   0.000000000000e+00
    RHS       rate__w0_k0   1.928975051412e+00
    RHS       rate__w0_k1   2.022024948588e+00
    RHS       rate__w1_k0   7.404804256488e+00
    RHS       rate__w1_k1   3.119095743512e+00
    RHS       gpus__A100   3.000000000000e+00
    RHS       gpus__A40   3.000000000000e+00
    RHS       budget__all   5.294500000000e+00
BOUNDS
 UP BND       n_A100_w0_tp1_b128   3.000000000000e+00
 BV BND       n_A100_w0_tp2_b128
 UP BND       n_A100_w1_tp1_b128   3.000000000000e+00
 BV BND       n_A100_w1_tp2_b128
 UP BND       n_A40_w0_tp1_b128   3.000000000000e+00
 BV BND       n_A40_w0_tp2_b128
 UP BND       n_A40_w1_tp1_b128   3.000000000000e+00
 BV BND       n_A40_w1_tp2_b128
 UP BND       x_A100_w0_tp1_b128_k0   2.084027000000e+06
 UP BND       x_A100_w0_tp1_b128_k1   2.184556000000e+06
 UP BND       x_A100_w0_tp2_b128_k0   2.084027000000e+06
 UP BND       x_A100_w0_tp2_b128_k1   2.184556000000e+06
 UP BND       x_A100_w1_tp1_b128_k0   8.000001000000e+06
 UP BND       x_A100_w1_tp1_b128_k1   3.369809000000e+06
 UP BND       x_A100_w1_tp2_b128_k0   8.000001000000e+06
 UP BND       x_A100_w1_tp2_b128_k1   3.369809000000e+06
 UP BND       x_A40_w0_tp2_b128_k0   2.084027000000e+06
 UP BND       x_A40_w0_tp2_b128_k1   2.184556000000e+06
 UP BND       x_A40_w1_tp1_b128_k0   8.000001000000e+06
 UP BND       x_A40_w1_tp1_b128_k1   3.369809000000e+06
 UP BND       x_A40_w1_tp2_b128_k0   8.000001000000e+06
 UP BND       x_A40_w1_tp2_b128_k1   3.369809000000e+06
ENDATA
