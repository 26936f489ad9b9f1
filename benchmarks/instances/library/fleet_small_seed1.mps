OBJSENSE
 MIN
NAME          fleet_small_seed1
ROWS
 N  OBJ
 L  structure__load_A100_w0_tp1_b32
 L  structure__load_A40_w0_tp1_b32
 L  structure__load_A100_w1_tp1_b32
 L  structure__load_A40_w1_tp1_b32
 G  rate__w0_k0
 G  rate__w0_k1
 G  rate__w1_k0
 G  rate__w1_k1
 L  gpus__A100
 L  gpus__A40
COLUMNS
    MARK      'MARKER'                 'INTORG'
    n_A100_w0_tp1_b32  structure__load_A100_w0_tp1_b32  -8.329793035414e+06
    n_A100_w0_tp1_b32  gpus__A100   1.000000000000e+00
    n_A100_w0_tp1_b32  OBJ        1.790000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_A100_w1_tp1_b32  structure__load_A100_w1_tp1_b32  -8.329793035414e+06
    n_A100_w1_tp1_b32  gpus__A100   1.000000000000e+00
    n_A100_w1_tp1_b32  OBJ        1.790000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_A40_w0_tp1_b32  structure__load_A40_w0_tp1_b32  -8.329793035414e+06
    n_A40_w0_tp1_b32  gpus__A40   1.000000000000e+00
    n_A40_w0_tp1_b32  OBJ        7.900000000000e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_A40_w1_tp1_b32  structure__load_A40_w1_tp1_b32  -8.329793035414e+06
    n_A40_w1_tp1_b32  gpus__A40   1.000000000000e+00
    n_A40_w1_tp1_b32  OBJ        7.900000000000e-01
    MARK      'MARKER'                 'INTEND'
    x_A100_w0_tp1_b32_k0  structure__load_A100_w0_tp1_b32   1.822389217871e-01
    x_A100_w0_tp1_b32_k0  rate__w0_k0   1.200510019575e-07
    x_A100_w0_tp1_b32_k1  structure__load_A100_w0_tp1_b32   2.385580976041e-01
    x_A100_w0_tp1_b32_k1  rate__w0_k1   1.200510019575e-07
    x_A100_w1_tp1_b32_k0  structure__load_A100_w1_tp1_b32   1.749263385188e-01
    x_A100_w1_tp1_b32_k0  rate__w1_k0   1.200510019575e-07
    x_A100_w1_tp1_b32_k1  structure__load_A100_w1_tp1_b32   6.703414786526e-01
    x_A100_w1_tp1_b32_k1  rate__w1_k1   1.200510019575e-07
    x_A40_w0_tp1_b32_k0  structure__load_A40_w0_tp1_b32   4.824473589625e-01
    x_A40_w0_tp1_b32_k0  rate__w0_k0   1.200510019575e-07
    x_A40_w0_tp1_b32_k1  structure__load_A40_w0_tp1_b32   6.493025840944e-01
    x_A40_w0_tp1_b32_k1  rate__w0_k1   1.200510019575e-07
    x_A40_w1_tp1_b32_k0  structure__load_A40_w1_tp1_b32   4.702032218325e-01
    x_A40_w1_tp1_b32_k0  rate__w1_k0   1.200510019575e-07
    x_A40_w1_tp1_b32_k1  structure__load_A40_w1_tp1_b32   1.365821678322e+00
    x_A40_w1_tp1_b32_k1  rate__w1_k1   1.200510019575e-07
RHS
    RHS       structure__load_A100_w0_tp1_b32   0.000000000000e+00
    RHS       structure__load_A40_w0_tp1_b32   0.000000000000e+00
    RHS       structure__load_A100_w1_tp1_b32   0.000000000000e+00
    RHS       structure__load_A40_w1_tp1_b32   0.000000000000e+00
    RHS       rate__w0_k0   9.604080156599e-01
    RHS       rate__w0_k1   5.789919843401e-01
    RHS       rate__w1_k0   2.205082042052e-01
    RHS       rate__w1_k1   2.794917957948e-01
    RHS       gpus__A100   1.000000000000e+00
    RHS       gpus__A40   1.000000000000e+00
BOUNDS
 BV BND       n_A100_w0_tp1_b32
 BV BND       n_A100_w1_tp1_b32
 BV BND       n_A40_w0_tp1_b32
 BV BND       n_A40_w1_tp1_b32
 UP BND       x_A100_w0_tp1_b32_k0   8.000001000000e+06
 UP BND       x_A100_w0_tp1_b32_k1   4.822885000000e+06
 UP BND       x_A100_w1_tp1_b32_k0   1.836789000000e+06
 UP BND       x_A100_w1_tp1_b32_k1   2.328110000000e+06
 UP BND       x_A40_w0_tp1_b32_k0   8.000001000000e+06
 UP BND       x_A40_w0_tp1_b32_k1   4.822885000000e+06
 UP BND       x_A40_w1_tp1_b32_k0   1.836789000000e+06
 UP BND       x_A40_w1_tp1_b32_k1   2.328110000000e+06
ENDATA
