OBJSENSE
 MIN
NAME          pipeline_partition_small_seed1
ROWS
 N  OBJ
 E  structure__first
 E  structure__last
 L  structure__ends_g0_h100
 L  structure__ends_g1_h100
 E  layers__total
 L  memory__g0_h100
 L  memory__g1_h100
 E  structure__bottleneck
 L  structure__time_g0_h100
 L  structure__time_g1_h100
 L  slo__token_latency
COLUMNS
    MARK      'MARKER'                 'INTORG'
    first__g0_h100  structure__first   1.000000000000e+00
    first__g0_h100  structure__ends_g0_h100   1.000000000000e+00
    first__g0_h100  memory__g0_h100   1.925695544489e+00
    first__g0_h100  structure__time_g0_h100   1.277317477561e+01
    first__g0_h100  slo__token_latency   1.277317477561e-05
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g1_h100  structure__first   1.000000000000e+00
    first__g1_h100  structure__ends_g1_h100   1.000000000000e+00
    first__g1_h100  memory__g1_h100   1.925695544489e+00
    first__g1_h100  structure__time_g1_h100   2.070482654527e+01
    first__g1_h100  slo__token_latency   2.070482654527e-05
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g0_h100  structure__last   1.000000000000e+00
    last__g0_h100  structure__ends_g0_h100   1.000000000000e+00
    last__g0_h100  memory__g0_h100   1.925695544489e+00
    last__g0_h100  structure__time_g0_h100   6.382308214783e+02
    last__g0_h100  slo__token_latency   6.382308214783e-04
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g1_h100  structure__last   1.000000000000e+00
    last__g1_h100  structure__ends_g1_h100   1.000000000000e+00
    last__g1_h100  memory__g1_h100   1.925695544489e+00
    last__g1_h100  structure__time_g1_h100   5.446226324265e+02
    last__g1_h100  slo__token_latency   5.446226324265e-04
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g0_h100  layers__total   1.000000000000e+00
    layers__g0_h100  memory__g0_h100   1.071499558389e+01
    layers__g0_h100  structure__time_g0_h100   7.846055203878e+02
    layers__g0_h100  slo__token_latency   7.846055203878e-04
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g1_h100  layers__total   1.000000000000e+00
    layers__g1_h100  memory__g1_h100   1.071499558389e+01
    layers__g1_h100  structure__time_g1_h100   7.565058876492e+02
    layers__g1_h100  slo__token_latency   7.565058876492e-04
    MARK      'MARKER'                 'INTEND'
    neck__g0_h100  structure__bottleneck   1.000000000000e+00
    neck__g0_h100  structure__time_g0_h100  -8.621620750564e+01
    neck__g0_h100  structure__time_g1_h100  -8.621620750564e+01
    neck__g0_h100  OBJ        8.621620750564e+01
    neck__g1_h100  structure__bottleneck   1.000000000000e+00
    neck__g1_h100  structure__time_g0_h100  -8.307429627427e+01
    neck__g1_h100  structure__time_g1_h100  -8.307429627427e+01
    neck__g1_h100  OBJ        8.307429627427e+01
    neck_first__g0_h100  structure__time_g0_h100  -1.277317477561e+01
    neck_first__g0_h100  structure__time_g1_h100  -1.277317477561e+01
    neck_first__g0_h100  OBJ        1.277317477561e+01
    neck_first__g1_h100  structure__time_g0_h100  -2.070482654527e+01
    neck_first__g1_h100  structure__time_g1_h100  -2.070482654527e+01
    neck_first__g1_h100  OBJ        2.070482654527e+01
    neck_last__g0_h100  structure__time_g0_h100  -6.382308214783e+02
    neck_last__g0_h100  structure__time_g1_h100  -6.382308214783e+02
    neck_last__g0_h100  OBJ        6.382308214783e+02
    neck_last__g1_h100  structure__time_g0_h100  -5.446226324265e+02
    neck_last__g1_h100  structure__time_g1_h100  -5.446226324265e+02
    neck_last__g1_h100  OBJ        5.446226324265e+02
    neck_layers__g0_h100  structure__time_g0_h100  -7.846055203878e+02
    neck_layers__g0_h100  structure__time_g1_h100  -7.846055203878e+02
    neck_layers__g0_h100  OBJ        7.846055203878e+02
    neck_layers__g1_h100  structure__time_g0_h100  -7.565058876492e+02
    neck_layers__g1_h100  structure__time_g1_h100  -7.565058876492e+02
    neck_layers__g1_h100  OBJ        7.565058876492e+02
RHS
    RHS       structure__first   1.000000000000e+00
    RHS       structure__last   1.000000000000e+00
    RHS       structure__ends_g0_h100   1.000000000000e+00
    RHS       structure__ends_g1_h100   1.000000000000e+00
    RHS       layers__total   7.000000000000e+00
    RHS       memory__g0_h100   5.726237491531e+01
    RHS       memory__g1_h100   5.406793694807e+01
    RHS       structure__bottleneck   1.000000000000e+00
    RHS       structure__time_g0_h100  -8.621620750564e+01
    RHS       structure__time_g1_h100  -8.307429627427e+01
    RHS       slo__token_latency   7.006991484468e-03
BOUNDS
 BV BND       first__g0_h100
 BV BND       first__g1_h100
 BV BND       last__g0_h100
 BV BND       last__g1_h100
 LO BND       layers__g0_h100   1.000000000000e+00
 UP BND       layers__g0_h100   6.000000000000e+00
 LO BND       layers__g1_h100   1.000000000000e+00
 UP BND       layers__g1_h100   6.000000000000e+00
 UP BND       neck__g0_h100   1.000000000000e+00
 UP BND       neck__g1_h100   1.000000000000e+00
 UP BND       neck_first__g0_h100   1.000000000000e+00
 UP BND       neck_first__g1_h100   1.000000000000e+00
 UP BND       neck_last__g0_h100   1.000000000000e+00
 UP BND       neck_last__g1_h100   1.000000000000e+00
 UP BND       neck_layers__g0_h100   6.000000000000e+00
 UP BND       neck_layers__g1_h100   6.000000000000e+00
ENDATA
