OBJSENSE
 MIN
NAME          pipeline_partition_small_seed4
ROWS
 N  OBJ
 E  structure__first
 E  structure__last
 L  structure__ends_g0_h200
 L  structure__ends_g1_h200
 L  structure__ends_g2_h100
 E  layers__total
 L  memory__g0_h200
 L  memory__g1_h200
 L  memory__g2_h100
 E  structure__bottleneck
 L  structure__time_g0_h200
 L  structure__time_g1_h200
 L  structure__time_g2_h100
COLUMNS
    MARK      'MARKER'                 'INTORG'
    first__g0_h200  structure__first   1.000000000000e+00
    first__g0_h200  structure__ends_g0_h200   1.000000000000e+00
    first__g0_h200  memory__g0_h200   6.334956646108e-01
    first__g0_h200  structure__time_g0_h200   6.392195381793e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g1_h200  structure__first   1.000000000000e+00
    first__g1_h200  structure__ends_g1_h200   1.000000000000e+00
    first__g1_h200  memory__g1_h200   6.334956646108e-01
    first__g1_h200  structure__time_g1_h200   9.281971360022e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g2_h100  structure__first   1.000000000000e+00
    first__g2_h100  structure__ends_g2_h100   1.000000000000e+00
    first__g2_h100  memory__g2_h100   1.266991329222e+00
    first__g2_h100  structure__time_g2_h100   1.583522074702e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g0_h200  structure__last   1.000000000000e+00
    last__g0_h200  structure__ends_g0_h200   1.000000000000e+00
    last__g0_h200  memory__g0_h200   6.334956646108e-01
    last__g0_h200  structure__time_g0_h200   3.939519160996e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g1_h200  structure__last   1.000000000000e+00
    last__g1_h200  structure__ends_g1_h200   1.000000000000e+00
    last__g1_h200  memory__g1_h200   6.334956646108e-01
    last__g1_h200  structure__time_g1_h200   2.672798073787e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g2_h100  structure__last   1.000000000000e+00
    last__g2_h100  structure__ends_g2_h100   1.000000000000e+00
    last__g2_h100  memory__g2_h100   1.266991329222e+00
    last__g2_h100  structure__time_g2_h100   8.250689004119e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g0_h200  layers__total   1.000000000000e+00
    layers__g0_h200  memory__g0_h200   1.166475441421e+01
    layers__g0_h200  structure__time_g0_h200   3.286840346218e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g1_h200  layers__total   1.000000000000e+00
    layers__g1_h200  memory__g1_h200   1.166475441421e+01
    layers__g1_h200  structure__time_g1_h200   3.010330437870e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g2_h100  layers__total   1.000000000000e+00
    layers__g2_h100  memory__g2_h100   2.332950882842e+01
    layers__g2_h100  structure__time_g2_h100   7.167101074328e+02
    MARK      'MARKER'                 'INTEND'
    neck__g0_h200  structure__bottleneck   1.000000000000e+00
    neck__g0_h200  structure__time_g0_h200  -3.396222529152e+01
    neck__g0_h200  structure__time_g1_h200  -3.396222529152e+01
    neck__g0_h200  structure__time_g2_h100  -3.396222529152e+01
    neck__g0_h200  OBJ        3.396222529152e+01
    neck__g1_h200  structure__bottleneck   1.000000000000e+00
    neck__g1_h200  structure__time_g0_h200  -9.542429433033e+01
    neck__g1_h200  structure__time_g1_h200  -9.542429433033e+01
    neck__g1_h200  structure__time_g2_h100  -9.542429433033e+01
    neck__g1_h200  OBJ        9.542429433033e+01
    neck__g2_h100  structure__bottleneck   1.000000000000e+00
    neck__g2_h100  structure__time_g0_h200  -9.873223999449e+01
    neck__g2_h100  structure__time_g1_h200  -9.873223999449e+01
    neck__g2_h100  structure__time_g2_h100  -9.873223999449e+01
    neck__g2_h100  OBJ        9.873223999449e+01
    neck_first__g0_h200  structure__time_g0_h200  -6.392195381793e+00
    neck_first__g0_h200  structure__time_g1_h200  -6.392195381793e+00
    neck_first__g0_h200  structure__time_g2_h100  -6.392195381793e+00
    neck_first__g0_h200  OBJ        6.392195381793e+00
    neck_first__g1_h200  structure__time_g0_h200  -9.281971360022e+00
    neck_first__g1_h200  structure__time_g1_h200  -9.281971360022e+00
    neck_first__g1_h200  structure__time_g2_h100  -9.281971360022e+00
    neck_first__g1_h200  OBJ        9.281971360022e+00
    neck_first__g2_h100  structure__time_g0_h200  -1.583522074702e+01
    neck_first__g2_h100  structure__time_g1_h200  -1.583522074702e+01
    neck_first__g2_h100  structure__time_g2_h100  -1.583522074702e+01
    neck_first__g2_h100  OBJ        1.583522074702e+01
    neck_last__g0_h200  structure__time_g0_h200  -3.939519160996e+02
    neck_last__g0_h200  structure__time_g1_h200  -3.939519160996e+02
    neck_last__g0_h200  structure__time_g2_h100  -3.939519160996e+02
    neck_last__g0_h200  OBJ        3.939519160996e+02
    neck_last__g1_h200  structure__time_g0_h200  -2.672798073787e+02
    neck_last__g1_h200  structure__time_g1_h200  -2.672798073787e+02
    neck_last__g1_h200  structure__time_g2_h100  -2.672798073787e+02
    neck_last__g1_h200  OBJ        2.672798073787e+02
    neck_last__g2_h100  structure__time_g0_h200  -8.250689004119e+02
    neck_last__g2_h100  structure__time_g1_h200  -8.250689004119e+02
    neck_last__g2_h100  structure__time_g2_h100  -8.250689004119e+02
    neck_last__g2_h100  OBJ        8.250689004119e+02
    neck_layers__g0_h200  structure__time_g0_h200  -3.286840346218e+02
    neck_layers__g0_h200  structure__time_g1_h200  -3.286840346218e+02
    neck_layers__g0_h200  structure__time_g2_h100  -3.286840346218e+02
    neck_layers__g0_h200  OBJ        3.286840346218e+02
    neck_layers__g1_h200  structure__time_g0_h200  -3.010330437870e+02
    neck_layers__g1_h200  structure__time_g1_h200  -3.010330437870e+02
    neck_layers__g1_h200  structure__time_g2_h100  -3.010330437870e+02
    neck_layers__g1_h200  OBJ        3.010330437870e+02
    neck_layers__g2_h100  structure__time_g0_h200  -7.167101074328e+02
    neck_layers__g2_h100  structure__time_g1_h200  -7.167101074328e+02
    neck_layers__g2_h100  structure__time_g2_h100  -7.167101074328e+02
    neck_layers__g2_h100  OBJ        7.167101074328e+02
RHS
    RHS       structure__first   1.000000000000e+00
    RHS       structure__last   1.000000000000e+00
    RHS       structure__ends_g0_h200   1.000000000000e+00
    RHS       structure__ends_g1_h200   1.000000000000e+00
    RHS       structure__ends_g2_h100   1.000000000000e+00
    RHS       layers__total   1.200000000000e+01
    RHS       memory__g0_h200   1.026735377857e+02
    RHS       memory__g1_h200   7.688188891220e+01
    RHS       memory__g2_h100   7.245726881375e+01
    RHS       structure__bottleneck   1.000000000000e+00
    RHS       structure__time_g0_h200  -3.396222529152e+01
    RHS       structure__time_g1_h200  -9.542429433033e+01
    RHS       structure__time_g2_h100  -9.873223999449e+01
BOUNDS
 BV BND       first__g0_h200
 BV BND       first__g1_h200
 BV BND       first__g2_h100
 BV BND       last__g0_h200
 BV BND       last__g1_h200
 BV BND       last__g2_h100
 LO BND       layers__g0_h200   1.000000000000e+00
 UP BND       layers__g0_h200   1.000000000000e+01
 LO BND       layers__g1_h200   1.000000000000e+00
 UP BND       layers__g1_h200   1.000000000000e+01
 LO BND       layers__g2_h100   1.000000000000e+00
 UP BND       layers__g2_h100   1.000000000000e+01
 UP BND       neck__g0_h200   1.000000000000e+00
 UP BND       neck__g1_h200   1.000000000000e+00
 UP BND       neck__g2_h100   1.000000000000e+00
 UP BND       neck_first__g0_h200   1.000000000000e+00
 UP BND       neck_first__g1_h200   1.000000000000e+00
 UP BND       neck_first__g2_h100   1.000000000000e+00
 UP BND       neck_last__g0_h200   1.000000000000e+00
 UP BND       neck_last__g1_h200   1.000000000000e+00
 UP BND       neck_last__g2_h100   1.000000000000e+00
 UP BND       neck_layers__g0_h200   1.000000000000e+01
 UP BND       neck_layers__g1_h200   1.000000000000e+01
 UP BND       neck_layers__g2_h100   1.000000000000e+01
ENDATA
