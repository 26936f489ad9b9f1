OBJSENSE
 MAX
NAME          exegpt_small_seed1
ROWS
 N  OBJ
 E  structure__one_schedule
 E  structure__split_g1_k1
 E  structure__split_g1_k8
 E  structure__split_g1_k64
 E  structure__bottleneck
 L  structure__bottleneck_y_u_enc_tp1_pp1_be1
 L  structure__bottleneck_y_u_enc_tp1_pp1_be8
 L  structure__bottleneck_y_u_enc_tp1_pp1_be64
 L  structure__bottleneck_z_v_dec_tp1_pp3_k1_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp3_k1_bm2
 L  structure__bottleneck_z_v_dec_tp1_pp3_k8_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp3_k8_bm2
 L  structure__bottleneck_z_v_dec_tp1_pp3_k64_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp3_k64_bm2
 L  structure__cycle_z_v_dec_tp1_pp3_k1_bm1
 L  structure__cycle_z_v_dec_tp1_pp3_k1_bm2
 L  structure__cycle_z_v_dec_tp1_pp3_k8_bm1
 L  structure__cycle_z_v_dec_tp1_pp3_k8_bm2
 L  structure__cycle_z_v_dec_tp1_pp3_k64_bm1
 L  structure__cycle_z_v_dec_tp1_pp3_k64_bm2
 L  slo__e2e_tail
 L  memory__encode_batch
 L  memory__encode_tail
 L  memory__decode_batch
 L  memory__decode_tail
COLUMNS
    MARK      'MARKER'                 'INTORG'
    u_enc_tp1_pp1_be1  structure__one_schedule   1.000000000000e+00
    u_enc_tp1_pp1_be1  structure__split_g1_k1   1.000000000000e+00
    u_enc_tp1_pp1_be1  structure__bottleneck  -1.000000000000e+00
    u_enc_tp1_pp1_be1  structure__bottleneck_y_u_enc_tp1_pp1_be1  -1.000000000000e+00
    u_enc_tp1_pp1_be1  structure__cycle_z_v_dec_tp1_pp3_k1_bm1   1.000000000000e+00
    u_enc_tp1_pp1_be1  structure__cycle_z_v_dec_tp1_pp3_k1_bm2   1.000000000000e+00
    u_enc_tp1_pp1_be1  slo__e2e_tail   4.664852920980e-02
    u_enc_tp1_pp1_be1  memory__encode_batch   1.021812927246e+01
    u_enc_tp1_pp1_be1  memory__encode_tail   1.006127929688e+01
    u_enc_tp1_pp1_be1  OBJ        1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_enc_tp1_pp1_be64  structure__one_schedule   1.000000000000e+00
    u_enc_tp1_pp1_be64  structure__split_g1_k64   1.000000000000e+00
    u_enc_tp1_pp1_be64  structure__bottleneck  -1.000000000000e+00
    u_enc_tp1_pp1_be64  structure__bottleneck_y_u_enc_tp1_pp1_be64  -1.000000000000e+00
    u_enc_tp1_pp1_be64  structure__cycle_z_v_dec_tp1_pp3_k64_bm1   1.000000000000e+00
    u_enc_tp1_pp1_be64  structure__cycle_z_v_dec_tp1_pp3_k64_bm2   1.000000000000e+00
    u_enc_tp1_pp1_be64  slo__e2e_tail   2.765016974189e+00
    u_enc_tp1_pp1_be64  memory__encode_batch   2.009967773437e+01
    u_enc_tp1_pp1_be64  memory__encode_tail   1.006127929688e+01
    u_enc_tp1_pp1_be64  OBJ        6.400000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_enc_tp1_pp1_be8  structure__one_schedule   1.000000000000e+00
    u_enc_tp1_pp1_be8  structure__split_g1_k8   1.000000000000e+00
    u_enc_tp1_pp1_be8  structure__bottleneck  -1.000000000000e+00
    u_enc_tp1_pp1_be8  structure__bottleneck_y_u_enc_tp1_pp1_be8  -1.000000000000e+00
    u_enc_tp1_pp1_be8  structure__cycle_z_v_dec_tp1_pp3_k8_bm1   1.000000000000e+00
    u_enc_tp1_pp1_be8  structure__cycle_z_v_dec_tp1_pp3_k8_bm2   1.000000000000e+00
    u_enc_tp1_pp1_be8  slo__e2e_tail   3.486894675408e-01
    u_enc_tp1_pp1_be8  memory__encode_batch   1.131607910156e+01
    u_enc_tp1_pp1_be8  memory__encode_tail   1.006127929688e+01
    u_enc_tp1_pp1_be8  OBJ        8.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp3_k1_bm1  structure__split_g1_k1  -1.000000000000e+00
    v_dec_tp1_pp3_k1_bm1  structure__bottleneck_z_v_dec_tp1_pp3_k1_bm1  -1.000000000000e+00
    v_dec_tp1_pp3_k1_bm1  slo__e2e_tail   5.572926412410e+00
    v_dec_tp1_pp3_k1_bm1  memory__decode_batch   2.089424049031e+01
    v_dec_tp1_pp3_k1_bm1  memory__decode_tail   5.545166015625e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp3_k1_bm2  structure__split_g1_k1  -1.000000000000e+00
    v_dec_tp1_pp3_k1_bm2  structure__bottleneck_z_v_dec_tp1_pp3_k1_bm2  -1.000000000000e+00
    v_dec_tp1_pp3_k1_bm2  slo__e2e_tail   4.517468895133e+00
    v_dec_tp1_pp3_k1_bm2  memory__decode_batch   2.088158753621e+01
    v_dec_tp1_pp3_k1_bm2  memory__decode_tail   6.029052734375e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp3_k64_bm1  structure__split_g1_k64  -1.000000000000e+00
    v_dec_tp1_pp3_k64_bm1  structure__bottleneck_z_v_dec_tp1_pp3_k64_bm1  -1.000000000000e+00
    v_dec_tp1_pp3_k64_bm1  slo__e2e_tail   2.982011343267e+02
    v_dec_tp1_pp3_k64_bm1  memory__decode_batch   1.018370795677e+03
    v_dec_tp1_pp3_k64_bm1  memory__decode_tail   5.545166015625e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp3_k64_bm2  structure__split_g1_k64  -1.000000000000e+00
    v_dec_tp1_pp3_k64_bm2  structure__bottleneck_z_v_dec_tp1_pp3_k64_bm2  -1.000000000000e+00
    v_dec_tp1_pp3_k64_bm2  slo__e2e_tail   1.990349898374e+02
    v_dec_tp1_pp3_k64_bm2  memory__decode_batch   1.017561006615e+03
    v_dec_tp1_pp3_k64_bm2  memory__decode_tail   6.029052734375e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp3_k8_bm1  structure__split_g1_k8  -1.000000000000e+00
    v_dec_tp1_pp3_k8_bm1  structure__bottleneck_z_v_dec_tp1_pp3_k8_bm1  -1.000000000000e+00
    v_dec_tp1_pp3_k8_bm1  slo__e2e_tail   3.761963391312e+01
    v_dec_tp1_pp3_k8_bm1  memory__decode_batch   1.317249688444e+02
    v_dec_tp1_pp3_k8_bm1  memory__decode_tail   5.545166015625e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp3_k8_bm2  structure__split_g1_k8  -1.000000000000e+00
    v_dec_tp1_pp3_k8_bm2  structure__bottleneck_z_v_dec_tp1_pp3_k8_bm2  -1.000000000000e+00
    v_dec_tp1_pp3_k8_bm2  slo__e2e_tail   2.526464732915e+01
    v_dec_tp1_pp3_k8_bm2  memory__decode_batch   1.316237452116e+02
    v_dec_tp1_pp3_k8_bm2  memory__decode_tail   6.029052734375e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_u_enc_tp1_pp1_be1  structure__bottleneck   1.000000000000e+00
    y_u_enc_tp1_pp1_be1  structure__bottleneck_y_u_enc_tp1_pp1_be1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_u_enc_tp1_pp1_be64  structure__bottleneck   1.000000000000e+00
    y_u_enc_tp1_pp1_be64  structure__bottleneck_y_u_enc_tp1_pp1_be64   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_u_enc_tp1_pp1_be8  structure__bottleneck   1.000000000000e+00
    y_u_enc_tp1_pp1_be8  structure__bottleneck_y_u_enc_tp1_pp1_be8   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp3_k1_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp3_k1_bm1  structure__bottleneck_z_v_dec_tp1_pp3_k1_bm1   1.000000000000e+00
    z_v_dec_tp1_pp3_k1_bm1  structure__cycle_z_v_dec_tp1_pp3_k1_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp3_k1_bm2  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp3_k1_bm2  structure__bottleneck_z_v_dec_tp1_pp3_k1_bm2   1.000000000000e+00
    z_v_dec_tp1_pp3_k1_bm2  structure__cycle_z_v_dec_tp1_pp3_k1_bm2   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp3_k64_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp3_k64_bm1  structure__bottleneck_z_v_dec_tp1_pp3_k64_bm1   1.000000000000e+00
    z_v_dec_tp1_pp3_k64_bm1  structure__cycle_z_v_dec_tp1_pp3_k64_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp3_k64_bm2  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp3_k64_bm2  structure__bottleneck_z_v_dec_tp1_pp3_k64_bm2   1.000000000000e+00
    z_v_dec_tp1_pp3_k64_bm2  structure__cycle_z_v_dec_tp1_pp3_k64_bm2   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp3_k8_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp3_k8_bm1  structure__bottleneck_z_v_dec_tp1_pp3_k8_bm1   1.000000000000e+00
    z_v_dec_tp1_pp3_k8_bm1  structure__cycle_z_v_dec_tp1_pp3_k8_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp3_k8_bm2  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp3_k8_bm2  structure__bottleneck_z_v_dec_tp1_pp3_k8_bm2   1.000000000000e+00
    z_v_dec_tp1_pp3_k8_bm2  structure__cycle_z_v_dec_tp1_pp3_k8_bm2   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
RHS
    RHS       structure__one_schedule   1.000000000000e+00
    RHS       structure__split_g1_k1   0.000000000000e+00
    RHS       structure__split_g1_k8   0.000000000000e+00
    RHS       structure__split_g1_k64   0.000000000000e+00
    RHS       structure__bottleneck   0.000000000000e+00
    RHS       structure__bottleneck_y_u_enc_tp1_pp1_be1   0.000000000000e+00
    RHS       structure__bottleneck_y_u_enc_tp1_pp1_be8   0.000000000000e+00
    RHS       structure__bottleneck_y_u_enc_tp1_pp1_be64   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp3_k1_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp3_k1_bm2   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp3_k8_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp3_k8_bm2   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp3_k64_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp3_k64_bm2   0.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp3_k1_bm1   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp3_k1_bm2   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp3_k8_bm1   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp3_k8_bm2   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp3_k64_bm1   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp3_k64_bm2   1.000000000000e+00
    RHS       slo__e2e_tail   1.676237253575e+01
    RHS       memory__encode_batch   5.815983477534e+01
    RHS       memory__encode_tail   5.815983477534e+01
    RHS       memory__decode_batch   5.815983477534e+01
    RHS       memory__decode_tail   5.815983477534e+01
BOUNDS
 BV BND       u_enc_tp1_pp1_be1
 BV BND       u_enc_tp1_pp1_be64
 BV BND       u_enc_tp1_pp1_be8
 BV BND       v_dec_tp1_pp3_k1_bm1
 BV BND       v_dec_tp1_pp3_k1_bm2
 BV BND       v_dec_tp1_pp3_k64_bm1
 BV BND       v_dec_tp1_pp3_k64_bm2
 BV BND       v_dec_tp1_pp3_k8_bm1
 BV BND       v_dec_tp1_pp3_k8_bm2
 BV BND       y_u_enc_tp1_pp1_be1
 BV BND       y_u_enc_tp1_pp1_be64
 BV BND       y_u_enc_tp1_pp1_be8
 BV BND       z_v_dec_tp1_pp3_k1_bm1
 BV BND       z_v_dec_tp1_pp3_k1_bm2
 BV BND       z_v_dec_tp1_pp3_k64_bm1
 BV BND       z_v_dec_tp1_pp3_k64_bm2
 BV BND       z_v_dec_tp1_pp3_k8_bm1
 BV BND       z_v_dec_tp1_pp3_k8_bm2
ENDATA
