OBJSENSE
 MIN
NAME          pipeline_partition_small_seed3
ROWS
 N  OBJ
 E  structure__first
 E  structure__last
 L  structure__ends_g0_h200
 L  structure__ends_g1_h200
 L  structure__ends_g2_h200
 L  structure__ends_g3_l40s
 E  layers__total
 L  memory__g0_h200
 L  memory__g1_h200
 L  memory__g2_h200
 L  memory__g3_l40s
 E  structure__bottleneck
 L  structure__time_g0_h200
 L  structure__time_g1_h200
 L  structure__time_g2_h200
 L  structure__time_g3_l40s
 L  slo__token_latency
 G  structure__sym_first_g0_h200_0
 L  structure__sym_last_g0_h200_0
 G  structure__sym_layers_g0_h200_0
 G  structure__sym_first_g1_h200_1
 L  structure__sym_last_g1_h200_1
 G  structure__sym_layers_g1_h200_1
COLUMNS
    MARK      'MARKER'                 'INTORG'
    first__g0_h200  structure__first   1.000000000000e+00
    first__g0_h200  structure__ends_g0_h200   1.000000000000e+00
    first__g0_h200  memory__g0_h200   4.276078799471e-01
    first__g0_h200  structure__time_g0_h200   6.570412436028e+00
    first__g0_h200  slo__token_latency   6.570412436028e-06
    first__g0_h200  structure__sym_first_g0_h200_0   1.000000000000e+00
    first__g0_h200  structure__sym_layers_g0_h200_0   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g1_h200  structure__first   1.000000000000e+00
    first__g1_h200  structure__ends_g1_h200   1.000000000000e+00
    first__g1_h200  memory__g1_h200   4.276078799471e-01
    first__g1_h200  structure__time_g1_h200   6.570412436028e+00
    first__g1_h200  slo__token_latency   6.570412436028e-06
    first__g1_h200  structure__sym_first_g0_h200_0  -1.000000000000e+00
    first__g1_h200  structure__sym_first_g1_h200_1   1.000000000000e+00
    first__g1_h200  structure__sym_layers_g1_h200_1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g2_h200  structure__first   1.000000000000e+00
    first__g2_h200  structure__ends_g2_h200   1.000000000000e+00
    first__g2_h200  memory__g2_h200   4.276078799471e-01
    first__g2_h200  structure__time_g2_h200   6.570412436028e+00
    first__g2_h200  slo__token_latency   6.570412436028e-06
    first__g2_h200  structure__sym_first_g1_h200_1  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    first__g3_l40s  structure__first   1.000000000000e+00
    first__g3_l40s  structure__ends_g3_l40s   1.000000000000e+00
    first__g3_l40s  memory__g3_l40s   8.552157598941e-01
    first__g3_l40s  structure__time_g3_l40s   6.874177830609e+01
    first__g3_l40s  slo__token_latency   6.874177830609e-05
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g0_h200  structure__last   1.000000000000e+00
    last__g0_h200  structure__ends_g0_h200   1.000000000000e+00
    last__g0_h200  memory__g0_h200   4.276078799471e-01
    last__g0_h200  structure__time_g0_h200   2.566825761833e+02
    last__g0_h200  slo__token_latency   2.566825761833e-04
    last__g0_h200  structure__sym_last_g0_h200_0   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g1_h200  structure__last   1.000000000000e+00
    last__g1_h200  structure__ends_g1_h200   1.000000000000e+00
    last__g1_h200  memory__g1_h200   4.276078799471e-01
    last__g1_h200  structure__time_g1_h200   2.566825761833e+02
    last__g1_h200  slo__token_latency   2.566825761833e-04
    last__g1_h200  structure__sym_last_g0_h200_0  -1.000000000000e+00
    last__g1_h200  structure__sym_layers_g0_h200_0   1.000000000000e+00
    last__g1_h200  structure__sym_last_g1_h200_1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g2_h200  structure__last   1.000000000000e+00
    last__g2_h200  structure__ends_g2_h200   1.000000000000e+00
    last__g2_h200  memory__g2_h200   4.276078799471e-01
    last__g2_h200  structure__time_g2_h200   2.566825761833e+02
    last__g2_h200  slo__token_latency   2.566825761833e-04
    last__g2_h200  structure__sym_last_g1_h200_1  -1.000000000000e+00
    last__g2_h200  structure__sym_layers_g1_h200_1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    last__g3_l40s  structure__last   1.000000000000e+00
    last__g3_l40s  structure__ends_g3_l40s   1.000000000000e+00
    last__g3_l40s  memory__g3_l40s   8.552157598941e-01
    last__g3_l40s  structure__time_g3_l40s   3.301328336541e+03
    last__g3_l40s  slo__token_latency   3.301328336541e-03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g0_h200  layers__total   1.000000000000e+00
    layers__g0_h200  memory__g0_h200   3.458613840431e+01
    layers__g0_h200  structure__time_g0_h200   2.956552837466e+02
    layers__g0_h200  slo__token_latency   2.956552837466e-04
    layers__g0_h200  structure__sym_layers_g0_h200_0   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g1_h200  layers__total   1.000000000000e+00
    layers__g1_h200  memory__g1_h200   3.458613840431e+01
    layers__g1_h200  structure__time_g1_h200   2.956552837466e+02
    layers__g1_h200  slo__token_latency   2.956552837466e-04
    layers__g1_h200  structure__sym_layers_g0_h200_0  -1.000000000000e+00
    layers__g1_h200  structure__sym_layers_g1_h200_1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g2_h200  layers__total   1.000000000000e+00
    layers__g2_h200  memory__g2_h200   3.458613840431e+01
    layers__g2_h200  structure__time_g2_h200   2.956552837466e+02
    layers__g2_h200  slo__token_latency   2.956552837466e-04
    layers__g2_h200  structure__sym_layers_g1_h200_1  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    layers__g3_l40s  layers__total   1.000000000000e+00
    layers__g3_l40s  memory__g3_l40s   6.917227680861e+01
    layers__g3_l40s  structure__time_g3_l40s   3.110378913225e+03
    layers__g3_l40s  slo__token_latency   3.110378913225e-03
    MARK      'MARKER'                 'INTEND'
    neck__g0_h200  structure__bottleneck   1.000000000000e+00
    neck__g0_h200  structure__time_g0_h200  -3.277911317097e+01
    neck__g0_h200  structure__time_g1_h200  -3.277911317097e+01
    neck__g0_h200  structure__time_g2_h200  -3.277911317097e+01
    neck__g0_h200  structure__time_g3_l40s  -3.277911317097e+01
    neck__g0_h200  OBJ        3.277911317097e+01
    neck__g1_h200  structure__bottleneck   1.000000000000e+00
    neck__g1_h200  structure__time_g0_h200  -3.277911317097e+01
    neck__g1_h200  structure__time_g1_h200  -3.277911317097e+01
    neck__g1_h200  structure__time_g2_h200  -3.277911317097e+01
    neck__g1_h200  structure__time_g3_l40s  -3.277911317097e+01
    neck__g1_h200  OBJ        3.277911317097e+01
    neck__g2_h200  structure__bottleneck   1.000000000000e+00
    neck__g2_h200  structure__time_g0_h200  -3.277911317097e+01
    neck__g2_h200  structure__time_g1_h200  -3.277911317097e+01
    neck__g2_h200  structure__time_g2_h200  -3.277911317097e+01
    neck__g2_h200  structure__time_g3_l40s  -3.277911317097e+01
    neck__g2_h200  OBJ        3.277911317097e+01
    neck__g3_l40s  structure__bottleneck   1.000000000000e+00
    neck__g3_l40s  structure__time_g0_h200  -7.902702298337e+01
    neck__g3_l40s  structure__time_g1_h200  -7.902702298337e+01
    neck__g3_l40s  structure__time_g2_h200  -7.902702298337e+01
    neck__g3_l40s  structure__time_g3_l40s  -7.902702298337e+01
    neck__g3_l40s  OBJ        7.902702298337e+01
    neck_first__g0_h200  structure__time_g0_h200  -6.570412436028e+00
    neck_first__g0_h200  structure__time_g1_h200  -6.570412436028e+00
    neck_first__g0_h200  structure__time_g2_h200  -6.570412436028e+00
    neck_first__g0_h200  structure__time_g3_l40s  -6.570412436028e+00
    neck_first__g0_h200  OBJ        6.570412436028e+00
    neck_first__g1_h200  structure__time_g0_h200  -6.570412436028e+00
    neck_first__g1_h200  structure__time_g1_h200  -6.570412436028e+00
    neck_first__g1_h200  structure__time_g2_h200  -6.570412436028e+00
    neck_first__g1_h200  structure__time_g3_l40s  -6.570412436028e+00
    neck_first__g1_h200  OBJ        6.570412436028e+00
    neck_first__g2_h200  structure__time_g0_h200  -6.570412436028e+00
    neck_first__g2_h200  structure__time_g1_h200  -6.570412436028e+00
    neck_first__g2_h200  structure__time_g2_h200  -6.570412436028e+00
    neck_first__g2_h200  structure__time_g3_l40s  -6.570412436028e+00
    neck_first__g2_h200  OBJ        6.570412436028e+00
    neck_first__g3_l40s  structure__time_g0_h200  -6.874177830609e+01
    neck_first__g3_l40s  structure__time_g1_h200  -6.874177830609e+01
    neck_first__g3_l40s  structure__time_g2_h200  -6.874177830609e+01
    neck_first__g3_l40s  structure__time_g3_l40s  -6.874177830609e+01
    neck_first__g3_l40s  OBJ        6.874177830609e+01
    neck_last__g0_h200  structure__time_g0_h200  -2.566825761833e+02
    neck_last__g0_h200  structure__time_g1_h200  -2.566825761833e+02
    neck_last__g0_h200  structure__time_g2_h200  -2.566825761833e+02
    neck_last__g0_h200  structure__time_g3_l40s  -2.566825761833e+02
    neck_last__g0_h200  OBJ        2.566825761833e+02
    neck_last__g1_h200  structure__time_g0_h200  -2.566825761833e+02
    neck_last__g1_h200  structure__time_g1_h200  -2.566825761833e+02
    neck_last__g1_h200  structure__time_g2_h200  -2.566825761833e+02
    neck_last__g1_h200  structure__time_g3_l40s  -2.566825761833e+02
    neck_last__g1_h200  OBJ        2.566825761833e+02
    neck_last__g2_h200  structure__time_g0_h200  -2.566825761833e+02
    neck_last__g2_h200  structure__time_g1_h200  -2.566825761833e+02
    neck_last__g2_h200  structure__time_g2_h200  -2.566825761833e+02
    neck_last__g2_h200  structure__time_g3_l40s  -2.566825761833e+02
    neck_last__g2_h200  OBJ        2.566825761833e+02
    neck_last__g3_l40s  structure__time_g0_h200  -3.301328336541e+03
    neck_last__g3_l40s  structure__time_g1_h200  -3.301328336541e+03
    neck_last__g3_l40s  structure__time_g2_h200  -3.301328336541e+03
    neck_last__g3_l40s  structure__time_g3_l40s  -3.301328336541e+03
    neck_last__g3_l40s  OBJ        3.301328336541e+03
    neck_layers__g0_h200  structure__time_g0_h200  -2.956552837466e+02
    neck_layers__g0_h200  structure__time_g1_h200  -2.956552837466e+02
    neck_layers__g0_h200  structure__time_g2_h200  -2.956552837466e+02
    neck_layers__g0_h200  structure__time_g3_l40s  -2.956552837466e+02
    neck_layers__g0_h200  OBJ        2.956552837466e+02
    neck_layers__g1_h200  structure__time_g0_h200  -2.956552837466e+02
    neck_layers__g1_h200  structure__time_g1_h200  -2.956552837466e+02
    neck_layers__g1_h200  structure__time_g2_h200  -2.956552837466e+02
    neck_layers__g1_h200  structure__time_g3_l40s  -2.956552837466e+02
    neck_layers__g1_h200  OBJ        2.956552837466e+02
    neck_layers__g2_h200  structure__time_g0_h200  -2.956552837466e+02
    neck_layers__g2_h200  structure__time_g1_h200  -2.956552837466e+02
    neck_layers__g2_h200  structure__time_g2_h200  -2.956552837466e+02
    neck_layers__g2_h200  structure__time_g3_l40s  -2.956552837466e+02
    neck_layers__g2_h200  OBJ        2.956552837466e+02
    neck_layers__g3_l40s  structure__time_g0_h200  -3.110378913225e+03
    neck_layers__g3_l40s  structure__time_g1_h200  -3.110378913225e+03
    neck_layers__g3_l40s  structure__time_g2_h200  -3.110378913225e+03
    neck_layers__g3_l40s  structure__time_g3_l40s  -3.110378913225e+03
    neck_layers__g3_l40s  OBJ        3.110378913225e+03
RHS
    RHS       structure__first   1.000000000000e+00
    RHS       structure__last   1.000000000000e+00
    RHS       structure__ends_g0_h200   1.000000000000e+00
    RHS       structure__ends_g1_h200   1.000000000000e+00
    RHS       structure__ends_g2_h200   1.000000000000e+00
    RHS       structure__ends_g3_l40s   1.000000000000e+00
    RHS       layers__total   4.000000000000e+00
    RHS       memory__g0_h200   7.554426822475e+01
    RHS       memory__g1_h200   7.554426822475e+01
    RHS       memory__g2_h200   7.554426822475e+01
    RHS       memory__g3_l40s   2.624807699988e+01
    RHS       structure__bottleneck   1.000000000000e+00
    RHS       structure__time_g0_h200  -3.277911317097e+01
    RHS       structure__time_g1_h200  -3.277911317097e+01
    RHS       structure__time_g2_h200  -3.277911317097e+01
    RHS       structure__time_g3_l40s  -7.902702298337e+01
    RHS       slo__token_latency   9.450732697695e-03
    RHS       structure__sym_first_g0_h200_0   0.000000000000e+00
    RHS       structure__sym_last_g0_h200_0   0.000000000000e+00
    RHS       structure__sym_layers_g0_h200_0   0.000000000000e+00
    RHS       structure__sym_first_g1_h200_1   0.000000000000e+00
    RHS       structure__sym_last_g1_h200_1   0.000000000000e+00
    RHS       structure__sym_layers_g1_h200_1   0.000000000000e+00
BOUNDS
 BV BND       first__g0_h200
 BV BND       first__g1_h200
 BV BND       first__g2_h200
 BV BND       first__g3_l40s
 BV BND       last__g0_h200
 BV BND       last__g1_h200
 BV BND       last__g2_h200
 BV BND       last__g3_l40s
 FX BND       layers__g0_h200   1.000000000000e+00
 FX BND       layers__g1_h200   1.000000000000e+00
 FX BND       layers__g2_h200   1.000000000000e+00
 FX BND       layers__g3_l40s   1.000000000000e+00
 UP BND       neck__g0_h200   1.000000000000e+00
 UP BND       neck__g1_h200   1.000000000000e+00
 UP BND       neck__g2_h200   1.000000000000e+00
 UP BND       neck__g3_l40s   1.000000000000e+00
 UP BND       neck_first__g0_h200   1.000000000000e+00
 UP BND       neck_first__g1_h200   1.000000000000e+00
 UP BND       neck_first__g2_h200   1.000000000000e+00
 UP BND       neck_first__g3_l40s   1.000000000000e+00
 UP BND       neck_last__g0_h200   1.000000000000e+00
 UP BND       neck_last__g1_h200   1.000000000000e+00
 UP BND       neck_last__g2_h200   1.000000000000e+00
 UP BND       neck_last__g3_l40s   1.000000000000e+00
 UP BND       neck_layers__g0_h200   1.000000000000e+00
 UP BND       neck_layers__g1_h200   1.000000000000e+00
 UP BND       neck_layers__g2_h200   1.000000000000e+00
 UP BND       neck_layers__g3_l40s   1.000000000000e+00
ENDATA
