OBJSENSE
 MIN
NAME          pipeline_partition_small_seed0
ROWS
 N  OBJ
 E  structure__first
 E  structure__last
 L  structure__ends_g0_h100
 L  structure__ends_g1_h100
 L  structure__ends_g2_h100
 L  structure__ends_g3_h100
 E  layers__total
 L  memory__g0_h100
 L  memory__g1_h100
 L  memory__g2_h100
 L  memory__g3_h100
 E  structure__bottleneck
 L  structure__time_g0_h100
 L  structure__time_g1_h100
 L  structure__time_g2_h100
 L  structure__time_g3_h100
 L  slo__token_latency
 G  structure__sym_first_g0_h100_0
 L  structure__sym_last_g0_h100_0
 G  structure__sym_layers_g0_h100_0
 G  structure__sym_first_g1_h100_0
 L  structure__sym_last_g1_h100_0
 G  structure__sym_layers_g1_h100_0
COLUMNS
    MARK      'MARKER'                 'INTORG'
    first__g0_h100  structure__first   1.000000000000e+00
    first__g0_h100  structure__ends_g0_h100   1.000000000000e+00
    first__g0_h100  memory__g0_h100   9.046800706458e-01
    first__g0_h100  structure__time_g0_h100   3.498471437983e+01
    first__g0_h100  slo__token_latency   3.498471437983e-05
    first__g0_h100  structure__sym_first_g0_h100_0   1.000000000000e+00
    first__g0_h100  structure__sym_layers_g0_h100_0   6.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g1_h100  structure__first   1.000000000000e+00
    first__g1_h100  structure__ends_g1_h100   1.000000000000e+00
    first__g1_h100  memory__g1_h100   9.046800706458e-01
    first__g1_h100  structure__time_g1_h100   2.788926243463e+01
    first__g1_h100  slo__token_latency   2.788926243463e-05
    first__g1_h100  structure__sym_first_g1_h100_0   1.000000000000e+00
    first__g1_h100  structure__sym_layers_g1_h100_0   6.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g2_h100  structure__first   1.000000000000e+00
    first__g2_h100  structure__ends_g2_h100   1.000000000000e+00
    first__g2_h100  memory__g2_h100   9.046800706458e-01
    first__g2_h100  structure__time_g2_h100   3.498471437983e+01
    first__g2_h100  slo__token_latency   3.498471437983e-05
    first__g2_h100  structure__sym_first_g0_h100_0  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g3_h100  structure__first   1.000000000000e+00
    first__g3_h100  structure__ends_g3_h100   1.000000000000e+00
    first__g3_h100  memory__g3_h100   9.046800706458e-01
    first__g3_h100  structure__time_g3_h100   2.788926243463e+01
    first__g3_h100  slo__token_latency   2.788926243463e-05
    first__g3_h100  structure__sym_first_g1_h100_0  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g0_h100  structure__last   1.000000000000e+00
    last__g0_h100  structure__ends_g0_h100   1.000000000000e+00
    last__g0_h100  memory__g0_h100   9.046800706458e-01
    last__g0_h100  structure__time_g0_h100   7.683393854759e+02
    last__g0_h100  slo__token_latency   7.683393854759e-04
    last__g0_h100  structure__sym_last_g0_h100_0   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g1_h100  structure__last   1.000000000000e+00
    last__g1_h100  structure__ends_g1_h100   1.000000000000e+00
    last__g1_h100  memory__g1_h100   9.046800706458e-01
    last__g1_h100  structure__time_g1_h100   2.676014333667e+02
    last__g1_h100  slo__token_latency   2.676014333667e-04
    last__g1_h100  structure__sym_last_g1_h100_0   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g2_h100  structure__last   1.000000000000e+00
    last__g2_h100  structure__ends_g2_h100   1.000000000000e+00
    last__g2_h100  memory__g2_h100   9.046800706458e-01
    last__g2_h100  structure__time_g2_h100   7.683393854759e+02
    last__g2_h100  slo__token_latency   7.683393854759e-04
    last__g2_h100  structure__sym_last_g0_h100_0  -1.000000000000e+00
    last__g2_h100  structure__sym_layers_g0_h100_0   6.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g3_h100  structure__last   1.000000000000e+00
    last__g3_h100  structure__ends_g3_h100   1.000000000000e+00
    last__g3_h100  memory__g3_h100   9.046800706458e-01
    last__g3_h100  structure__time_g3_h100   2.676014333667e+02
    last__g3_h100  slo__token_latency   2.676014333667e-04
    last__g3_h100  structure__sym_last_g1_h100_0  -1.000000000000e+00
    last__g3_h100  structure__sym_layers_g1_h100_0   6.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g0_h100  layers__total   1.000000000000e+00
    layers__g0_h100  memory__g0_h100   2.299755507966e+01
    layers__g0_h100  structure__time_g0_h100   7.651109144448e+02
    layers__g0_h100  slo__token_latency   7.651109144448e-04
    layers__g0_h100  structure__sym_layers_g0_h100_0   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g1_h100  layers__total   1.000000000000e+00
    layers__g1_h100  memory__g1_h100   2.299755507966e+01
    layers__g1_h100  structure__time_g1_h100   6.483943440245e+02
    layers__g1_h100  slo__token_latency   6.483943440245e-04
    layers__g1_h100  structure__sym_layers_g1_h100_0   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g2_h100  layers__total   1.000000000000e+00
    layers__g2_h100  memory__g2_h100   2.299755507966e+01
    layers__g2_h100  structure__time_g2_h100   7.651109144448e+02
    layers__g2_h100  slo__token_latency   7.651109144448e-04
    layers__g2_h100  structure__sym_layers_g0_h100_0  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g3_h100  layers__total   1.000000000000e+00
    layers__g3_h100  memory__g3_h100   2.299755507966e+01
    layers__g3_h100  structure__time_g3_h100   6.483943440245e+02
    layers__g3_h100  slo__token_latency   6.483943440245e-04
    layers__g3_h100  structure__sym_layers_g1_h100_0  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    neck__g0_h100  structure__bottleneck   1.000000000000e+00
    neck__g0_h100  structure__time_g0_h100  -7.835972487872e+01
    neck__g0_h100  structure__time_g1_h100  -7.835972487872e+01
    neck__g0_h100  structure__time_g2_h100  -7.835972487872e+01
    neck__g0_h100  structure__time_g3_h100  -7.835972487872e+01
    neck__g0_h100  OBJ        7.835972487872e+01
    neck__g1_h100  structure__bottleneck   1.000000000000e+00
    neck__g1_h100  structure__time_g0_h100  -7.837243571440e+01
    neck__g1_h100  structure__time_g1_h100  -7.837243571440e+01
    neck__g1_h100  structure__time_g2_h100  -7.837243571440e+01
    neck__g1_h100  structure__time_g3_h100  -7.837243571440e+01
    neck__g1_h100  OBJ        7.837243571440e+01
    neck__g2_h100  structure__bottleneck   1.000000000000e+00
    neck__g2_h100  structure__time_g0_h100  -7.835972487872e+01
    neck__g2_h100  structure__time_g1_h100  -7.835972487872e+01
    neck__g2_h100  structure__time_g2_h100  -7.835972487872e+01
    neck__g2_h100  structure__time_g3_h100  -7.835972487872e+01
    neck__g2_h100  OBJ        7.835972487872e+01
    neck__g3_h100  structure__bottleneck   1.000000000000e+00
    neck__g3_h100  structure__time_g0_h100  -7.837243571440e+01
    neck__g3_h100  structure__time_g1_h100  -7.837243571440e+01
    neck__g3_h100  structure__time_g2_h100  -7.837243571440e+01
    neck__g3_h100  structure__time_g3_h100  -7.837243571440e+01
    neck__g3_h100  OBJ        7.837243571440e+01
    neck_first__g0_h100  structure__time_g0_h100  -3.498471437983e+01
    neck_first__g0_h100  structure__time_g1_h100  -3.498471437983e+01
    neck_first__g0_h100  structure__time_g2_h100  -3.498471437983e+01
    neck_first__g0_h100  structure__time_g3_h100  -3.498471437983e+01
    neck_first__g0_h100  OBJ        3.498471437983e+01
    neck_first__g1_h100  structure__time_g0_h100  -2.788926243463e+01
    neck_first__g1_h100  structure__time_g1_h100  -2.788926243463e+01
    neck_first__g1_h100  structure__time_g2_h100  -2.788926243463e+01
    neck_first__g1_h100  structure__time_g3_h100  -2.788926243463e+01
    neck_first__g1_h100  OBJ        2.788926243463e+01
    neck_first__g2_h100  structure__time_g0_h100  -3.498471437983e+01
    neck_first__g2_h100  structure__time_g1_h100  -3.498471437983e+01
    neck_first__g2_h100  structure__time_g2_h100  -3.498471437983e+01
    neck_first__g2_h100  structure__time_g3_h100  -3.498471437983e+01
    neck_first__g2_h100  OBJ        3.498471437983e+01
    neck_first__g3_h100  structure__time_g0_h100  -2.788926243463e+01
    neck_first__g3_h100  structure__time_g1_h100  -2.788926243463e+01
    neck_first__g3_h100  structure__time_g2_h100  -2.788926243463e+01
    neck_first__g3_h100  structure__time_g3_h100  -2.788926243463e+01
    neck_first__g3_h100  OBJ        2.788926243463e+01
    neck_last__g0_h100  structure__time_g0_h100  -7.683393854759e+02
    neck_last__g0_h100  structure__time_g1_h100  -7.683393854759e+02
    neck_last__g0_h100  structure__time_g2_h100  -7.683393854759e+02
    neck_last__g0_h100  structure__time_g3_h100  -7.683393854759e+02
    neck_last__g0_h100  OBJ        7.683393854759e+02
    neck_last__g1_h100  structure__time_g0_h100  -2.676014333667e+02
    neck_last__g1_h100  structure__time_g1_h100  -2.676014333667e+02
    neck_last__g1_h100  structure__time_g2_h100  -2.676014333667e+02
    neck_last__g1_h100  structure__time_g3_h100  -2.676014333667e+02
    neck_last__g1_h100  OBJ        2.676014333667e+02
    neck_last__g2_h100  structure__time_g0_h100  -7.683393854759e+02
    neck_last__g2_h100  structure__time_g1_h100  -7.683393854759e+02
    neck_last__g2_h100  structure__time_g2_h100  -7.683393854759e+02
    neck_last__g2_h100  structure__time_g3_h100  -7.683393854759e+02
    neck_last__g2_h100  OBJ        7.683393854759e+02
    neck_last__g3_h100  structure__time_g0_h100  -2.676014333667e+02
    neck_last__g3_h100  structure__time_g1_h100  -2.676014333667e+02
    neck_last__g3_h100  structure__time_g2_h100  -2.676014333667e+02
    neck_last__g3_h100  structure__time_g3_h100  -2.676014333667e+02
    neck_last__g3_h100  OBJ        2.676014333667e+02
    neck_layers__g0_h100  structure__time_g0_h100  -7.651109144448e+02
    neck_layers__g0_h100  structure__time_g1_h100  -7.651109144448e+02
    neck_layers__g0_h100  structure__time_g2_h100  -7.651109144448e+02
    neck_layers__g0_h100  structure__time_g3_h100  -7.651109144448e+02
    neck_layers__g0_h100  OBJ        7.651109144448e+02
    neck_layers__g1_h100  structure__time_g0_h100  -6.483943440245e+02
    neck_layers__g1_h100  structure__time_g1_h100  -6.483943440245e+02
    neck_layers__g1_h100  structure__time_g2_h100  -6.483943440245e+02
    neck_layers__g1_h100  structure__time_g3_h100  -6.483943440245e+02
    neck_layers__g1_h100  OBJ        6.483943440245e+02
    neck_layers__g2_h100  structure__time_g0_h100  -7.651109144448e+02
    neck_layers__g2_h100  structure__time_g1_h100  -7.651109144448e+02
    neck_layers__g2_h100  structure__time_g2_h100  -7.651109144448e+02
    neck_layers__g2_h100  structure__time_g3_h100  -7.651109144448e+02
    neck_layers__g2_h100  OBJ        7.651109144448e+02
    neck_layers__g3_h100  structure__time_g0_h100  -6.483943440245e+02
    neck_layers__g3_h100  structure__time_g1_h100  -6.483943440245e+02
    neck_layers__g3_h100  structure__time_g2_h100  -6.483943440245e+02
    neck_layers__g3_h100  structure__time_g3_h100  -6.483943440245e+02
    neck_layers__g3_h100  OBJ        6.483943440245e+02
RHS
    RHS       structure__first   1.000000000000e+00
    RHS       structure__last   1.000000000000e+00
    RHS       structure__ends_g0_h100   1.000000000000e+00
    RHS       structure__ends_g1_h100   1.000000000000e+00
    RHS       structure__ends_g2_h100   1.000000000000e+00
    RHS       structure__ends_g3_h100   1.000000000000e+00
    RHS       layers__total   9.000000000000e+00
    RHS       memory__g0_h100   7.080354477770e+01
    RHS       memory__g1_h100   6.913530215309e+01
    RHS       memory__g2_h100   7.080354477770e+01
    RHS       memory__g3_h100   6.913530215309e+01
    RHS       structure__bottleneck   1.000000000000e+00
    RHS       structure__time_g0_h100  -7.835972487872e+01
    RHS       structure__time_g1_h100  -7.837243571440e+01
    RHS       structure__time_g2_h100  -7.835972487872e+01
    RHS       structure__time_g3_h100  -7.837243571440e+01
    RHS       slo__token_latency   5.651233158179e-03
    RHS       structure__sym_first_g0_h100_0   0.000000000000e+00
    RHS       structure__sym_last_g0_h100_0   0.000000000000e+00
    RHS       structure__sym_layers_g0_h100_0   0.000000000000e+00
    RHS       structure__sym_first_g1_h100_0   0.000000000000e+00
    RHS       structure__sym_last_g1_h100_0   0.000000000000e+00
    RHS       structure__sym_layers_g1_h100_0   0.000000000000e+00
BOUNDS
 BV BND       first__g0_h100
 BV BND       first__g1_h100
 BV BND       first__g2_h100
 BV BND       first__g3_h100
 BV BND       last__g0_h100
 BV BND       last__g1_h100
 BV BND       last__g2_h100
 BV BND       last__g3_h100
 LO BND       layers__g0_h100   1.000000000000e+00
 UP BND       layers__g0_h100   6.000000000000e+00
 LO BND       layers__g1_h100   1.000000000000e+00
 UP BND       layers__g1_h100   6.000000000000e+00
 LO BND       layers__g2_h100   1.000000000000e+00
 UP BND       layers__g2_h100   6.000000000000e+00
 LO BND       layers__g3_h100   1.000000000000e+00
 UP BND       layers__g3_h100   6.000000000000e+00
 UP BND       neck__g0_h100   1.000000000000e+00
 UP BND       neck__g1_h100   1.000000000000e+00
 UP BND       neck__g2_h100   1.000000000000e+00
 UP BND       neck__g3_h100   1.000000000000e+00
 UP BND       neck_first__g0_h100   1.000000000000e+00
 UP BND       neck_first__g1_h100   1.000000000000e+00
 UP BND       neck_first__g2_h100   1.000000000000e+00
 UP BND       neck_first__g3_h100   1.000000000000e+00
 UP BND       neck_last__g0_h100   1.000000000000e+00
 UP BND       neck_last__g1_h100   1.000000000000e+00
 UP BND       neck_last__g2_h100   1.000000000000e+00
 UP BND       neck_last__g3_h100   1.000000000000e+00
 UP BND       neck_layers__g0_h100   6.000000000000e+00
 UP BND       neck_layers__g1_h100   6.000000000000e+00
 UP BND       neck_layers__g2_h100   6.000000000000e+00
 UP BND       neck_layers__g3_h100   6.000000000000e+00
ENDATA
