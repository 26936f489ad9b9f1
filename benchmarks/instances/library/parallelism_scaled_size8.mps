OBJSENSE
 MAX
NAME          parallelism_scaled_size8
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
    n_tp1_pp1_b128  OBJ        7.938881242348e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp1_b32  structure__use_tp1_pp1_b32   1.000000000000e+00
    n_tp1_pp1_b32  gpus__budget   1.000000000000e+00
    n_tp1_pp1_b32  structure__slots_g1   1.000000000000e+00
    n_tp1_pp1_b32  structure__nonempty   1.000000000000e+00
    n_tp1_pp1_b32  OBJ        3.340425166545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp1_b512  structure__use_tp1_pp1_b512   1.000000000000e+00
    n_tp1_pp1_b512  gpus__budget   1.000000000000e+00
    n_tp1_pp1_b512  structure__slots_g1   1.000000000000e+00
    n_tp1_pp1_b512  structure__nonempty   1.000000000000e+00
    n_tp1_pp1_b512  OBJ        1.714894770485e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp2_b128  structure__use_tp1_pp2_b128   1.000000000000e+00
    n_tp1_pp2_b128  gpus__budget   2.000000000000e+00
    n_tp1_pp2_b128  structure__slots_g2   1.000000000000e+00
    n_tp1_pp2_b128  structure__nonempty   1.000000000000e+00
    n_tp1_pp2_b128  OBJ        1.766974059597e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp2_b32  structure__use_tp1_pp2_b32   1.000000000000e+00
    n_tp1_pp2_b32  gpus__budget   2.000000000000e+00
    n_tp1_pp2_b32  structure__slots_g2   1.000000000000e+00
    n_tp1_pp2_b32  structure__nonempty   1.000000000000e+00
    n_tp1_pp2_b32  OBJ        7.593525406585e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp2_b512  structure__use_tp1_pp2_b512   1.000000000000e+00
    n_tp1_pp2_b512  gpus__budget   2.000000000000e+00
    n_tp1_pp2_b512  structure__slots_g2   1.000000000000e+00
    n_tp1_pp2_b512  structure__nonempty   1.000000000000e+00
    n_tp1_pp2_b512  OBJ        4.183256183107e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp3_b128  structure__use_tp1_pp3_b128   1.000000000000e+00
    n_tp1_pp3_b128  gpus__budget   3.000000000000e+00
    n_tp1_pp3_b128  structure__slots_g3   1.000000000000e+00
    n_tp1_pp3_b128  structure__nonempty   1.000000000000e+00
    n_tp1_pp3_b128  OBJ        1.881365765847e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp3_b32  structure__use_tp1_pp3_b32   1.000000000000e+00
    n_tp1_pp3_b32  gpus__budget   3.000000000000e+00
    n_tp1_pp3_b32  structure__slots_g3   1.000000000000e+00
    n_tp1_pp3_b32  structure__nonempty   1.000000000000e+00
    n_tp1_pp3_b32  OBJ        8.022296280706e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp3_b512  structure__use_tp1_pp3_b512   1.000000000000e+00
    n_tp1_pp3_b512  gpus__budget   3.000000000000e+00
    n_tp1_pp3_b512  structure__slots_g3   1.000000000000e+00
    n_tp1_pp3_b512  structure__nonempty   1.000000000000e+00
    n_tp1_pp3_b512  OBJ        4.075299236709e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp4_b128  structure__use_tp1_pp4_b128   1.000000000000e+00
    n_tp1_pp4_b128  gpus__budget   4.000000000000e+00
    n_tp1_pp4_b128  structure__slots_g4   1.000000000000e+00
    n_tp1_pp4_b128  structure__nonempty   1.000000000000e+00
    n_tp1_pp4_b128  OBJ        2.290862429899e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp4_b32  structure__use_tp1_pp4_b32   1.000000000000e+00
    n_tp1_pp4_b32  gpus__budget   4.000000000000e+00
    n_tp1_pp4_b32  structure__slots_g4   1.000000000000e+00
    n_tp1_pp4_b32  structure__nonempty   1.000000000000e+00
    n_tp1_pp4_b32  OBJ        1.047492112637e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp4_b512  structure__use_tp1_pp4_b512   1.000000000000e+00
    n_tp1_pp4_b512  gpus__budget   4.000000000000e+00
    n_tp1_pp4_b512  structure__slots_g4   1.000000000000e+00
    n_tp1_pp4_b512  structure__nonempty   1.000000000000e+00
    n_tp1_pp4_b512  OBJ        5.111008647132e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp5_b128  structure__use_tp1_pp5_b128   1.000000000000e+00
    n_tp1_pp5_b128  gpus__budget   5.000000000000e+00
    n_tp1_pp5_b128  structure__slots_g5   1.000000000000e+00
    n_tp1_pp5_b128  structure__nonempty   1.000000000000e+00
    n_tp1_pp5_b128  OBJ        3.348535934530e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp5_b32  structure__use_tp1_pp5_b32   1.000000000000e+00
    n_tp1_pp5_b32  gpus__budget   5.000000000000e+00
    n_tp1_pp5_b32  structure__slots_g5   1.000000000000e+00
    n_tp1_pp5_b32  structure__nonempty   1.000000000000e+00
    n_tp1_pp5_b32  OBJ        1.463706019226e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp5_b512  structure__use_tp1_pp5_b512   1.000000000000e+00
    n_tp1_pp5_b512  gpus__budget   5.000000000000e+00
    n_tp1_pp5_b512  structure__slots_g5   1.000000000000e+00
    n_tp1_pp5_b512  structure__nonempty   1.000000000000e+00
    n_tp1_pp5_b512  OBJ        7.538072062225e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp6_b128  structure__use_tp1_pp6_b128   1.000000000000e+00
    n_tp1_pp6_b128  gpus__budget   6.000000000000e+00
    n_tp1_pp6_b128  structure__slots_g6   1.000000000000e+00
    n_tp1_pp6_b128  structure__nonempty   1.000000000000e+00
    n_tp1_pp6_b128  OBJ        5.084559585404e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp6_b32  structure__use_tp1_pp6_b32   1.000000000000e+00
    n_tp1_pp6_b32  gpus__budget   6.000000000000e+00
    n_tp1_pp6_b32  structure__slots_g6   1.000000000000e+00
    n_tp1_pp6_b32  structure__nonempty   1.000000000000e+00
    n_tp1_pp6_b32  OBJ        2.166860830909e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp6_b512  structure__use_tp1_pp6_b512   1.000000000000e+00
    n_tp1_pp6_b512  gpus__budget   6.000000000000e+00
    n_tp1_pp6_b512  structure__slots_g6   1.000000000000e+00
    n_tp1_pp6_b512  structure__nonempty   1.000000000000e+00
    n_tp1_pp6_b512  OBJ        1.197500344315e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp7_b128  structure__use_tp1_pp7_b128   1.000000000000e+00
    n_tp1_pp7_b128  gpus__budget   7.000000000000e+00
    n_tp1_pp7_b128  structure__slots_g7   1.000000000000e+00
    n_tp1_pp7_b128  structure__nonempty   1.000000000000e+00
    n_tp1_pp7_b128  OBJ        4.370478609997e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp7_b32  structure__use_tp1_pp7_b32   1.000000000000e+00
    n_tp1_pp7_b32  gpus__budget   7.000000000000e+00
    n_tp1_pp7_b32  structure__slots_g7   1.000000000000e+00
    n_tp1_pp7_b32  structure__nonempty   1.000000000000e+00
    n_tp1_pp7_b32  OBJ        1.933891779903e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp7_b512  structure__use_tp1_pp7_b512   1.000000000000e+00
    n_tp1_pp7_b512  gpus__budget   7.000000000000e+00
    n_tp1_pp7_b512  structure__slots_g7   1.000000000000e+00
    n_tp1_pp7_b512  structure__nonempty   1.000000000000e+00
    n_tp1_pp7_b512  OBJ        1.016658662906e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp8_b128  structure__use_tp1_pp8_b128   1.000000000000e+00
    n_tp1_pp8_b128  gpus__budget   8.000000000000e+00
    n_tp1_pp8_b128  structure__slots_g8   1.000000000000e+00
    n_tp1_pp8_b128  structure__nonempty   1.000000000000e+00
    n_tp1_pp8_b128  OBJ        6.748731018743e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp8_b32  structure__use_tp1_pp8_b32   1.000000000000e+00
    n_tp1_pp8_b32  gpus__budget   8.000000000000e+00
    n_tp1_pp8_b32  structure__slots_g8   1.000000000000e+00
    n_tp1_pp8_b32  structure__nonempty   1.000000000000e+00
    n_tp1_pp8_b32  OBJ        2.703113522497e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp1_pp8_b512  structure__use_tp1_pp8_b512   1.000000000000e+00
    n_tp1_pp8_b512  gpus__budget   8.000000000000e+00
    n_tp1_pp8_b512  structure__slots_g8   1.000000000000e+00
    n_tp1_pp8_b512  structure__nonempty   1.000000000000e+00
    n_tp1_pp8_b512  OBJ        1.508608611575e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp1_b128  structure__use_tp2_pp1_b128   1.000000000000e+00
    n_tp2_pp1_b128  gpus__budget   2.000000000000e+00
    n_tp2_pp1_b128  structure__slots_g2   1.000000000000e+00
    n_tp2_pp1_b128  structure__nonempty   1.000000000000e+00
    n_tp2_pp1_b128  OBJ        1.169049585390e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp1_b32  structure__use_tp2_pp1_b32   1.000000000000e+00
    n_tp2_pp1_b32  gpus__budget   2.000000000000e+00
    n_tp2_pp1_b32  structure__slots_g2   1.000000000000e+00
    n_tp2_pp1_b32  structure__nonempty   1.000000000000e+00
    n_tp2_pp1_b32  OBJ        5.088536378836e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp1_b512  structure__use_tp2_pp1_b512   1.000000000000e+00
    n_tp2_pp1_b512  gpus__budget   2.000000000000e+00
    n_tp2_pp1_b512  structure__slots_g2   1.000000000000e+00
    n_tp2_pp1_b512  structure__nonempty   1.000000000000e+00
    n_tp2_pp1_b512  OBJ        2.707991146463e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp2_b128  structure__use_tp2_pp2_b128   1.000000000000e+00
    n_tp2_pp2_b128  gpus__budget   4.000000000000e+00
    n_tp2_pp2_b128  structure__slots_g4   1.000000000000e+00
    n_tp2_pp2_b128  structure__nonempty   1.000000000000e+00
    n_tp2_pp2_b128  OBJ        2.665836731932e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp2_b32  structure__use_tp2_pp2_b32   1.000000000000e+00
    n_tp2_pp2_b32  gpus__budget   4.000000000000e+00
    n_tp2_pp2_b32  structure__slots_g4   1.000000000000e+00
    n_tp2_pp2_b32  structure__nonempty   1.000000000000e+00
    n_tp2_pp2_b32  OBJ        1.270188272373e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp2_b512  structure__use_tp2_pp2_b512   1.000000000000e+00
    n_tp2_pp2_b512  gpus__budget   4.000000000000e+00
    n_tp2_pp2_b512  structure__slots_g4   1.000000000000e+00
    n_tp2_pp2_b512  structure__nonempty   1.000000000000e+00
    n_tp2_pp2_b512  OBJ        6.570587353855e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp3_b128  structure__use_tp2_pp3_b128   1.000000000000e+00
    n_tp2_pp3_b128  gpus__budget   6.000000000000e+00
    n_tp2_pp3_b128  structure__slots_g6   1.000000000000e+00
    n_tp2_pp3_b128  structure__nonempty   1.000000000000e+00
    n_tp2_pp3_b128  OBJ        4.052568044756e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp3_b32  structure__use_tp2_pp3_b32   1.000000000000e+00
    n_tp2_pp3_b32  gpus__budget   6.000000000000e+00
    n_tp2_pp3_b32  structure__slots_g6   1.000000000000e+00
    n_tp2_pp3_b32  structure__nonempty   1.000000000000e+00
    n_tp2_pp3_b32  OBJ        1.792859865480e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp3_b512  structure__use_tp2_pp3_b512   1.000000000000e+00
    n_tp2_pp3_b512  gpus__budget   6.000000000000e+00
    n_tp2_pp3_b512  structure__slots_g6   1.000000000000e+00
    n_tp2_pp3_b512  structure__nonempty   1.000000000000e+00
    n_tp2_pp3_b512  OBJ        1.000133652329e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp4_b128  structure__use_tp2_pp4_b128   1.000000000000e+00
    n_tp2_pp4_b128  gpus__budget   8.000000000000e+00
    n_tp2_pp4_b128  structure__slots_g8   1.000000000000e+00
    n_tp2_pp4_b128  structure__nonempty   1.000000000000e+00
    n_tp2_pp4_b128  OBJ        6.146335364307e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp4_b32  structure__use_tp2_pp4_b32   1.000000000000e+00
    n_tp2_pp4_b32  gpus__budget   8.000000000000e+00
    n_tp2_pp4_b32  structure__slots_g8   1.000000000000e+00
    n_tp2_pp4_b32  structure__nonempty   1.000000000000e+00
    n_tp2_pp4_b32  OBJ        2.902103232218e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp2_pp4_b512  structure__use_tp2_pp4_b512   1.000000000000e+00
    n_tp2_pp4_b512  gpus__budget   8.000000000000e+00
    n_tp2_pp4_b512  structure__slots_g8   1.000000000000e+00
    n_tp2_pp4_b512  structure__nonempty   1.000000000000e+00
    n_tp2_pp4_b512  OBJ        1.524686210180e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp4_pp1_b128  structure__use_tp4_pp1_b128   1.000000000000e+00
    n_tp4_pp1_b128  gpus__budget   4.000000000000e+00
    n_tp4_pp1_b128  structure__slots_g4   1.000000000000e+00
    n_tp4_pp1_b128  structure__nonempty   1.000000000000e+00
    n_tp4_pp1_b128  OBJ        3.117414507827e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp4_pp1_b32  structure__use_tp4_pp1_b32   1.000000000000e+00
    n_tp4_pp1_b32  gpus__budget   4.000000000000e+00
    n_tp4_pp1_b32  structure__slots_g4   1.000000000000e+00
    n_tp4_pp1_b32  structure__nonempty   1.000000000000e+00
    n_tp4_pp1_b32  OBJ        1.241765296865e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp4_pp1_b512  structure__use_tp4_pp1_b512   1.000000000000e+00
    n_tp4_pp1_b512  gpus__budget   4.000000000000e+00
    n_tp4_pp1_b512  structure__slots_g4   1.000000000000e+00
    n_tp4_pp1_b512  structure__nonempty   1.000000000000e+00
    n_tp4_pp1_b512  OBJ        6.626646083211e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp4_pp2_b128  structure__use_tp4_pp2_b128   1.000000000000e+00
    n_tp4_pp2_b128  gpus__budget   8.000000000000e+00
    n_tp4_pp2_b128  structure__slots_g8   1.000000000000e+00
    n_tp4_pp2_b128  structure__nonempty   1.000000000000e+00
    n_tp4_pp2_b128  OBJ        5.638811081987e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp4_pp2_b32  structure__use_tp4_pp2_b32   1.000000000000e+00
    n_tp4_pp2_b32  gpus__budget   8.000000000000e+00
    n_tp4_pp2_b32  structure__slots_g8   1.000000000000e+00
    n_tp4_pp2_b32  structure__nonempty   1.000000000000e+00
    n_tp4_pp2_b32  OBJ        2.622452985826e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp4_pp2_b512  structure__use_tp4_pp2_b512   1.000000000000e+00
    n_tp4_pp2_b512  gpus__budget   8.000000000000e+00
    n_tp4_pp2_b512  structure__slots_g8   1.000000000000e+00
    n_tp4_pp2_b512  structure__nonempty   1.000000000000e+00
    n_tp4_pp2_b512  OBJ        1.387087304415e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp1_b128  structure__use_tp8_pp1_b128   1.000000000000e+00
    n_tp8_pp1_b128  gpus__budget   8.000000000000e+00
    n_tp8_pp1_b128  structure__slots_g8   1.000000000000e+00
    n_tp8_pp1_b128  structure__nonempty   1.000000000000e+00
    n_tp8_pp1_b128  OBJ        7.112912383542e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp1_b32  structure__use_tp8_pp1_b32   1.000000000000e+00
    n_tp8_pp1_b32  gpus__budget   8.000000000000e+00
    n_tp8_pp1_b32  structure__slots_g8   1.000000000000e+00
    n_tp8_pp1_b32  structure__nonempty   1.000000000000e+00
    n_tp8_pp1_b32  OBJ        3.072784970251e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_tp8_pp1_b512  structure__use_tp8_pp1_b512   1.000000000000e+00
    n_tp8_pp1_b512  gpus__budget   8.000000000000e+00
    n_tp8_pp1_b512  structure__slots_g8   1.000000000000e+00
    n_tp8_pp1_b512  structure__nonempty   1.000000000000e+00
    n_tp8_pp1_b512  OBJ        1.612973892669e+01
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
    y_tp1_pp1_b128  structure__use_tp1_pp1_b128  -8.000000000000e+00
    y_tp1_pp1_b128  memory__tp1_pp1_b128   1.521275201530e+02
    y_tp1_pp1_b128  slo__tp1_pp1_b128_ttft   1.613424977810e+00
    y_tp1_pp1_b128  slo__tp1_pp1_b128_tpot   1.697739067466e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp1_b32  structure__use_tp1_pp1_b32  -8.000000000000e+00
    y_tp1_pp1_b32  memory__tp1_pp1_b32   1.419012014996e+02
    y_tp1_pp1_b32  slo__tp1_pp1_b32_ttft   2.429718523742e-01
    y_tp1_pp1_b32  slo__tp1_pp1_b32_tpot   1.380408907845e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp1_b512  structure__use_tp1_pp1_b512  -8.000000000000e+00
    y_tp1_pp1_b512  memory__tp1_pp1_b512   1.922176756261e+02
    y_tp1_pp1_b512  slo__tp1_pp1_b512_ttft   2.873224957942e-01
    y_tp1_pp1_b512  slo__tp1_pp1_b512_tpot   1.832276437503e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp2_b128  structure__use_tp1_pp2_b128  -4.000000000000e+00
    y_tp1_pp2_b128  memory__tp1_pp2_b128   7.687412463467e+01
    y_tp1_pp2_b128  slo__tp1_pp2_b128_ttft   1.800001289851e+00
    y_tp1_pp2_b128  slo__tp1_pp2_b128_tpot   8.292921479625e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp2_b32  structure__use_tp1_pp2_b32  -4.000000000000e+00
    y_tp1_pp2_b32  memory__tp1_pp2_b32   7.209963404895e+01
    y_tp1_pp2_b32  slo__tp1_pp2_b32_ttft   1.298986775114e+00
    y_tp1_pp2_b32  slo__tp1_pp2_b32_tpot   2.471365252163e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp2_b512  structure__use_tp1_pp2_b512  -4.000000000000e+00
    y_tp1_pp2_b512  memory__tp1_pp2_b512   9.552495492897e+01
    y_tp1_pp2_b512  slo__tp1_pp2_b512_ttft   1.891194118296e+00
    y_tp1_pp2_b512  slo__tp1_pp2_b512_tpot   1.745738134199e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp3_b128  structure__use_tp1_pp3_b128  -2.000000000000e+00
    y_tp1_pp3_b128  memory__tp1_pp3_b128   5.147157342215e+01
    y_tp1_pp3_b128  slo__tp1_pp3_b128_ttft   1.685977559897e+00
    y_tp1_pp3_b128  slo__tp1_pp3_b128_tpot   7.319442909446e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp3_b32  structure__use_tp1_pp3_b32  -2.000000000000e+00
    y_tp1_pp3_b32  memory__tp1_pp3_b32   4.881973605983e+01
    y_tp1_pp3_b32  slo__tp1_pp3_b32_ttft   1.006628876453e+00
    y_tp1_pp3_b32  slo__tp1_pp3_b32_tpot   9.076747993134e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp3_b512  structure__use_tp1_pp3_b512  -2.000000000000e+00
    y_tp1_pp3_b512  memory__tp1_pp3_b512   6.254410713925e+01
    y_tp1_pp3_b512  slo__tp1_pp3_b512_ttft   2.514713315212e+00
    y_tp1_pp3_b512  slo__tp1_pp3_b512_tpot   7.770309464201e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp4_b128  structure__use_tp1_pp4_b128  -2.000000000000e+00
    y_tp1_pp4_b128  memory__tp1_pp4_b128   3.886462194586e+01
    y_tp1_pp4_b128  slo__tp1_pp4_b128_ttft   1.370882353288e+00
    y_tp1_pp4_b128  slo__tp1_pp4_b128_tpot   1.479210725702e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp4_b32  structure__use_tp1_pp4_b32  -2.000000000000e+00
    y_tp1_pp4_b32  memory__tp1_pp4_b32   3.719018431256e+01
    y_tp1_pp4_b32  slo__tp1_pp4_b32_ttft   8.223605517817e-01
    y_tp1_pp4_b32  slo__tp1_pp4_b32_tpot   1.471674108233e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp4_b512  structure__use_tp1_pp4_b512  -2.000000000000e+00
    y_tp1_pp4_b512  memory__tp1_pp4_b512   4.746767487790e+01
    y_tp1_pp4_b512  slo__tp1_pp4_b512_ttft   7.161339157241e-01
    y_tp1_pp4_b512  slo__tp1_pp4_b512_tpot   4.905813958002e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp5_b128  structure__use_tp1_pp5_b128  -1.000000000000e+00
    y_tp1_pp5_b128  memory__tp1_pp5_b128   3.220766563611e+01
    y_tp1_pp5_b128  slo__tp1_pp5_b128_ttft   1.344980602261e+00
    y_tp1_pp5_b128  slo__tp1_pp5_b128_tpot   1.728480027563e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp5_b32  structure__use_tp1_pp5_b32  -1.000000000000e+00
    y_tp1_pp5_b32  memory__tp1_pp5_b32   3.001676835829e+01
    y_tp1_pp5_b32  slo__tp1_pp5_b32_ttft   2.649494087317e+00
    y_tp1_pp5_b32  slo__tp1_pp5_b32_tpot   7.333778054035e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp5_b512  structure__use_tp1_pp5_b512  -1.000000000000e+00
    y_tp1_pp5_b512  memory__tp1_pp5_b512   3.916915486951e+01
    y_tp1_pp5_b512  slo__tp1_pp5_b512_ttft   2.787250913612e+00
    y_tp1_pp5_b512  slo__tp1_pp5_b512_tpot   2.292781717369e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp6_b128  structure__use_tp1_pp6_b128  -1.000000000000e+00
    y_tp1_pp6_b128  memory__tp1_pp6_b128   2.717682183932e+01
    y_tp1_pp6_b128  slo__tp1_pp6_b128_ttft   4.988248465304e-01
    y_tp1_pp6_b128  slo__tp1_pp6_b128_tpot   1.373198809395e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp6_b32  structure__use_tp1_pp6_b32  -1.000000000000e+00
    y_tp1_pp6_b32  memory__tp1_pp6_b32   2.541062793476e+01
    y_tp1_pp6_b32  slo__tp1_pp6_b32_ttft   2.243042821856e+00
    y_tp1_pp6_b32  slo__tp1_pp6_b32_tpot   8.049093825072e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp6_b512  structure__use_tp1_pp6_b512  -1.000000000000e+00
    y_tp1_pp6_b512  memory__tp1_pp6_b512   3.111417776885e+01
    y_tp1_pp6_b512  slo__tp1_pp6_b512_ttft   2.445464234638e+00
    y_tp1_pp6_b512  slo__tp1_pp6_b512_tpot   2.360509584139e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp7_b128  structure__use_tp1_pp7_b128  -1.000000000000e+00
    y_tp1_pp7_b128  memory__tp1_pp7_b128   2.357451813947e+01
    y_tp1_pp7_b128  slo__tp1_pp7_b128_ttft   8.919387079600e-01
    y_tp1_pp7_b128  slo__tp1_pp7_b128_tpot   1.073821692005e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp7_b32  structure__use_tp1_pp7_b32  -1.000000000000e+00
    y_tp1_pp7_b32  memory__tp1_pp7_b32   2.212560082288e+01
    y_tp1_pp7_b32  slo__tp1_pp7_b32_ttft   2.338171951612e+00
    y_tp1_pp7_b32  slo__tp1_pp7_b32_tpot   8.992325649976e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp7_b512  structure__use_tp1_pp7_b512  -1.000000000000e+00
    y_tp1_pp7_b512  memory__tp1_pp7_b512   2.702295620409e+01
    y_tp1_pp7_b512  slo__tp1_pp7_b512_ttft   2.103216108707e+00
    y_tp1_pp7_b512  slo__tp1_pp7_b512_tpot   1.590183818593e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp8_b128  structure__use_tp1_pp8_b128  -1.000000000000e+00
    y_tp1_pp8_b128  memory__tp1_pp8_b128   2.038416344505e+01
    y_tp1_pp8_b128  slo__tp1_pp8_b128_ttft   1.095205944891e+00
    y_tp1_pp8_b128  slo__tp1_pp8_b128_tpot   9.027205028178e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp8_b32  structure__use_tp1_pp8_b32  -1.000000000000e+00
    y_tp1_pp8_b32  memory__tp1_pp8_b32   1.959089494434e+01
    y_tp1_pp8_b32  slo__tp1_pp8_b32_ttft   1.533172680481e+00
    y_tp1_pp8_b32  slo__tp1_pp8_b32_tpot   1.547644218776e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp1_pp8_b512  structure__use_tp1_pp8_b512  -1.000000000000e+00
    y_tp1_pp8_b512  memory__tp1_pp8_b512   2.439817402267e+01
    y_tp1_pp8_b512  slo__tp1_pp8_b512_ttft   8.283568566453e-01
    y_tp1_pp8_b512  slo__tp1_pp8_b512_tpot   2.165048473384e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp1_b128  structure__use_tp2_pp1_b128  -4.000000000000e+00
    y_tp2_pp1_b128  memory__tp2_pp1_b128   7.633431317354e+01
    y_tp2_pp1_b128  slo__tp2_pp1_b128_ttft   2.327114524524e+00
    y_tp2_pp1_b128  slo__tp2_pp1_b128_tpot   1.211747678311e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp1_b32  structure__use_tp2_pp1_b32  -4.000000000000e+00
    y_tp2_pp1_b32  memory__tp2_pp1_b32   7.226460688533e+01
    y_tp2_pp1_b32  slo__tp2_pp1_b32_ttft   1.640635305650e+00
    y_tp2_pp1_b32  slo__tp2_pp1_b32_tpot   1.375269932724e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp1_b512  structure__use_tp2_pp1_b512  -4.000000000000e+00
    y_tp2_pp1_b512  memory__tp2_pp1_b512   9.429986768096e+01
    y_tp2_pp1_b512  slo__tp2_pp1_b512_ttft   1.744202924194e+00
    y_tp2_pp1_b512  slo__tp2_pp1_b512_tpot   2.081411537378e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp2_b128  structure__use_tp2_pp2_b128  -2.000000000000e+00
    y_tp2_pp2_b128  memory__tp2_pp2_b128   3.911203317374e+01
    y_tp2_pp2_b128  slo__tp2_pp2_b128_ttft   4.044380966307e-01
    y_tp2_pp2_b128  slo__tp2_pp2_b128_tpot   1.252867957730e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp2_b32  structure__use_tp2_pp2_b32  -2.000000000000e+00
    y_tp2_pp2_b32  memory__tp2_pp2_b32   3.697590326391e+01
    y_tp2_pp2_b32  slo__tp2_pp2_b32_ttft   2.339036328472e+00
    y_tp2_pp2_b32  slo__tp2_pp2_b32_tpot   8.059607039547e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp2_b512  structure__use_tp2_pp2_b512  -2.000000000000e+00
    y_tp2_pp2_b512  memory__tp2_pp2_b512   4.995253697535e+01
    y_tp2_pp2_b512  slo__tp2_pp2_b512_ttft   5.297244658792e-01
    y_tp2_pp2_b512  slo__tp2_pp2_b512_tpot   2.116034420342e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp3_b128  structure__use_tp2_pp3_b128  -1.000000000000e+00
    y_tp2_pp3_b128  memory__tp2_pp3_b128   2.712387631682e+01
    y_tp2_pp3_b128  slo__tp2_pp3_b128_ttft   2.491398649118e+00
    y_tp2_pp3_b128  slo__tp2_pp3_b128_tpot   1.029362746231e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp3_b32  structure__use_tp2_pp3_b32  -1.000000000000e+00
    y_tp2_pp3_b32  memory__tp2_pp3_b32   2.540285911299e+01
    y_tp2_pp3_b32  slo__tp2_pp3_b32_ttft   2.738802037034e+00
    y_tp2_pp3_b32  slo__tp2_pp3_b32_tpot   1.326154152822e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp3_b512  structure__use_tp2_pp3_b512  -1.000000000000e+00
    y_tp2_pp3_b512  memory__tp2_pp3_b512   3.203957857137e+01
    y_tp2_pp3_b512  slo__tp2_pp3_b512_ttft   6.750521852091e-01
    y_tp2_pp3_b512  slo__tp2_pp3_b512_tpot   2.148206054739e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp4_b128  structure__use_tp2_pp4_b128  -1.000000000000e+00
    y_tp2_pp4_b128  memory__tp2_pp4_b128   2.073170562521e+01
    y_tp2_pp4_b128  slo__tp2_pp4_b128_ttft   2.058008195302e+00
    y_tp2_pp4_b128  slo__tp2_pp4_b128_tpot   4.881083628321e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp4_b32  structure__use_tp2_pp4_b32  -1.000000000000e+00
    y_tp2_pp4_b32  memory__tp2_pp4_b32   1.961505289912e+01
    y_tp2_pp4_b32  slo__tp2_pp4_b32_ttft   2.145446108585e+00
    y_tp2_pp4_b32  slo__tp2_pp4_b32_tpot   1.448887660034e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp2_pp4_b512  structure__use_tp2_pp4_b512  -1.000000000000e+00
    y_tp2_pp4_b512  memory__tp2_pp4_b512   2.509521736844e+01
    y_tp2_pp4_b512  slo__tp2_pp4_b512_ttft   1.703673378808e+00
    y_tp2_pp4_b512  slo__tp2_pp4_b512_tpot   7.076725230707e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp4_pp1_b128  structure__use_tp4_pp1_b128  -2.000000000000e+00
    y_tp4_pp1_b128  memory__tp4_pp1_b128   3.937103027263e+01
    y_tp4_pp1_b128  slo__tp4_pp1_b128_ttft   1.031172254335e+00
    y_tp4_pp1_b128  slo__tp4_pp1_b128_tpot   5.203246522713e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp4_pp1_b32  structure__use_tp4_pp1_b32  -2.000000000000e+00
    y_tp4_pp1_b32  memory__tp4_pp1_b32   3.724629949562e+01
    y_tp4_pp1_b32  slo__tp4_pp1_b32_ttft   1.685628561185e+00
    y_tp4_pp1_b32  slo__tp4_pp1_b32_tpot   2.155028243466e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp4_pp1_b512  structure__use_tp4_pp1_b512  -2.000000000000e+00
    y_tp4_pp1_b512  memory__tp4_pp1_b512   4.826548580872e+01
    y_tp4_pp1_b512  slo__tp4_pp1_b512_ttft   1.765821858587e+00
    y_tp4_pp1_b512  slo__tp4_pp1_b512_tpot   2.321088495561e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp4_pp2_b128  structure__use_tp4_pp2_b128  -1.000000000000e+00
    y_tp4_pp2_b128  memory__tp4_pp2_b128   2.057332282401e+01
    y_tp4_pp2_b128  slo__tp4_pp2_b128_ttft   2.471158840914e+00
    y_tp4_pp2_b128  slo__tp4_pp2_b128_tpot   9.688730303813e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp4_pp2_b32  structure__use_tp4_pp2_b32  -1.000000000000e+00
    y_tp4_pp2_b32  memory__tp4_pp2_b32   1.950727065063e+01
    y_tp4_pp2_b32  slo__tp4_pp2_b32_ttft   1.208973502640e+00
    y_tp4_pp2_b32  slo__tp4_pp2_b32_tpot   2.970553758944e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp4_pp2_b512  structure__use_tp4_pp2_b512  -1.000000000000e+00
    y_tp4_pp2_b512  memory__tp4_pp2_b512   2.591065640410e+01
    y_tp4_pp2_b512  slo__tp4_pp2_b512_ttft   5.312478235272e-01
    y_tp4_pp2_b512  slo__tp4_pp2_b512_tpot   4.544821011943e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp1_b128  structure__use_tp8_pp1_b128  -1.000000000000e+00
    y_tp8_pp1_b128  memory__tp8_pp1_b128   2.061091466943e+01
    y_tp8_pp1_b128  slo__tp8_pp1_b128_ttft   1.519421637416e+00
    y_tp8_pp1_b128  slo__tp8_pp1_b128_tpot   1.468723528624e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp1_b32  structure__use_tp8_pp1_b32  -1.000000000000e+00
    y_tp8_pp1_b32  memory__tp8_pp1_b32   1.955325632391e+01
    y_tp8_pp1_b32  slo__tp8_pp1_b32_ttft   6.252128821108e-01
    y_tp8_pp1_b32  slo__tp8_pp1_b32_tpot   1.178952650719e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_tp8_pp1_b512  structure__use_tp8_pp1_b512  -1.000000000000e+00
    y_tp8_pp1_b512  memory__tp8_pp1_b512   2.425617931857e+01
    y_tp8_pp1_b512  slo__tp8_pp1_b512_ttft   2.301155554715e+00
    y_tp8_pp1_b512  slo__tp8_pp1_b512_tpot   1.326576675871e-01
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
    RHS       gpus__budget   8.000000000000e+00
    RHS       gpus__nodes   8.000000000000e+00
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
 UP BND       n_tp1_pp1_b128   8.000000000000e+00
 UP BND       n_tp1_pp1_b32   8.000000000000e+00
 UP BND       n_tp1_pp1_b512   8.000000000000e+00
 UP BND       n_tp1_pp2_b128   4.000000000000e+00
 UP BND       n_tp1_pp2_b32   4.000000000000e+00
 UP BND       n_tp1_pp2_b512   4.000000000000e+00
 UP BND       n_tp1_pp3_b128   2.000000000000e+00
 UP BND       n_tp1_pp3_b32   2.000000000000e+00
 UP BND       n_tp1_pp3_b512   2.000000000000e+00
 UP BND       n_tp1_pp4_b128   2.000000000000e+00
 UP BND       n_tp1_pp4_b32   2.000000000000e+00
 UP BND       n_tp1_pp4_b512   2.000000000000e+00
 BV BND       n_tp1_pp5_b128
 BV BND       n_tp1_pp5_b32
 BV BND       n_tp1_pp5_b512
 BV BND       n_tp1_pp6_b128
 BV BND       n_tp1_pp6_b32
 BV BND       n_tp1_pp6_b512
 BV BND       n_tp1_pp7_b128
 BV BND       n_tp1_pp7_b32
 BV BND       n_tp1_pp7_b512
 BV BND       n_tp1_pp8_b128
 BV BND       n_tp1_pp8_b32
 BV BND       n_tp1_pp8_b512
 UP BND       n_tp2_pp1_b128   4.000000000000e+00
 UP BND       n_tp2_pp1_b32   4.000000000000e+00
 UP BND       n_tp2_pp1_b512   4.000000000000e+00
 UP BND       n_tp2_pp2_b128   2.000000000000e+00
 UP BND       n_tp2_pp2_b32   2.000000000000e+00
 UP BND       n_tp2_pp2_b512   2.000000000000e+00
 BV BND       n_tp2_pp3_b128
 BV BND       n_tp2_pp3_b32
 BV BND       n_tp2_pp3_b512
 BV BND       n_tp2_pp4_b128
 BV BND       n_tp2_pp4_b32
 BV BND       n_tp2_pp4_b512
 UP BND       n_tp4_pp1_b128   2.000000000000e+00
 UP BND       n_tp4_pp1_b32   2.000000000000e+00
 UP BND       n_tp4_pp1_b512   2.000000000000e+00
 BV BND       n_tp4_pp2_b128
 BV BND       n_tp4_pp2_b32
 BV BND       n_tp4_pp2_b512
 BV BND       n_tp8_pp1_b128
 BV BND       n_tp8_pp1_b32
 BV BND       n_tp8_pp1_b512
 BV BND       x_p0    
 BV BND       x_p1    
 BV BND       x_p10   
 BV BND       x_p11   
 BV BND       x_p12   
 BV BND       x_p13   
 BV BND       x_p14   
 BV BND       x_p15   
 BV BND       x_p16   
 BV BND       x_p17   
 BV BND       x_p18   
 BV BND       x_p19   
 BV BND       x_p2    
 BV BND       x_p20   
 BV BND       x_p21   
 BV BND       x_p3    
 BV BND       x_p4    
 BV BND       x_p5    
 BV BND       x_p6    
 BV BND       x_p7    
 BV BND       x_p8    
 BV BND       x_p9    
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
 BV BND       y_tp4_pp1_b128
 BV BND       y_tp4_pp1_b32
 BV BND       y_tp4_pp1_b512
 BV BND       y_tp4_pp2_b128
 BV BND       y_tp4_pp2_b32
 BV BND       y_tp4_pp2_b512
 BV BND       y_tp8_pp1_b128
 BV BND       y_tp8_pp1_b32
 BV BND       y_tp8_pp1_b512
ENDATA
