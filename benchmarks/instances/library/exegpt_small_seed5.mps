OBJSENSE
 MAX
NAME          exegpt_small_seed5
ROWS
 N  OBJ
 E  structure__one_schedule
 E  structure__split_g1_k2
 E  structure__split_g1_k16
 E  structure__split_g1_k32
 E  structure__bottleneck
 L  structure__bottleneck_y_u_enc_tp1_pp1_be2
 L  structure__bottleneck_y_u_enc_tp1_pp1_be16
 L  structure__bottleneck_y_u_enc_tp1_pp1_be32
 L  structure__bottleneck_z_v_dec_tp1_pp1_k2_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp1_k16_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp1_k32_bm1
 L  structure__cycle_z_v_dec_tp1_pp1_k2_bm1
 L  structure__cycle_z_v_dec_tp1_pp1_k16_bm1
 L  structure__cycle_z_v_dec_tp1_pp1_k32_bm1
 L  slo__e2e_tail
 L  memory__encode_batch
 L  memory__encode_tail
 L  memory__decode_batch
 L  memory__decode_tail
COLUMNS
    MARK      'MARKER'                 'INTORG'
    u_enc_tp1_pp1_be16  structure__one_schedule   1.000000000000e+00
    u_enc_tp1_pp1_be16  structure__split_g1_k16   1.000000000000e+00
    u_enc_tp1_pp1_be16  structure__bottleneck  -1.000000000000e+00
    u_enc_tp1_pp1_be16  structure__bottleneck_y_u_enc_tp1_pp1_be16  -1.000000000000e+00
    u_enc_tp1_pp1_be16  structure__cycle_z_v_dec_tp1_pp1_k16_bm1   1.000000000000e+00
    u_enc_tp1_pp1_be16  slo__e2e_tail   5.341739113205e-01
    u_enc_tp1_pp1_be16  memory__encode_batch   1.703615124512e+01
    u_enc_tp1_pp1_be16  memory__encode_tail   1.600146850586e+01
    u_enc_tp1_pp1_be16  OBJ        1.600000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_enc_tp1_pp1_be2  structure__one_schedule   1.000000000000e+00
    u_enc_tp1_pp1_be2  structure__split_g1_k2   1.000000000000e+00
    u_enc_tp1_pp1_be2  structure__bottleneck  -1.000000000000e+00
    u_enc_tp1_pp1_be2  structure__bottleneck_y_u_enc_tp1_pp1_be2  -1.000000000000e+00
    u_enc_tp1_pp1_be2  structure__cycle_z_v_dec_tp1_pp1_k2_bm1   1.000000000000e+00
    u_enc_tp1_pp1_be2  slo__e2e_tail   7.108994905868e-02
    u_enc_tp1_pp1_be2  memory__encode_batch   1.609192124939e+01
    u_enc_tp1_pp1_be2  memory__encode_tail   1.600146850586e+01
    u_enc_tp1_pp1_be2  OBJ        2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_enc_tp1_pp1_be32  structure__one_schedule   1.000000000000e+00
    u_enc_tp1_pp1_be32  structure__split_g1_k32   1.000000000000e+00
    u_enc_tp1_pp1_be32  structure__bottleneck  -1.000000000000e+00
    u_enc_tp1_pp1_be32  structure__bottleneck_y_u_enc_tp1_pp1_be32  -1.000000000000e+00
    u_enc_tp1_pp1_be32  structure__cycle_z_v_dec_tp1_pp1_k32_bm1   1.000000000000e+00
    u_enc_tp1_pp1_be32  slo__e2e_tail   1.063412725334e+00
    u_enc_tp1_pp1_be32  memory__encode_batch   1.811527124023e+01
    u_enc_tp1_pp1_be32  memory__encode_tail   1.600146850586e+01
    u_enc_tp1_pp1_be32  OBJ        3.200000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp1_k16_bm1  structure__split_g1_k16  -1.000000000000e+00
    v_dec_tp1_pp1_k16_bm1  structure__bottleneck_z_v_dec_tp1_pp1_k16_bm1  -1.000000000000e+00
    v_dec_tp1_pp1_k16_bm1  slo__e2e_tail   1.639658567491e+00
    v_dec_tp1_pp1_k16_bm1  memory__decode_batch   2.292903615965e+01
    v_dec_tp1_pp1_k16_bm1  memory__decode_tail   1.600549682617e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp1_k2_bm1  structure__split_g1_k2  -1.000000000000e+00
    v_dec_tp1_pp1_k2_bm1  structure__bottleneck_z_v_dec_tp1_pp1_k2_bm1  -1.000000000000e+00
    v_dec_tp1_pp1_k2_bm1  slo__e2e_tail   1.107034525818e+00
    v_dec_tp1_pp1_k2_bm1  memory__decode_batch   1.682853186371e+01
    v_dec_tp1_pp1_k2_bm1  memory__decode_tail   1.600549682617e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp1_k32_bm1  structure__split_g1_k32  -1.000000000000e+00
    v_dec_tp1_pp1_k32_bm1  structure__bottleneck_z_v_dec_tp1_pp1_k32_bm1  -1.000000000000e+00
    v_dec_tp1_pp1_k32_bm1  slo__e2e_tail   3.185413615777e+00
    v_dec_tp1_pp1_k32_bm1  memory__decode_batch   2.990104106931e+01
    v_dec_tp1_pp1_k32_bm1  memory__decode_tail   1.600549682617e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_u_enc_tp1_pp1_be16  structure__bottleneck   1.000000000000e+00
    y_u_enc_tp1_pp1_be16  structure__bottleneck_y_u_enc_tp1_pp1_be16   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_u_enc_tp1_pp1_be2  structure__bottleneck   1.000000000000e+00
    y_u_enc_tp1_pp1_be2  structure__bottleneck_y_u_enc_tp1_pp1_be2   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_u_enc_tp1_pp1_be32  structure__bottleneck   1.000000000000e+00
    y_u_enc_tp1_pp1_be32  structure__bottleneck_y_u_enc_tp1_pp1_be32   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp1_k16_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp1_k16_bm1  structure__bottleneck_z_v_dec_tp1_pp1_k16_bm1   1.000000000000e+00
    z_v_dec_tp1_pp1_k16_bm1  structure__cycle_z_v_dec_tp1_pp1_k16_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp1_k2_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp1_k2_bm1  structure__bottleneck_z_v_dec_tp1_pp1_k2_bm1   1.000000000000e+00
    z_v_dec_tp1_pp1_k2_bm1  structure__cycle_z_v_dec_tp1_pp1_k2_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp1_k32_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp1_k32_bm1  structure__bottleneck_z_v_dec_tp1_pp1_k32_bm1   1.000000000000e+00
    z_v_dec_tp1_pp1_k32_bm1  structure__cycle_z_v_dec_tp1_pp1_k32_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
RHS
    RHS       structure__one_schedule   1.000000000000e+00
    RHS       structure__split_g1_k2   0.000000000000e+00
    RHS       structure__split_g1_k16   0.000000000000e+00
    RHS       structure__split_g1_k32   0.000000000000e+00
    RHS       structure__bottleneck   0.000000000000e+00
    RHS       structure__bottleneck_y_u_enc_tp1_pp1_be2   0.000000000000e+00
    RHS       structure__bottleneck_y_u_enc_tp1_pp1_be16   0.000000000000e+00
    RHS       structure__bottleneck_y_u_enc_tp1_pp1_be32   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp1_k2_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp1_k16_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp1_k32_bm1   0.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp1_k2_bm1   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp1_k16_bm1   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp1_k32_bm1   1.000000000000e+00
    RHS       slo__e2e_tail   4.228899496422e+00
    RHS       memory__encode_batch   3.217547989060e+01
    RHS       memory__encode_tail   3.217547989060e+01
    RHS       memory__decode_batch   3.217547989060e+01
    RHS       memory__decode_tail   3.217547989060e+01
BOUNDS
 BV BND       u_enc_tp1_pp1_be16
 BV BND       u_enc_tp1_pp1_be2
 BV BND       u_enc_tp1_pp1_be32
 BV BND       v_dec_tp1_pp1_k16_bm1
 BV BND       v_dec_tp1_pp1_k2_bm1
 BV BND       v_dec_tp1_pp1_k32_bm1
 BV BND       y_u_enc_tp1_pp1_be16
 BV BND       y_u_enc_tp1_pp1_be2
 BV BND       y_u_enc_tp1_pp1_be32
 BV BND       z_v_dec_tp1_pp1_k16_bm1
 BV BND       z_v_dec_tp1_pp1_k2_bm1
 BV BND       z_v_dec_tp1_pp1_k32_bm1
ENDATA
