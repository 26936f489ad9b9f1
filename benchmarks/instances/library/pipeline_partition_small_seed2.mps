OBJSENSE
 MIN
NAME          pipeline_partition_small_seed2
ROWS
 N  OBJ
 E  structure__first
 E  structure__last
 L  structure__ends_g0_h200
 L  structure__ends_g1_h100
 L  structure__ends_g2_h100
 L  structure__ends_g3_h100
 E  layers__total
 L  memory__g0_h200
 L  memory__g1_h100
 L  memory__g2_h100
 L  memory__g3_h100
 E  structure__bottleneck
 L  structure__time_g0_h200
 L  structure__time_g1_h100
 L  structure__time_g2_h100
 L  structure__time_g3_h100
 G  structure__sym_first_g1_h100_0
 L  structure__sym_last_g1_h100_0
 G  structure__sym_layers_g1_h100_0
 G  structure__sym_first_g2_h100_1
 L  structure__sym_last_g2_h100_1
 G  structure__sym_layers_g2_h100_1
COLUMNS
    MARK      'MARKER'                 'INTORG'
    first__g0_h200  structure__first   1.000000000000e+00
    first__g0_h200  structure__ends_g0_h200   1.000000000000e+00
    first__g0_h200  memory__g0_h200   9.477367151212e-01
    first__g0_h200  structure__time_g0_h200   2.171183192834e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g1_h100  structure__first   1.000000000000e+00
    first__g1_h100  structure__ends_g1_h100   1.000000000000e+00
    first__g1_h100  memory__g1_h100   9.477367151212e-01
    first__g1_h100  structure__time_g1_h100   1.486458833217e+01
    first__g1_h100  structure__sym_first_g1_h100_0   1.000000000000e+00
    first__g1_h100  structure__sym_layers_g1_h100_0   3.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g2_h100  structure__first   1.000000000000e+00
    first__g2_h100  structure__ends_g2_h100   1.000000000000e+00
    first__g2_h100  memory__g2_h100   9.477367151212e-01
    first__g2_h100  structure__time_g2_h100   1.486458833217e+01
    first__g2_h100  structure__sym_first_g1_h100_0  -1.000000000000e+00
    first__g2_h100  structure__sym_first_g2_h100_1   1.000000000000e+00
    first__g2_h100  structure__sym_layers_g2_h100_1   3.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g3_h100  structure__first   1.000000000000e+00
    first__g3_h100  structure__ends_g3_h100   1.000000000000e+00
    first__g3_h100  memory__g3_h100   9.477367151212e-01
    first__g3_h100  structure__time_g3_h100   1.486458833217e+01
    first__g3_h100  structure__sym_first_g2_h100_1  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g0_h200  structure__last   1.000000000000e+00
    last__g0_h200  structure__ends_g0_h200   1.000000000000e+00
    last__g0_h200  memory__g0_h200   9.477367151212e-01
    last__g0_h200  structure__time_g0_h200   3.825585664397e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g1_h100  structure__last   1.000000000000e+00
    last__g1_h100  structure__ends_g1_h100   1.000000000000e+00
    last__g1_h100  memory__g1_h100   9.477367151212e-01
    last__g1_h100  structure__time_g1_h100   7.291491810852e+02
    last__g1_h100  structure__sym_last_g1_h100_0   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g2_h100  structure__last   1.000000000000e+00
    last__g2_h100  structure__ends_g2_h100   1.000000000000e+00
    last__g2_h100  memory__g2_h100   9.477367151212e-01
    last__g2_h100  structure__time_g2_h100   7.291491810852e+02
    last__g2_h100  structure__sym_last_g1_h100_0  -1.000000000000e+00
    last__g2_h100  structure__sym_layers_g1_h100_0   3.000000000000e+00
    last__g2_h100  structure__sym_last_g2_h100_1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g3_h100  structure__last   1.000000000000e+00
    last__g3_h100  structure__ends_g3_h100   1.000000000000e+00
    last__g3_h100  memory__g3_h100   9.477367151212e-01
    last__g3_h100  structure__time_g3_h100   7.291491810852e+02
    last__g3_h100  structure__sym_last_g2_h100_1  -1.000000000000e+00
    last__g3_h100  structure__sym_layers_g2_h100_1   3.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g0_h200  layers__total   1.000000000000e+00
    layers__g0_h200  memory__g0_h200   3.767699250180e+01
    layers__g0_h200  structure__time_g0_h200   5.916116610120e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g1_h100  layers__total   1.000000000000e+00
    layers__g1_h100  memory__g1_h100   3.767699250180e+01
    layers__g1_h100  structure__time_g1_h100   6.696089659160e+02
    layers__g1_h100  structure__sym_layers_g1_h100_0   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g2_h100  layers__total   1.000000000000e+00
    layers__g2_h100  memory__g2_h100   3.767699250180e+01
    layers__g2_h100  structure__time_g2_h100   6.696089659160e+02
    layers__g2_h100  structure__sym_layers_g1_h100_0  -1.000000000000e+00
    layers__g2_h100  structure__sym_layers_g2_h100_1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g3_h100  layers__total   1.000000000000e+00
    layers__g3_h100  memory__g3_h100   3.767699250180e+01
    layers__g3_h100  structure__time_g3_h100   6.696089659160e+02
    layers__g3_h100  structure__sym_layers_g2_h100_1  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    neck__g0_h200  structure__bottleneck   1.000000000000e+00
    neck__g0_h200  structure__time_g0_h200  -2.441173018665e+01
    neck__g0_h200  structure__time_g1_h100  -2.441173018665e+01
    neck__g0_h200  structure__time_g2_h100  -2.441173018665e+01
    neck__g0_h200  structure__time_g3_h100  -2.441173018665e+01
    neck__g0_h200  OBJ        2.441173018665e+01
    neck__g1_h100  structure__bottleneck   1.000000000000e+00
    neck__g1_h100  structure__time_g0_h200  -5.382277386161e+01
    neck__g1_h100  structure__time_g1_h100  -5.382277386161e+01
    neck__g1_h100  structure__time_g2_h100  -5.382277386161e+01
    neck__g1_h100  structure__time_g3_h100  -5.382277386161e+01
    neck__g1_h100  OBJ        5.382277386161e+01
    neck__g2_h100  structure__bottleneck   1.000000000000e+00
    neck__g2_h100  structure__time_g0_h200  -5.382277386161e+01
    neck__g2_h100  structure__time_g1_h100  -5.382277386161e+01
    neck__g2_h100  structure__time_g2_h100  -5.382277386161e+01
    neck__g2_h100  structure__time_g3_h100  -5.382277386161e+01
    neck__g2_h100  OBJ        5.382277386161e+01
    neck__g3_h100  structure__bottleneck   1.000000000000e+00
    neck__g3_h100  structure__time_g0_h200  -5.382277386161e+01
    neck__g3_h100  structure__time_g1_h100  -5.382277386161e+01
    neck__g3_h100  structure__time_g2_h100  -5.382277386161e+01
    neck__g3_h100  structure__time_g3_h100  -5.382277386161e+01
    neck__g3_h100  OBJ        5.382277386161e+01
    neck_first__g0_h200  structure__time_g0_h200  -2.171183192834e+01
    neck_first__g0_h200  structure__time_g1_h100  -2.171183192834e+01
    neck_first__g0_h200  structure__time_g2_h100  -2.171183192834e+01
    neck_first__g0_h200  structure__time_g3_h100  -2.171183192834e+01
    neck_first__g0_h200  OBJ        2.171183192834e+01
    neck_first__g1_h100  structure__time_g0_h200  -1.486458833217e+01
    neck_first__g1_h100  structure__time_g1_h100  -1.486458833217e+01
    neck_first__g1_h100  structure__time_g2_h100  -1.486458833217e+01
    neck_first__g1_h100  structure__time_g3_h100  -1.486458833217e+01
    neck_first__g1_h100  OBJ        1.486458833217e+01
    neck_first__g2_h100  structure__time_g0_h200  -1.486458833217e+01
    neck_first__g2_h100  structure__time_g1_h100  -1.486458833217e+01
    neck_first__g2_h100  structure__time_g2_h100  -1.486458833217e+01
    neck_first__g2_h100  structure__time_g3_h100  -1.486458833217e+01
    neck_first__g2_h100  OBJ        1.486458833217e+01
    neck_first__g3_h100  structure__time_g0_h200  -1.486458833217e+01
    neck_first__g3_h100  structure__time_g1_h100  -1.486458833217e+01
    neck_first__g3_h100  structure__time_g2_h100  -1.486458833217e+01
    neck_first__g3_h100  structure__time_g3_h100  -1.486458833217e+01
    neck_first__g3_h100  OBJ        1.486458833217e+01
    neck_last__g0_h200  structure__time_g0_h200  -3.825585664397e+02
    neck_last__g0_h200  structure__time_g1_h100  -3.825585664397e+02
    neck_last__g0_h200  structure__time_g2_h100  -3.825585664397e+02
    neck_last__g0_h200  structure__time_g3_h100  -3.825585664397e+02
    neck_last__g0_h200  OBJ        3.825585664397e+02
    neck_last__g1_h100  structure__time_g0_h200  -7.291491810852e+02
    neck_last__g1_h100  structure__time_g1_h100  -7.291491810852e+02
    neck_last__g1_h100  structure__time_g2_h100  -7.291491810852e+02
    neck_last__g1_h100  structure__time_g3_h100  -7.291491810852e+02
    neck_last__g1_h100  OBJ        7.291491810852e+02
    neck_last__g2_h100  structure__time_g0_h200  -7.291491810852e+02
    neck_last__g2_h100  structure__time_g1_h100  -7.291491810852e+02
    neck_last__g2_h100  structure__time_g2_h100  -7.291491810852e+02
    neck_last__g2_h100  structure__time_g3_h100  -7.291491810852e+02
    neck_last__g2_h100  OBJ        7.291491810852e+02
    neck_last__g3_h100  structure__time_g0_h200  -7.291491810852e+02
    neck_last__g3_h100  structure__time_g1_h100  -7.291491810852e+02
    neck_last__g3_h100  structure__time_g2_h100  -7.291491810852e+02
    neck_last__g3_h100  structure__time_g3_h100  -7.291491810852e+02
    neck_last__g3_h100  OBJ        7.291491810852e+02
    neck_layers__g0_h200  structure__time_g0_h200  -5.916116610120e+02
    neck_layers__g0_h200  structure__time_g1_h100  -5.916116610120e+02
    neck_layers__g0_h200  structure__time_g2_h100  -5.916116610120e+02
    neck_layers__g0_h200  structure__time_g3_h100  -5.916116610120e+02
    neck_layers__g0_h200  OBJ        5.916116610120e+02
    neck_layers__g1_h100  structure__time_g0_h200  -6.696089659160e+02
    neck_layers__g1_h100  structure__time_g1_h100  -6.696089659160e+02
    neck_layers__g1_h100  structure__time_g2_h100  -6.696089659160e+02
    neck_layers__g1_h100  structure__time_g3_h100  -6.696089659160e+02
    neck_layers__g1_h100  OBJ        6.696089659160e+02
    neck_layers__g2_h100  structure__time_g0_h200  -6.696089659160e+02
    neck_layers__g2_h100  structure__time_g1_h100  -6.696089659160e+02
    neck_layers__g2_h100  structure__time_g2_h100  -6.696089659160e+02
    neck_layers__g2_h100  structure__time_g3_h100  -6.696089659160e+02
    neck_layers__g2_h100  OBJ        6.696089659160e+02
    neck_layers__g3_h100  structure__time_g0_h200  -6.696089659160e+02
    neck_layers__g3_h100  structure__time_g1_h100  -6.696089659160e+02
    neck_layers__g3_h100  structure__time_g2_h100  -6.696089659160e+02
    neck_layers__g3_h100  structure__time_g3_h100  -6.696089659160e+02
    neck_layers__g3_h100  OBJ        6.696089659160e+02
RHS
    RHS       structure__first   1.000000000000e+00
    RHS       structure__last   1.000000000000e+00
    RHS       structure__ends_g0_h200   1.000000000000e+00
    RHS       structure__ends_g1_h100   1.000000000000e+00
    RHS       structure__ends_g2_h100   1.000000000000e+00
    RHS       structure__ends_g3_h100   1.000000000000e+00
    RHS       layers__total   6.000000000000e+00
    RHS       memory__g0_h200   1.100267013741e+02
    RHS       memory__g1_h100   7.174473329159e+01
    RHS       memory__g2_h100   7.174473329159e+01
    RHS       memory__g3_h100   7.174473329159e+01
    RHS       structure__bottleneck   1.000000000000e+00
    RHS       structure__time_g0_h200  -2.441173018665e+01
    RHS       structure__time_g1_h100  -5.382277386161e+01
    RHS       structure__time_g2_h100  -5.382277386161e+01
    RHS       structure__time_g3_h100  -5.382277386161e+01
    RHS       structure__sym_first_g1_h100_0   0.000000000000e+00
    RHS       structure__sym_last_g1_h100_0   0.000000000000e+00
    RHS       structure__sym_layers_g1_h100_0   0.000000000000e+00
    RHS       structure__sym_first_g2_h100_1   0.000000000000e+00
    RHS       structure__sym_last_g2_h100_1   0.000000000000e+00
    RHS       structure__sym_layers_g2_h100_1   0.000000000000e+00
BOUNDS
 BV BND       first__g0_h200
 BV BND       first__g1_h100
 BV BND       first__g2_h100
 BV BND       first__g3_h100
 BV BND       last__g0_h200
 BV BND       last__g1_h100
 BV BND       last__g2_h100
 BV BND       last__g3_h100
 LO BND       layers__g0_h200   1.000000000000e+00
 UP BND       layers__g0_h200   3.000000000000e+00
 LO BND       layers__g1_h100   1.000000000000e+00
 UP BND       layers__g1_h100   3.000000000000e+00
 LO BND       layers__g2_h100   1.000000000000e+00
 UP BND       layers__g2_h100   3.000000000000e+00
 LO BND       layers__g3_h100   1.000000000000e+00
 UP BND       layers__g3_h100   3.000000000000e+00
 UP BND       neck__g0_h200   1.000000000000e+00
 UP BND       neck__g1_h100   1.000000000000e+00
 UP BND       neck__g2_h100   1.000000000000e+00
 UP BND       neck__g3_h100   1.000000000000e+00
 UP BND       neck_first__g0_h200   1.000000000000e+00
 UP BND       neck_first__g1_h100   1.000000000000e+00
 UP BND       neck_first__g2_h100   1.000000000000e+00
 UP BND       neck_first__g3_h100   1.000000000000e+00
 UP BND       neck_last__g0_h200   1.000000000000e+00
 UP BND       neck_last__g1_h100   1.000000000000e+00
 UP BND       neck_last__g2_h100   1.000000000000e+00
 UP BND       neck_last__g3_h100   1.000000000000e+00
 UP BND       neck_layers__g0_h200   3.000000000000e+00
 UP BND       neck_layers__g1_h100   3.000000000000e+00
 UP BND       neck_layers__g2_h100   3.000000000000e+00
 UP BND       neck_layers__g3_h100   3.000000000000e+00
ENDATA
