OBJSENSE
 MAX
NAME          parallelism_scaled_size64
ROWS
 N  OBJ
 L  structure__use_tp1_pp1_b32
 L  memory__tp1_pp1_b32
 L  slo__tp1_pp1_b32_ttft
 L  slo__tp1_pp1_b32_tpot
 L  structure__use_tp1_pp1_b128
 L  memory__tp1_pp1_b128
 L  slo__tp1_pp1_b128_ttft
 L  slo__tp1_pp1_b128_tpot
 L  structure__use_tp1_pp1_b512
 L  memory__tp1_pp1_b512
 L  slo__tp1_pp1_b512_ttft
 L  slo__tp1_pp1_b512_tpot
 L  structure__use_tp1_pp2_b32
 L  memory__tp1_pp2_b32
 L  slo__tp1_pp2_b32_ttft
 L  slo__tp1_pp2_b32_tpot
 L  structure__use_tp1_pp2_b128
 L  memory__tp1_pp2_b128
 L  slo__tp1_pp2_b128_ttft
 L  slo__tp1_pp2_b128_tpot
 L  structure__use_tp1_pp2_b512
 L  memory__tp1_pp2_b512
 L  slo__tp1_pp2_b512_ttft
 L  slo__tp1_pp2_b512_tpot
 L  structure__use_tp1_pp3_b32
 L  memory__tp1_pp3_b32
 L  slo__tp1_pp3_b32_ttft
 L  slo__tp1_pp3_b32_tpot
 L  structure__use_tp1_pp3_b128
 L  memory__tp1_pp3_b128
 L  slo__tp1_pp3_b128_ttft
 L  slo__tp1_pp3_b128_tpot
 L  structure__use_tp1_pp3_b512
 L  memory__tp1_pp3_b512
 L  slo__tp1_pp3_b512_ttft
 L  slo__tp1_pp3_b512_tpot
 L  structure__use_tp1_pp4_b32
 L  memory__tp1_pp4_b32
 L  slo__tp1_pp4_b32_ttft
 L  slo__tp1_pp4_b32_tpot
 L  structure__use_tp1_pp4_b128
 L  memory__tp1_pp4_b128
 L  slo__tp1_pp4_b128_ttft
 L  slo__tp1_pp4_b128_tpot
 L  structure__use_tp1_pp4_b512
 L  memory__tp1_pp4_b512
 L  slo__tp1_pp4_b512_ttft
 L  slo__tp1_pp4_b512_tpot
 L  structure__use_tp1_pp5_b32
 L  memory__tp1_pp5_b32
 L  slo__tp1_pp5_b32_ttft
 L  slo__tp1_pp5_b32_tpot
 L  structure__use_tp1_pp5_b128
 L  memory__tp1_pp5_b128
 L  slo__tp1_pp5_b128_ttft
 L  slo__tp1_pp5_b128_tpot
 L  structure__use_tp1_pp5_b512
 L  memory__tp1_pp5_b512
 L  slo__tp1_pp5_b512_ttft
 L  slo__tp1_pp5_b512_tpot
 L  structure__use_tp1_pp6_b32
 L  memory__tp1_pp6_b32
 L  slo__tp1_pp6_b32_ttft
 L  slo__tp1_pp6_b32_tpot
 L  structure__use_tp1_pp6_b128
 L  memory__tp1_pp6_b128
 L  slo__tp1_pp6_b128_ttft
 L  slo__tp1_pp6_b128_tpot
 L  structure__use_tp1_pp6_b512
 L  memory__tp1_pp6_b512
 L  slo__tp1_pp6_b512_ttft
 L  slo__tp1_pp6_b512_tpot
 L  structure__use_tp1_pp7_b32
 L  memory__tp1_pp7_b32
 L  slo__tp1_pp7_b32_ttft
 L  slo__tp1_pp7_b32_tpot
 L  structure__use_tp1_pp7_b128
 L  memory__tp1_pp7_b128
 L  slo__tp1_pp7_b128_ttft
 L  slo__tp1_pp7_b128_tpot
 L  structure__use_tp1_pp7_b512
 L  memory__tp1_pp7_b512
 L  slo__tp1_pp7_b512_ttft
 L  slo__tp1_pp7_b512_tpot
 L  structure__use_tp1_pp8_b32
 L  memory__tp1_pp8_b32
 L  slo__tp1_pp8_b32_ttft
 L  slo__tp1_pp8_b32_tpot
 L  structure__use_tp1_pp8_b128
 L  memory__tp1_pp8_b128
 L  slo__tp1_pp8_b128_ttft
 L  slo__tp1_pp8_b128_tpot
 L  structure__use_tp1_pp8_b512
 L  memory__tp1_pp8_b512
 L  slo__tp1_pp8_b512_ttft
 L  slo__tp1_pp8_b512_tpot
 L  structure__use_tp2_pp1_b32
 L  memory__tp2_pp1_b32
 L  slo__tp2_pp1_b32_ttft
 L  slo__tp2_pp1_b32_tpot
 L  structure__use_tp2_pp1_b128
 L  memory__tp2_pp1_b128
 L  slo__tp2_pp1_b128_ttft
 L  slo__tp2_pp1_b128_tpot
 L  structure__use_tp2_pp1_b512
 L  memory__tp2_pp1_b512
 L  slo__tp2_pp1_b512_ttft
 L  slo__tp2_pp1_b512_tpot
 L  structure__use_tp2_pp2_b32
 L  memory__tp2_pp2_b32
 L  slo__tp2_pp2_b32_ttft
 L  slo__tp2_pp2_b32_tpot
 L  structure__use_tp2_pp2_b128
 L  memory__tp2_pp2_b128
 L  slo__tp2_pp2_b128_ttft
 L  slo__tp2_pp2_b128_tpot
 L  structure__use_tp2_pp2_b512
 L  memory__tp2_pp2_b512
 L  slo__tp2_pp2_b512_ttft
 L  slo__tp2_pp2_b512_tpot
 L  structure__use_tp2_pp3_b32
 L  memory__tp2_pp3_b32
 L  slo__tp2_pp3_b32_ttft
 L  slo__tp2_pp3_b32_tpot
 L  structure__use_tp2_pp3_b128
 L  memory__tp2_pp3_b128
 L  slo__tp2_pp3_b128_ttft
 L  slo__tp2_pp3_b128_tpot
 L  structure__use_tp2_pp3_b512
 L  memory__tp2_pp3_b512
 L  slo__tp2_pp3_b512_ttft
 L  slo__tp2_pp3_b512_tpot
 L  structure__use_tp2_pp4_b32
 L  memory__tp2_pp4_b32
 L  slo__tp2_pp4_b32_ttft
 L  slo__tp2_pp4_b32_tpot
 L  structure__use_tp2_pp4_b128
 L  memory__tp2_pp4_b128
 L  slo__tp2_pp4_b128_ttft
 L  slo__tp2_pp4_b128_tpot
 L  structure__use_tp2_pp4_b512
 L  memory__tp2_pp4_b512
 L  slo__tp2_pp4_b512_ttft
 L  slo__tp2_pp4_b512_tpot
 L  structure__use_tp2_pp8_b32
 L  memory__tp2_pp8_b32
 L  slo__tp2_pp8_b32_ttft
 L  slo__tp2_pp8_b32_tpot
 L  structure__use_tp2_pp8_b128
 L  memory__tp2_pp8_b128
 L  slo__tp2_pp8_b128_ttft
 L  slo__tp2_pp8_b128_tpot
 L  structure__use_tp2_pp8_b512
 L  memory__tp2_pp8_b512
 L  slo__tp2_pp8_b512_ttft
 L  slo__tp2_pp8_b512_tpot
 L  structure__use_tp4_pp1_b32
 L  memory__tp4_pp1_b32
 L  slo__tp4_pp1_b32_ttft
 L  slo__tp4_pp1_b32_tpot
 L  structure__use_tp4_pp1_b128
 L  memory__tp4_pp1_b128
 L  slo__tp4_pp1_b128_ttft
 L  slo__tp4_pp1_b128_tpot
 L  structure__use_tp4_pp1_b512
 L  memory__tp4_pp1_b512
 L  slo__tp4_pp1_b512_ttft
 L  slo__tp4_pp1_b512_tpot
 L  structure__use_tp4_pp2_b32
 L  memory__tp4_pp2_b32
 L  slo__tp4_pp2_b32_ttft
 L  slo__tp4_pp2_b32_tpot
 L  structure__use_tp4_pp2_b128
 L  memory__tp4_pp2_b128
 L  slo__tp4_pp2_b128_ttft
 L  slo__tp4_pp2_b128_tpot
 L  structure__use_tp4_pp2_b512
 L  memory__tp4_pp2_b512
 L  slo__tp4_pp2_b512_ttft
 L  slo__tp4_pp2_b512_tpot
 L  structure__use_tp4_pp4_b32
 L  memory__tp4_pp4_b32
 L  slo__tp4_pp4_b32_ttft
 L  slo__tp4_pp4_b32_tpot
 L  structure__use_tp4_pp4_b128
 L  memory__tp4_pp4_b128
 L  slo__tp4_pp4_b128_ttft
 L  slo__tp4_pp4_b128_tpot
 L  structure__use_tp4_pp4_b512
 L  memory__tp4_pp4_b512
 L  slo__tp4_pp4_b512_ttft
 L  slo__tp4_pp4_b512_tpot
 L  structure__use_tp4_pp6_b32
 L  memory__tp4_pp6_b32
 L  slo__tp4_pp6_b32_ttft
 L  slo__tp4_pp6_b32_tpot
 L  structure__use_tp4_pp6_b128
 L  memory__tp4_pp6_b128
 L  slo__tp4_pp6_b128_ttft
 L  slo__tp4_pp6_b128_tpot
 L  structure__use_tp4_pp6_b512
 L  memory__tp4_pp6_b512
 L  slo__tp4_pp6_b512_ttft
 L  slo__tp4_pp6_b512_tpot
 L  structure__use_tp4_pp8_b32
 L  memory__tp4_pp8_b32
 L  slo__tp4_pp8_b32_ttft
 L  slo__tp4_pp8_b32_tpot
 L  structure__use_tp4_pp8_b128
 L  memory__tp4_pp8_b128
 L  slo__tp4_pp8_b128_ttft
 L  slo__tp4_pp8_b128_tpot
 L  structure__use_tp4_pp8_b512
 L  memory__tp4_pp8_b512
 L  slo__tp4_pp8_b512_ttft
 L  slo__tp4_pp8_b512_tpot
 L  structure__use_tp8_pp1_b32
 L  memory__tp8_pp1_b32
 L  slo__tp8_pp1_b32_ttft
 L  slo__tp8_pp1_b32_tpot
 L  structure__use_tp8_pp1_b128
 L  memory__tp8_pp1_b128
 L  slo__tp8_pp1_b128_ttft
 L  slo__tp8_pp1_b128_tpot
 L  structure__use_tp8_pp1_b512
 L  memory__tp8_pp1_b512
 L  slo__tp8_pp1_b512_ttft
 L  slo__tp8_pp1_b512_tpot
 L  structure__use_tp8_pp2_b32
 L  memory__tp8_pp2_b32
 L  slo__tp8_pp2_b32_ttft
 L  slo__tp8_pp2_b32_tpot
 L  structure__use_tp8_pp2_b128
 L  memory__tp8_pp2_b128
 L  slo__tp8_pp2_b128_ttft
 L  slo__tp8_pp2_b128_tpot
 L  structure__use_tp8_pp2_b512
 L  memory__tp8_pp2_b512
 L  slo__tp8_pp2_b512_ttft
 L  slo__tp8_pp2_b512_tpot
 L  structure__use_tp8_pp3_b32
 L  memory__tp8_pp3_b32
 L  slo__tp8_pp3_b32_ttft
 L  slo__tp8_pp3_b32_tpot
 L  structure__use_tp8_pp3_b128
 L  memory__tp8_pp3_b128
 L  slo__tp8_pp3_b128_ttft
 L  slo__tp8_pp3_b128_tpot
 L  structure__use_tp8_pp3_b512
 L  memory__tp8_pp3_b512
 L  slo__tp8_pp3_b512_ttft
 L  slo__tp8_pp3_b512_tpot
 L  structure__use_tp8_pp4_b32
 L  memory__tp8_pp4_b32
 L  slo__tp8_pp4_b32_ttft
 L  slo__tp8_pp4_b32_tpot
 L  structure__use_tp8_pp4_b128
 L  memory__tp8_pp4_b128
 L  slo__tp8_pp4_b128_ttft
 L  slo__tp8_pp4_b128_tpot
 L  structure__use_tp8_pp4_b512
 L  memory__tp8_pp4_b512
 L  slo__tp8_pp4_b512_ttft
 L  slo__tp8_pp4_b512_tpot
 L  structure__use_tp8_pp5_b32
 L  memory__tp8_pp5_b32
 L  slo__tp8_pp5_b32_ttft
 L  slo__tp8_pp5_b32_tpot
 L  structure__use_tp8_pp5_b128
 L  memory__tp8_pp5_b128
 L  slo__tp8_pp5_b128_ttft
 L  slo__tp8_pp5_b128_tpot
 L  structure__use_tp8_pp5_b512
 L  memory__tp8_pp5_b512
 L  slo__tp8_pp5_b512_ttft
 L  slo__tp8_pp5_b512_tpot
 L  structure__use_tp8_pp6_b32
 L  memory__tp8_pp6_b32
 L  slo__tp8_pp6_b32_ttft
 L  slo__tp8_pp6_b32_tpot
 L  structure__use_tp8_pp6_b128
 L  memory__tp8_pp6_b128
 L  slo__tp8_pp6_b128_ttft
 L  slo__tp8_pp6_b128_tpot
 L  structure__use_tp8_pp6_b512
 L  memory__tp8_pp6_b512
 L  slo__tp8_pp6_b512_ttft
 L  slo__tp8_pp6_b512_tpot
 L  structure__use_tp8_pp7_b32
 L  memory__tp8_pp7_b32
 L  slo__tp8_pp7_b32_ttft
 L  slo__tp8_pp7_b32_tpot
 L  structure__use_tp8_pp7_b128
 L  memory__tp8_pp7_b128
 L  slo__tp8_pp7_b128_ttft
 L  slo__tp8_pp7_b128_tpot
 L  structure__use_tp8_pp7_b512
 L  memory__tp8_pp7_b512
 L  slo__tp8_pp7_b512_ttft
 L  slo__tp8_pp7_b512_tpot
 L  structure__use_tp8_pp8_b32
 L  memory__tp8_pp8_b32
 L  slo__tp8_pp8_b32_ttft
 L  slo__tp8_pp8_b32_tpot
 L  structure__use_tp8_pp8_b128
 L  memory__tp8_pp8_b128
 L  slo__tp8_pp8_b128_ttft
 L  slo__tp8_pp8_b128_tpot
 L  structure__use_tp8_pp8_b512
 L  memory__tp8_pp8_b512
 L  slo__tp8_pp8_b512_ttft
 L  slo__tp8_pp8_b512_tpot
 L  gpus__budget
 L  gpus__nodes
 L  structure__slots_g1
 L  structure__slots_g2
 L  structure__slots_g3
 L  structure__slots_g4
 L  structure__slots_g5
 L  structure__slots_g6
 L  structure__slots_g7
 L  structure__slots_g8
 G  structure__nonempty
COLUMNS
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp1_b128  structure__use_tp1_pp1_b128   1.000000000000e+00
    n_tp1_pp1_b128  gpus__budget   1.000000000000e+00
    n_tp1_pp1_b128  structure__slots_g1   1.000000000000e+00
    n_tp1_pp1_b128  structure__nonempty   1.000000000000e+00
    n_tp1_pp1_b128  OBJ        7.938881607707e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp1_b32  structure__use_tp1_pp1_b32   1.000000000000e+00
    n_tp1_pp1_b32  gpus__budget   1.000000000000e+00
    n_tp1_pp1_b32  structure__slots_g1   1.000000000000e+00
    n_tp1_pp1_b32  structure__nonempty   1.000000000000e+00
    n_tp1_pp1_b32  OBJ        3.340425531904e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp1_b512  structure__use_tp1_pp1_b512   1.000000000000e+00
    n_tp1_pp1_b512  gpus__budget   1.000000000000e+00
    n_tp1_pp1_b512  structure__slots_g1   1.000000000000e+00
    n_tp1_pp1_b512  structure__nonempty   1.000000000000e+00
    n_tp1_pp1_b512  OBJ        1.714894807021e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp2_b128  structure__use_tp1_pp2_b128   1.000000000000e+00
    n_tp1_pp2_b128  gpus__budget   2.000000000000e+00
    n_tp1_pp2_b128  structure__slots_g2   1.000000000000e+00
    n_tp1_pp2_b128  structure__nonempty   1.000000000000e+00
    n_tp1_pp2_b128  OBJ        1.766974132669e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp2_b32  structure__use_tp1_pp2_b32   1.000000000000e+00
    n_tp1_pp2_b32  gpus__budget   2.000000000000e+00
    n_tp1_pp2_b32  structure__slots_g2   1.000000000000e+00
    n_tp1_pp2_b32  structure__nonempty   1.000000000000e+00
    n_tp1_pp2_b32  OBJ        7.593526137303e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp2_b512  structure__use_tp1_pp2_b512   1.000000000000e+00
    n_tp1_pp2_b512  gpus__budget   2.000000000000e+00
    n_tp1_pp2_b512  structure__slots_g2   1.000000000000e+00
    n_tp1_pp2_b512  structure__nonempty   1.000000000000e+00
    n_tp1_pp2_b512  OBJ        4.183256256179e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp3_b128  structure__use_tp1_pp3_b128   1.000000000000e+00
    n_tp1_pp3_b128  gpus__budget   3.000000000000e+00
    n_tp1_pp3_b128  structure__slots_g3   1.000000000000e+00
    n_tp1_pp3_b128  structure__nonempty   1.000000000000e+00
    n_tp1_pp3_b128  OBJ        1.881365875455e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp3_b32  structure__use_tp1_pp3_b32   1.000000000000e+00
    n_tp1_pp3_b32  gpus__budget   3.000000000000e+00
    n_tp1_pp3_b32  structure__slots_g3   1.000000000000e+00
    n_tp1_pp3_b32  structure__nonempty   1.000000000000e+00
    n_tp1_pp3_b32  OBJ        8.022297376783e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp3_b512  structure__use_tp1_pp3_b512   1.000000000000e+00
    n_tp1_pp3_b512  gpus__budget   3.000000000000e+00
    n_tp1_pp3_b512  structure__slots_g3   1.000000000000e+00
    n_tp1_pp3_b512  structure__nonempty   1.000000000000e+00
    n_tp1_pp3_b512  OBJ        4.075299346316e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp4_b128  structure__use_tp1_pp4_b128   1.000000000000e+00
    n_tp1_pp4_b128  gpus__budget   4.000000000000e+00
    n_tp1_pp4_b128  structure__slots_g4   1.000000000000e+00
    n_tp1_pp4_b128  structure__nonempty   1.000000000000e+00
    n_tp1_pp4_b128  OBJ        2.290862576042e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp4_b32  structure__use_tp1_pp4_b32   1.000000000000e+00
    n_tp1_pp4_b32  gpus__budget   4.000000000000e+00
    n_tp1_pp4_b32  structure__slots_g4   1.000000000000e+00
    n_tp1_pp4_b32  structure__nonempty   1.000000000000e+00
    n_tp1_pp4_b32  OBJ        1.047492258781e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp4_b512  structure__use_tp1_pp4_b512   1.000000000000e+00
    n_tp1_pp4_b512  gpus__budget   4.000000000000e+00
    n_tp1_pp4_b512  structure__slots_g4   1.000000000000e+00
    n_tp1_pp4_b512  structure__nonempty   1.000000000000e+00
    n_tp1_pp4_b512  OBJ        5.111008793276e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp5_b128  structure__use_tp1_pp5_b128   1.000000000000e+00
    n_tp1_pp5_b128  gpus__budget   5.000000000000e+00
    n_tp1_pp5_b128  structure__slots_g5   1.000000000000e+00
    n_tp1_pp5_b128  structure__nonempty   1.000000000000e+00
    n_tp1_pp5_b128  OBJ        3.348536117209e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp5_b32  structure__use_tp1_pp5_b32   1.000000000000e+00
    n_tp1_pp5_b32  gpus__budget   5.000000000000e+00
    n_tp1_pp5_b32  structure__slots_g5   1.000000000000e+00
    n_tp1_pp5_b32  structure__nonempty   1.000000000000e+00
    n_tp1_pp5_b32  OBJ        1.463706201906e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp5_b512  structure__use_tp1_pp5_b512   1.000000000000e+00
    n_tp1_pp5_b512  gpus__budget   5.000000000000e+00
    n_tp1_pp5_b512  structure__slots_g5   1.000000000000e+00
    n_tp1_pp5_b512  structure__nonempty   1.000000000000e+00
    n_tp1_pp5_b512  OBJ        7.538072244905e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp6_b128  structure__use_tp1_pp6_b128   1.000000000000e+00
    n_tp1_pp6_b128  gpus__budget   6.000000000000e+00
    n_tp1_pp6_b128  structure__slots_g6   1.000000000000e+00
    n_tp1_pp6_b128  structure__nonempty   1.000000000000e+00
    n_tp1_pp6_b128  OBJ        5.084559804619e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp6_b32  structure__use_tp1_pp6_b32   1.000000000000e+00
    n_tp1_pp6_b32  gpus__budget   6.000000000000e+00
    n_tp1_pp6_b32  structure__slots_g6   1.000000000000e+00
    n_tp1_pp6_b32  structure__nonempty   1.000000000000e+00
    n_tp1_pp6_b32  OBJ        2.166861050124e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp6_b512  structure__use_tp1_pp6_b512   1.000000000000e+00
    n_tp1_pp6_b512  gpus__budget   6.000000000000e+00
    n_tp1_pp6_b512  structure__slots_g6   1.000000000000e+00
    n_tp1_pp6_b512  structure__nonempty   1.000000000000e+00
    n_tp1_pp6_b512  OBJ        1.197500366236e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp7_b128  structure__use_tp1_pp7_b128   1.000000000000e+00
    n_tp1_pp7_b128  gpus__budget   7.000000000000e+00
    n_tp1_pp7_b128  structure__slots_g7   1.000000000000e+00
    n_tp1_pp7_b128  structure__nonempty   1.000000000000e+00
    n_tp1_pp7_b128  OBJ        4.370478865749e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp7_b32  structure__use_tp1_pp7_b32   1.000000000000e+00
    n_tp1_pp7_b32  gpus__budget   7.000000000000e+00
    n_tp1_pp7_b32  structure__slots_g7   1.000000000000e+00
    n_tp1_pp7_b32  structure__nonempty   1.000000000000e+00
    n_tp1_pp7_b32  OBJ        1.933892035655e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp7_b512  structure__use_tp1_pp7_b512   1.000000000000e+00
    n_tp1_pp7_b512  gpus__budget   7.000000000000e+00
    n_tp1_pp7_b512  structure__slots_g7   1.000000000000e+00
    n_tp1_pp7_b512  structure__nonempty   1.000000000000e+00
    n_tp1_pp7_b512  OBJ        1.016658688482e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp8_b128  structure__use_tp1_pp8_b128   1.000000000000e+00
    n_tp1_pp8_b128  gpus__budget   8.000000000000e+00
    n_tp1_pp8_b128  structure__slots_g8   1.000000000000e+00
    n_tp1_pp8_b128  structure__nonempty   1.000000000000e+00
    n_tp1_pp8_b128  OBJ        6.748731311030e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp8_b32  structure__use_tp1_pp8_b32   1.000000000000e+00
    n_tp1_pp8_b32  gpus__budget   8.000000000000e+00
    n_tp1_pp8_b32  structure__slots_g8   1.000000000000e+00
    n_tp1_pp8_b32  structure__nonempty   1.000000000000e+00
    n_tp1_pp8_b32  OBJ        2.703113814784e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp8_b512  structure__use_tp1_pp8_b512   1.000000000000e+00
    n_tp1_pp8_b512  gpus__budget   8.000000000000e+00
    n_tp1_pp8_b512  structure__slots_g8   1.000000000000e+00
    n_tp1_pp8_b512  structure__nonempty   1.000000000000e+00
    n_tp1_pp8_b512  OBJ        1.508608640803e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp1_b128  structure__use_tp2_pp1_b128   1.000000000000e+00
    n_tp2_pp1_b128  gpus__budget   2.000000000000e+00
    n_tp2_pp1_b128  structure__slots_g2   1.000000000000e+00
    n_tp2_pp1_b128  structure__nonempty   1.000000000000e+00
    n_tp2_pp1_b128  OBJ        1.169049658462e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp1_b32  structure__use_tp2_pp1_b32   1.000000000000e+00
    n_tp2_pp1_b32  gpus__budget   2.000000000000e+00
    n_tp2_pp1_b32  structure__slots_g2   1.000000000000e+00
    n_tp2_pp1_b32  structure__nonempty   1.000000000000e+00
    n_tp2_pp1_b32  OBJ        5.088537109554e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp1_b512  structure__use_tp2_pp1_b512   1.000000000000e+00
    n_tp2_pp1_b512  gpus__budget   2.000000000000e+00
    n_tp2_pp1_b512  structure__slots_g2   1.000000000000e+00
    n_tp2_pp1_b512  structure__nonempty   1.000000000000e+00
    n_tp2_pp1_b512  OBJ        2.707991219535e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp2_b128  structure__use_tp2_pp2_b128   1.000000000000e+00
    n_tp2_pp2_b128  gpus__budget   4.000000000000e+00
    n_tp2_pp2_b128  structure__slots_g4   1.000000000000e+00
    n_tp2_pp2_b128  structure__nonempty   1.000000000000e+00
    n_tp2_pp2_b128  OBJ        2.665836878076e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp2_b32  structure__use_tp2_pp2_b32   1.000000000000e+00
    n_tp2_pp2_b32  gpus__budget   4.000000000000e+00
    n_tp2_pp2_b32  structure__slots_g4   1.000000000000e+00
    n_tp2_pp2_b32  structure__nonempty   1.000000000000e+00
    n_tp2_pp2_b32  OBJ        1.270188418516e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp2_b512  structure__use_tp2_pp2_b512   1.000000000000e+00
    n_tp2_pp2_b512  gpus__budget   4.000000000000e+00
    n_tp2_pp2_b512  structure__slots_g4   1.000000000000e+00
    n_tp2_pp2_b512  structure__nonempty   1.000000000000e+00
    n_tp2_pp2_b512  OBJ        6.570587499998e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp3_b128  structure__use_tp2_pp3_b128   1.000000000000e+00
    n_tp2_pp3_b128  gpus__budget   6.000000000000e+00
    n_tp2_pp3_b128  structure__slots_g6   1.000000000000e+00
    n_tp2_pp3_b128  structure__nonempty   1.000000000000e+00
    n_tp2_pp3_b128  OBJ        4.052568263971e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp3_b32  structure__use_tp2_pp3_b32   1.000000000000e+00
    n_tp2_pp3_b32  gpus__budget   6.000000000000e+00
    n_tp2_pp3_b32  structure__slots_g6   1.000000000000e+00
    n_tp2_pp3_b32  structure__nonempty   1.000000000000e+00
    n_tp2_pp3_b32  OBJ        1.792860084695e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp3_b512  structure__use_tp2_pp3_b512   1.000000000000e+00
    n_tp2_pp3_b512  gpus__budget   6.000000000000e+00
    n_tp2_pp3_b512  structure__slots_g6   1.000000000000e+00
    n_tp2_pp3_b512  structure__nonempty   1.000000000000e+00
    n_tp2_pp3_b512  OBJ        1.000133674250e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp4_b128  structure__use_tp2_pp4_b128   1.000000000000e+00
    n_tp2_pp4_b128  gpus__budget   8.000000000000e+00
    n_tp2_pp4_b128  structure__slots_g8   1.000000000000e+00
    n_tp2_pp4_b128  structure__nonempty   1.000000000000e+00
    n_tp2_pp4_b128  OBJ        6.146335656594e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp4_b32  structure__use_tp2_pp4_b32   1.000000000000e+00
    n_tp2_pp4_b32  gpus__budget   8.000000000000e+00
    n_tp2_pp4_b32  structure__slots_g8   1.000000000000e+00
    n_tp2_pp4_b32  structure__nonempty   1.000000000000e+00
    n_tp2_pp4_b32  OBJ        2.902103524506e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp4_b512  structure__use_tp2_pp4_b512   1.000000000000e+00
    n_tp2_pp4_b512  gpus__budget   8.000000000000e+00
    n_tp2_pp4_b512  structure__slots_g8   1.000000000000e+00
    n_tp2_pp4_b512  structure__nonempty   1.000000000000e+00
    n_tp2_pp4_b512  OBJ        1.524686239408e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp8_b128  structure__use_tp2_pp8_b128   1.000000000000e+00
    n_tp2_pp8_b128  gpus__budget   1.600000000000e+01
    n_tp2_pp8_b128  gpus__nodes   1.600000000000e+01
    n_tp2_pp8_b128  structure__nonempty   1.000000000000e+00
    n_tp2_pp8_b128  OBJ        1.246965861588e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp8_b32  structure__use_tp2_pp8_b32   1.000000000000e+00
    n_tp2_pp8_b32  gpus__budget   1.600000000000e+01
    n_tp2_pp8_b32  gpus__nodes   1.600000000000e+01
    n_tp2_pp8_b32  structure__nonempty   1.000000000000e+00
    n_tp2_pp8_b32  OBJ        4.967061772036e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp8_b512  structure__use_tp2_pp8_b512   1.000000000000e+00
    n_tp2_pp8_b512  gpus__budget   1.600000000000e+01
    n_tp2_pp8_b512  gpus__nodes   1.600000000000e+01
    n_tp2_pp8_b512  structure__nonempty   1.000000000000e+00
    n_tp2_pp8_b512  OBJ        2.650658491742e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp4_pp1_b128  structure__use_tp4_pp1_b128   1.000000000000e+00
    n_tp4_pp1_b128  gpus__budget   4.000000000000e+00
    n_tp4_pp1_b128  structure__slots_g4   1.000000000000e+00
    n_tp4_pp1_b128  structure__nonempty   1.000000000000e+00
    n_tp4_pp1_b128  OBJ        2.819405687137e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp4_pp1_b32  structure__use_tp4_pp1_b32   1.000000000000e+00
    n_tp4_pp1_b32  gpus__budget   4.000000000000e+00
    n_tp4_pp1_b32  structure__slots_g4   1.000000000000e+00
    n_tp4_pp1_b32  structure__nonempty   1.000000000000e+00
    n_tp4_pp1_b32  OBJ        1.311226639057e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp4_pp1_b512  structure__use_tp4_pp1_b512   1.000000000000e+00
    n_tp4_pp1_b512  gpus__budget   4.000000000000e+00
    n_tp4_pp1_b512  structure__slots_g4   1.000000000000e+00
    n_tp4_pp1_b512  structure__nonempty   1.000000000000e+00
    n_tp4_pp1_b512  OBJ        6.935436668220e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp4_pp2_b128  structure__use_tp4_pp2_b128   1.000000000000e+00
    n_tp4_pp2_b128  gpus__budget   8.000000000000e+00
    n_tp4_pp2_b128  structure__slots_g8   1.000000000000e+00
    n_tp4_pp2_b128  structure__nonempty   1.000000000000e+00
    n_tp4_pp2_b128  OBJ        7.112912675829e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp4_pp2_b32  structure__use_tp4_pp2_b32   1.000000000000e+00
    n_tp4_pp2_b32  gpus__budget   8.000000000000e+00
    n_tp4_pp2_b32  structure__slots_g8   1.000000000000e+00
    n_tp4_pp2_b32  structure__nonempty   1.000000000000e+00
    n_tp4_pp2_b32  OBJ        3.072785262538e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp4_pp2_b512  structure__use_tp4_pp2_b512   1.000000000000e+00
    n_tp4_pp2_b512  gpus__budget   8.000000000000e+00
    n_tp4_pp2_b512  structure__slots_g8   1.000000000000e+00
    n_tp4_pp2_b512  structure__nonempty   1.000000000000e+00
    n_tp4_pp2_b512  OBJ        1.612973921898e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp4_pp4_b128  structure__use_tp4_pp4_b128   1.000000000000e+00
    n_tp4_pp4_b128  gpus__budget   1.600000000000e+01
    n_tp4_pp4_b128  gpus__nodes   1.600000000000e+01
    n_tp4_pp4_b128  structure__nonempty   1.000000000000e+00
    n_tp4_pp4_b128  OBJ        1.005149248953e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp4_pp4_b32  structure__use_tp4_pp4_b32   1.000000000000e+00
    n_tp4_pp4_b32  gpus__budget   1.600000000000e+01
    n_tp4_pp4_b32  gpus__nodes   1.600000000000e+01
    n_tp4_pp4_b32  structure__nonempty   1.000000000000e+00
    n_tp4_pp4_b32  OBJ        4.507818980253e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp4_pp4_b512  structure__use_tp4_pp4_b512   1.000000000000e+00
    n_tp4_pp4_b512  gpus__budget   1.600000000000e+01
    n_tp4_pp4_b512  gpus__nodes   1.600000000000e+01
    n_tp4_pp4_b512  structure__nonempty   1.000000000000e+00
    n_tp4_pp4_b512  OBJ        2.234282687211e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp4_pp6_b128  structure__use_tp4_pp6_b128   1.000000000000e+00
    n_tp4_pp6_b128  gpus__budget   2.400000000000e+01
    n_tp4_pp6_b128  gpus__nodes   2.400000000000e+01
    n_tp4_pp6_b128  structure__nonempty   1.000000000000e+00
    n_tp4_pp6_b128  OBJ        2.159675575733e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp4_pp6_b32  structure__use_tp4_pp6_b32   1.000000000000e+00
    n_tp4_pp6_b32  gpus__budget   2.400000000000e+01
    n_tp4_pp6_b32  gpus__nodes   2.400000000000e+01
    n_tp4_pp6_b32  structure__nonempty   1.000000000000e+00
    n_tp4_pp6_b32  OBJ        8.752484792724e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp4_pp6_b512  structure__use_tp4_pp6_b512   1.000000000000e+00
    n_tp4_pp6_b512  gpus__budget   2.400000000000e+01
    n_tp4_pp6_b512  gpus__nodes   2.400000000000e+01
    n_tp4_pp6_b512  structure__nonempty   1.000000000000e+00
    n_tp4_pp6_b512  OBJ        4.632020862412e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp4_pp8_b128  structure__use_tp4_pp8_b128   1.000000000000e+00
    n_tp4_pp8_b128  gpus__budget   3.200000000000e+01
    n_tp4_pp8_b128  gpus__nodes   3.200000000000e+01
    n_tp4_pp8_b128  structure__nonempty   1.000000000000e+00
    n_tp4_pp8_b128  OBJ        2.020296839644e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp4_pp8_b32  structure__use_tp4_pp8_b32   1.000000000000e+00
    n_tp4_pp8_b32  gpus__budget   3.200000000000e+01
    n_tp4_pp8_b32  gpus__nodes   3.200000000000e+01
    n_tp4_pp8_b32  structure__nonempty   1.000000000000e+00
    n_tp4_pp8_b32  OBJ        8.562333398013e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp4_pp8_b512  structure__use_tp4_pp8_b512   1.000000000000e+00
    n_tp4_pp8_b512  gpus__budget   3.200000000000e+01
    n_tp4_pp8_b512  gpus__nodes   3.200000000000e+01
    n_tp4_pp8_b512  structure__nonempty   1.000000000000e+00
    n_tp4_pp8_b512  OBJ        4.418406222317e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp1_b128  structure__use_tp8_pp1_b128   1.000000000000e+00
    n_tp8_pp1_b128  gpus__budget   8.000000000000e+00
    n_tp8_pp1_b128  structure__slots_g8   1.000000000000e+00
    n_tp8_pp1_b128  structure__nonempty   1.000000000000e+00
    n_tp8_pp1_b128  OBJ        6.042758242658e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp1_b32  structure__use_tp8_pp1_b32   1.000000000000e+00
    n_tp8_pp1_b32  gpus__budget   8.000000000000e+00
    n_tp8_pp1_b32  structure__slots_g8   1.000000000000e+00
    n_tp8_pp1_b32  structure__nonempty   1.000000000000e+00
    n_tp8_pp1_b32  OBJ        2.542826095474e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp1_b512  structure__use_tp8_pp1_b512   1.000000000000e+00
    n_tp8_pp1_b512  gpus__budget   8.000000000000e+00
    n_tp8_pp1_b512  structure__slots_g8   1.000000000000e+00
    n_tp8_pp1_b512  structure__nonempty   1.000000000000e+00
    n_tp8_pp1_b512  OBJ        1.444224635366e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp2_b128  structure__use_tp8_pp2_b128   1.000000000000e+00
    n_tp8_pp2_b128  gpus__budget   1.600000000000e+01
    n_tp8_pp2_b128  gpus__nodes   1.600000000000e+01
    n_tp8_pp2_b128  structure__nonempty   1.000000000000e+00
    n_tp8_pp2_b128  OBJ        1.176831327010e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp2_b32  structure__use_tp8_pp2_b32   1.000000000000e+00
    n_tp8_pp2_b32  gpus__budget   1.600000000000e+01
    n_tp8_pp2_b32  gpus__nodes   1.600000000000e+01
    n_tp8_pp2_b32  structure__nonempty   1.000000000000e+00
    n_tp8_pp2_b32  OBJ        5.469356066937e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp2_b512  structure__use_tp8_pp2_b512   1.000000000000e+00
    n_tp8_pp2_b512  gpus__budget   1.600000000000e+01
    n_tp8_pp2_b512  gpus__nodes   1.600000000000e+01
    n_tp8_pp2_b512  structure__nonempty   1.000000000000e+00
    n_tp8_pp2_b512  OBJ        2.691441930521e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp3_b128  structure__use_tp8_pp3_b128   1.000000000000e+00
    n_tp8_pp3_b128  gpus__budget   2.400000000000e+01
    n_tp8_pp3_b128  gpus__nodes   2.400000000000e+01
    n_tp8_pp3_b128  structure__nonempty   1.000000000000e+00
    n_tp8_pp3_b128  OBJ        1.762110463158e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp3_b32  structure__use_tp8_pp3_b32   1.000000000000e+00
    n_tp8_pp3_b32  gpus__budget   2.400000000000e+01
    n_tp8_pp3_b32  gpus__nodes   2.400000000000e+01
    n_tp8_pp3_b32  structure__nonempty   1.000000000000e+00
    n_tp8_pp3_b32  OBJ        7.915056884287e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp3_b512  structure__use_tp8_pp3_b512   1.000000000000e+00
    n_tp8_pp3_b512  gpus__budget   2.400000000000e+01
    n_tp8_pp3_b512  gpus__nodes   2.400000000000e+01
    n_tp8_pp3_b512  structure__nonempty   1.000000000000e+00
    n_tp8_pp3_b512  OBJ        4.058261969393e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp4_b128  structure__use_tp8_pp4_b128   1.000000000000e+00
    n_tp8_pp4_b128  gpus__budget   3.200000000000e+01
    n_tp8_pp4_b128  gpus__nodes   3.200000000000e+01
    n_tp8_pp4_b128  structure__nonempty   1.000000000000e+00
    n_tp8_pp4_b128  OBJ        2.751132493123e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp4_b32  structure__use_tp8_pp4_b32   1.000000000000e+00
    n_tp8_pp4_b32  gpus__budget   3.200000000000e+01
    n_tp8_pp4_b32  gpus__nodes   3.200000000000e+01
    n_tp8_pp4_b32  structure__nonempty   1.000000000000e+00
    n_tp8_pp4_b32  OBJ        1.178756385924e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp4_b512  structure__use_tp8_pp4_b512   1.000000000000e+00
    n_tp8_pp4_b512  gpus__budget   3.200000000000e+01
    n_tp8_pp4_b512  gpus__nodes   3.200000000000e+01
    n_tp8_pp4_b512  structure__nonempty   1.000000000000e+00
    n_tp8_pp4_b512  OBJ        6.232366021778e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp5_b128  structure__use_tp8_pp5_b128   1.000000000000e+00
    n_tp8_pp5_b128  gpus__budget   4.000000000000e+01
    n_tp8_pp5_b128  gpus__nodes   4.000000000000e+01
    n_tp8_pp5_b128  structure__nonempty   1.000000000000e+00
    n_tp8_pp5_b128  OBJ        3.024308344025e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp5_b32  structure__use_tp8_pp5_b32   1.000000000000e+00
    n_tp8_pp5_b32  gpus__budget   4.000000000000e+01
    n_tp8_pp5_b32  gpus__nodes   4.000000000000e+01
    n_tp8_pp5_b32  structure__nonempty   1.000000000000e+00
    n_tp8_pp5_b32  OBJ        1.363819996142e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp5_b512  structure__use_tp8_pp5_b512   1.000000000000e+00
    n_tp8_pp5_b512  gpus__budget   4.000000000000e+01
    n_tp8_pp5_b512  gpus__nodes   4.000000000000e+01
    n_tp8_pp5_b512  structure__nonempty   1.000000000000e+00
    n_tp8_pp5_b512  OBJ        6.887609707757e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp6_b128  structure__use_tp8_pp6_b128   1.000000000000e+00
    n_tp8_pp6_b128  gpus__budget   4.800000000000e+01
    n_tp8_pp6_b128  gpus__nodes   4.800000000000e+01
    n_tp8_pp6_b128  structure__nonempty   1.000000000000e+00
    n_tp8_pp6_b128  OBJ        4.430599855409e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp6_b32  structure__use_tp8_pp6_b32   1.000000000000e+00
    n_tp8_pp6_b32  gpus__budget   4.800000000000e+01
    n_tp8_pp6_b32  gpus__nodes   4.800000000000e+01
    n_tp8_pp6_b32  structure__nonempty   1.000000000000e+00
    n_tp8_pp6_b32  OBJ        1.826582506916e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp6_b512  structure__use_tp8_pp6_b512   1.000000000000e+00
    n_tp8_pp6_b512  gpus__budget   4.800000000000e+01
    n_tp8_pp6_b512  gpus__nodes   4.800000000000e+01
    n_tp8_pp6_b512  structure__nonempty   1.000000000000e+00
    n_tp8_pp6_b512  OBJ        9.961110249132e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp7_b128  structure__use_tp8_pp7_b128   1.000000000000e+00
    n_tp8_pp7_b128  gpus__budget   5.600000000000e+01
    n_tp8_pp7_b128  gpus__nodes   5.600000000000e+01
    n_tp8_pp7_b128  structure__nonempty   1.000000000000e+00
    n_tp8_pp7_b128  OBJ        5.004758603111e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp7_b32  structure__use_tp8_pp7_b32   1.000000000000e+00
    n_tp8_pp7_b32  gpus__budget   5.600000000000e+01
    n_tp8_pp7_b32  gpus__nodes   5.600000000000e+01
    n_tp8_pp7_b32  structure__nonempty   1.000000000000e+00
    n_tp8_pp7_b32  OBJ        2.175327298347e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp7_b512  structure__use_tp8_pp7_b512   1.000000000000e+00
    n_tp8_pp7_b512  gpus__budget   5.600000000000e+01
    n_tp8_pp7_b512  gpus__nodes   5.600000000000e+01
    n_tp8_pp7_b512  structure__nonempty   1.000000000000e+00
    n_tp8_pp7_b512  OBJ        1.076614640007e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp8_b128  structure__use_tp8_pp8_b128   1.000000000000e+00
    n_tp8_pp8_b128  gpus__budget   6.400000000000e+01
    n_tp8_pp8_b128  gpus__nodes   6.400000000000e+01
    n_tp8_pp8_b128  structure__nonempty   1.000000000000e+00
    n_tp8_pp8_b128  OBJ        3.910182986954e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp8_b32  structure__use_tp8_pp8_b32   1.000000000000e+00
    n_tp8_pp8_b32  gpus__budget   6.400000000000e+01
    n_tp8_pp8_b32  gpus__nodes   6.400000000000e+01
    n_tp8_pp8_b32  structure__nonempty   1.000000000000e+00
    n_tp8_pp8_b32  OBJ        1.819347836687e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp8_b512  structure__use_tp8_pp8_b512   1.000000000000e+00
    n_tp8_pp8_b512  gpus__budget   6.400000000000e+01
    n_tp8_pp8_b512  gpus__nodes   6.400000000000e+01
    n_tp8_pp8_b512  structure__nonempty   1.000000000000e+00
    n_tp8_pp8_b512  OBJ        9.398901371591e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p0      gpus__nodes   8.000000000000e+00
    x_p0      structure__slots_g8  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p1      gpus__nodes   8.000000000000e+00
    x_p1      structure__slots_g4  -2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p10     gpus__nodes   8.000000000000e+00
    x_p10     structure__slots_g1  -1.000000000000e+00
    x_p10     structure__slots_g2  -2.000000000000e+00
    x_p10     structure__slots_g3  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p11     gpus__nodes   8.000000000000e+00
    x_p11     structure__slots_g1  -2.000000000000e+00
    x_p11     structure__slots_g6  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p12     gpus__nodes   8.000000000000e+00
    x_p12     structure__slots_g1  -2.000000000000e+00
    x_p12     structure__slots_g3  -2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p13     gpus__nodes   8.000000000000e+00
    x_p13     structure__slots_g1  -2.000000000000e+00
    x_p13     structure__slots_g2  -1.000000000000e+00
    x_p13     structure__slots_g4  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p14     gpus__nodes   8.000000000000e+00
    x_p14     structure__slots_g1  -2.000000000000e+00
    x_p14     structure__slots_g2  -3.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p15     gpus__nodes   8.000000000000e+00
    x_p15     structure__slots_g1  -3.000000000000e+00
    x_p15     structure__slots_g5  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p16     gpus__nodes   8.000000000000e+00
    x_p16     structure__slots_g1  -3.000000000000e+00
    x_p16     structure__slots_g2  -1.000000000000e+00
    x_p16     structure__slots_g3  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p17     gpus__nodes   8.000000000000e+00
    x_p17     structure__slots_g1  -4.000000000000e+00
    x_p17     structure__slots_g4  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p18     gpus__nodes   8.000000000000e+00
    x_p18     structure__slots_g1  -4.000000000000e+00
    x_p18     structure__slots_g2  -2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p19     gpus__nodes   8.000000000000e+00
    x_p19     structure__slots_g1  -5.000000000000e+00
    x_p19     structure__slots_g3  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p2      gpus__nodes   8.000000000000e+00
    x_p2      structure__slots_g3  -1.000000000000e+00
    x_p2      structure__slots_g5  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p20     gpus__nodes   8.000000000000e+00
    x_p20     structure__slots_g1  -6.000000000000e+00
    x_p20     structure__slots_g2  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p21     gpus__nodes   8.000000000000e+00
    x_p21     structure__slots_g1  -8.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p3      gpus__nodes   8.000000000000e+00
    x_p3      structure__slots_g2  -1.000000000000e+00
    x_p3      structure__slots_g6  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p4      gpus__nodes   8.000000000000e+00
    x_p4      structure__slots_g2  -1.000000000000e+00
    x_p4      structure__slots_g3  -2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p5      gpus__nodes   8.000000000000e+00
    x_p5      structure__slots_g2  -2.000000000000e+00
    x_p5      structure__slots_g4  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p6      gpus__nodes   8.000000000000e+00
    x_p6      structure__slots_g2  -4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p7      gpus__nodes   8.000000000000e+00
    x_p7      structure__slots_g1  -1.000000000000e+00
    x_p7      structure__slots_g7  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p8      gpus__nodes   8.000000000000e+00
    x_p8      structure__slots_g1  -1.000000000000e+00
    x_p8      structure__slots_g3  -1.000000000000e+00
    x_p8      structure__slots_g4  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p9      gpus__nodes   8.000000000000e+00
    x_p9      structure__slots_g1  -1.000000000000e+00
    x_p9      structure__slots_g2  -1.000000000000e+00
    x_p9      structure__slots_g5  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp1_b128  structure__use_tp1_pp1_b128  -6.400000000000e+01
    y_tp1_pp1_b128  memory__tp1_pp1_b128   1.521275201530e+02
    y_tp1_pp1_b128  slo__tp1_pp1_b128_ttft   1.613424977810e+00
    y_tp1_pp1_b128  slo__tp1_pp1_b128_tpot   1.697739067466e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp1_b32  structure__use_tp1_pp1_b32  -6.400000000000e+01
    y_tp1_pp1_b32  memory__tp1_pp1_b32   1.419012014996e+02
    y_tp1_pp1_b32  slo__tp1_pp1_b32_ttft   2.429718523742e-01
    y_tp1_pp1_b32  slo__tp1_pp1_b32_tpot   1.380408907845e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp1_b512  structure__use_tp1_pp1_b512  -6.400000000000e+01
    y_tp1_pp1_b512  memory__tp1_pp1_b512   1.922176756261e+02
    y_tp1_pp1_b512  slo__tp1_pp1_b512_ttft   2.873224957942e-01
    y_tp1_pp1_b512  slo__tp1_pp1_b512_tpot   1.832276437503e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp2_b128  structure__use_tp1_pp2_b128  -3.200000000000e+01
    y_tp1_pp2_b128  memory__tp1_pp2_b128   7.687412463467e+01
    y_tp1_pp2_b128  slo__tp1_pp2_b128_ttft   1.800001289851e+00
    y_tp1_pp2_b128  slo__tp1_pp2_b128_tpot   8.292921479625e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp2_b32  structure__use_tp1_pp2_b32  -3.200000000000e+01
    y_tp1_pp2_b32  memory__tp1_pp2_b32   7.209963404895e+01
    y_tp1_pp2_b32  slo__tp1_pp2_b32_ttft   1.298986775114e+00
    y_tp1_pp2_b32  slo__tp1_pp2_b32_tpot   2.471365252163e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp2_b512  structure__use_tp1_pp2_b512  -3.200000000000e+01
    y_tp1_pp2_b512  memory__tp1_pp2_b512   9.552495492897e+01
    y_tp1_pp2_b512  slo__tp1_pp2_b512_ttft   1.891194118296e+00
    y_tp1_pp2_b512  slo__tp1_pp2_b512_tpot   1.745738134199e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp3_b128  structure__use_tp1_pp3_b128  -2.100000000000e+01
    y_tp1_pp3_b128  memory__tp1_pp3_b128   5.147157342215e+01
    y_tp1_pp3_b128  slo__tp1_pp3_b128_ttft   1.685977559897e+00
    y_tp1_pp3_b128  slo__tp1_pp3_b128_tpot   7.319442909446e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp3_b32  structure__use_tp1_pp3_b32  -2.100000000000e+01
    y_tp1_pp3_b32  memory__tp1_pp3_b32   4.881973605983e+01
    y_tp1_pp3_b32  slo__tp1_pp3_b32_ttft   1.006628876453e+00
    y_tp1_pp3_b32  slo__tp1_pp3_b32_tpot   9.076747993134e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp3_b512  structure__use_tp1_pp3_b512  -2.100000000000e+01
    y_tp1_pp3_b512  memory__tp1_pp3_b512   6.254410713925e+01
    y_tp1_pp3_b512  slo__tp1_pp3_b512_ttft   2.514713315212e+00
    y_tp1_pp3_b512  slo__tp1_pp3_b512_tpot   7.770309464201e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp4_b128  structure__use_tp1_pp4_b128  -1.600000000000e+01
    y_tp1_pp4_b128  memory__tp1_pp4_b128   3.886462194586e+01
    y_tp1_pp4_b128  slo__tp1_pp4_b128_ttft   1.370882353288e+00
    y_tp1_pp4_b128  slo__tp1_pp4_b128_tpot   1.479210725702e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp4_b32  structure__use_tp1_pp4_b32  -1.600000000000e+01
    y_tp1_pp4_b32  memory__tp1_pp4_b32   3.719018431256e+01
    y_tp1_pp4_b32  slo__tp1_pp4_b32_ttft   8.223605517817e-01
    y_tp1_pp4_b32  slo__tp1_pp4_b32_tpot   1.471674108233e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp4_b512  structure__use_tp1_pp4_b512  -1.600000000000e+01
    y_tp1_pp4_b512  memory__tp1_pp4_b512   4.746767487790e+01
    y_tp1_pp4_b512  slo__tp1_pp4_b512_ttft   7.161339157241e-01
    y_tp1_pp4_b512  slo__tp1_pp4_b512_tpot   4.905813958002e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp5_b128  structure__use_tp1_pp5_b128  -1.200000000000e+01
    y_tp1_pp5_b128  memory__tp1_pp5_b128   3.220766563611e+01
    y_tp1_pp5_b128  slo__tp1_pp5_b128_ttft   1.344980602261e+00
    y_tp1_pp5_b128  slo__tp1_pp5_b128_tpot   1.728480027563e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp5_b32  structure__use_tp1_pp5_b32  -1.200000000000e+01
    y_tp1_pp5_b32  memory__tp1_pp5_b32   3.001676835829e+01
    y_tp1_pp5_b32  slo__tp1_pp5_b32_ttft   2.649494087317e+00
    y_tp1_pp5_b32  slo__tp1_pp5_b32_tpot   7.333778054035e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp5_b512  structure__use_tp1_pp5_b512  -1.200000000000e+01
    y_tp1_pp5_b512  memory__tp1_pp5_b512   3.916915486951e+01
    y_tp1_pp5_b512  slo__tp1_pp5_b512_ttft   2.787250913612e+00
    y_tp1_pp5_b512  slo__tp1_pp5_b512_tpot   2.292781717369e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp6_b128  structure__use_tp1_pp6_b128  -1.000000000000e+01
    y_tp1_pp6_b128  memory__tp1_pp6_b128   2.717682183932e+01
    y_tp1_pp6_b128  slo__tp1_pp6_b128_ttft   4.988248465304e-01
    y_tp1_pp6_b128  slo__tp1_pp6_b128_tpot   1.373198809395e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp6_b32  structure__use_tp1_pp6_b32  -1.000000000000e+01
    y_tp1_pp6_b32  memory__tp1_pp6_b32   2.541062793476e+01
    y_tp1_pp6_b32  slo__tp1_pp6_b32_ttft   2.243042821856e+00
    y_tp1_pp6_b32  slo__tp1_pp6_b32_tpot   8.049093825072e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp6_b512  structure__use_tp1_pp6_b512  -1.000000000000e+01
    y_tp1_pp6_b512  memory__tp1_pp6_b512   3.111417776885e+01
    y_tp1_pp6_b512  slo__tp1_pp6_b512_ttft   2.445464234638e+00
    y_tp1_pp6_b512  slo__tp1_pp6_b512_tpot   2.360509584139e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp7_b128  structure__use_tp1_pp7_b128  -9.000000000000e+00
    y_tp1_pp7_b128  memory__tp1_pp7_b128   2.357451813947e+01
    y_tp1_pp7_b128  slo__tp1_pp7_b128_ttft   8.919387079600e-01
    y_tp1_pp7_b128  slo__tp1_pp7_b128_tpot   1.073821692005e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp7_b32  structure__use_tp1_pp7_b32  -9.000000000000e+00
    y_tp1_pp7_b32  memory__tp1_pp7_b32   2.212560082288e+01
    y_tp1_pp7_b32  slo__tp1_pp7_b32_ttft   2.338171951612e+00
    y_tp1_pp7_b32  slo__tp1_pp7_b32_tpot   8.992325649976e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp7_b512  structure__use_tp1_pp7_b512  -9.000000000000e+00
    y_tp1_pp7_b512  memory__tp1_pp7_b512   2.702295620409e+01
    y_tp1_pp7_b512  slo__tp1_pp7_b512_ttft   2.103216108707e+00
    y_tp1_pp7_b512  slo__tp1_pp7_b512_tpot   1.590183818593e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp8_b128  structure__use_tp1_pp8_b128  -8.000000000000e+00
    y_tp1_pp8_b128  memory__tp1_pp8_b128   2.038416344505e+01
    y_tp1_pp8_b128  slo__tp1_pp8_b128_ttft   1.095205944891e+00
    y_tp1_pp8_b128  slo__tp1_pp8_b128_tpot   9.027205028178e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp8_b32  structure__use_tp1_pp8_b32  -8.000000000000e+00
    y_tp1_pp8_b32  memory__tp1_pp8_b32   1.959089494434e+01
    y_tp1_pp8_b32  slo__tp1_pp8_b32_ttft   1.533172680481e+00
    y_tp1_pp8_b32  slo__tp1_pp8_b32_tpot   1.547644218776e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp8_b512  structure__use_tp1_pp8_b512  -8.000000000000e+00
    y_tp1_pp8_b512  memory__tp1_pp8_b512   2.439817402267e+01
    y_tp1_pp8_b512  slo__tp1_pp8_b512_ttft   8.283568566453e-01
    y_tp1_pp8_b512  slo__tp1_pp8_b512_tpot   2.165048473384e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp1_b128  structure__use_tp2_pp1_b128  -3.200000000000e+01
    y_tp2_pp1_b128  memory__tp2_pp1_b128   7.633431317354e+01
    y_tp2_pp1_b128  slo__tp2_pp1_b128_ttft   2.327114524524e+00
    y_tp2_pp1_b128  slo__tp2_pp1_b128_tpot   1.211747678311e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp1_b32  structure__use_tp2_pp1_b32  -3.200000000000e+01
    y_tp2_pp1_b32  memory__tp2_pp1_b32   7.226460688533e+01
    y_tp2_pp1_b32  slo__tp2_pp1_b32_ttft   1.640635305650e+00
    y_tp2_pp1_b32  slo__tp2_pp1_b32_tpot   1.375269932724e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp1_b512  structure__use_tp2_pp1_b512  -3.200000000000e+01
    y_tp2_pp1_b512  memory__tp2_pp1_b512   9.429986768096e+01
    y_tp2_pp1_b512  slo__tp2_pp1_b512_ttft   1.744202924194e+00
    y_tp2_pp1_b512  slo__tp2_pp1_b512_tpot   2.081411537378e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp2_b128  structure__use_tp2_pp2_b128  -1.600000000000e+01
    y_tp2_pp2_b128  memory__tp2_pp2_b128   3.911203317374e+01
    y_tp2_pp2_b128  slo__tp2_pp2_b128_ttft   4.044380966307e-01
    y_tp2_pp2_b128  slo__tp2_pp2_b128_tpot   1.252867957730e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp2_b32  structure__use_tp2_pp2_b32  -1.600000000000e+01
    y_tp2_pp2_b32  memory__tp2_pp2_b32   3.697590326391e+01
    y_tp2_pp2_b32  slo__tp2_pp2_b32_ttft   2.339036328472e+00
    y_tp2_pp2_b32  slo__tp2_pp2_b32_tpot   8.059607039547e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp2_b512  structure__use_tp2_pp2_b512  -1.600000000000e+01
    y_tp2_pp2_b512  memory__tp2_pp2_b512   4.995253697535e+01
    y_tp2_pp2_b512  slo__tp2_pp2_b512_ttft   5.297244658792e-01
    y_tp2_pp2_b512  slo__tp2_pp2_b512_tpot   2.116034420342e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp3_b128  structure__use_tp2_pp3_b128  -1.000000000000e+01
    y_tp2_pp3_b128  memory__tp2_pp3_b128   2.712387631682e+01
    y_tp2_pp3_b128  slo__tp2_pp3_b128_ttft   2.491398649118e+00
    y_tp2_pp3_b128  slo__tp2_pp3_b128_tpot   1.029362746231e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp3_b32  structure__use_tp2_pp3_b32  -1.000000000000e+01
    y_tp2_pp3_b32  memory__tp2_pp3_b32   2.540285911299e+01
    y_tp2_pp3_b32  slo__tp2_pp3_b32_ttft   2.738802037034e+00
    y_tp2_pp3_b32  slo__tp2_pp3_b32_tpot   1.326154152822e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp3_b512  structure__use_tp2_pp3_b512  -1.000000000000e+01
    y_tp2_pp3_b512  memory__tp2_pp3_b512   3.203957857137e+01
    y_tp2_pp3_b512  slo__tp2_pp3_b512_ttft   6.750521852091e-01
    y_tp2_pp3_b512  slo__tp2_pp3_b512_tpot   2.148206054739e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp4_b128  structure__use_tp2_pp4_b128  -8.000000000000e+00
    y_tp2_pp4_b128  memory__tp2_pp4_b128   2.073170562521e+01
    y_tp2_pp4_b128  slo__tp2_pp4_b128_ttft   2.058008195302e+00
    y_tp2_pp4_b128  slo__tp2_pp4_b128_tpot   4.881083628321e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp4_b32  structure__use_tp2_pp4_b32  -8.000000000000e+00
    y_tp2_pp4_b32  memory__tp2_pp4_b32   1.961505289912e+01
    y_tp2_pp4_b32  slo__tp2_pp4_b32_ttft   2.145446108585e+00
    y_tp2_pp4_b32  slo__tp2_pp4_b32_tpot   1.448887660034e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp4_b512  structure__use_tp2_pp4_b512  -8.000000000000e+00
    y_tp2_pp4_b512  memory__tp2_pp4_b512   2.509521736844e+01
    y_tp2_pp4_b512  slo__tp2_pp4_b512_ttft   1.703673378808e+00
    y_tp2_pp4_b512  slo__tp2_pp4_b512_tpot   7.076725230707e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp8_b128  structure__use_tp2_pp8_b128  -4.000000000000e+00
    y_tp2_pp8_b128  memory__tp2_pp8_b128   1.134275756816e+01
    y_tp2_pp8_b128  slo__tp2_pp8_b128_ttft   1.031172254335e+00
    y_tp2_pp8_b128  slo__tp2_pp8_b128_tpot   5.203246522713e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp8_b32  structure__use_tp2_pp8_b32  -4.000000000000e+00
    y_tp2_pp8_b32  memory__tp2_pp8_b32   1.081157487391e+01
    y_tp2_pp8_b32  slo__tp2_pp8_b32_ttft   1.685628561185e+00
    y_tp2_pp8_b32  slo__tp2_pp8_b32_tpot   2.155028243466e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp8_b512  structure__use_tp2_pp8_b512  -4.000000000000e+00
    y_tp2_pp8_b512  memory__tp2_pp8_b512   1.356637145218e+01
    y_tp2_pp8_b512  slo__tp2_pp8_b512_ttft   1.765821858587e+00
    y_tp2_pp8_b512  slo__tp2_pp8_b512_tpot   2.321088495561e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp4_pp1_b128  structure__use_tp4_pp1_b128  -1.600000000000e+01
    y_tp4_pp1_b128  memory__tp4_pp1_b128   3.914664564803e+01
    y_tp4_pp1_b128  slo__tp4_pp1_b128_ttft   2.471158840914e+00
    y_tp4_pp1_b128  slo__tp4_pp1_b128_tpot   9.688730303813e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp4_pp1_b32  structure__use_tp4_pp1_b32  -1.600000000000e+01
    y_tp4_pp1_b32  memory__tp4_pp1_b32   3.701454130126e+01
    y_tp4_pp1_b32  slo__tp4_pp1_b32_ttft   1.208973502640e+00
    y_tp4_pp1_b32  slo__tp4_pp1_b32_tpot   2.970553758944e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp4_pp1_b512  structure__use_tp4_pp1_b512  -1.600000000000e+01
    y_tp4_pp1_b512  memory__tp4_pp1_b512   4.982131280820e+01
    y_tp4_pp1_b512  slo__tp4_pp1_b512_ttft   5.312478235272e-01
    y_tp4_pp1_b512  slo__tp4_pp1_b512_tpot   4.544821011943e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp4_pp2_b128  structure__use_tp4_pp2_b128  -8.000000000000e+00
    y_tp4_pp2_b128  memory__tp4_pp2_b128   2.061091466943e+01
    y_tp4_pp2_b128  slo__tp4_pp2_b128_ttft   1.519421637416e+00
    y_tp4_pp2_b128  slo__tp4_pp2_b128_tpot   1.468723528624e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp4_pp2_b32  structure__use_tp4_pp2_b32  -8.000000000000e+00
    y_tp4_pp2_b32  memory__tp4_pp2_b32   1.955325632391e+01
    y_tp4_pp2_b32  slo__tp4_pp2_b32_ttft   6.252128821108e-01
    y_tp4_pp2_b32  slo__tp4_pp2_b32_tpot   1.178952650719e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp4_pp2_b512  structure__use_tp4_pp2_b512  -8.000000000000e+00
    y_tp4_pp2_b512  memory__tp4_pp2_b512   2.425617931857e+01
    y_tp4_pp2_b512  slo__tp4_pp2_b512_ttft   2.301155554715e+00
    y_tp4_pp2_b512  slo__tp4_pp2_b512_tpot   1.326576675871e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp4_pp4_b128  structure__use_tp4_pp4_b128  -4.000000000000e+00
    y_tp4_pp4_b128  memory__tp4_pp4_b128   1.143601793966e+01
    y_tp4_pp4_b128  slo__tp4_pp4_b128_ttft   3.697030826694e-01
    y_tp4_pp4_b128  slo__tp4_pp4_b128_tpot   1.540106421234e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp4_pp4_b32  structure__use_tp4_pp4_b32  -4.000000000000e+00
    y_tp4_pp4_b32  memory__tp4_pp4_b32   1.079854102664e+01
    y_tp4_pp4_b32  slo__tp4_pp4_b32_ttft   1.451277291096e+00
    y_tp4_pp4_b32  slo__tp4_pp4_b32_tpot   1.380789805159e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp4_pp4_b512  structure__use_tp4_pp4_b512  -4.000000000000e+00
    y_tp4_pp4_b512  memory__tp4_pp4_b512   1.404599384043e+01
    y_tp4_pp4_b512  slo__tp4_pp4_b512_ttft   2.231095305399e+00
    y_tp4_pp4_b512  slo__tp4_pp4_b512_tpot   1.319623791437e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp4_pp6_b128  structure__use_tp4_pp6_b128  -2.000000000000e+00
    y_tp4_pp6_b128  memory__tp4_pp6_b128   8.158513060840e+00
    y_tp4_pp6_b128  slo__tp4_pp6_b128_ttft   1.142000671260e+00
    y_tp4_pp6_b128  slo__tp4_pp6_b128_tpot   8.824807767219e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp4_pp6_b32  structure__use_tp4_pp6_b32  -2.000000000000e+00
    y_tp4_pp6_b32  memory__tp4_pp6_b32   7.861254100332e+00
    y_tp4_pp6_b32  slo__tp4_pp6_b32_ttft   2.251802021633e+00
    y_tp4_pp6_b32  slo__tp4_pp6_b32_tpot   1.360089773215e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp4_pp6_b512  structure__use_tp4_pp6_b512  -2.000000000000e+00
    y_tp4_pp6_b512  memory__tp4_pp6_b512   9.579785910891e+00
    y_tp4_pp6_b512  slo__tp4_pp6_b512_ttft   2.007817942780e-01
    y_tp4_pp6_b512  slo__tp4_pp6_b512_tpot   1.863199525330e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp4_pp8_b128  structure__use_tp4_pp8_b128  -2.000000000000e+00
    y_tp4_pp8_b128  memory__tp4_pp8_b128   6.726691254299e+00
    y_tp4_pp8_b128  slo__tp4_pp8_b128_ttft   1.509560145922e+00
    y_tp4_pp8_b128  slo__tp4_pp8_b128_tpot   1.411678298270e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp4_pp8_b32  structure__use_tp4_pp8_b32  -2.000000000000e+00
    y_tp4_pp8_b32  memory__tp4_pp8_b32   6.399997211182e+00
    y_tp4_pp8_b32  slo__tp4_pp8_b32_ttft   2.752753639467e+00
    y_tp4_pp8_b32  slo__tp4_pp8_b32_tpot   1.424472624420e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp4_pp8_b512  structure__use_tp4_pp8_b512  -2.000000000000e+00
    y_tp4_pp8_b512  memory__tp4_pp8_b512   7.947978374872e+00
    y_tp4_pp8_b512  slo__tp4_pp8_b512_ttft   2.024078271761e+00
    y_tp4_pp8_b512  slo__tp4_pp8_b512_tpot   9.172409375466e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp1_b128  structure__use_tp8_pp1_b128  -8.000000000000e+00
    y_tp8_pp1_b128  memory__tp8_pp1_b128   2.068345900367e+01
    y_tp8_pp1_b128  slo__tp8_pp1_b128_ttft   5.189957164578e-01
    y_tp8_pp1_b128  slo__tp8_pp1_b128_tpot   1.695686033182e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp1_b32  structure__use_tp8_pp1_b32  -8.000000000000e+00
    y_tp8_pp1_b32  memory__tp8_pp1_b32   1.953810878139e+01
    y_tp8_pp1_b32  slo__tp8_pp1_b32_ttft   3.917266348343e-01
    y_tp8_pp1_b32  slo__tp8_pp1_b32_tpot   8.937160531445e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp1_b512  structure__use_tp8_pp1_b512  -8.000000000000e+00
    y_tp8_pp1_b512  memory__tp8_pp1_b512   2.586798003914e+01
    y_tp8_pp1_b512  slo__tp8_pp1_b512_ttft   1.716632122001e+00
    y_tp8_pp1_b512  slo__tp8_pp1_b512_tpot   3.844582638997e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp2_b128  structure__use_tp8_pp2_b128  -4.000000000000e+00
    y_tp8_pp2_b128  memory__tp8_pp2_b128   1.128567734224e+01
    y_tp8_pp2_b128  slo__tp8_pp2_b128_ttft   2.157929973651e+00
    y_tp8_pp2_b128  slo__tp8_pp2_b128_tpot   9.167855676768e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp2_b32  structure__use_tp8_pp2_b32  -4.000000000000e+00
    y_tp8_pp2_b32  memory__tp8_pp2_b32   1.077919055409e+01
    y_tp8_pp2_b32  slo__tp8_pp2_b32_ttft   2.314434647947e+00
    y_tp8_pp2_b32  slo__tp8_pp2_b32_tpot   1.645683610623e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp2_b512  structure__use_tp8_pp2_b512  -4.000000000000e+00
    y_tp8_pp2_b512  memory__tp8_pp2_b512   1.373736928460e+01
    y_tp8_pp2_b512  slo__tp8_pp2_b512_ttft   9.282142448529e-01
    y_tp8_pp2_b512  slo__tp8_pp2_b512_tpot   7.002968768484e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp3_b128  structure__use_tp8_pp3_b128  -2.000000000000e+00
    y_tp8_pp3_b128  memory__tp8_pp3_b128   8.244811340794e+00
    y_tp8_pp3_b128  slo__tp8_pp3_b128_ttft   1.143337072244e+00
    y_tp8_pp3_b128  slo__tp8_pp3_b128_tpot   7.445859361779e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp3_b32  structure__use_tp8_pp3_b32  -2.000000000000e+00
    y_tp8_pp3_b32  memory__tp8_pp3_b32   7.870393540732e+00
    y_tp8_pp3_b32  slo__tp8_pp3_b32_ttft   4.236323337586e-01
    y_tp8_pp3_b32  slo__tp8_pp3_b32_tpot   1.211322987680e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp3_b512  structure__use_tp8_pp3_b512  -2.000000000000e+00
    y_tp8_pp3_b512  memory__tp8_pp3_b512   9.660599369219e+00
    y_tp8_pp3_b512  slo__tp8_pp3_b512_ttft   2.624343217455e-01
    y_tp8_pp3_b512  slo__tp8_pp3_b512_tpot   6.430729913876e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp4_b128  structure__use_tp8_pp4_b128  -2.000000000000e+00
    y_tp8_pp4_b128  memory__tp8_pp4_b128   6.679467983394e+00
    y_tp8_pp4_b128  slo__tp8_pp4_b128_ttft   1.789480579116e+00
    y_tp8_pp4_b128  slo__tp8_pp4_b128_tpot   3.411033813836e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp4_b32  structure__use_tp8_pp4_b32  -2.000000000000e+00
    y_tp8_pp4_b32  memory__tp8_pp4_b32   6.378445822256e+00
    y_tp8_pp4_b32  slo__tp8_pp4_b32_ttft   1.650143714815e+00
    y_tp8_pp4_b32  slo__tp8_pp4_b32_tpot   2.237865470765e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp4_b512  structure__use_tp8_pp4_b512  -2.000000000000e+00
    y_tp8_pp4_b512  memory__tp8_pp4_b512   7.677489077233e+00
    y_tp8_pp4_b512  slo__tp8_pp4_b512_ttft   2.779260394312e+00
    y_tp8_pp4_b512  slo__tp8_pp4_b512_tpot   2.239865250488e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp5_b128  structure__use_tp8_pp5_b128  -1.000000000000e+00
    y_tp8_pp5_b128  memory__tp8_pp5_b128   5.696676315587e+00
    y_tp8_pp5_b128  slo__tp8_pp5_b128_ttft   2.336659207099e+00
    y_tp8_pp5_b128  slo__tp8_pp5_b128_tpot   1.146347721355e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp5_b32  structure__use_tp8_pp5_b32  -1.000000000000e+00
    y_tp8_pp5_b32  memory__tp8_pp5_b32   5.500282450332e+00
    y_tp8_pp5_b32  slo__tp8_pp5_b32_ttft   1.012748682463e+00
    y_tp8_pp5_b32  slo__tp8_pp5_b32_tpot   1.239856391499e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp5_b512  structure__use_tp8_pp5_b512  -1.000000000000e+00
    y_tp8_pp5_b512  memory__tp8_pp5_b512   6.393830967057e+00
    y_tp8_pp5_b512  slo__tp8_pp5_b512_ttft   2.465176943321e-01
    y_tp8_pp5_b512  slo__tp8_pp5_b512_tpot   1.517937379185e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp6_b128  structure__use_tp8_pp6_b128  -1.000000000000e+00
    y_tp8_pp6_b128  memory__tp8_pp6_b128   5.127297737765e+00
    y_tp8_pp6_b128  slo__tp8_pp6_b128_ttft   4.153022973309e-01
    y_tp8_pp6_b128  slo__tp8_pp6_b128_tpot   7.805708797218e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp6_b32  structure__use_tp8_pp6_b32  -1.000000000000e+00
    y_tp8_pp6_b32  memory__tp8_pp6_b32   4.924475130920e+00
    y_tp8_pp6_b32  slo__tp8_pp6_b32_ttft   1.226115472384e+00
    y_tp8_pp6_b32  slo__tp8_pp6_b32_tpot   5.416496924435e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp6_b512  structure__use_tp8_pp6_b512  -1.000000000000e+00
    y_tp8_pp6_b512  memory__tp8_pp6_b512   5.649222143759e+00
    y_tp8_pp6_b512  slo__tp8_pp6_b512_ttft   7.044713827421e-01
    y_tp8_pp6_b512  slo__tp8_pp6_b512_tpot   2.284551761440e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp7_b128  structure__use_tp8_pp7_b128  -1.000000000000e+00
    y_tp8_pp7_b128  memory__tp8_pp7_b128   4.683160804777e+00
    y_tp8_pp7_b128  slo__tp8_pp7_b128_ttft   1.997305846546e+00
    y_tp8_pp7_b128  slo__tp8_pp7_b128_tpot   1.662934216961e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp7_b32  structure__use_tp8_pp7_b32  -1.000000000000e+00
    y_tp8_pp7_b32  memory__tp8_pp7_b32   4.505442328717e+00
    y_tp8_pp7_b32  slo__tp8_pp7_b32_ttft   1.413637151595e+00
    y_tp8_pp7_b32  slo__tp8_pp7_b32_tpot   1.395902609795e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp7_b512  structure__use_tp8_pp7_b512  -1.000000000000e+00
    y_tp8_pp7_b512  memory__tp8_pp7_b512   5.360808389970e+00
    y_tp8_pp7_b512  slo__tp8_pp7_b512_ttft   4.253714400978e-01
    y_tp8_pp7_b512  slo__tp8_pp7_b512_tpot   1.194298104617e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp8_b128  structure__use_tp8_pp8_b128  -1.000000000000e+00
    y_tp8_pp8_b128  memory__tp8_pp8_b128   4.353028737117e+00
    y_tp8_pp8_b128  slo__tp8_pp8_b128_ttft   6.500954562532e-01
    y_tp8_pp8_b128  slo__tp8_pp8_b128_tpot   1.148545908807e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp8_b32  structure__use_tp8_pp8_b32  -1.000000000000e+00
    y_tp8_pp8_b32  memory__tp8_pp8_b32   4.186924730211e+00
    y_tp8_pp8_b32  slo__tp8_pp8_b32_ttft   2.127384789703e-01
    y_tp8_pp8_b32  slo__tp8_pp8_b32_tpot   6.724669102899e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp8_b512  structure__use_tp8_pp8_b512  -1.000000000000e+00
    y_tp8_pp8_b512  memory__tp8_pp8_b512   5.007605046851e+00
    y_tp8_pp8_b512  slo__tp8_pp8_b512_ttft   1.693847287632e+00
    y_tp8_pp8_b512  slo__tp8_pp8_b512_tpot   2.365002883762e-01
    MARK      'MARKER'                 'INTEND'
RHS
    RHS       structure__use_tp1_pp1_b32   0.000000000000e+00
    RHS       memory__tp1_pp1_b32   7.160000000000e+01
    RHS       slo__tp1_pp1_b32_ttft   2.500000000000e+00
    RHS       slo__tp1_pp1_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp1_b128   0.000000000000e+00
    RHS       memory__tp1_pp1_b128   7.160000000000e+01
    RHS       slo__tp1_pp1_b128_ttft   2.500000000000e+00
    RHS       slo__tp1_pp1_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp1_b512   0.000000000000e+00
    RHS       memory__tp1_pp1_b512   7.160000000000e+01
    RHS       slo__tp1_pp1_b512_ttft   2.500000000000e+00
    RHS       slo__tp1_pp1_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp2_b32   0.000000000000e+00
    RHS       memory__tp1_pp2_b32   7.160000000000e+01
    RHS       slo__tp1_pp2_b32_ttft   2.500000000000e+00
    RHS       slo__tp1_pp2_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp2_b128   0.000000000000e+00
    RHS       memory__tp1_pp2_b128   7.160000000000e+01
    RHS       slo__tp1_pp2_b128_ttft   2.500000000000e+00
    RHS       slo__tp1_pp2_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp2_b512   0.000000000000e+00
    RHS       memory__tp1_pp2_b512   7.160000000000e+01
    RHS       slo__tp1_pp2_b512_ttft   2.500000000000e+00
    RHS       slo__tp1_pp2_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp3_b32   0.000000000000e+00
    RHS       memory__tp1_pp3_b32   7.160000000000e+01
    RHS       slo__tp1_pp3_b32_ttft   2.500000000000e+00
    RHS       slo__tp1_pp3_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp3_b128   0.000000000000e+00
    RHS       memory__tp1_pp3_b128   7.160000000000e+01
    RHS       slo__tp1_pp3_b128_ttft   2.500000000000e+00
    RHS       slo__tp1_pp3_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp3_b512   0.000000000000e+00
    RHS       memory__tp1_pp3_b512   7.160000000000e+01
    RHS       slo__tp1_pp3_b512_ttft   2.500000000000e+00
    RHS       slo__tp1_pp3_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp4_b32   0.000000000000e+00
    RHS       memory__tp1_pp4_b32   7.160000000000e+01
    RHS       slo__tp1_pp4_b32_ttft   2.500000000000e+00
    RHS       slo__tp1_pp4_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp4_b128   0.000000000000e+00
    RHS       memory__tp1_pp4_b128   7.160000000000e+01
    RHS       slo__tp1_pp4_b128_ttft   2.500000000000e+00
    RHS       slo__tp1_pp4_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp4_b512   0.000000000000e+00
    RHS       memory__tp1_pp4_b512   7.160000000000e+01
    RHS       slo__tp1_pp4_b512_ttft   2.500000000000e+00
    RHS       slo__tp1_pp4_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp5_b32   0.000000000000e+00
    RHS       memory__tp1_pp5_b32   7.160000000000e+01
    RHS       slo__tp1_pp5_b32_ttft   2.500000000000e+00
    RHS       slo__tp1_pp5_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp5_b128   0.000000000000e+00
    RHS       memory__tp1_pp5_b128   7.160000000000e+01
    RHS       slo__tp1_pp5_b128_ttft   2.500000000000e+00
    RHS       slo__tp1_pp5_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp5_b512   0.000000000000e+00
    RHS       memory__tp1_pp5_b512   7.160000000000e+01
    RHS       slo__tp1_pp5_b512_ttft   2.500000000000e+00
    RHS       slo__tp1_pp5_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp6_b32   0.000000000000e+00
    RHS       memory__tp1_pp6_b32   7.160000000000e+01
    RHS       slo__tp1_pp6_b32_ttft   2.500000000000e+00
    RHS       slo__tp1_pp6_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp6_b128   0.000000000000e+00
    RHS       memory__tp1_pp6_b128   7.160000000000e+01
    RHS       slo__tp1_pp6_b128_ttft   2.500000000000e+00
    RHS       slo__tp1_pp6_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp6_b512   0.000000000000e+00
    RHS       memory__tp1_pp6_b512   7.160000000000e+01
    RHS       slo__tp1_pp6_b512_ttft   2.500000000000e+00
    RHS       slo__tp1_pp6_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp7_b32   0.000000000000e+00
    RHS       memory__tp1_pp7_b32   7.160000000000e+01
    RHS       slo__tp1_pp7_b32_ttft   2.500000000000e+00
    RHS       slo__tp1_pp7_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp7_b128   0.000000000000e+00
    RHS       memory__tp1_pp7_b128   7.160000000000e+01
    RHS       slo__tp1_pp7_b128_ttft   2.500000000000e+00
    RHS       slo__tp1_pp7_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp7_b512   0.000000000000e+00
    RHS       memory__tp1_pp7_b512   7.160000000000e+01
    RHS       slo__tp1_pp7_b512_ttft   2.500000000000e+00
    RHS       slo__tp1_pp7_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp8_b32   0.000000000000e+00
    RHS       memory__tp1_pp8_b32   7.160000000000e+01
    RHS       slo__tp1_pp8_b32_ttft   2.500000000000e+00
    RHS       slo__tp1_pp8_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp8_b128   0.000000000000e+00
    RHS       memory__tp1_pp8_b128   7.160000000000e+01
    RHS       slo__tp1_pp8_b128_ttft   2.500000000000e+00
    RHS       slo__tp1_pp8_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp1_pp8_b512   0.000000000000e+00
    RHS       memory__tp1_pp8_b512   7.160000000000e+01
    RHS       slo__tp1_pp8_b512_ttft   2.500000000000e+00
    RHS       slo__tp1_pp8_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp2_pp1_b32   0.000000000000e+00
    RHS       memory__tp2_pp1_b32   7.160000000000e+01
    RHS       slo__tp2_pp1_b32_ttft   2.500000000000e+00
    RHS       slo__tp2_pp1_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp2_pp1_b128   0.000000000000e+00
    RHS       memory__tp2_pp1_b128   7.160000000000e+01
    RHS       slo__tp2_pp1_b128_ttft   2.500000000000e+00
    RHS       slo__tp2_pp1_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp2_pp1_b512   0.000000000000e+00
    RHS       memory__tp2_pp1_b512   7.160000000000e+01
    RHS       slo__tp2_pp1_b512_ttft   2.500000000000e+00
    RHS       slo__tp2_pp1_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp2_pp2_b32   0.000000000000e+00
    RHS       memory__tp2_pp2_b32   7.160000000000e+01
    RHS       slo__tp2_pp2_b32_ttft   2.500000000000e+00
    RHS       slo__tp2_pp2_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp2_pp2_b128   0.000000000000e+00
    RHS       memory__tp2_pp2_b128   7.160000000000e+01
    RHS       slo__tp2_pp2_b128_ttft   2.500000000000e+00
    RHS       slo__tp2_pp2_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp2_pp2_b512   0.000000000000e+00
    RHS       memory__tp2_pp2_b512   7.160000000000e+01
    RHS       slo__tp2_pp2_b512_ttft   2.500000000000e+00
    RHS       slo__tp2_pp2_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp2_pp3_b32   0.000000000000e+00
    RHS       memory__tp2_pp3_b32   7.160000000000e+01
    RHS       slo__tp2_pp3_b32_ttft   2.500000000000e+00
    RHS       slo__tp2_pp3_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp2_pp3_b128   0.000000000000e+00
    RHS       memory__tp2_pp3_b128   7.160000000000e+01
    RHS       slo__tp2_pp3_b128_ttft   2.500000000000e+00
    RHS       slo__tp2_pp3_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp2_pp3_b512   0.000000000000e+00
    RHS       memory__tp2_pp3_b512   7.160000000000e+01
    RHS       slo__tp2_pp3_b512_ttft   2.500000000000e+00
    RHS       slo__tp2_pp3_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp2_pp4_b32   0.000000000000e+00
    RHS       memory__tp2_pp4_b32   7.160000000000e+01
    RHS       slo__tp2_pp4_b32_ttft   2.500000000000e+00
    RHS       slo__tp2_pp4_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp2_pp4_b128   0.000000000000e+00
    RHS       memory__tp2_pp4_b128   7.160000000000e+01
    RHS       slo__tp2_pp4_b128_ttft   2.500000000000e+00
    RHS       slo__tp2_pp4_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp2_pp4_b512   0.000000000000e+00
    RHS       memory__tp2_pp4_b512   7.160000000000e+01
    RHS       slo__tp2_pp4_b512_ttft   2.500000000000e+00
    RHS       slo__tp2_pp4_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp2_pp8_b32   0.000000000000e+00
    RHS       memory__tp2_pp8_b32   7.160000000000e+01
    RHS       slo__tp2_pp8_b32_ttft   2.500000000000e+00
    RHS       slo__tp2_pp8_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp2_pp8_b128   0.000000000000e+00
    RHS       memory__tp2_pp8_b128   7.160000000000e+01
    RHS       slo__tp2_pp8_b128_ttft   2.500000000000e+00
    RHS       slo__tp2_pp8_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp2_pp8_b512   0.000000000000e+00
    RHS       memory__tp2_pp8_b512   7.160000000000e+01
    RHS       slo__tp2_pp8_b512_ttft   2.500000000000e+00
    RHS       slo__tp2_pp8_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp4_pp1_b32   0.000000000000e+00
    RHS       memory__tp4_pp1_b32   7.160000000000e+01
    RHS       slo__tp4_pp1_b32_ttft   2.500000000000e+00
    RHS       slo__tp4_pp1_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp4_pp1_b128   0.000000000000e+00
    RHS       memory__tp4_pp1_b128   7.160000000000e+01
    RHS       slo__tp4_pp1_b128_ttft   2.500000000000e+00
    RHS       slo__tp4_pp1_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp4_pp1_b512   0.000000000000e+00
    RHS       memory__tp4_pp1_b512   7.160000000000e+01
    RHS       slo__tp4_pp1_b512_ttft   2.500000000000e+00
    RHS       slo__tp4_pp1_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp4_pp2_b32   0.000000000000e+00
    RHS       memory__tp4_pp2_b32   7.160000000000e+01
    RHS       slo__tp4_pp2_b32_ttft   2.500000000000e+00
    RHS       slo__tp4_pp2_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp4_pp2_b128   0.000000000000e+00
    RHS       memory__tp4_pp2_b128   7.160000000000e+01
    RHS       slo__tp4_pp2_b128_ttft   2.500000000000e+00
    RHS       slo__tp4_pp2_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp4_pp2_b512   0.000000000000e+00
    RHS       memory__tp4_pp2_b512   7.160000000000e+01
    RHS       slo__tp4_pp2_b512_ttft   2.500000000000e+00
    RHS       slo__tp4_pp2_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp4_pp4_b32   0.000000000000e+00
    RHS       memory__tp4_pp4_b32   7.160000000000e+01
    RHS       slo__tp4_pp4_b32_ttft   2.500000000000e+00
    RHS       slo__tp4_pp4_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp4_pp4_b128   0.000000000000e+00
    RHS       memory__tp4_pp4_b128   7.160000000000e+01
    RHS       slo__tp4_pp4_b128_ttft   2.500000000000e+00
    RHS       slo__tp4_pp4_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp4_pp4_b512   0.000000000000e+00
    RHS       memory__tp4_pp4_b512   7.160000000000e+01
    RHS       slo__tp4_pp4_b512_ttft   2.500000000000e+00
    RHS       slo__tp4_pp4_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp4_pp6_b32   0.000000000000e+00
    RHS       memory__tp4_pp6_b32   7.160000000000e+01
    RHS       slo__tp4_pp6_b32_ttft   2.500000000000e+00
    RHS       slo__tp4_pp6_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp4_pp6_b128   0.000000000000e+00
    RHS       memory__tp4_pp6_b128   7.160000000000e+01
    RHS       slo__tp4_pp6_b128_ttft   2.500000000000e+00
    RHS       slo__tp4_pp6_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp4_pp6_b512   0.000000000000e+00
    RHS       memory__tp4_pp6_b512   7.160000000000e+01
    RHS       slo__tp4_pp6_b512_ttft   2.500000000000e+00
    RHS       slo__tp4_pp6_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp4_pp8_b32   0.000000000000e+00
    RHS       memory__tp4_pp8_b32   7.160000000000e+01
    RHS       slo__tp4_pp8_b32_ttft   2.500000000000e+00
    RHS       slo__tp4_pp8_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp4_pp8_b128   0.000000000000e+00
    RHS       memory__tp4_pp8_b128   7.160000000000e+01
    RHS       slo__tp4_pp8_b128_ttft   2.500000000000e+00
    RHS       slo__tp4_pp8_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp4_pp8_b512   0.000000000000e+00
    RHS       memory__tp4_pp8_b512   7.160000000000e+01
    RHS       slo__tp4_pp8_b512_ttft   2.500000000000e+00
    RHS       slo__tp4_pp8_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp1_b32   0.000000000000e+00
    RHS       memory__tp8_pp1_b32   7.160000000000e+01
    RHS       slo__tp8_pp1_b32_ttft   2.500000000000e+00
    RHS       slo__tp8_pp1_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp1_b128   0.000000000000e+00
    RHS       memory__tp8_pp1_b128   7.160000000000e+01
    RHS       slo__tp8_pp1_b128_ttft   2.500000000000e+00
    RHS       slo__tp8_pp1_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp1_b512   0.000000000000e+00
    RHS       memory__tp8_pp1_b512   7.160000000000e+01
    RHS       slo__tp8_pp1_b512_ttft   2.500000000000e+00
    RHS       slo__tp8_pp1_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp2_b32   0.000000000000e+00
    RHS       memory__tp8_pp2_b32   7.160000000000e+01
    RHS       slo__tp8_pp2_b32_ttft   2.500000000000e+00
    RHS       slo__tp8_pp2_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp2_b128   0.000000000000e+00
    RHS       memory__tp8_pp2_b128   7.160000000000e+01
    RHS       slo__tp8_pp2_b128_ttft   2.500000000000e+00
    RHS       slo__tp8_pp2_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp2_b512   0.000000000000e+00
    RHS       memory__tp8_pp2_b512   7.160000000000e+01
    RHS       slo__tp8_pp2_b512_ttft   2.500000000000e+00
    RHS       slo__tp8_pp2_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp3_b32   0.000000000000e+00
    RHS       memory__tp8_pp3_b32   7.160000000000e+01
    RHS       slo__tp8_pp3_b32_ttft   2.500000000000e+00
    RHS       slo__tp8_pp3_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp3_b128   0.000000000000e+00
    RHS       memory__tp8_pp3_b128   7.160000000000e+01
    RHS       slo__tp8_pp3_b128_ttft   2.500000000000e+00
    RHS       slo__tp8_pp3_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp3_b512   0.000000000000e+00
    RHS       memory__tp8_pp3_b512   7.160000000000e+01
    RHS       slo__tp8_pp3_b512_ttft   2.500000000000e+00
    RHS       slo__tp8_pp3_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp4_b32   0.000000000000e+00
    RHS       memory__tp8_pp4_b32   7.160000000000e+01
    RHS       slo__tp8_pp4_b32_ttft   2.500000000000e+00
    RHS       slo__tp8_pp4_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp4_b128   0.000000000000e+00
    RHS       memory__tp8_pp4_b128   7.160000000000e+01
    RHS       slo__tp8_pp4_b128_ttft   2.500000000000e+00
    RHS       slo__tp8_pp4_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp4_b512   0.000000000000e+00
    RHS       memory__tp8_pp4_b512   7.160000000000e+01
    RHS       slo__tp8_pp4_b512_ttft   2.500000000000e+00
    RHS       slo__tp8_pp4_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp5_b32   0.000000000000e+00
    RHS       memory__tp8_pp5_b32   7.160000000000e+01
    RHS       slo__tp8_pp5_b32_ttft   2.500000000000e+00
    RHS       slo__tp8_pp5_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp5_b128   0.000000000000e+00
    RHS       memory__tp8_pp5_b128   7.160000000000e+01
    RHS       slo__tp8_pp5_b128_ttft   2.500000000000e+00
    RHS       slo__tp8_pp5_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp5_b512   0.000000000000e+00
    RHS       memory__tp8_pp5_b512   7.160000000000e+01
    RHS       slo__tp8_pp5_b512_ttft   2.500000000000e+00
    RHS       slo__tp8_pp5_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp6_b32   0.000000000000e+00
    RHS       memory__tp8_pp6_b32   7.160000000000e+01
    RHS       slo__tp8_pp6_b32_ttft   2.500000000000e+00
    RHS       slo__tp8_pp6_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp6_b128   0.000000000000e+00
    RHS       memory__tp8_pp6_b128   7.160000000000e+01
    RHS       slo__tp8_pp6_b128_ttft   2.500000000000e+00
    RHS       slo__tp8_pp6_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp6_b512   0.000000000000e+00
    RHS       memory__tp8_pp6_b512   7.160000000000e+01
    RHS       slo__tp8_pp6_b512_ttft   2.500000000000e+00
    RHS       slo__tp8_pp6_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp7_b32   0.000000000000e+00
    RHS       memory__tp8_pp7_b32   7.160000000000e+01
    RHS       slo__tp8_pp7_b32_ttft   2.500000000000e+00
    RHS       slo__tp8_pp7_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp7_b128   0.000000000000e+00
    RHS       memory__tp8_pp7_b128   7.160000000000e+01
    RHS       slo__tp8_pp7_b128_ttft   2.500000000000e+00
    RHS       slo__tp8_pp7_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp7_b512   0.000000000000e+00
    RHS       memory__tp8_pp7_b512   7.160000000000e+01
    RHS       slo__tp8_pp7_b512_ttft   2.500000000000e+00
    RHS       slo__tp8_pp7_b512_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp8_b32   0.000000000000e+00
    RHS       memory__tp8_pp8_b32   7.160000000000e+01
    RHS       slo__tp8_pp8_b32_ttft   2.500000000000e+00
    RHS       slo__tp8_pp8_b32_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp8_b128   0.000000000000e+00
    RHS       memory__tp8_pp8_b128   7.160000000000e+01
    RHS       slo__tp8_pp8_b128_ttft   2.500000000000e+00
    RHS       slo__tp8_pp8_b128_tpot   1.500000000000e-01
    RHS       structure__use_tp8_pp8_b512   0.000000000000e+00
    RHS       memory__tp8_pp8_b512   7.160000000000e+01
    RHS       slo__tp8_pp8_b512_ttft   2.500000000000e+00
    RHS       slo__tp8_pp8_b512_tpot   1.500000000000e-01
    RHS       gpus__budget   6.400000000000e+01
    RHS       gpus__nodes   6.400000000000e+01
    RHS       structure__slots_g1   0.000000000000e+00
    RHS       structure__slots_g2   0.000000000000e+00
    RHS       structure__slots_g3   0.000000000000e+00
    RHS       structure__slots_g4   0.000000000000e+00
    RHS       structure__slots_g5   0.000000000000e+00
    RHS       structure__slots_g6   0.000000000000e+00
    RHS       structure__slots_g7   0.000000000000e+00
    RHS       structure__slots_g8   0.000000000000e+00
    RHS       structure__nonempty   1.000000000000e+00
BOUNDS
 UP BND       n_tp1_pp1_b128   6.400000000000e+01
 UP BND       n_tp1_pp1_b32   6.400000000000e+01
 UP BND       n_tp1_pp1_b512   6.400000000000e+01
 UP BND       n_tp1_pp2_b128   3.200000000000e+01
 UP BND       n_tp1_pp2_b32   3.200000000000e+01
 UP BND       n_tp1_pp2_b512   3.200000000000e+01
 UP BND       n_tp1_pp3_b128   2.100000000000e+01
 UP BND       n_tp1_pp3_b32   2.100000000000e+01
 UP BND       n_tp1_pp3_b512   2.100000000000e+01
 UP BND       n_tp1_pp4_b128   1.600000000000e+01
 UP BND       n_tp1_pp4_b32   1.600000000000e+01
 UP BND       n_tp1_pp4_b512   1.600000000000e+01
 UP BND       n_tp1_pp5_b128   1.200000000000e+01
 UP BND       n_tp1_pp5_b32   1.200000000000e+01
 UP BND       n_tp1_pp5_b512   1.200000000000e+01
 UP BND       n_tp1_pp6_b128   1.000000000000e+01
 UP BND       n_tp1_pp6_b32   1.000000000000e+01
 UP BND       n_tp1_pp6_b512   1.000000000000e+01
 UP BND       n_tp1_pp7_b128   9.000000000000e+00
 UP BND       n_tp1_pp7_b32   9.000000000000e+00
 UP BND       n_tp1_pp7_b512   9.000000000000e+00
 UP BND       n_tp1_pp8_b128   8.000000000000e+00
 UP BND       n_tp1_pp8_b32   8.000000000000e+00
 UP BND       n_tp1_pp8_b512   8.000000000000e+00
 UP BND       n_tp2_pp1_b128   3.200000000000e+01
 UP BND       n_tp2_pp1_b32   3.200000000000e+01
 UP BND       n_tp2_pp1_b512   3.200000000000e+01
 UP BND       n_tp2_pp2_b128   1.600000000000e+01
 UP BND       n_tp2_pp2_b32   1.600000000000e+01
 UP BND       n_tp2_pp2_b512   1.600000000000e+01
 UP BND       n_tp2_pp3_b128   1.000000000000e+01
 UP BND       n_tp2_pp3_b32   1.000000000000e+01
 UP BND       n_tp2_pp3_b512   1.000000000000e+01
 UP BND       n_tp2_pp4_b128   8.000000000000e+00
 UP BND       n_tp2_pp4_b32   8.000000000000e+00
 UP BND       n_tp2_pp4_b512   8.000000000000e+00
 UP BND       n_tp2_pp8_b128   4.000000000000e+00
 UP BND       n_tp2_pp8_b32   4.000000000000e+00
 UP BND       n_tp2_pp8_b512   4.000000000000e+00
 UP BND       n_tp4_pp1_b128   1.600000000000e+01
 UP BND       n_tp4_pp1_b32   1.600000000000e+01
 UP BND       n_tp4_pp1_b512   1.600000000000e+01
 UP BND       n_tp4_pp2_b128   8.000000000000e+00
 UP BND       n_tp4_pp2_b32   8.000000000000e+00
 UP BND       n_tp4_pp2_b512   8.000000000000e+00
 UP BND       n_tp4_pp4_b128   4.000000000000e+00
 UP BND       n_tp4_pp4_b32   4.000000000000e+00
 UP BND       n_tp4_pp4_b512   4.000000000000e+00
 UP BND       n_tp4_pp6_b128   2.000000000000e+00
 UP BND       n_tp4_pp6_b32   2.000000000000e+00
 UP BND       n_tp4_pp6_b512   2.000000000000e+00
 UP BND       n_tp4_pp8_b128   2.000000000000e+00
 UP BND       n_tp4_pp8_b32   2.000000000000e+00
 UP BND       n_tp4_pp8_b512   2.000000000000e+00
 UP BND       n_tp8_pp1_b128   8.000000000000e+00
 UP BND       n_tp8_pp1_b32   8.000000000000e+00
 UP BND       n_tp8_pp1_b512   8.000000000000e+00
 UP BND       n_tp8_pp2_b128   4.000000000000e+00
 UP BND       n_tp8_pp2_b32   4.000000000000e+00
 UP BND       n_tp8_pp2_b512   4.000000000000e+00
 UP BND       n_tp8_pp3_b128   2.000000000000e+00
 UP BND       n_tp8_pp3_b32   2.000000000000e+00
 UP BND       n_tp8_pp3_b512   2.000000000000e+00
 UP BND       n_tp8_pp4_b128   2.000000000000e+00
 UP BND       n_tp8_pp4_b32   2.000000000000e+00
 UP BND       n_tp8_pp4_b512   2.000000000000e+00
 BV BND       n_tp8_pp5_b128
 BV BND       n_tp8_pp5_b32
 BV BND       n_tp8_pp5_b512
 BV BND       n_tp8_pp6_b128
 BV BND       n_tp8_pp6_b32
 BV BND       n_tp8_pp6_b512
 BV BND       n_tp8_pp7_b128
 BV BND       n_tp8_pp7_b32
 BV BND       n_tp8_pp7_b512
 BV BND       n_tp8_pp8_b128
 BV BND       n_tp8_pp8_b32
 BV BND       n_tp8_pp8_b512
 UP BND       x_p0       8.000000000000e+00
 UP BND       x_p1       8.000000000000e+00
 UP BND       x_p10      8.000000000000e+00
 UP BND       x_p11      8.000000000000e+00
 UP BND       x_p12      8.000000000000e+00
 UP BND       x_p13      8.000000000000e+00
 UP BND       x_p14      8.000000000000e+00
 UP BND       x_p15      8.000000000000e+00
 UP BND       x_p16      8.000000000000e+00
 UP BND       x_p17      8.000000000000e+00
 UP BND       x_p18      8.000000000000e+00
 UP BND       x_p19      8.000000000000e+00
 UP BND       x_p2       8.000000000000e+00
 UP BND       x_p20      8.000000000000e+00
 UP BND       x_p21      8.000000000000e+00
 UP BND       x_p3       8.000000000000e+00
 UP BND       x_p4       8.000000000000e+00
 UP BND       x_p5       8.000000000000e+00
 UP BND       x_p6       8.000000000000e+00
 UP BND       x_p7       8.000000000000e+00
 UP BND       x_p8       8.000000000000e+00
 UP BND       x_p9       8.000000000000e+00
 BV BND       y_tp1_pp1_b128
 BV BND       y_tp1_pp1_b32
 BV BND       y_tp1_pp1_b512
 BV BND       y_tp1_pp2_b128
 BV BND       y_tp1_pp2_b32
 BV BND       y_tp1_pp2_b512
 BV BND       y_tp1_pp3_b128
 BV BND       y_tp1_pp3_b32
 BV BND       y_tp1_pp3_b512
 BV BND       y_tp1_pp4_b128
 BV BND       y_tp1_pp4_b32
 BV BND       y_tp1_pp4_b512
 BV BND       y_tp1_pp5_b128
 BV BND       y_tp1_pp5_b32
 BV BND       y_tp1_pp5_b512
 BV BND       y_tp1_pp6_b128
 BV BND       y_tp1_pp6_b32
 BV BND       y_tp1_pp6_b512
 BV BND       y_tp1_pp7_b128
 BV BND       y_tp1_pp7_b32
 BV BND       y_tp1_pp7_b512
 BV BND       y_tp1_pp8_b128
 BV BND       y_tp1_pp8_b32
 BV BND       y_tp1_pp8_b512
 BV BND       y_tp2_pp1_b128
 BV BND       y_tp2_pp1_b32
 BV BND       y_tp2_pp1_b512
 BV BND       y_tp2_pp2_b128
 BV BND       y_tp2_pp2_b32
 BV BND       y_tp2_pp2_b512
 BV BND       y_tp2_pp3_b128
 BV BND       y_tp2_pp3_b32
 BV BND       y_tp2_pp3_b512
 BV BND       y_tp2_pp4_b128
 BV BND       y_tp2_pp4_b32
 BV BND       y_tp2_pp4_b512
 BV BND       y_tp2_pp8_b128
 BV BND       y_tp2_pp8_b32
 BV BND       y_tp2_pp8_b512
 BV BND       y_tp4_pp1_b128
 BV BND       y_tp4_pp1_b32
 BV BND       y_tp4_pp1_b512
 BV BND       y_tp4_pp2_b128
 BV BND       y_tp4_pp2_b32
 BV BND       y_tp4_pp2_b512
 BV BND       y_tp4_pp4_b128
 BV BND       y_tp4_pp4_b32
 BV BND       y_tp4_pp4_b512
 BV BND       y_tp4_pp6_b128
 BV BND       y_tp4_pp6_b32
 BV BND       y_tp4_pp6_b512
 BV BND       y_tp4_pp8_b128
 BV BND       y_tp4_pp8_b32
 BV BND       y_tp4_pp8_b512
 BV BND       y_tp8_pp1_b128
 BV BND       y_tp8_pp1_b32
 BV BND       y_tp8_pp1_b512
 BV BND       y_tp8_pp2_b128
 BV BND       y_tp8_pp2_b32
 BV BND       y_tp8_pp2_b512
 BV BND       y_tp8_pp3_b128
 BV BND       y_tp8_pp3_b32
 BV BND       y_tp8_pp3_b512
 BV BND       y_tp8_pp4_b128
 BV BND       y_tp8_pp4_b32
 BV BND       y_tp8_pp4_b512
 BV BND       y_tp8_pp5_b128
 BV BND       y_tp8_pp5_b32
 BV BND       y_tp8_pp5_b512
 BV BND       y_tp8_pp6_b128
 BV BND       y_tp8_pp6_b32
 BV BND       y_tp8_pp6_b512
 BV BND       y_tp8_pp7_b128
 BV BND       y_tp8_pp7_b32
 BV BND       y_tp8_pp7_b512
 BV BND       y_tp8_pp8_b128
 BV BND       y_tp8_pp8_b32
 BV BND       y_tp8_pp8_b512
ENDATA
