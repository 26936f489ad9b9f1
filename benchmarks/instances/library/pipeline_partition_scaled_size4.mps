OBJSENSE
 MIN
NAME          pipeline_partition_scaled_size4
ROWS
 N  OBJ
 E  structure__first
 E  structure__last
 L  structure__ends_g0_a100_tp8
 L  structure__ends_g1_l40s_tp8
 L  structure__ends_g2_a100_tp8
 L  structure__ends_g3_l40s_tp8
 E  layers__total
 L  memory__g0_a100_tp8
 L  memory__g1_l40s_tp8
 L  memory__g2_a100_tp8
 L  memory__g3_l40s_tp8
 E  structure__bottleneck
 L  structure__time_g0_a100_tp8
 L  structure__time_g1_l40s_tp8
 L  structure__time_g2_a100_tp8
 L  structure__time_g3_l40s_tp8
 G  structure__sym_first_g0_a100_tp8_0
 L  structure__sym_last_g0_a100_tp8_0
 G  structure__sym_layers_g0_a100_tp8_0
 G  structure__sym_first_g1_l40s_tp8_0
 L  structure__sym_last_g1_l40s_tp8_0
 G  structure__sym_layers_g1_l40s_tp8_0
COLUMNS
    MARK      'MARKER'                 'INTORG'
    first__g0_a100_tp8  structure__first   1.000000000000e+00
    first__g0_a100_tp8  structure__ends_g0_a100_tp8   1.000000000000e+00
    first__g0_a100_tp8  memory__g0_a100_tp8   4.892578125000e-01
    first__g0_a100_tp8  structure__time_g0_a100_tp8   8.539958951288e-02
    first__g0_a100_tp8  structure__sym_first_g0_a100_tp8_0   1.000000000000e+00
    first__g0_a100_tp8  structure__sym_layers_g0_a100_tp8_0   1.230000000000e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g1_l40s_tp8  structure__first   1.000000000000e+00
    first__g1_l40s_tp8  structure__ends_g1_l40s_tp8   1.000000000000e+00
    first__g1_l40s_tp8  memory__g1_l40s_tp8   4.892578125000e-01
    first__g1_l40s_tp8  structure__time_g1_l40s_tp8   2.015390775673e-01
    first__g1_l40s_tp8  structure__sym_first_g1_l40s_tp8_0   1.000000000000e+00
    first__g1_l40s_tp8  structure__sym_layers_g1_l40s_tp8_0   1.230000000000e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g2_a100_tp8  structure__first   1.000000000000e+00
    first__g2_a100_tp8  structure__ends_g2_a100_tp8   1.000000000000e+00
    first__g2_a100_tp8  memory__g2_a100_tp8   4.892578125000e-01
    first__g2_a100_tp8  structure__time_g2_a100_tp8   8.539958951288e-02
    first__g2_a100_tp8  structure__sym_first_g0_a100_tp8_0  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g3_l40s_tp8  structure__first   1.000000000000e+00
    first__g3_l40s_tp8  structure__ends_g3_l40s_tp8   1.000000000000e+00
    first__g3_l40s_tp8  memory__g3_l40s_tp8   4.892578125000e-01
    first__g3_l40s_tp8  structure__time_g3_l40s_tp8   2.015390775673e-01
    first__g3_l40s_tp8  structure__sym_first_g1_l40s_tp8_0  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g0_a100_tp8  structure__last   1.000000000000e+00
    last__g0_a100_tp8  structure__ends_g0_a100_tp8   1.000000000000e+00
    last__g0_a100_tp8  memory__g0_a100_tp8   4.892578125000e-01
    last__g0_a100_tp8  structure__time_g0_a100_tp8   3.035533456153e+02
    last__g0_a100_tp8  structure__sym_last_g0_a100_tp8_0   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g1_l40s_tp8  structure__last   1.000000000000e+00
    last__g1_l40s_tp8  structure__ends_g1_l40s_tp8   1.000000000000e+00
    last__g1_l40s_tp8  memory__g1_l40s_tp8   4.892578125000e-01
    last__g1_l40s_tp8  structure__time_g1_l40s_tp8   7.856571829045e+02
    last__g1_l40s_tp8  structure__sym_last_g1_l40s_tp8_0   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g2_a100_tp8  structure__last   1.000000000000e+00
    last__g2_a100_tp8  structure__ends_g2_a100_tp8   1.000000000000e+00
    last__g2_a100_tp8  memory__g2_a100_tp8   4.892578125000e-01
    last__g2_a100_tp8  structure__time_g2_a100_tp8   3.035533456153e+02
    last__g2_a100_tp8  structure__sym_last_g0_a100_tp8_0  -1.000000000000e+00
    last__g2_a100_tp8  structure__sym_layers_g0_a100_tp8_0   1.230000000000e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g3_l40s_tp8  structure__last   1.000000000000e+00
    last__g3_l40s_tp8  structure__ends_g3_l40s_tp8   1.000000000000e+00
    last__g3_l40s_tp8  memory__g3_l40s_tp8   4.892578125000e-01
    last__g3_l40s_tp8  structure__time_g3_l40s_tp8   7.856571829045e+02
    last__g3_l40s_tp8  structure__sym_last_g1_l40s_tp8_0  -1.000000000000e+00
    last__g3_l40s_tp8  structure__sym_layers_g1_l40s_tp8_0   1.230000000000e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g0_a100_tp8  layers__total   1.000000000000e+00
    layers__g0_a100_tp8  memory__g0_a100_tp8   7.500000000000e-01
    layers__g0_a100_tp8  structure__time_g0_a100_tp8   6.371888608636e+02
    layers__g0_a100_tp8  structure__sym_layers_g0_a100_tp8_0   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g1_l40s_tp8  layers__total   1.000000000000e+00
    layers__g1_l40s_tp8  memory__g1_l40s_tp8   7.500000000000e-01
    layers__g1_l40s_tp8  structure__time_g1_l40s_tp8   1.368807415148e+03
    layers__g1_l40s_tp8  structure__sym_layers_g1_l40s_tp8_0   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g2_a100_tp8  layers__total   1.000000000000e+00
    layers__g2_a100_tp8  memory__g2_a100_tp8   7.500000000000e-01
    layers__g2_a100_tp8  structure__time_g2_a100_tp8   6.371888608636e+02
    layers__g2_a100_tp8  structure__sym_layers_g0_a100_tp8_0  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g3_l40s_tp8  layers__total   1.000000000000e+00
    layers__g3_l40s_tp8  memory__g3_l40s_tp8   7.500000000000e-01
    layers__g3_l40s_tp8  structure__time_g3_l40s_tp8   1.368807415148e+03
    layers__g3_l40s_tp8  structure__sym_layers_g1_l40s_tp8_0  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    neck__g0_a100_tp8  structure__bottleneck   1.000000000000e+00
    neck__g0_a100_tp8  structure__time_g0_a100_tp8  -4.644615358355e+01
    neck__g0_a100_tp8  structure__time_g1_l40s_tp8  -4.644615358355e+01
    neck__g0_a100_tp8  structure__time_g2_a100_tp8  -4.644615358355e+01
    neck__g0_a100_tp8  structure__time_g3_l40s_tp8  -4.644615358355e+01
    neck__g0_a100_tp8  OBJ        4.644615358355e+01
    neck__g1_l40s_tp8  structure__bottleneck   1.000000000000e+00
    neck__g1_l40s_tp8  structure__time_g0_a100_tp8  -2.941310821408e+01
    neck__g1_l40s_tp8  structure__time_g1_l40s_tp8  -2.941310821408e+01
    neck__g1_l40s_tp8  structure__time_g2_a100_tp8  -2.941310821408e+01
    neck__g1_l40s_tp8  structure__time_g3_l40s_tp8  -2.941310821408e+01
    neck__g1_l40s_tp8  OBJ        2.941310821408e+01
    neck__g2_a100_tp8  structure__bottleneck   1.000000000000e+00
    neck__g2_a100_tp8  structure__time_g0_a100_tp8  -4.644615358355e+01
    neck__g2_a100_tp8  structure__time_g1_l40s_tp8  -4.644615358355e+01
    neck__g2_a100_tp8  structure__time_g2_a100_tp8  -4.644615358355e+01
    neck__g2_a100_tp8  structure__time_g3_l40s_tp8  -4.644615358355e+01
    neck__g2_a100_tp8  OBJ        4.644615358355e+01
    neck__g3_l40s_tp8  structure__bottleneck   1.000000000000e+00
    neck__g3_l40s_tp8  structure__time_g0_a100_tp8  -2.941310821408e+01
    neck__g3_l40s_tp8  structure__time_g1_l40s_tp8  -2.941310821408e+01
    neck__g3_l40s_tp8  structure__time_g2_a100_tp8  -2.941310821408e+01
    neck__g3_l40s_tp8  structure__time_g3_l40s_tp8  -2.941310821408e+01
    neck__g3_l40s_tp8  OBJ        2.941310821408e+01
    neck_first__g0_a100_tp8  structure__time_g0_a100_tp8  -8.539958951288e-02
    neck_first__g0_a100_tp8  structure__time_g1_l40s_tp8  -8.539958951288e-02
    neck_first__g0_a100_tp8  structure__time_g2_a100_tp8  -8.539958951288e-02
    neck_first__g0_a100_tp8  structure__time_g3_l40s_tp8  -8.539958951288e-02
    neck_first__g0_a100_tp8  OBJ        8.539958951288e-02
    neck_first__g1_l40s_tp8  structure__time_g0_a100_tp8  -2.015390775673e-01
    neck_first__g1_l40s_tp8  structure__time_g1_l40s_tp8  -2.015390775673e-01
    neck_first__g1_l40s_tp8  structure__time_g2_a100_tp8  -2.015390775673e-01
    neck_first__g1_l40s_tp8  structure__time_g3_l40s_tp8  -2.015390775673e-01
    neck_first__g1_l40s_tp8  OBJ        2.015390775673e-01
    neck_first__g2_a100_tp8  structure__time_g0_a100_tp8  -8.539958951288e-02
    neck_first__g2_a100_tp8  structure__time_g1_l40s_tp8  -8.539958951288e-02
    neck_first__g2_a100_tp8  structure__time_g2_a100_tp8  -8.539958951288e-02
    neck_first__g2_a100_tp8  structure__time_g3_l40s_tp8  -8.539958951288e-02
    neck_first__g2_a100_tp8  OBJ        8.539958951288e-02
    neck_first__g3_l40s_tp8  structure__time_g0_a100_tp8  -2.015390775673e-01
    neck_first__g3_l40s_tp8  structure__time_g1_l40s_tp8  -2.015390775673e-01
    neck_first__g3_l40s_tp8  structure__time_g2_a100_tp8  -2.015390775673e-01
    neck_first__g3_l40s_tp8  structure__time_g3_l40s_tp8  -2.015390775673e-01
    neck_first__g3_l40s_tp8  OBJ        2.015390775673e-01
    neck_last__g0_a100_tp8  structure__time_g0_a100_tp8  -3.035533456153e+02
    neck_last__g0_a100_tp8  structure__time_g1_l40s_tp8  -3.035533456153e+02
    neck_last__g0_a100_tp8  structure__time_g2_a100_tp8  -3.035533456153e+02
    neck_last__g0_a100_tp8  structure__time_g3_l40s_tp8  -3.035533456153e+02
    neck_last__g0_a100_tp8  OBJ        3.035533456153e+02
    neck_last__g1_l40s_tp8  structure__time_g0_a100_tp8  -7.856571829045e+02
    neck_last__g1_l40s_tp8  structure__time_g1_l40s_tp8  -7.856571829045e+02
    neck_last__g1_l40s_tp8  structure__time_g2_a100_tp8  -7.856571829045e+02
    neck_last__g1_l40s_tp8  structure__time_g3_l40s_tp8  -7.856571829045e+02
    neck_last__g1_l40s_tp8  OBJ        7.856571829045e+02
    neck_last__g2_a100_tp8  structure__time_g0_a100_tp8  -3.035533456153e+02
    neck_last__g2_a100_tp8  structure__time_g1_l40s_tp8  -3.035533456153e+02
    neck_last__g2_a100_tp8  structure__time_g2_a100_tp8  -3.035533456153e+02
    neck_last__g2_a100_tp8  structure__time_g3_l40s_tp8  -3.035533456153e+02
    neck_last__g2_a100_tp8  OBJ        3.035533456153e+02
    neck_last__g3_l40s_tp8  structure__time_g0_a100_tp8  -7.856571829045e+02
    neck_last__g3_l40s_tp8  structure__time_g1_l40s_tp8  -7.856571829045e+02
    neck_last__g3_l40s_tp8  structure__time_g2_a100_tp8  -7.856571829045e+02
    neck_last__g3_l40s_tp8  structure__time_g3_l40s_tp8  -7.856571829045e+02
    neck_last__g3_l40s_tp8  OBJ        7.856571829045e+02
    neck_layers__g0_a100_tp8  structure__time_g0_a100_tp8  -6.371888608636e+02
    neck_layers__g0_a100_tp8  structure__time_g1_l40s_tp8  -6.371888608636e+02
    neck_layers__g0_a100_tp8  structure__time_g2_a100_tp8  -6.371888608636e+02
    neck_layers__g0_a100_tp8  structure__time_g3_l40s_tp8  -6.371888608636e+02
    neck_layers__g0_a100_tp8  OBJ        6.371888608636e+02
    neck_layers__g1_l40s_tp8  structure__time_g0_a100_tp8  -1.368807415148e+03
    neck_layers__g1_l40s_tp8  structure__time_g1_l40s_tp8  -1.368807415148e+03
    neck_layers__g1_l40s_tp8  structure__time_g2_a100_tp8  -1.368807415148e+03
    neck_layers__g1_l40s_tp8  structure__time_g3_l40s_tp8  -1.368807415148e+03
    neck_layers__g1_l40s_tp8  OBJ        1.368807415148e+03
    neck_layers__g2_a100_tp8  structure__time_g0_a100_tp8  -6.371888608636e+02
    neck_layers__g2_a100_tp8  structure__time_g1_l40s_tp8  -6.371888608636e+02
    neck_layers__g2_a100_tp8  structure__time_g2_a100_tp8  -6.371888608636e+02
    neck_layers__g2_a100_tp8  structure__time_g3_l40s_tp8  -6.371888608636e+02
    neck_layers__g2_a100_tp8  OBJ        6.371888608636e+02
    neck_layers__g3_l40s_tp8  structure__time_g0_a100_tp8  -1.368807415148e+03
    neck_layers__g3_l40s_tp8  structure__time_g1_l40s_tp8  -1.368807415148e+03
    neck_layers__g3_l40s_tp8  structure__time_g2_a100_tp8  -1.368807415148e+03
    neck_layers__g3_l40s_tp8  structure__time_g3_l40s_tp8  -1.368807415148e+03
    neck_layers__g3_l40s_tp8  OBJ        1.368807415148e+03
RHS
    RHS       structure__first   1.000000000000e+00
    RHS       structure__last   1.000000000000e+00
    RHS       structure__ends_g0_a100_tp8   1.000000000000e+00
    RHS       structure__ends_g1_l40s_tp8   1.000000000000e+00
    RHS       structure__ends_g2_a100_tp8   1.000000000000e+00
    RHS       structure__ends_g3_l40s_tp8   1.000000000000e+00
    RHS       layers__total   1.260000000000e+02
    RHS       memory__g0_a100_tp8   7.025000000000e+01
    RHS       memory__g1_l40s_tp8   3.875000000000e+01
    RHS       memory__g2_a100_tp8   7.025000000000e+01
    RHS       memory__g3_l40s_tp8   3.875000000000e+01
    RHS       structure__bottleneck   1.000000000000e+00
    RHS       structure__time_g0_a100_tp8  -4.644615358355e+01
    RHS       structure__time_g1_l40s_tp8  -2.941310821408e+01
    RHS       structure__time_g2_a100_tp8  -4.644615358355e+01
    RHS       structure__time_g3_l40s_tp8  -2.941310821408e+01
    RHS       structure__sym_first_g0_a100_tp8_0   0.000000000000e+00
    RHS       structure__sym_last_g0_a100_tp8_0   0.000000000000e+00
    RHS       structure__sym_layers_g0_a100_tp8_0   0.000000000000e+00
    RHS       structure__sym_first_g1_l40s_tp8_0   0.000000000000e+00
    RHS       structure__sym_last_g1_l40s_tp8_0   0.000000000000e+00
    RHS       structure__sym_layers_g1_l40s_tp8_0   0.000000000000e+00
BOUNDS
 BV BND       first__g0_a100_tp8
 BV BND       first__g1_l40s_tp8
 BV BND       first__g2_a100_tp8
 BV BND       first__g3_l40s_tp8
 BV BND       last__g0_a100_tp8
 BV BND       last__g1_l40s_tp8
 BV BND       last__g2_a100_tp8
 BV BND       last__g3_l40s_tp8
 LO BND       layers__g0_a100_tp8   1.000000000000e+00
 UP BND       layers__g0_a100_tp8   1.230000000000e+02
 LO BND       layers__g1_l40s_tp8   1.000000000000e+00
 UP BND       layers__g1_l40s_tp8   1.230000000000e+02
 LO BND       layers__g2_a100_tp8   1.000000000000e+00
 UP BND       layers__g2_a100_tp8   1.230000000000e+02
 LO BND       layers__g3_l40s_tp8   1.000000000000e+00
 UP BND       layers__g3_l40s_tp8   1.230000000000e+02
 UP BND       neck__g0_a100_tp8   1.000000000000e+00
 UP BND       neck__g1_l40s_tp8   1.000000000000e+00
 UP BND       neck__g2_a100_tp8   1.000000000000e+00
 UP BND       neck__g3_l40s_tp8   1.000000000000e+00
 UP BND       neck_first__g0_a100_tp8   1.000000000000e+00
 UP BND       neck_first__g1_l40s_tp8   1.000000000000e+00
 UP BND       neck_first__g2_a100_tp8   1.000000000000e+00
 UP BND       neck_first__g3_l40s_tp8   1.000000000000e+00
 UP BND       neck_last__g0_a100_tp8   1.000000000000e+00
 UP BND       neck_last__g1_l40s_tp8   1.000000000000e+00
 UP BND       neck_last__g2_a100_tp8   1.000000000000e+00
 UP BND       neck_last__g3_l40s_tp8   1.000000000000e+00
 UP BND       neck_layers__g0_a100_tp8   1.230000000000e+02
 UP BND       neck_layers__g1_l40s_tp8   1.230000000000e+02
 UP BND       neck_layers__g2_a100_tp8   1.230000000000e+02
 UP BND       neck_layers__g3_l40s_tp8   1.230000000000e+02
ENDATA
