OBJSENSE
 MIN
NAME          pipeline_partition_scaled_size8
ROWS
 N  OBJ
 E  structure__first
 E  structure__last
 L  structure__ends_g0_a100_tp4
 L  structure__ends_g1_l40s_tp8
 L  structure__ends_g2_a100_tp4
 L  structure__ends_g3_l40s_tp8
 L  structure__ends_g4_l40s_tp8
 L  structure__ends_g5_a100_tp4
 L  structure__ends_g6_a100_tp4
 L  structure__ends_g7_l40s_tp8
 E  layers__total
 L  memory__g0_a100_tp4
 L  memory__g1_l40s_tp8
 L  memory__g2_a100_tp4
 L  memory__g3_l40s_tp8
 L  memory__g4_l40s_tp8
 L  memory__g5_a100_tp4
 L  memory__g6_a100_tp4
 L  memory__g7_l40s_tp8
 E  structure__bottleneck
 L  structure__time_g0_a100_tp4
 L  structure__time_g1_l40s_tp8
 L  structure__time_g2_a100_tp4
 L  structure__time_g3_l40s_tp8
 L  structure__time_g4_l40s_tp8
 L  structure__time_g5_a100_tp4
 L  structure__time_g6_a100_tp4
 L  structure__time_g7_l40s_tp8
 G  structure__sym_first_g0_a100_tp4_0
 L  structure__sym_last_g0_a100_tp4_0
 G  structure__sym_layers_g0_a100_tp4_0
 G  structure__sym_first_g2_a100_tp4_1
 L  structure__sym_last_g2_a100_tp4_1
 G  structure__sym_layers_g2_a100_tp4_1
 G  structure__sym_first_g5_a100_tp4_2
 L  structure__sym_last_g5_a100_tp4_2
 G  structure__sym_layers_g5_a100_tp4_2
 G  structure__sym_first_g1_l40s_tp8_0
 L  structure__sym_last_g1_l40s_tp8_0
 G  structure__sym_layers_g1_l40s_tp8_0
 G  structure__sym_first_g3_l40s_tp8_1
 L  structure__sym_last_g3_l40s_tp8_1
 G  structure__sym_layers_g3_l40s_tp8_1
 G  structure__sym_first_g4_l40s_tp8_2
 L  structure__sym_last_g4_l40s_tp8_2
 G  structure__sym_layers_g4_l40s_tp8_2
COLUMNS
    MARK      'MARKER'                 'INTORG'
    first__g0_a100_tp4  structure__first   1.000000000000e+00
    first__g0_a100_tp4  structure__ends_g0_a100_tp4   1.000000000000e+00
    first__g0_a100_tp4  memory__g0_a100_tp4   9.785156250000e-01
    first__g0_a100_tp4  structure__time_g0_a100_tp4   4.269979475731e-02
    first__g0_a100_tp4  structure__sym_first_g0_a100_tp4_0   1.000000000000e+00
    first__g0_a100_tp4  structure__sym_layers_g0_a100_tp4_0   1.190000000000e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g1_l40s_tp8  structure__first   1.000000000000e+00
    first__g1_l40s_tp8  structure__ends_g1_l40s_tp8   1.000000000000e+00
    first__g1_l40s_tp8  memory__g1_l40s_tp8   4.892578125000e-01
    first__g1_l40s_tp8  structure__time_g1_l40s_tp8   1.007695387984e-01
    first__g1_l40s_tp8  structure__sym_first_g1_l40s_tp8_0   1.000000000000e+00
    first__g1_l40s_tp8  structure__sym_layers_g1_l40s_tp8_0   1.190000000000e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g2_a100_tp4  structure__first   1.000000000000e+00
    first__g2_a100_tp4  structure__ends_g2_a100_tp4   1.000000000000e+00
    first__g2_a100_tp4  memory__g2_a100_tp4   9.785156250000e-01
    first__g2_a100_tp4  structure__time_g2_a100_tp4   4.269979475731e-02
    first__g2_a100_tp4  structure__sym_first_g0_a100_tp4_0  -1.000000000000e+00
    first__g2_a100_tp4  structure__sym_first_g2_a100_tp4_1   1.000000000000e+00
    first__g2_a100_tp4  structure__sym_layers_g2_a100_tp4_1   1.190000000000e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g3_l40s_tp8  structure__first   1.000000000000e+00
    first__g3_l40s_tp8  structure__ends_g3_l40s_tp8   1.000000000000e+00
    first__g3_l40s_tp8  memory__g3_l40s_tp8   4.892578125000e-01
    first__g3_l40s_tp8  structure__time_g3_l40s_tp8   1.007695387984e-01
    first__g3_l40s_tp8  structure__sym_first_g1_l40s_tp8_0  -1.000000000000e+00
    first__g3_l40s_tp8  structure__sym_first_g3_l40s_tp8_1   1.000000000000e+00
    first__g3_l40s_tp8  structure__sym_layers_g3_l40s_tp8_1   1.190000000000e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g4_l40s_tp8  structure__first   1.000000000000e+00
    first__g4_l40s_tp8  structure__ends_g4_l40s_tp8   1.000000000000e+00
    first__g4_l40s_tp8  memory__g4_l40s_tp8   4.892578125000e-01
    first__g4_l40s_tp8  structure__time_g4_l40s_tp8   1.007695387984e-01
    first__g4_l40s_tp8  structure__sym_first_g3_l40s_tp8_1  -1.000000000000e+00
    first__g4_l40s_tp8  structure__sym_first_g4_l40s_tp8_2   1.000000000000e+00
    first__g4_l40s_tp8  structure__sym_layers_g4_l40s_tp8_2   1.190000000000e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g5_a100_tp4  structure__first   1.000000000000e+00
    first__g5_a100_tp4  structure__ends_g5_a100_tp4   1.000000000000e+00
    first__g5_a100_tp4  memory__g5_a100_tp4   9.785156250000e-01
    first__g5_a100_tp4  structure__time_g5_a100_tp4   4.269979475731e-02
    first__g5_a100_tp4  structure__sym_first_g2_a100_tp4_1  -1.000000000000e+00
    first__g5_a100_tp4  structure__sym_first_g5_a100_tp4_2   1.000000000000e+00
    first__g5_a100_tp4  structure__sym_layers_g5_a100_tp4_2   1.190000000000e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g6_a100_tp4  structure__first   1.000000000000e+00
    first__g6_a100_tp4  structure__ends_g6_a100_tp4   1.000000000000e+00
    first__g6_a100_tp4  memory__g6_a100_tp4   9.785156250000e-01
    first__g6_a100_tp4  structure__time_g6_a100_tp4   4.269979475731e-02
    first__g6_a100_tp4  structure__sym_first_g5_a100_tp4_2  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g7_l40s_tp8  structure__first   1.000000000000e+00
    first__g7_l40s_tp8  structure__ends_g7_l40s_tp8   1.000000000000e+00
    first__g7_l40s_tp8  memory__g7_l40s_tp8   4.892578125000e-01
    first__g7_l40s_tp8  structure__time_g7_l40s_tp8   1.007695387984e-01
    first__g7_l40s_tp8  structure__sym_first_g4_l40s_tp8_2  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g0_a100_tp4  structure__last   1.000000000000e+00
    last__g0_a100_tp4  structure__ends_g0_a100_tp4   1.000000000000e+00
    last__g0_a100_tp4  memory__g0_a100_tp4   9.785156250000e-01
    last__g0_a100_tp4  structure__time_g0_a100_tp4   6.542282773889e+02
    last__g0_a100_tp4  structure__sym_last_g0_a100_tp4_0   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g1_l40s_tp8  structure__last   1.000000000000e+00
    last__g1_l40s_tp8  structure__ends_g1_l40s_tp8   1.000000000000e+00
    last__g1_l40s_tp8  memory__g1_l40s_tp8   4.892578125000e-01
    last__g1_l40s_tp8  structure__time_g1_l40s_tp8   7.880198379045e+02
    last__g1_l40s_tp8  structure__sym_last_g1_l40s_tp8_0   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g2_a100_tp4  structure__last   1.000000000000e+00
    last__g2_a100_tp4  structure__ends_g2_a100_tp4   1.000000000000e+00
    last__g2_a100_tp4  memory__g2_a100_tp4   9.785156250000e-01
    last__g2_a100_tp4  structure__time_g2_a100_tp4   6.542282773889e+02
    last__g2_a100_tp4  structure__sym_last_g0_a100_tp4_0  -1.000000000000e+00
    last__g2_a100_tp4  structure__sym_layers_g0_a100_tp4_0   1.190000000000e+02
    last__g2_a100_tp4  structure__sym_last_g2_a100_tp4_1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g3_l40s_tp8  structure__last   1.000000000000e+00
    last__g3_l40s_tp8  structure__ends_g3_l40s_tp8   1.000000000000e+00
    last__g3_l40s_tp8  memory__g3_l40s_tp8   4.892578125000e-01
    last__g3_l40s_tp8  structure__time_g3_l40s_tp8   7.880198379045e+02
    last__g3_l40s_tp8  structure__sym_last_g1_l40s_tp8_0  -1.000000000000e+00
    last__g3_l40s_tp8  structure__sym_layers_g1_l40s_tp8_0   1.190000000000e+02
    last__g3_l40s_tp8  structure__sym_last_g3_l40s_tp8_1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g4_l40s_tp8  structure__last   1.000000000000e+00
    last__g4_l40s_tp8  structure__ends_g4_l40s_tp8   1.000000000000e+00
    last__g4_l40s_tp8  memory__g4_l40s_tp8   4.892578125000e-01
    last__g4_l40s_tp8  structure__time_g4_l40s_tp8   7.880198379045e+02
    last__g4_l40s_tp8  structure__sym_last_g3_l40s_tp8_1  -1.000000000000e+00
    last__g4_l40s_tp8  structure__sym_layers_g3_l40s_tp8_1   1.190000000000e+02
    last__g4_l40s_tp8  structure__sym_last_g4_l40s_tp8_2   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g5_a100_tp4  structure__last   1.000000000000e+00
    last__g5_a100_tp4  structure__ends_g5_a100_tp4   1.000000000000e+00
    last__g5_a100_tp4  memory__g5_a100_tp4   9.785156250000e-01
    last__g5_a100_tp4  structure__time_g5_a100_tp4   6.542282773889e+02
    last__g5_a100_tp4  structure__sym_last_g2_a100_tp4_1  -1.000000000000e+00
    last__g5_a100_tp4  structure__sym_layers_g2_a100_tp4_1   1.190000000000e+02
    last__g5_a100_tp4  structure__sym_last_g5_a100_tp4_2   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g6_a100_tp4  structure__last   1.000000000000e+00
    last__g6_a100_tp4  structure__ends_g6_a100_tp4   1.000000000000e+00
    last__g6_a100_tp4  memory__g6_a100_tp4   9.785156250000e-01
    last__g6_a100_tp4  structure__time_g6_a100_tp4   6.542282773889e+02
    last__g6_a100_tp4  structure__sym_last_g5_a100_tp4_2  -1.000000000000e+00
    last__g6_a100_tp4  structure__sym_layers_g5_a100_tp4_2   1.190000000000e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g7_l40s_tp8  structure__last   1.000000000000e+00
    last__g7_l40s_tp8  structure__ends_g7_l40s_tp8   1.000000000000e+00
    last__g7_l40s_tp8  memory__g7_l40s_tp8   4.892578125000e-01
    last__g7_l40s_tp8  structure__time_g7_l40s_tp8   7.880198379045e+02
    last__g7_l40s_tp8  structure__sym_last_g4_l40s_tp8_2  -1.000000000000e+00
    last__g7_l40s_tp8  structure__sym_layers_g4_l40s_tp8_2   1.190000000000e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g0_a100_tp4  layers__total   1.000000000000e+00
    layers__g0_a100_tp4  memory__g0_a100_tp4   1.500000000000e+00
    layers__g0_a100_tp4  structure__time_g0_a100_tp4   1.147316005668e+03
    layers__g0_a100_tp4  structure__sym_layers_g0_a100_tp4_0   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g1_l40s_tp8  layers__total   1.000000000000e+00
    layers__g1_l40s_tp8  memory__g1_l40s_tp8   7.500000000000e-01
    layers__g1_l40s_tp8  structure__time_g1_l40s_tp8   1.336420543390e+03
    layers__g1_l40s_tp8  structure__sym_layers_g1_l40s_tp8_0   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g2_a100_tp4  layers__total   1.000000000000e+00
    layers__g2_a100_tp4  memory__g2_a100_tp4   1.500000000000e+00
    layers__g2_a100_tp4  structure__time_g2_a100_tp4   1.147316005668e+03
    layers__g2_a100_tp4  structure__sym_layers_g0_a100_tp4_0  -1.000000000000e+00
    layers__g2_a100_tp4  structure__sym_layers_g2_a100_tp4_1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g3_l40s_tp8  layers__total   1.000000000000e+00
    layers__g3_l40s_tp8  memory__g3_l40s_tp8   7.500000000000e-01
    layers__g3_l40s_tp8  structure__time_g3_l40s_tp8   1.336420543390e+03
    layers__g3_l40s_tp8  structure__sym_layers_g1_l40s_tp8_0  -1.000000000000e+00
    layers__g3_l40s_tp8  structure__sym_layers_g3_l40s_tp8_1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g4_l40s_tp8  layers__total   1.000000000000e+00
    layers__g4_l40s_tp8  memory__g4_l40s_tp8   7.500000000000e-01
    layers__g4_l40s_tp8  structure__time_g4_l40s_tp8   1.336420543390e+03
    layers__g4_l40s_tp8  structure__sym_layers_g3_l40s_tp8_1  -1.000000000000e+00
    layers__g4_l40s_tp8  structure__sym_layers_g4_l40s_tp8_2   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g5_a100_tp4  layers__total   1.000000000000e+00
    layers__g5_a100_tp4  memory__g5_a100_tp4   1.500000000000e+00
    layers__g5_a100_tp4  structure__time_g5_a100_tp4   1.147316005668e+03
    layers__g5_a100_tp4  structure__sym_layers_g2_a100_tp4_1  -1.000000000000e+00
    layers__g5_a100_tp4  structure__sym_layers_g5_a100_tp4_2   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g6_a100_tp4  layers__total   1.000000000000e+00
    layers__g6_a100_tp4  memory__g6_a100_tp4   1.500000000000e+00
    layers__g6_a100_tp4  structure__time_g6_a100_tp4   1.147316005668e+03
    layers__g6_a100_tp4  structure__sym_layers_g5_a100_tp4_2  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g7_l40s_tp8  layers__total   1.000000000000e+00
    layers__g7_l40s_tp8  memory__g7_l40s_tp8   7.500000000000e-01
    layers__g7_l40s_tp8  structure__time_g7_l40s_tp8   1.336420543390e+03
    layers__g7_l40s_tp8  structure__sym_layers_g4_l40s_tp8_2  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    neck__g0_a100_tp4  structure__bottleneck   1.000000000000e+00
    neck__g0_a100_tp4  structure__time_g0_a100_tp4  -3.801007679177e+01
    neck__g0_a100_tp4  structure__time_g1_l40s_tp8  -3.801007679177e+01
    neck__g0_a100_tp4  structure__time_g2_a100_tp4  -3.801007679177e+01
    neck__g0_a100_tp4  structure__time_g3_l40s_tp8  -3.801007679177e+01
    neck__g0_a100_tp4  structure__time_g4_l40s_tp8  -3.801007679177e+01
    neck__g0_a100_tp4  structure__time_g5_a100_tp4  -3.801007679177e+01
    neck__g0_a100_tp4  structure__time_g6_a100_tp4  -3.801007679177e+01
    neck__g0_a100_tp4  structure__time_g7_l40s_tp8  -3.801007679177e+01
    neck__g0_a100_tp4  OBJ        3.801007679177e+01
    neck__g1_l40s_tp8  structure__bottleneck   1.000000000000e+00
    neck__g1_l40s_tp8  structure__time_g0_a100_tp4  -2.685107910705e+01
    neck__g1_l40s_tp8  structure__time_g1_l40s_tp8  -2.685107910705e+01
    neck__g1_l40s_tp8  structure__time_g2_a100_tp4  -2.685107910705e+01
    neck__g1_l40s_tp8  structure__time_g3_l40s_tp8  -2.685107910705e+01
    neck__g1_l40s_tp8  structure__time_g4_l40s_tp8  -2.685107910705e+01
    neck__g1_l40s_tp8  structure__time_g5_a100_tp4  -2.685107910705e+01
    neck__g1_l40s_tp8  structure__time_g6_a100_tp4  -2.685107910705e+01
    neck__g1_l40s_tp8  structure__time_g7_l40s_tp8  -2.685107910705e+01
    neck__g1_l40s_tp8  OBJ        2.685107910705e+01
    neck__g2_a100_tp4  structure__bottleneck   1.000000000000e+00
    neck__g2_a100_tp4  structure__time_g0_a100_tp4  -3.801007679177e+01
    neck__g2_a100_tp4  structure__time_g1_l40s_tp8  -3.801007679177e+01
    neck__g2_a100_tp4  structure__time_g2_a100_tp4  -3.801007679177e+01
    neck__g2_a100_tp4  structure__time_g3_l40s_tp8  -3.801007679177e+01
    neck__g2_a100_tp4  structure__time_g4_l40s_tp8  -3.801007679177e+01
    neck__g2_a100_tp4  structure__time_g5_a100_tp4  -3.801007679177e+01
    neck__g2_a100_tp4  structure__time_g6_a100_tp4  -3.801007679177e+01
    neck__g2_a100_tp4  structure__time_g7_l40s_tp8  -3.801007679177e+01
    neck__g2_a100_tp4  OBJ        3.801007679177e+01
    neck__g3_l40s_tp8  structure__bottleneck   1.000000000000e+00
    neck__g3_l40s_tp8  structure__time_g0_a100_tp4  -2.685107910705e+01
    neck__g3_l40s_tp8  structure__time_g1_l40s_tp8  -2.685107910705e+01
    neck__g3_l40s_tp8  structure__time_g2_a100_tp4  -2.685107910705e+01
    neck__g3_l40s_tp8  structure__time_g3_l40s_tp8  -2.685107910705e+01
    neck__g3_l40s_tp8  structure__time_g4_l40s_tp8  -2.685107910705e+01
    neck__g3_l40s_tp8  structure__time_g5_a100_tp4  -2.685107910705e+01
    neck__g3_l40s_tp8  structure__time_g6_a100_tp4  -2.685107910705e+01
    neck__g3_l40s_tp8  structure__time_g7_l40s_tp8  -2.685107910705e+01
    neck__g3_l40s_tp8  OBJ        2.685107910705e+01
    neck__g4_l40s_tp8  structure__bottleneck   1.000000000000e+00
    neck__g4_l40s_tp8  structure__time_g0_a100_tp4  -2.685107910705e+01
    neck__g4_l40s_tp8  structure__time_g1_l40s_tp8  -2.685107910705e+01
    neck__g4_l40s_tp8  structure__time_g2_a100_tp4  -2.685107910705e+01
    neck__g4_l40s_tp8  structure__time_g3_l40s_tp8  -2.685107910705e+01
    neck__g4_l40s_tp8  structure__time_g4_l40s_tp8  -2.685107910705e+01
    neck__g4_l40s_tp8  structure__time_g5_a100_tp4  -2.685107910705e+01
    neck__g4_l40s_tp8  structure__time_g6_a100_tp4  -2.685107910705e+01
    neck__g4_l40s_tp8  structure__time_g7_l40s_tp8  -2.685107910705e+01
    neck__g4_l40s_tp8  OBJ        2.685107910705e+01
    neck__g5_a100_tp4  structure__bottleneck   1.000000000000e+00
    neck__g5_a100_tp4  structure__time_g0_a100_tp4  -3.801007679177e+01
    neck__g5_a100_tp4  structure__time_g1_l40s_tp8  -3.801007679177e+01
    neck__g5_a100_tp4  structure__time_g2_a100_tp4  -3.801007679177e+01
    neck__g5_a100_tp4  structure__time_g3_l40s_tp8  -3.801007679177e+01
    neck__g5_a100_tp4  structure__time_g4_l40s_tp8  -3.801007679177e+01
    neck__g5_a100_tp4  structure__time_g5_a100_tp4  -3.801007679177e+01
    neck__g5_a100_tp4  structure__time_g6_a100_tp4  -3.801007679177e+01
    neck__g5_a100_tp4  structure__time_g7_l40s_tp8  -3.801007679177e+01
    neck__g5_a100_tp4  OBJ        3.801007679177e+01
    neck__g6_a100_tp4  structure__bottleneck   1.000000000000e+00
    neck__g6_a100_tp4  structure__time_g0_a100_tp4  -3.801007679177e+01
    neck__g6_a100_tp4  structure__time_g1_l40s_tp8  -3.801007679177e+01
    neck__g6_a100_tp4  structure__time_g2_a100_tp4  -3.801007679177e+01
    neck__g6_a100_tp4  structure__time_g3_l40s_tp8  -3.801007679177e+01
    neck__g6_a100_tp4  structure__time_g4_l40s_tp8  -3.801007679177e+01
    neck__g6_a100_tp4  structure__time_g5_a100_tp4  -3.801007679177e+01
    neck__g6_a100_tp4  structure__time_g6_a100_tp4  -3.801007679177e+01
    neck__g6_a100_tp4  structure__time_g7_l40s_tp8  -3.801007679177e+01
    neck__g6_a100_tp4  OBJ        3.801007679177e+01
    neck__g7_l40s_tp8  structure__bottleneck   1.000000000000e+00
    neck__g7_l40s_tp8  structure__time_g0_a100_tp4  -2.685107910705e+01
    neck__g7_l40s_tp8  structure__time_g1_l40s_tp8  -2.685107910705e+01
    neck__g7_l40s_tp8  structure__time_g2_a100_tp4  -2.685107910705e+01
    neck__g7_l40s_tp8  structure__time_g3_l40s_tp8  -2.685107910705e+01
    neck__g7_l40s_tp8  structure__time_g4_l40s_tp8  -2.685107910705e+01
    neck__g7_l40s_tp8  structure__time_g5_a100_tp4  -2.685107910705e+01
    neck__g7_l40s_tp8  structure__time_g6_a100_tp4  -2.685107910705e+01
    neck__g7_l40s_tp8  structure__time_g7_l40s_tp8  -2.685107910705e+01
    neck__g7_l40s_tp8  OBJ        2.685107910705e+01
    neck_first__g0_a100_tp4  structure__time_g0_a100_tp4  -4.269979475731e-02
    neck_first__g0_a100_tp4  structure__time_g1_l40s_tp8  -4.269979475731e-02
    neck_first__g0_a100_tp4  structure__time_g2_a100_tp4  -4.269979475731e-02
    neck_first__g0_a100_tp4  structure__time_g3_l40s_tp8  -4.269979475731e-02
    neck_first__g0_a100_tp4  structure__time_g4_l40s_tp8  -4.269979475731e-02
    neck_first__g0_a100_tp4  structure__time_g5_a100_tp4  -4.269979475731e-02
    neck_first__g0_a100_tp4  structure__time_g6_a100_tp4  -4.269979475731e-02
    neck_first__g0_a100_tp4  structure__time_g7_l40s_tp8  -4.269979475731e-02
    neck_first__g0_a100_tp4  OBJ        4.269979475731e-02
    neck_first__g1_l40s_tp8  structure__time_g0_a100_tp4  -1.007695387984e-01
    neck_first__g1_l40s_tp8  structure__time_g1_l40s_tp8  -1.007695387984e-01
    neck_first__g1_l40s_tp8  structure__time_g2_a100_tp4  -1.007695387984e-01
    neck_first__g1_l40s_tp8  structure__time_g3_l40s_tp8  -1.007695387984e-01
    neck_first__g1_l40s_tp8  structure__time_g4_l40s_tp8  -1.007695387984e-01
    neck_first__g1_l40s_tp8  structure__time_g5_a100_tp4  -1.007695387984e-01
    neck_first__g1_l40s_tp8  structure__time_g6_a100_tp4  -1.007695387984e-01
    neck_first__g1_l40s_tp8  structure__time_g7_l40s_tp8  -1.007695387984e-01
    neck_first__g1_l40s_tp8  OBJ        1.007695387984e-01
    neck_first__g2_a100_tp4  structure__time_g0_a100_tp4  -4.269979475731e-02
    neck_first__g2_a100_tp4  structure__time_g1_l40s_tp8  -4.269979475731e-02
    neck_first__g2_a100_tp4  structure__time_g2_a100_tp4  -4.269979475731e-02
    neck_first__g2_a100_tp4  structure__time_g3_l40s_tp8  -4.269979475731e-02
    neck_first__g2_a100_tp4  structure__time_g4_l40s_tp8  -4.269979475731e-02
    neck_first__g2_a100_tp4  structure__time_g5_a100_tp4  -4.269979475731e-02
    neck_first__g2_a100_tp4  structure__time_g6_a100_tp4  -4.269979475731e-02
    neck_first__g2_a100_tp4  structure__time_g7_l40s_tp8  -4.269979475731e-02
    neck_first__g2_a100_tp4  OBJ        4.269979475731e-02
    neck_first__g3_l40s_tp8  structure__time_g0_a100_tp4  -1.007695387984e-01
    neck_first__g3_l40s_tp8  structure__time_g1_l40s_tp8  -1.007695387984e-01
    neck_first__g3_l40s_tp8  structure__time_g2_a100_tp4  -1.007695387984e-01
    neck_first__g3_l40s_tp8  structure__time_g3_l40s_tp8  -1.007695387984e-01
    neck_first__g3_l40s_tp8  structure__time_g4_l40s_tp8  -1.007695387984e-01
    neck_first__g3_l40s_tp8  structure__time_g5_a100_tp4  -1.007695387984e-01
    neck_first__g3_l40s_tp8  structure__time_g6_a100_tp4  -1.007695387984e-01
    neck_first__g3_l40s_tp8  structure__time_g7_l40s_tp8  -1.007695387984e-01
    neck_first__g3_l40s_tp8  OBJ        1.007695387984e-01
    neck_first__g4_l40s_tp8  structure__time_g0_a100_tp4  -1.007695387984e-01
    neck_first__g4_l40s_tp8  structure__time_g1_l40s_tp8  -1.007695387984e-01
    neck_first__g4_l40s_tp8  structure__time_g2_a100_tp4  -1.007695387984e-01
    neck_first__g4_l40s_tp8  structure__time_g3_l40s_tp8  -1.007695387984e-01
    neck_first__g4_l40s_tp8  structure__time_g4_l40s_tp8  -1.007695387984e-01
    neck_first__g4_l40s_tp8  structure__time_g5_a100_tp4  -1.007695387984e-01
    neck_first__g4_l40s_tp8  structure__time_g6_a100_tp4  -1.007695387984e-01
    neck_first__g4_l40s_tp8  structure__time_g7_l40s_tp8  -1.007695387984e-01
    neck_first__g4_l40s_tp8  OBJ        1.007695387984e-01
    neck_first__g5_a100_tp4  structure__time_g0_a100_tp4  -4.269979475731e-02
    neck_first__g5_a100_tp4  structure__time_g1_l40s_tp8  -4.269979475731e-02
    neck_first__g5_a100_tp4  structure__time_g2_a100_tp4  -4.269979475731e-02
    neck_first__g5_a100_tp4  structure__time_g3_l40s_tp8  -4.269979475731e-02
    neck_first__g5_a100_tp4  structure__time_g4_l40s_tp8  -4.269979475731e-02
    neck_first__g5_a100_tp4  structure__time_g5_a100_tp4  -4.269979475731e-02
    neck_first__g5_a100_tp4  structure__time_g6_a100_tp4  -4.269979475731e-02
    neck_first__g5_a100_tp4  structure__time_g7_l40s_tp8  -4.269979475731e-02
    neck_first__g5_a100_tp4  OBJ        4.269979475731e-02
    neck_first__g6_a100_tp4  structure__time_g0_a100_tp4  -4.269979475731e-02
    neck_first__g6_a100_tp4  structure__time_g1_l40s_tp8  -4.269979475731e-02
    neck_first__g6_a100_tp4  structure__time_g2_a100_tp4  -4.269979475731e-02
    neck_first__g6_a100_tp4  structure__time_g3_l40s_tp8  -4.269979475731e-02
    neck_first__g6_a100_tp4  structure__time_g4_l40s_tp8  -4.269979475731e-02
    neck_first__g6_a100_tp4  structure__time_g5_a100_tp4  -4.269979475731e-02
    neck_first__g6_a100_tp4  structure__time_g6_a100_tp4  -4.269979475731e-02
    neck_first__g6_a100_tp4  structure__time_g7_l40s_tp8  -4.269979475731e-02
    neck_first__g6_a100_tp4  OBJ        4.269979475731e-02
    neck_first__g7_l40s_tp8  structure__time_g0_a100_tp4  -1.007695387984e-01
    neck_first__g7_l40s_tp8  structure__time_g1_l40s_tp8  -1.007695387984e-01
    neck_first__g7_l40s_tp8  structure__time_g2_a100_tp4  -1.007695387984e-01
    neck_first__g7_l40s_tp8  structure__time_g3_l40s_tp8  -1.007695387984e-01
    neck_first__g7_l40s_tp8  structure__time_g4_l40s_tp8  -1.007695387984e-01
    neck_first__g7_l40s_tp8  structure__time_g5_a100_tp4  -1.007695387984e-01
    neck_first__g7_l40s_tp8  structure__time_g6_a100_tp4  -1.007695387984e-01
    neck_first__g7_l40s_tp8  structure__time_g7_l40s_tp8  -1.007695387984e-01
    neck_first__g7_l40s_tp8  OBJ        1.007695387984e-01
    neck_last__g0_a100_tp4  structure__time_g0_a100_tp4  -6.542282773889e+02
    neck_last__g0_a100_tp4  structure__time_g1_l40s_tp8  -6.542282773889e+02
    neck_last__g0_a100_tp4  structure__time_g2_a100_tp4  -6.542282773889e+02
    neck_last__g0_a100_tp4  structure__time_g3_l40s_tp8  -6.542282773889e+02
    neck_last__g0_a100_tp4  structure__time_g4_l40s_tp8  -6.542282773889e+02
    neck_last__g0_a100_tp4  structure__time_g5_a100_tp4  -6.542282773889e+02
    neck_last__g0_a100_tp4  structure__time_g6_a100_tp4  -6.542282773889e+02
    neck_last__g0_a100_tp4  structure__time_g7_l40s_tp8  -6.542282773889e+02
    neck_last__g0_a100_tp4  OBJ        6.542282773889e+02
    neck_last__g1_l40s_tp8  structure__time_g0_a100_tp4  -7.880198379045e+02
    neck_last__g1_l40s_tp8  structure__time_g1_l40s_tp8  -7.880198379045e+02
    neck_last__g1_l40s_tp8  structure__time_g2_a100_tp4  -7.880198379045e+02
    neck_last__g1_l40s_tp8  structure__time_g3_l40s_tp8  -7.880198379045e+02
    neck_last__g1_l40s_tp8  structure__time_g4_l40s_tp8  -7.880198379045e+02
    neck_last__g1_l40s_tp8  structure__time_g5_a100_tp4  -7.880198379045e+02
    neck_last__g1_l40s_tp8  structure__time_g6_a100_tp4  -7.880198379045e+02
    neck_last__g1_l40s_tp8  structure__time_g7_l40s_tp8  -7.880198379045e+02
    neck_last__g1_l40s_tp8  OBJ        7.880198379045e+02
    neck_last__g2_a100_tp4  structure__time_g0_a100_tp4  -6.542282773889e+02
    neck_last__g2_a100_tp4  structure__time_g1_l40s_tp8  -6.542282773889e+02
    neck_last__g2_a100_tp4  structure__time_g2_a100_tp4  -6.542282773889e+02
    neck_last__g2_a100_tp4  structure__time_g3_l40s_tp8  -6.542282773889e+02
    neck_last__g2_a100_tp4  structure__time_g4_l40s_tp8  -6.542282773889e+02
    neck_last__g2_a100_tp4  structure__time_g5_a100_tp4  -6.542282773889e+02
    neck_last__g2_a100_tp4  structure__time_g6_a100_tp4  -6.542282773889e+02
    neck_last__g2_a100_tp4  structure__time_g7_l40s_tp8  -6.542282773889e+02
    neck_last__g2_a100_tp4  OBJ        6.542282773889e+02
    neck_last__g3_l40s_tp8  structure__time_g0_a100_tp4  -7.880198379045e+02
    neck_last__g3_l40s_tp8  structure__time_g1_l40s_tp8  -7.880198379045e+02
    neck_last__g3_l40s_tp8  structure__time_g2_a100_tp4  -7.880198379045e+02
    neck_last__g3_l40s_tp8  structure__time_g3_l40s_tp8  -7.880198379045e+02
    neck_last__g3_l40s_tp8  structure__time_g4_l40s_tp8  -7.880198379045e+02
    neck_last__g3_l40s_tp8  structure__time_g5_a100_tp4  -7.880198379045e+02
    neck_last__g3_l40s_tp8  structure__time_g6_a100_tp4  -7.880198379045e+02
    neck_last__g3_l40s_tp8  structure__time_g7_l40s_tp8  -7.880198379045e+02
    neck_last__g3_l40s_tp8  OBJ        7.880198379045e+02
    neck_last__g4_l40s_tp8  structure__time_g0_a100_tp4  -7.880198379045e+02
    neck_last__g4_l40s_tp8  structure__time_g1_l40s_tp8  -7.880198379045e+02
    neck_last__g4_l40s_tp8  structure__time_g2_a100_tp4  -7.880198379045e+02
    neck_last__g4_l40s_tp8  structure__time_g3_l40s_tp8  -7.880198379045e+02
    neck_last__g4_l40s_tp8  structure__time_g4_l40s_tp8  -7.880198379045e+02
    neck_last__g4_l40s_tp8  structure__time_g5_a100_tp4  -7.880198379045e+02
    neck_last__g4_l40s_tp8  structure__time_g6_a100_tp4  -7.880198379045e+02
    neck_last__g4_l40s_tp8  structure__time_g7_l40s_tp8  -7.880198379045e+02
    neck_last__g4_l40s_tp8  OBJ        7.880198379045e+02
    neck_last__g5_a100_tp4  structure__time_g0_a100_tp4  -6.542282773889e+02
    neck_last__g5_a100_tp4  structure__time_g1_l40s_tp8  -6.542282773889e+02
    neck_last__g5_a100_tp4  structure__time_g2_a100_tp4  -6.542282773889e+02
    neck_last__g5_a100_tp4  structure__time_g3_l40s_tp8  -6.542282773889e+02
    neck_last__g5_a100_tp4  structure__time_g4_l40s_tp8  -6.542282773889e+02
    neck_last__g5_a100_tp4  structure__time_g5_a100_tp4  -6.542282773889e+02
    neck_last__g5_a100_tp4  structure__time_g6_a100_tp4  -6.542282773889e+02
    neck_last__g5_a100_tp4  structure__time_g7_l40s_tp8  -6.542282773889e+02
    neck_last__g5_a100_tp4  OBJ        6.542282773889e+02
    neck_last__g6_a100_tp4  structure__time_g0_a100_tp4  -6.542282773889e+02
    neck_last__g6_a100_tp4  structure__time_g1_l40s_tp8  -6.542282773889e+02
    neck_last__g6_a100_tp4  structure__time_g2_a100_tp4  -6.542282773889e+02
    neck_last__g6_a100_tp4  structure__time_g3_l40s_tp8  -6.542282773889e+02
    neck_last__g6_a100_tp4  structure__time_g4_l40s_tp8  -6.542282773889e+02
    neck_last__g6_a100_tp4  structure__time_g5_a100_tp4  -6.542282773889e+02
    neck_last__g6_a100_tp4  structure__time_g6_a100_tp4  -6.542282773889e+02
    neck_last__g6_a100_tp4  structure__time_g7_l40s_tp8  -6.542282773889e+02
    neck_last__g6_a100_tp4  OBJ        6.542282773889e+02
    neck_last__g7_l40s_tp8  structure__time_g0_a100_tp4  -7.880198379045e+02
    neck_last__g7_l40s_tp8  structure__time_g1_l40s_tp8  -7.880198379045e+02
    neck_last__g7_l40s_tp8  structure__time_g2_a100_tp4  -7.880198379045e+02
    neck_last__g7_l40s_tp8  structure__time_g3_l40s_tp8  -7.880198379045e+02
    neck_last__g7_l40s_tp8  structure__time_g4_l40s_tp8  -7.880198379045e+02
    neck_last__g7_l40s_tp8  structure__time_g5_a100_tp4  -7.880198379045e+02
    neck_last__g7_l40s_tp8  structure__time_g6_a100_tp4  -7.880198379045e+02
    neck_last__g7_l40s_tp8  structure__time_g7_l40s_tp8  -7.880198379045e+02
    neck_last__g7_l40s_tp8  OBJ        7.880198379045e+02
    neck_layers__g0_a100_tp4  structure__time_g0_a100_tp4  -1.147316005668e+03
    neck_layers__g0_a100_tp4  structure__time_g1_l40s_tp8  -1.147316005668e+03
    neck_layers__g0_a100_tp4  structure__time_g2_a100_tp4  -1.147316005668e+03
    neck_layers__g0_a100_tp4  structure__time_g3_l40s_tp8  -1.147316005668e+03
    neck_layers__g0_a100_tp4  structure__time_g4_l40s_tp8  -1.147316005668e+03
    neck_layers__g0_a100_tp4  structure__time_g5_a100_tp4  -1.147316005668e+03
    neck_layers__g0_a100_tp4  structure__time_g6_a100_tp4  -1.147316005668e+03
    neck_layers__g0_a100_tp4  structure__time_g7_l40s_tp8  -1.147316005668e+03
    neck_layers__g0_a100_tp4  OBJ        1.147316005668e+03
    neck_layers__g1_l40s_tp8  structure__time_g0_a100_tp4  -1.336420543390e+03
    neck_layers__g1_l40s_tp8  structure__time_g1_l40s_tp8  -1.336420543390e+03
    neck_layers__g1_l40s_tp8  structure__time_g2_a100_tp4  -1.336420543390e+03
    neck_layers__g1_l40s_tp8  structure__time_g3_l40s_tp8  -1.336420543390e+03
    neck_layers__g1_l40s_tp8  structure__time_g4_l40s_tp8  -1.336420543390e+03
    neck_layers__g1_l40s_tp8  structure__time_g5_a100_tp4  -1.336420543390e+03
    neck_layers__g1_l40s_tp8  structure__time_g6_a100_tp4  -1.336420543390e+03
    neck_layers__g1_l40s_tp8  structure__time_g7_l40s_tp8  -1.336420543390e+03
    neck_layers__g1_l40s_tp8  OBJ        1.336420543390e+03
    neck_layers__g2_a100_tp4  structure__time_g0_a100_tp4  -1.147316005668e+03
    neck_layers__g2_a100_tp4  structure__time_g1_l40s_tp8  -1.147316005668e+03
    neck_layers__g2_a100_tp4  structure__time_g2_a100_tp4  -1.147316005668e+03
    neck_layers__g2_a100_tp4  structure__time_g3_l40s_tp8  -1.147316005668e+03
    neck_layers__g2_a100_tp4  structure__time_g4_l40s_tp8  -1.147316005668e+03
    neck_layers__g2_a100_tp4  structure__time_g5_a100_tp4  -1.147316005668e+03
    neck_layers__g2_a100_tp4  structure__time_g6_a100_tp4  -1.147316005668e+03
    neck_layers__g2_a100_tp4  structure__time_g7_l40s_tp8  -1.147316005668e+03
    neck_layers__g2_a100_tp4  OBJ        1.147316005668e+03
    neck_layers__g3_l40s_tp8  structure__time_g0_a100_tp4  -1.336420543390e+03
    neck_layers__g3_l40s_tp8  structure__time_g1_l40s_tp8  -1.336420543390e+03
    neck_layers__g3_l40s_tp8  structure__time_g2_a100_tp4  -1.336420543390e+03
    neck_layers__g3_l40s_tp8  structure__time_g3_l40s_tp8  -1.336420543390e+03
    neck_layers__g3_l40s_tp8  structure__time_g4_l40s_tp8  -1.336420543390e+03
    neck_layers__g3_l40s_tp8  structure__time_g5_a100_tp4  -1.336420543390e+03
    neck_layers__g3_l40s_tp8  structure__time_g6_a100_tp4  -1.336420543390e+03
    neck_layers__g3_l40s_tp8  structure__time_g7_l40s_tp8  -1.336420543390e+03
    neck_layers__g3_l40s_tp8  OBJ        1.336420543390e+03
    neck_layers__g4_l40s_tp8  structure__time_g0_a100_tp4  -1.336420543390e+03
    neck_layers__g4_l40s_tp8  structure__time_g1_l40s_tp8  -1.336420543390e+03
    neck_layers__g4_l40s_tp8  structure__time_g2_a100_tp4  -1.336420543390e+03
    neck_layers__g4_l40s_tp8  structure__time_g3_l40s_tp8  -1.336420543390e+03
    neck_layers__g4_l40s_tp8  structure__time_g4_l40s_tp8  -1.336420543390e+03
    neck_layers__g4_l40s_tp8  structure__time_g5_a100_tp4  -1.336420543390e+03
    neck_layers__g4_l40s_tp8  structure__time_g6_a100_tp4  -1.336420543390e+03
    neck_layers__g4_l40s_tp8  structure__time_g7_l40s_tp8  -1.336420543390e+03
    neck_layers__g4_l40s_tp8  OBJ        1.336420543390e+03
    neck_layers__g5_a100_tp4  structure__time_g0_a100_tp4  -1.147316005668e+03
    neck_layers__g5_a100_tp4  structure__time_g1_l40s_tp8  -1.147316005668e+03
    neck_layers__g5_a100_tp4  structure__time_g2_a100_tp4  -1.147316005668e+03
    neck_layers__g5_a100_tp4  structure__time_g3_l40s_tp8  -1.147316005668e+03
    neck_layers__g5_a100_tp4  structure__time_g4_l40s_tp8  -1.147316005668e+03
    neck_layers__g5_a100_tp4  structure__time_g5_a100_tp4  -1.147316005668e+03
    neck_layers__g5_a100_tp4  structure__time_g6_a100_tp4  -1.147316005668e+03
    neck_layers__g5_a100_tp4  structure__time_g7_l40s_tp8  -1.147316005668e+03
    neck_layers__g5_a100_tp4  OBJ        1.147316005668e+03
    neck_layers__g6_a100_tp4  structure__time_g0_a100_tp4  -1.147316005668e+03
    neck_layers__g6_a100_tp4  structure__time_g1_l40s_tp8  -1.147316005668e+03
    neck_layers__g6_a100_tp4  structure__time_g2_a100_tp4  -1.147316005668e+03
    neck_layers__g6_a100_tp4  structure__time_g3_l40s_tp8  -1.147316005668e+03
    neck_layers__g6_a100_tp4  structure__time_g4_l40s_tp8  -1.147316005668e+03
    neck_layers__g6_a100_tp4  structure__time_g5_a100_tp4  -1.147316005668e+03
    neck_layers__g6_a100_tp4  structure__time_g6_a100_tp4  -1.147316005668e+03
    neck_layers__g6_a100_tp4  structure__time_g7_l40s_tp8  -1.147316005668e+03
    neck_layers__g6_a100_tp4  OBJ        1.147316005668e+03
    neck_layers__g7_l40s_tp8  structure__time_g0_a100_tp4  -1.336420543390e+03
    neck_layers__g7_l40s_tp8  structure__time_g1_l40s_tp8  -1.336420543390e+03
    neck_layers__g7_l40s_tp8  structure__time_g2_a100_tp4  -1.336420543390e+03
    neck_layers__g7_l40s_tp8  structure__time_g3_l40s_tp8  -1.336420543390e+03
    neck_layers__g7_l40s_tp8  structure__time_g4_l40s_tp8  -1.336420543390e+03
    neck_layers__g7_l40s_tp8  structure__time_g5_a100_tp4  -1.336420543390e+03
    neck_layers__g7_l40s_tp8  structure__time_g6_a100_tp4  -1.336420543390e+03
    neck_layers__g7_l40s_tp8  structure__time_g7_l40s_tp8  -1.336420543390e+03
    neck_layers__g7_l40s_tp8  OBJ        1.336420543390e+03
RHS
    RHS       structure__first   1.000000000000e+00
    RHS       structure__last   1.000000000000e+00
    RHS       structure__ends_g0_a100_tp4   1.000000000000e+00
    RHS       structure__ends_g1_l40s_tp8   1.000000000000e+00
    RHS       structure__ends_g2_a100_tp4   1.000000000000e+00
    RHS       structure__ends_g3_l40s_tp8   1.000000000000e+00
    RHS       structure__ends_g4_l40s_tp8   1.000000000000e+00
    RHS       structure__ends_g5_a100_tp4   1.000000000000e+00
    RHS       structure__ends_g6_a100_tp4   1.000000000000e+00
    RHS       structure__ends_g7_l40s_tp8   1.000000000000e+00
    RHS       layers__total   1.260000000000e+02
    RHS       memory__g0_a100_tp4   6.978125000000e+01
    RHS       memory__g1_l40s_tp8   3.875000000000e+01
    RHS       memory__g2_a100_tp4   6.978125000000e+01
    RHS       memory__g3_l40s_tp8   3.875000000000e+01
    RHS       memory__g4_l40s_tp8   3.875000000000e+01
    RHS       memory__g5_a100_tp4   6.978125000000e+01
    RHS       memory__g6_a100_tp4   6.978125000000e+01
    RHS       memory__g7_l40s_tp8   3.875000000000e+01
    RHS       structure__bottleneck   1.000000000000e+00
    RHS       structure__time_g0_a100_tp4  -3.801007679177e+01
    RHS       structure__time_g1_l40s_tp8  -2.685107910705e+01
    RHS       structure__time_g2_a100_tp4  -3.801007679177e+01
    RHS       structure__time_g3_l40s_tp8  -2.685107910705e+01
    RHS       structure__time_g4_l40s_tp8  -2.685107910705e+01
    RHS       structure__time_g5_a100_tp4  -3.801007679177e+01
    RHS       structure__time_g6_a100_tp4  -3.801007679177e+01
    RHS       structure__time_g7_l40s_tp8  -2.685107910705e+01
    RHS       structure__sym_first_g0_a100_tp4_0   0.000000000000e+00
    RHS       structure__sym_last_g0_a100_tp4_0   0.000000000000e+00
    RHS       structure__sym_layers_g0_a100_tp4_0   0.000000000000e+00
    RHS       structure__sym_first_g2_a100_tp4_1   0.000000000000e+00
    RHS       structure__sym_last_g2_a100_tp4_1   0.000000000000e+00
    RHS       structure__sym_layers_g2_a100_tp4_1   0.000000000000e+00
    RHS       structure__sym_first_g5_a100_tp4_2   0.000000000000e+00
    RHS       structure__sym_last_g5_a100_tp4_2   0.000000000000e+00
    RHS       structure__sym_layers_g5_a100_tp4_2   0.000000000000e+00
    RHS       structure__sym_first_g1_l40s_tp8_0   0.000000000000e+00
    RHS       structure__sym_last_g1_l40s_tp8_0   0.000000000000e+00
    RHS       structure__sym_layers_g1_l40s_tp8_0   0.000000000000e+00
    RHS       structure__sym_first_g3_l40s_tp8_1   0.000000000000e+00
    RHS       structure__sym_last_g3_l40s_tp8_1   0.000000000000e+00
    RHS       structure__sym_layers_g3_l40s_tp8_1   0.000000000000e+00
    RHS       structure__sym_first_g4_l40s_tp8_2   0.000000000000e+00
    RHS       structure__sym_last_g4_l40s_tp8_2   0.000000000000e+00
    RHS       structure__sym_layers_g4_l40s_tp8_2   0.000000000000e+00
BOUNDS
 BV BND       first__g0_a100_tp4
 BV BND       first__g1_l40s_tp8
 BV BND       first__g2_a100_tp4
 BV BND       first__g3_l40s_tp8
 BV BND       first__g4_l40s_tp8
 BV BND       first__g5_a100_tp4
 BV BND       first__g6_a100_tp4
 BV BND       first__g7_l40s_tp8
 BV BND       last__g0_a100_tp4
 BV BND       last__g1_l40s_tp8
 BV BND       last__g2_a100_tp4
 BV BND       last__g3_l40s_tp8
 BV BND       last__g4_l40s_tp8
 BV BND       last__g5_a100_tp4
 BV BND       last__g6_a100_tp4
 BV BND       last__g7_l40s_tp8
 LO BND       layers__g0_a100_tp4   1.000000000000e+00
 UP BND       layers__g0_a100_tp4   1.190000000000e+02
 LO BND       layers__g1_l40s_tp8   1.000000000000e+00
 UP BND       layers__g1_l40s_tp8   1.190000000000e+02
 LO BND       layers__g2_a100_tp4   1.000000000000e+00
 UP BND       layers__g2_a100_tp4   1.190000000000e+02
 LO BND       layers__g3_l40s_tp8   1.000000000000e+00
 UP BND       layers__g3_l40s_tp8   1.190000000000e+02
 LO BND       layers__g4_l40s_tp8   1.000000000000e+00
 UP BND       layers__g4_l40s_tp8   1.190000000000e+02
 LO BND       layers__g5_a100_tp4   1.000000000000e+00
 UP BND       layers__g5_a100_tp4   1.190000000000e+02
 LO BND       layers__g6_a100_tp4   1.000000000000e+00
 UP BND       layers__g6_a100_tp4   1.190000000000e+02
 LO BND       layers__g7_l40s_tp8   1.000000000000e+00
 UP BND       layers__g7_l40s_tp8   1.190000000000e+02
 UP BND       neck__g0_a100_tp4   1.000000000000e+00
 UP BND       neck__g1_l40s_tp8   1.000000000000e+00
 UP BND       neck__g2_a100_tp4   1.000000000000e+00
 UP BND       neck__g3_l40s_tp8   1.000000000000e+00
 UP BND       neck__g4_l40s_tp8   1.000000000000e+00
 UP BND       neck__g5_a100_tp4   1.000000000000e+00
 UP BND       neck__g6_a100_tp4   1.000000000000e+00
 UP BND       neck__g7_l40s_tp8   1.000000000000e+00
 UP BND       neck_first__g0_a100_tp4   1.000000000000e+00
 UP BND       neck_first__g1_l40s_tp8   1.000000000000e+00
 UP BND       neck_first__g2_a100_tp4   1.000000000000e+00
 UP BND       neck_first__g3_l40s_tp8   1.000000000000e+00
 UP BND       neck_first__g4_l40s_tp8   1.000000000000e+00
 UP BND       neck_first__g5_a100_tp4   1.000000000000e+00
 UP BND       neck_first__g6_a100_tp4   1.000000000000e+00
 UP BND       neck_first__g7_l40s_tp8   1.000000000000e+00
 UP BND       neck_last__g0_a100_tp4   1.000000000000e+00
 UP BND       neck_last__g1_l40s_tp8   1.000000000000e+00
 UP BND       neck_last__g2_a100_tp4   1.000000000000e+00
 UP BND       neck_last__g3_l40s_tp8   1.000000000000e+00
 UP BND       neck_last__g4_l40s_tp8   1.000000000000e+00
 UP BND       neck_last__g5_a100_tp4   1.000000000000e+00
 UP BND       neck_last__g6_a100_tp4   1.000000000000e+00
 UP BND       neck_last__g7_l40s_tp8   1.000000000000e+00
 UP BND       neck_layers__g0_a100_tp4   1.190000000000e+02
 UP BND       neck_layers__g1_l40s_tp8   1.190000000000e+02
 UP BND       neck_layers__g2_a100_tp4   1.190000000000e+02
 UP BND       neck_layers__g3_l40s_tp8   1.190000000000e+02
 UP BND       neck_layers__g4_l40s_tp8   1.190000000000e+02
 UP BND       neck_layers__g5_a100_tp4   1.190000000000e+02
 UP BND       neck_layers__g6_a100_tp4   1.190000000000e+02
 UP BND       neck_layers__g7_l40s_tp8   1.190000000000e+02
ENDATA
