OBJSENSE
 MIN
NAME          pipeline_partition_small_seed5
ROWS
 N  OBJ
 E  structure__first
 E  structure__last
 L  structure__ends_g0_l40s
 L  structure__ends_g1_a100
 L  structure__ends_g2_a100
 E  layers__total
 L  memory__g0_l40s
 L  memory__g1_a100
 L  memory__g2_a100
 E  structure__bottleneck
 L  structure__time_g0_l40s
 L  structure__time_g1_a100
 L  structure__time_g2_a100
 G  structure__sym_first_g1_a100_0
 L  structure__sym_last_g1_a100_0
 G  structure__sym_layers_g1_a100_0
COLUMNS
    MARK      'MARKER'                 'INTORG'
    first__g0_l40s  structure__first   1.000000000000e+00
    first__g0_l40s  structure__ends_g0_l40s   1.000000000000e+00
    first__g0_l40s  memory__g0_l40s   8.559555923024e-01
    first__g0_l40s  structure__time_g0_l40s   3.099133718630e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g1_a100  structure__first   1.000000000000e+00
    first__g1_a100  structure__ends_g1_a100   1.000000000000e+00
    first__g1_a100  memory__g1_a100   1.711911184605e+00
    first__g1_a100  structure__time_g1_a100   2.809982177845e+01
    first__g1_a100  structure__sym_first_g1_a100_0   1.000000000000e+00
    first__g1_a100  structure__sym_layers_g1_a100_0   9.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g2_a100  structure__first   1.000000000000e+00
    first__g2_a100  structure__ends_g2_a100   1.000000000000e+00
    first__g2_a100  memory__g2_a100   1.711911184605e+00
    first__g2_a100  structure__time_g2_a100   2.809982177845e+01
    first__g2_a100  structure__sym_first_g1_a100_0  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g0_l40s  structure__last   1.000000000000e+00
    last__g0_l40s  structure__ends_g0_l40s   1.000000000000e+00
    last__g0_l40s  memory__g0_l40s   8.559555923024e-01
    last__g0_l40s  structure__time_g0_l40s   1.399410204904e+03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g1_a100  structure__last   1.000000000000e+00
    last__g1_a100  structure__ends_g1_a100   1.000000000000e+00
    last__g1_a100  memory__g1_a100   1.711911184605e+00
    last__g1_a100  structure__time_g1_a100   1.764745977276e+03
    last__g1_a100  structure__sym_last_g1_a100_0   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g2_a100  structure__last   1.000000000000e+00
    last__g2_a100  structure__ends_g2_a100   1.000000000000e+00
    last__g2_a100  memory__g2_a100   1.711911184605e+00
    last__g2_a100  structure__time_g2_a100   1.764745977276e+03
    last__g2_a100  structure__sym_last_g1_a100_0  -1.000000000000e+00
    last__g2_a100  structure__sym_layers_g1_a100_0   9.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g0_l40s  layers__total   1.000000000000e+00
    layers__g0_l40s  memory__g0_l40s   4.906366149462e+00
    layers__g0_l40s  structure__time_g0_l40s   1.566399770435e+03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g1_a100  layers__total   1.000000000000e+00
    layers__g1_a100  memory__g1_a100   9.812732298923e+00
    layers__g1_a100  structure__time_g1_a100   1.259379713644e+03
    layers__g1_a100  structure__sym_layers_g1_a100_0   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g2_a100  layers__total   1.000000000000e+00
    layers__g2_a100  memory__g2_a100   9.812732298923e+00
    layers__g2_a100  structure__time_g2_a100   1.259379713644e+03
    layers__g2_a100  structure__sym_layers_g1_a100_0  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    neck__g0_l40s  structure__bottleneck   1.000000000000e+00
    neck__g0_l40s  structure__time_g0_l40s  -2.362201551220e+01
    neck__g0_l40s  structure__time_g1_a100  -2.362201551220e+01
    neck__g0_l40s  structure__time_g2_a100  -2.362201551220e+01
    neck__g0_l40s  OBJ        2.362201551220e+01
    neck__g1_a100  structure__bottleneck   1.000000000000e+00
    neck__g1_a100  structure__time_g0_l40s  -9.181420864868e+01
    neck__g1_a100  structure__time_g1_a100  -9.181420864868e+01
    neck__g1_a100  structure__time_g2_a100  -9.181420864868e+01
    neck__g1_a100  OBJ        9.181420864868e+01
    neck__g2_a100  structure__bottleneck   1.000000000000e+00
    neck__g2_a100  structure__time_g0_l40s  -9.181420864868e+01
    neck__g2_a100  structure__time_g1_a100  -9.181420864868e+01
    neck__g2_a100  structure__time_g2_a100  -9.181420864868e+01
    neck__g2_a100  OBJ        9.181420864868e+01
    neck_first__g0_l40s  structure__time_g0_l40s  -3.099133718630e+01
    neck_first__g0_l40s  structure__time_g1_a100  -3.099133718630e+01
    neck_first__g0_l40s  structure__time_g2_a100  -3.099133718630e+01
    neck_first__g0_l40s  OBJ        3.099133718630e+01
    neck_first__g1_a100  structure__time_g0_l40s  -2.809982177845e+01
    neck_first__g1_a100  structure__time_g1_a100  -2.809982177845e+01
    neck_first__g1_a100  structure__time_g2_a100  -2.809982177845e+01
    neck_first__g1_a100  OBJ        2.809982177845e+01
    neck_first__g2_a100  structure__time_g0_l40s  -2.809982177845e+01
    neck_first__g2_a100  structure__time_g1_a100  -2.809982177845e+01
    neck_first__g2_a100  structure__time_g2_a100  -2.809982177845e+01
    neck_first__g2_a100  OBJ        2.809982177845e+01
    neck_last__g0_l40s  structure__time_g0_l40s  -1.399410204904e+03
    neck_last__g0_l40s  structure__time_g1_a100  -1.399410204904e+03
    neck_last__g0_l40s  structure__time_g2_a100  -1.399410204904e+03
    neck_last__g0_l40s  OBJ        1.399410204904e+03
    neck_last__g1_a100  structure__time_g0_l40s  -1.764745977276e+03
    neck_last__g1_a100  structure__time_g1_a100  -1.764745977276e+03
    neck_last__g1_a100  structure__time_g2_a100  -1.764745977276e+03
    neck_last__g1_a100  OBJ        1.764745977276e+03
    neck_last__g2_a100  structure__time_g0_l40s  -1.764745977276e+03
    neck_last__g2_a100  structure__time_g1_a100  -1.764745977276e+03
    neck_last__g2_a100  structure__time_g2_a100  -1.764745977276e+03
    neck_last__g2_a100  OBJ        1.764745977276e+03
    neck_layers__g0_l40s  structure__time_g0_l40s  -1.566399770435e+03
    neck_layers__g0_l40s  structure__time_g1_a100  -1.566399770435e+03
    neck_layers__g0_l40s  structure__time_g2_a100  -1.566399770435e+03
    neck_layers__g0_l40s  OBJ        1.566399770435e+03
    neck_layers__g1_a100  structure__time_g0_l40s  -1.259379713644e+03
    neck_layers__g1_a100  structure__time_g1_a100  -1.259379713644e+03
    neck_layers__g1_a100  structure__time_g2_a100  -1.259379713644e+03
    neck_layers__g1_a100  OBJ        1.259379713644e+03
    neck_layers__g2_a100  structure__time_g0_l40s  -1.259379713644e+03
    neck_layers__g2_a100  structure__time_g1_a100  -1.259379713644e+03
    neck_layers__g2_a100  structure__time_g2_a100  -1.259379713644e+03
    neck_layers__g2_a100  OBJ        1.259379713644e+03
RHS
    RHS       structure__first   1.000000000000e+00
    RHS       structure__last   1.000000000000e+00
    RHS       structure__ends_g0_l40s   1.000000000000e+00
    RHS       structure__ends_g1_a100   1.000000000000e+00
    RHS       structure__ends_g2_a100   1.000000000000e+00
    RHS       layers__total   1.100000000000e+01
    RHS       memory__g0_l40s   4.427125694700e+01
    RHS       memory__g1_a100   5.051599032203e+01
    RHS       memory__g2_a100   5.051599032203e+01
    RHS       structure__bottleneck   1.000000000000e+00
    RHS       structure__time_g0_l40s  -2.362201551220e+01
    RHS       structure__time_g1_a100  -9.181420864868e+01
    RHS       structure__time_g2_a100  -9.181420864868e+01
    RHS       structure__sym_first_g1_a100_0   0.000000000000e+00
    RHS       structure__sym_last_g1_a100_0   0.000000000000e+00
    RHS       structure__sym_layers_g1_a100_0   0.000000000000e+00
BOUNDS
 BV BND       first__g0_l40s
 BV BND       first__g1_a100
 BV BND       first__g2_a100
 BV BND       last__g0_l40s
 BV BND       last__g1_a100
 BV BND       last__g2_a100
 LO BND       layers__g0_l40s   1.000000000000e+00
 UP BND       layers__g0_l40s   9.000000000000e+00
 LO BND       layers__g1_a100   1.000000000000e+00
 UP BND       layers__g1_a100   9.000000000000e+00
 LO BND       layers__g2_a100   1.000000000000e+00
 UP BND       layers__g2_a100   9.000000000000e+00
 UP BND       neck__g0_l40s   1.000000000000e+00
 UP BND       neck__g1_a100   1.000000000000e+00
 UP BND       neck__g2_a100   1.000000000000e+00
 UP BND       neck_first__g0_l40s   1.000000000000e+00
 UP BND       neck_first__g1_a100   1.000000000000e+00
 UP BND       neck_first__g2_a100   1.000000000000e+00
 UP BND       neck_last__g0_l40s   1.000000000000e+00
 UP BND       neck_last__g1_a100   1.000000000000e+00
 UP BND       neck_last__g2_a100   1.000000000000e+00
 UP BND       neck_layers__g0_l40s   9.000000000000e+00
 UP BND       neck_layers__g1_a100   9.000000000000e+00
 UP BND       neck_layers__g2_a100   9.000000000000e+00
ENDATA
