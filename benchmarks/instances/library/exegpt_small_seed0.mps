OBJSENSE
 MAX
NAME          exegpt_small_seed0
ROWS
 N  OBJ
 E  structure__one_schedule
 E  structure__split_g1_k1
 E  structure__split_g1_k8
 E  structure__split_g1_k64
 E  structure__split_g2_k1
 E  structure__split_g2_k2
 E  structure__split_g2_k8
 E  structure__split_g2_k16
 E  structure__split_g2_k64
 E  structure__split_g2_k128
 E  structure__split_g3_k3
 E  structure__split_g3_k24
 E  structure__split_g3_k192
 E  structure__bottleneck
 L  structure__bottleneck_y_u_enc_tp1_pp1_be1
 L  structure__bottleneck_y_u_enc_tp1_pp2_be1
 L  structure__bottleneck_y_u_enc_tp2_pp1_be1
 L  structure__bottleneck_y_u_enc_tp1_pp3_be1
 L  structure__bottleneck_y_u_enc_tp1_pp1_be8
 L  structure__bottleneck_y_u_enc_tp1_pp2_be8
 L  structure__bottleneck_y_u_enc_tp2_pp1_be8
 L  structure__bottleneck_y_u_enc_tp1_pp3_be8
 L  structure__bottleneck_y_u_enc_tp1_pp1_be64
 L  structure__bottleneck_y_u_enc_tp1_pp2_be64
 L  structure__bottleneck_y_u_enc_tp2_pp1_be64
 L  structure__bottleneck_y_u_enc_tp1_pp3_be64
 L  structure__bottleneck_z_v_dec_tp1_pp3_k1_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp3_k1_bm2
 L  structure__bottleneck_z_v_dec_tp1_pp2_k2_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp2_k2_bm2
 L  structure__bottleneck_z_v_dec_tp2_pp1_k2_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp2_k1_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp2_k1_bm2
 L  structure__bottleneck_z_v_dec_tp2_pp1_k1_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp1_k3_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp3_k8_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp3_k8_bm2
 L  structure__bottleneck_z_v_dec_tp1_pp2_k16_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp2_k16_bm2
 L  structure__bottleneck_z_v_dec_tp2_pp1_k16_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp2_k8_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp2_k8_bm2
 L  structure__bottleneck_z_v_dec_tp2_pp1_k8_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp1_k24_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp3_k64_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp3_k64_bm2
 L  structure__bottleneck_z_v_dec_tp1_pp2_k128_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp2_k128_bm2
 L  structure__bottleneck_z_v_dec_tp2_pp1_k128_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp2_k64_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp2_k64_bm2
 L  structure__bottleneck_z_v_dec_tp2_pp1_k64_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp1_k192_bm1
 L  structure__cycle_z_v_dec_tp1_pp3_k1_bm1
 L  structure__cycle_z_v_dec_tp1_pp3_k1_bm2
 L  structure__cycle_y_u_enc_tp1_pp2_be1
 L  structure__cycle_z_v_dec_tp1_pp2_k2_bm2
 L  structure__cycle_z_v_dec_tp2_pp1_k2_bm1
 L  structure__cycle_z_v_dec_tp1_pp2_k1_bm1
 L  structure__cycle_z_v_dec_tp1_pp2_k1_bm2
 L  structure__cycle_z_v_dec_tp2_pp1_k1_bm1
 L  structure__cycle_y_u_enc_tp1_pp3_be1
 L  structure__cycle_z_v_dec_tp1_pp3_k8_bm1
 L  structure__cycle_z_v_dec_tp1_pp3_k8_bm2
 L  structure__cycle_y_u_enc_tp1_pp2_be8
 L  structure__cycle_z_v_dec_tp1_pp2_k16_bm2
 L  structure__cycle_z_v_dec_tp2_pp1_k16_bm1
 L  structure__cycle_z_v_dec_tp1_pp2_k8_bm1
 L  structure__cycle_z_v_dec_tp1_pp2_k8_bm2
 L  structure__cycle_z_v_dec_tp2_pp1_k8_bm1
 L  structure__cycle_y_u_enc_tp1_pp3_be8
 L  structure__cycle_z_v_dec_tp1_pp3_k64_bm1
 L  structure__cycle_z_v_dec_tp1_pp3_k64_bm2
 L  structure__cycle_y_u_enc_tp1_pp2_be64
 L  structure__cycle_z_v_dec_tp1_pp2_k128_bm2
 L  structure__cycle_z_v_dec_tp2_pp1_k128_bm1
 L  structure__cycle_y_u_enc_tp2_pp1_be64
 L  structure__cycle_z_v_dec_tp1_pp2_k64_bm2
 L  structure__cycle_z_v_dec_tp2_pp1_k64_bm1
 L  structure__cycle_y_u_enc_tp1_pp3_be64
 L  slo__e2e_tail
 L  memory__rra_batch
 L  memory__rra_tail
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
    u_enc_tp1_pp1_be1  slo__e2e_tail   2.604094653684e-02
    u_enc_tp1_pp1_be1  memory__encode_batch   1.604868255234e+01
    u_enc_tp1_pp1_be1  memory__encode_tail   1.603747558594e+01
    u_enc_tp1_pp1_be1  OBJ        1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_enc_tp1_pp1_be64  structure__one_schedule   1.000000000000e+00
    u_enc_tp1_pp1_be64  structure__split_g1_k64   1.000000000000e+00
    u_enc_tp1_pp1_be64  structure__bottleneck  -1.000000000000e+00
    u_enc_tp1_pp1_be64  structure__bottleneck_y_u_enc_tp1_pp1_be64  -1.000000000000e+00
    u_enc_tp1_pp1_be64  structure__cycle_z_v_dec_tp1_pp3_k64_bm1   1.000000000000e+00
    u_enc_tp1_pp1_be64  structure__cycle_z_v_dec_tp1_pp3_k64_bm2   1.000000000000e+00
    u_enc_tp1_pp1_be64  slo__e2e_tail   1.436142541996e+00
    u_enc_tp1_pp1_be64  memory__encode_batch   2.182271459961e+01
    u_enc_tp1_pp1_be64  memory__encode_tail   1.603747558594e+01
    u_enc_tp1_pp1_be64  OBJ        6.400000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_enc_tp1_pp1_be8  structure__one_schedule   1.000000000000e+00
    u_enc_tp1_pp1_be8  structure__split_g1_k8   1.000000000000e+00
    u_enc_tp1_pp1_be8  structure__bottleneck  -1.000000000000e+00
    u_enc_tp1_pp1_be8  structure__bottleneck_y_u_enc_tp1_pp1_be8  -1.000000000000e+00
    u_enc_tp1_pp1_be8  structure__cycle_z_v_dec_tp1_pp3_k8_bm1   1.000000000000e+00
    u_enc_tp1_pp1_be8  structure__cycle_z_v_dec_tp1_pp3_k8_bm2   1.000000000000e+00
    u_enc_tp1_pp1_be8  slo__e2e_tail   1.827189015879e-01
    u_enc_tp1_pp1_be8  memory__encode_batch   1.669024166870e+01
    u_enc_tp1_pp1_be8  memory__encode_tail   1.603747558594e+01
    u_enc_tp1_pp1_be8  OBJ        8.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_enc_tp1_pp2_be1  structure__one_schedule   1.000000000000e+00
    u_enc_tp1_pp2_be1  structure__split_g2_k2   1.000000000000e+00
    u_enc_tp1_pp2_be1  structure__bottleneck  -1.000000000000e+00
    u_enc_tp1_pp2_be1  structure__bottleneck_y_u_enc_tp1_pp2_be1  -1.000000000000e+00
    u_enc_tp1_pp2_be1  structure__cycle_z_v_dec_tp1_pp2_k2_bm2   1.000000000000e+00
    u_enc_tp1_pp2_be1  structure__cycle_z_v_dec_tp2_pp1_k2_bm1   1.000000000000e+00
    u_enc_tp1_pp2_be1  slo__e2e_tail   2.677870781875e-02
    u_enc_tp1_pp2_be1  memory__encode_batch   8.570166927338e+00
    u_enc_tp1_pp2_be1  memory__encode_tail   8.558959960938e+00
    u_enc_tp1_pp2_be1  OBJ        2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_enc_tp1_pp2_be64  structure__one_schedule   1.000000000000e+00
    u_enc_tp1_pp2_be64  structure__split_g2_k128   1.000000000000e+00
    u_enc_tp1_pp2_be64  structure__bottleneck  -1.000000000000e+00
    u_enc_tp1_pp2_be64  structure__bottleneck_y_u_enc_tp1_pp2_be64  -1.000000000000e+00
    u_enc_tp1_pp2_be64  structure__cycle_z_v_dec_tp1_pp2_k128_bm2   1.000000000000e+00
    u_enc_tp1_pp2_be64  structure__cycle_z_v_dec_tp2_pp1_k128_bm1   1.000000000000e+00
    u_enc_tp1_pp2_be64  slo__e2e_tail   1.437863493396e+00
    u_enc_tp1_pp2_be64  memory__encode_batch   1.434419897461e+01
    u_enc_tp1_pp2_be64  memory__encode_tail   8.558959960938e+00
    u_enc_tp1_pp2_be64  OBJ        1.280000000000e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_enc_tp1_pp2_be8  structure__one_schedule   1.000000000000e+00
    u_enc_tp1_pp2_be8  structure__split_g2_k16   1.000000000000e+00
    u_enc_tp1_pp2_be8  structure__bottleneck  -1.000000000000e+00
    u_enc_tp1_pp2_be8  structure__bottleneck_y_u_enc_tp1_pp2_be8  -1.000000000000e+00
    u_enc_tp1_pp2_be8  structure__cycle_z_v_dec_tp1_pp2_k16_bm2   1.000000000000e+00
    u_enc_tp1_pp2_be8  structure__cycle_z_v_dec_tp2_pp1_k16_bm1   1.000000000000e+00
    u_enc_tp1_pp2_be8  slo__e2e_tail   1.835659062162e-01
    u_enc_tp1_pp2_be8  memory__encode_batch   9.211726043701e+00
    u_enc_tp1_pp2_be8  memory__encode_tail   8.558959960938e+00
    u_enc_tp1_pp2_be8  OBJ        1.600000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_enc_tp1_pp3_be1  structure__one_schedule   1.000000000000e+00
    u_enc_tp1_pp3_be1  structure__split_g3_k3   1.000000000000e+00
    u_enc_tp1_pp3_be1  structure__bottleneck  -1.000000000000e+00
    u_enc_tp1_pp3_be1  structure__bottleneck_y_u_enc_tp1_pp3_be1  -1.000000000000e+00
    u_enc_tp1_pp3_be1  slo__e2e_tail   2.822418873890e-02
    u_enc_tp1_pp3_be1  memory__encode_batch   6.540155458450e+00
    u_enc_tp1_pp3_be1  memory__encode_tail   6.530223846436e+00
    u_enc_tp1_pp3_be1  OBJ        3.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_enc_tp1_pp3_be64  structure__one_schedule   1.000000000000e+00
    u_enc_tp1_pp3_be64  structure__split_g3_k192   1.000000000000e+00
    u_enc_tp1_pp3_be64  structure__bottleneck  -1.000000000000e+00
    u_enc_tp1_pp3_be64  structure__bottleneck_y_u_enc_tp1_pp3_be64  -1.000000000000e+00
    u_enc_tp1_pp3_be64  slo__e2e_tail   1.483922513184e+00
    u_enc_tp1_pp3_be64  memory__encode_batch   1.239221496582e+01
    u_enc_tp1_pp3_be64  memory__encode_tail   6.530223846436e+00
    u_enc_tp1_pp3_be64  OBJ        1.920000000000e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_enc_tp1_pp3_be8  structure__one_schedule   1.000000000000e+00
    u_enc_tp1_pp3_be8  structure__split_g3_k24   1.000000000000e+00
    u_enc_tp1_pp3_be8  structure__bottleneck  -1.000000000000e+00
    u_enc_tp1_pp3_be8  structure__bottleneck_y_u_enc_tp1_pp3_be8  -1.000000000000e+00
    u_enc_tp1_pp3_be8  slo__e2e_tail   1.899684470106e-01
    u_enc_tp1_pp3_be8  memory__encode_batch   7.190384292603e+00
    u_enc_tp1_pp3_be8  memory__encode_tail   6.530223846436e+00
    u_enc_tp1_pp3_be8  OBJ        2.400000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_enc_tp2_pp1_be1  structure__one_schedule   1.000000000000e+00
    u_enc_tp2_pp1_be1  structure__split_g2_k1   1.000000000000e+00
    u_enc_tp2_pp1_be1  structure__bottleneck  -1.000000000000e+00
    u_enc_tp2_pp1_be1  structure__bottleneck_y_u_enc_tp2_pp1_be1  -1.000000000000e+00
    u_enc_tp2_pp1_be1  structure__cycle_z_v_dec_tp1_pp2_k1_bm1   1.000000000000e+00
    u_enc_tp2_pp1_be1  structure__cycle_z_v_dec_tp1_pp2_k1_bm2   1.000000000000e+00
    u_enc_tp2_pp1_be1  structure__cycle_z_v_dec_tp2_pp1_k1_bm1   1.000000000000e+00
    u_enc_tp2_pp1_be1  slo__e2e_tail   1.870718851576e-02
    u_enc_tp2_pp1_be1  memory__encode_batch   8.524341276169e+00
    u_enc_tp2_pp1_be1  memory__encode_tail   8.518737792969e+00
    u_enc_tp2_pp1_be1  OBJ        1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_enc_tp2_pp1_be64  structure__one_schedule   1.000000000000e+00
    u_enc_tp2_pp1_be64  structure__split_g2_k64   1.000000000000e+00
    u_enc_tp2_pp1_be64  structure__bottleneck  -1.000000000000e+00
    u_enc_tp2_pp1_be64  structure__bottleneck_y_u_enc_tp2_pp1_be64  -1.000000000000e+00
    u_enc_tp2_pp1_be64  structure__cycle_z_v_dec_tp1_pp2_k64_bm2   1.000000000000e+00
    u_enc_tp2_pp1_be64  structure__cycle_z_v_dec_tp2_pp1_k64_bm1   1.000000000000e+00
    u_enc_tp2_pp1_be64  slo__e2e_tail   8.062860481976e-01
    u_enc_tp2_pp1_be64  memory__encode_batch   1.141135729980e+01
    u_enc_tp2_pp1_be64  memory__encode_tail   8.518737792969e+00
    u_enc_tp2_pp1_be64  OBJ        6.400000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_enc_tp2_pp1_be8  structure__one_schedule   1.000000000000e+00
    u_enc_tp2_pp1_be8  structure__split_g2_k8   1.000000000000e+00
    u_enc_tp2_pp1_be8  structure__bottleneck  -1.000000000000e+00
    u_enc_tp2_pp1_be8  structure__bottleneck_y_u_enc_tp2_pp1_be8  -1.000000000000e+00
    u_enc_tp2_pp1_be8  structure__cycle_z_v_dec_tp1_pp2_k8_bm1   1.000000000000e+00
    u_enc_tp2_pp1_be8  structure__cycle_z_v_dec_tp1_pp2_k8_bm2   1.000000000000e+00
    u_enc_tp2_pp1_be8  structure__cycle_z_v_dec_tp2_pp1_k8_bm1   1.000000000000e+00
    u_enc_tp2_pp1_be8  slo__e2e_tail   1.062159507026e-01
    u_enc_tp2_pp1_be8  memory__encode_batch   8.845120834351e+00
    u_enc_tp2_pp1_be8  memory__encode_tail   8.518737792969e+00
    u_enc_tp2_pp1_be8  OBJ        8.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp1_k192_bm1  structure__split_g3_k192  -1.000000000000e+00
    v_dec_tp1_pp1_k192_bm1  structure__bottleneck_z_v_dec_tp1_pp1_k192_bm1  -1.000000000000e+00
    v_dec_tp1_pp1_k192_bm1  structure__cycle_y_u_enc_tp1_pp3_be64   1.000000000000e+00
    v_dec_tp1_pp1_k192_bm1  slo__e2e_tail   4.838246700293e+02
    v_dec_tp1_pp1_k192_bm1  memory__decode_batch   1.095445411659e+03
    v_dec_tp1_pp1_k192_bm1  memory__decode_tail   1.606201171875e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp1_k24_bm1  structure__split_g3_k24  -1.000000000000e+00
    v_dec_tp1_pp1_k24_bm1  structure__bottleneck_z_v_dec_tp1_pp1_k24_bm1  -1.000000000000e+00
    v_dec_tp1_pp1_k24_bm1  structure__cycle_y_u_enc_tp1_pp3_be8   1.000000000000e+00
    v_dec_tp1_pp1_k24_bm1  slo__e2e_tail   6.099850197716e+01
    v_dec_tp1_pp1_k24_bm1  memory__decode_batch   1.508930788012e+02
    v_dec_tp1_pp1_k24_bm1  memory__decode_tail   1.606201171875e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp1_k3_bm1  structure__split_g3_k3  -1.000000000000e+00
    v_dec_tp1_pp1_k3_bm1  structure__bottleneck_z_v_dec_tp1_pp1_k3_bm1  -1.000000000000e+00
    v_dec_tp1_pp1_k3_bm1  structure__cycle_y_u_enc_tp1_pp3_be1   1.000000000000e+00
    v_dec_tp1_pp1_k3_bm1  slo__e2e_tail   8.145230970645e+00
    v_dec_tp1_pp1_k3_bm1  memory__decode_batch   3.282403719390e+01
    v_dec_tp1_pp1_k3_bm1  memory__decode_tail   1.606201171875e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp2_k128_bm1  structure__split_g2_k128  -1.000000000000e+00
    v_dec_tp1_pp2_k128_bm1  structure__bottleneck_z_v_dec_tp1_pp2_k128_bm1  -1.000000000000e+00
    v_dec_tp1_pp2_k128_bm1  structure__cycle_y_u_enc_tp1_pp2_be64   1.000000000000e+00
    v_dec_tp1_pp2_k128_bm1  slo__e2e_tail   3.228308985124e+02
    v_dec_tp1_pp2_k128_bm1  memory__decode_batch   3.695179264450e+02
    v_dec_tp1_pp2_k128_bm1  memory__decode_tail   8.531005859375e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp2_k128_bm2  structure__split_g2_k128  -1.000000000000e+00
    v_dec_tp1_pp2_k128_bm2  structure__bottleneck_z_v_dec_tp1_pp2_k128_bm2  -1.000000000000e+00
    v_dec_tp1_pp2_k128_bm2  slo__e2e_tail   1.692965390829e+02
    v_dec_tp1_pp2_k128_bm2  memory__decode_batch   3.683079757614e+02
    v_dec_tp1_pp2_k128_bm2  memory__decode_tail   8.583496093750e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp2_k16_bm1  structure__split_g2_k16  -1.000000000000e+00
    v_dec_tp1_pp2_k16_bm1  structure__bottleneck_z_v_dec_tp1_pp2_k16_bm1  -1.000000000000e+00
    v_dec_tp1_pp2_k16_bm1  structure__cycle_y_u_enc_tp1_pp2_be8   1.000000000000e+00
    v_dec_tp1_pp2_k16_bm1  slo__e2e_tail   4.087690930005e+01
    v_dec_tp1_pp2_k16_bm1  memory__decode_batch   5.360844197750e+01
    v_dec_tp1_pp2_k16_bm1  memory__decode_tail   8.531005859375e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp2_k16_bm2  structure__split_g2_k16  -1.000000000000e+00
    v_dec_tp1_pp2_k16_bm2  structure__bottleneck_z_v_dec_tp1_pp2_k16_bm2  -1.000000000000e+00
    v_dec_tp1_pp2_k16_bm2  slo__e2e_tail   2.168906420537e+01
    v_dec_tp1_pp2_k16_bm2  memory__decode_batch   5.345719814205e+01
    v_dec_tp1_pp2_k16_bm2  memory__decode_tail   8.583496093750e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp2_k1_bm1  structure__split_g2_k1  -1.000000000000e+00
    v_dec_tp1_pp2_k1_bm1  structure__bottleneck_z_v_dec_tp1_pp2_k1_bm1  -1.000000000000e+00
    v_dec_tp1_pp2_k1_bm1  slo__e2e_tail   3.459362114932e+00
    v_dec_tp1_pp2_k1_bm1  memory__decode_batch   1.129913602203e+01
    v_dec_tp1_pp2_k1_bm1  memory__decode_tail   8.531005859375e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp2_k1_bm2  structure__split_g2_k1  -1.000000000000e+00
    v_dec_tp1_pp2_k1_bm2  structure__bottleneck_z_v_dec_tp1_pp2_k1_bm2  -1.000000000000e+00
    v_dec_tp1_pp2_k1_bm2  slo__e2e_tail   3.150203611857e+00
    v_dec_tp1_pp2_k1_bm2  memory__decode_batch   1.128968328232e+01
    v_dec_tp1_pp2_k1_bm2  memory__decode_tail   8.583496093750e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp2_k2_bm1  structure__split_g2_k2  -1.000000000000e+00
    v_dec_tp1_pp2_k2_bm1  structure__bottleneck_z_v_dec_tp1_pp2_k2_bm1  -1.000000000000e+00
    v_dec_tp1_pp2_k2_bm1  structure__cycle_y_u_enc_tp1_pp2_be1   1.000000000000e+00
    v_dec_tp1_pp2_k2_bm1  slo__e2e_tail   5.632660648506e+00
    v_dec_tp1_pp2_k2_bm1  memory__decode_batch   1.411975641906e+01
    v_dec_tp1_pp2_k2_bm1  memory__decode_tail   8.531005859375e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp2_k2_bm2  structure__split_g2_k2  -1.000000000000e+00
    v_dec_tp1_pp2_k2_bm2  structure__bottleneck_z_v_dec_tp1_pp2_k2_bm2  -1.000000000000e+00
    v_dec_tp1_pp2_k2_bm2  slo__e2e_tail   3.605356962892e+00
    v_dec_tp1_pp2_k2_bm2  memory__decode_batch   1.410085093963e+01
    v_dec_tp1_pp2_k2_bm2  memory__decode_tail   8.583496093750e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp2_k64_bm1  structure__split_g2_k64  -1.000000000000e+00
    v_dec_tp1_pp2_k64_bm1  structure__bottleneck_z_v_dec_tp1_pp2_k64_bm1  -1.000000000000e+00
    v_dec_tp1_pp2_k64_bm1  structure__cycle_y_u_enc_tp2_pp1_be64   1.000000000000e+00
    v_dec_tp1_pp2_k64_bm1  slo__e2e_tail   1.617143332482e+02
    v_dec_tp1_pp2_k64_bm1  memory__decode_batch   1.889982210350e+02
    v_dec_tp1_pp2_k64_bm1  memory__decode_tail   8.531005859375e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp2_k64_bm2  structure__split_g2_k64  -1.000000000000e+00
    v_dec_tp1_pp2_k64_bm2  structure__bottleneck_z_v_dec_tp1_pp2_k64_bm2  -1.000000000000e+00
    v_dec_tp1_pp2_k64_bm2  slo__e2e_tail   8.494941058147e+01
    v_dec_tp1_pp2_k64_bm2  memory__decode_batch   1.883932456932e+02
    v_dec_tp1_pp2_k64_bm2  memory__decode_tail   8.583496093750e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp2_k8_bm1  structure__split_g2_k8  -1.000000000000e+00
    v_dec_tp1_pp2_k8_bm1  structure__bottleneck_z_v_dec_tp1_pp2_k8_bm1  -1.000000000000e+00
    v_dec_tp1_pp2_k8_bm1  slo__e2e_tail   2.073733864203e+01
    v_dec_tp1_pp2_k8_bm1  memory__decode_batch   3.104347880125e+01
    v_dec_tp1_pp2_k8_bm1  memory__decode_tail   8.531005859375e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp2_k8_bm2  structure__split_g2_k8  -1.000000000000e+00
    v_dec_tp1_pp2_k8_bm2  structure__bottleneck_z_v_dec_tp1_pp2_k8_bm2  -1.000000000000e+00
    v_dec_tp1_pp2_k8_bm2  slo__e2e_tail   1.114567314268e+01
    v_dec_tp1_pp2_k8_bm2  memory__decode_batch   3.096785688353e+01
    v_dec_tp1_pp2_k8_bm2  memory__decode_tail   8.583496093750e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp3_k1_bm1  structure__split_g1_k1  -1.000000000000e+00
    v_dec_tp1_pp3_k1_bm1  structure__bottleneck_z_v_dec_tp1_pp3_k1_bm1  -1.000000000000e+00
    v_dec_tp1_pp3_k1_bm1  slo__e2e_tail   3.462990318303e+00
    v_dec_tp1_pp3_k1_bm1  memory__decode_batch   8.392350110281e+00
    v_dec_tp1_pp3_k1_bm1  memory__decode_tail   6.483352661133e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp3_k1_bm2  structure__split_g1_k1  -1.000000000000e+00
    v_dec_tp1_pp3_k1_bm2  structure__bottleneck_z_v_dec_tp1_pp3_k1_bm2  -1.000000000000e+00
    v_dec_tp1_pp3_k1_bm2  slo__e2e_tail   3.009809080607e+00
    v_dec_tp1_pp3_k1_bm2  memory__decode_batch   8.382897370566e+00
    v_dec_tp1_pp3_k1_bm2  memory__decode_tail   6.519439697266e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp3_k64_bm1  structure__split_g1_k64  -1.000000000000e+00
    v_dec_tp1_pp3_k64_bm1  structure__bottleneck_z_v_dec_tp1_pp3_k64_bm1  -1.000000000000e+00
    v_dec_tp1_pp3_k64_bm1  slo__e2e_tail   1.617572673640e+02
    v_dec_tp1_pp3_k64_bm1  memory__decode_batch   1.309326726830e+02
    v_dec_tp1_pp3_k64_bm1  memory__decode_tail   6.483352661133e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp3_k64_bm2  structure__split_g1_k64  -1.000000000000e+00
    v_dec_tp1_pp3_k64_bm2  structure__bottleneck_z_v_dec_tp1_pp3_k64_bm2  -1.000000000000e+00
    v_dec_tp1_pp3_k64_bm2  slo__e2e_tail   8.117901982399e+01
    v_dec_tp1_pp3_k64_bm2  memory__decode_batch   1.303276973412e+02
    v_dec_tp1_pp3_k64_bm2  memory__decode_tail   6.519439697266e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp3_k8_bm1  structure__split_g1_k8  -1.000000000000e+00
    v_dec_tp1_pp3_k8_bm1  structure__bottleneck_z_v_dec_tp1_pp3_k8_bm1  -1.000000000000e+00
    v_dec_tp1_pp3_k8_bm1  slo__e2e_tail   2.074533416900e+01
    v_dec_tp1_pp3_k8_bm1  memory__decode_batch   2.200794150725e+01
    v_dec_tp1_pp3_k8_bm1  memory__decode_tail   6.483352661133e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp3_k8_bm2  structure__split_g1_k8  -1.000000000000e+00
    v_dec_tp1_pp3_k8_bm2  structure__bottleneck_z_v_dec_tp1_pp3_k8_bm2  -1.000000000000e+00
    v_dec_tp1_pp3_k8_bm2  slo__e2e_tail   1.067305322650e+01
    v_dec_tp1_pp3_k8_bm2  memory__decode_batch   2.193231958953e+01
    v_dec_tp1_pp3_k8_bm2  memory__decode_tail   6.519439697266e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp2_pp1_k128_bm1  structure__split_g2_k128  -1.000000000000e+00
    v_dec_tp2_pp1_k128_bm1  structure__bottleneck_z_v_dec_tp2_pp1_k128_bm1  -1.000000000000e+00
    v_dec_tp2_pp1_k128_bm1  slo__e2e_tail   1.744373444927e+02
    v_dec_tp2_pp1_k128_bm1  memory__decode_batch   3.683079757614e+02
    v_dec_tp2_pp1_k128_bm1  memory__decode_tail   8.531005859375e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp2_pp1_k16_bm1  structure__split_g2_k16  -1.000000000000e+00
    v_dec_tp2_pp1_k16_bm1  structure__bottleneck_z_v_dec_tp2_pp1_k16_bm1  -1.000000000000e+00
    v_dec_tp2_pp1_k16_bm1  slo__e2e_tail   2.283080772509e+01
    v_dec_tp2_pp1_k16_bm1  memory__decode_batch   5.345719814205e+01
    v_dec_tp2_pp1_k16_bm1  memory__decode_tail   8.531005859375e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp2_pp1_k1_bm1  structure__split_g2_k1  -1.000000000000e+00
    v_dec_tp2_pp1_k1_bm1  structure__bottleneck_z_v_dec_tp2_pp1_k1_bm1  -1.000000000000e+00
    v_dec_tp2_pp1_k1_bm1  slo__e2e_tail   2.706559370502e+00
    v_dec_tp2_pp1_k1_bm1  memory__decode_batch   1.128968328232e+01
    v_dec_tp2_pp1_k1_bm1  memory__decode_tail   8.531005859375e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp2_pp1_k2_bm1  structure__split_g2_k2  -1.000000000000e+00
    v_dec_tp2_pp1_k2_bm1  structure__bottleneck_z_v_dec_tp2_pp1_k2_bm1  -1.000000000000e+00
    v_dec_tp2_pp1_k2_bm1  slo__e2e_tail   3.879990629136e+00
    v_dec_tp2_pp1_k2_bm1  memory__decode_batch   1.410085093963e+01
    v_dec_tp2_pp1_k2_bm1  memory__decode_tail   8.531005859375e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp2_pp1_k64_bm1  structure__split_g2_k64  -1.000000000000e+00
    v_dec_tp2_pp1_k64_bm1  structure__bottleneck_z_v_dec_tp2_pp1_k64_bm1  -1.000000000000e+00
    v_dec_tp2_pp1_k64_bm1  slo__e2e_tail   8.780503776837e+01
    v_dec_tp2_pp1_k64_bm1  memory__decode_batch   1.883932456932e+02
    v_dec_tp2_pp1_k64_bm1  memory__decode_tail   8.531005859375e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp2_pp1_k8_bm1  structure__split_g2_k8  -1.000000000000e+00
    v_dec_tp2_pp1_k8_bm1  structure__bottleneck_z_v_dec_tp2_pp1_k8_bm1  -1.000000000000e+00
    v_dec_tp2_pp1_k8_bm1  slo__e2e_tail   1.200176938455e+01
    v_dec_tp2_pp1_k8_bm1  memory__decode_batch   3.096785688353e+01
    v_dec_tp2_pp1_k8_bm1  memory__decode_tail   8.531005859375e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp1_pp4_be1_nd1  structure__one_schedule   1.000000000000e+00
    x_rra_tp1_pp4_be1_nd1  slo__e2e_tail   9.539695904231e+00
    x_rra_tp1_pp4_be1_nd1  memory__rra_batch   1.088396376693e+01
    x_rra_tp1_pp4_be1_nd1  memory__rra_tail   5.333496093750e+00
    x_rra_tp1_pp4_be1_nd1  OBJ        4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp1_pp4_be1_nd2  structure__one_schedule   1.000000000000e+00
    x_rra_tp1_pp4_be1_nd2  slo__e2e_tail   6.258799800437e+00
    x_rra_tp1_pp4_be1_nd2  memory__rra_batch   8.082248849333e+00
    x_rra_tp1_pp4_be1_nd2  memory__rra_tail   5.333496093750e+00
    x_rra_tp1_pp4_be1_nd2  OBJ        4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp1_pp4_be64_nd1  structure__one_schedule   1.000000000000e+00
    x_rra_tp1_pp4_be64_nd1  slo__e2e_tail   4.725567746017e+02
    x_rra_tp1_pp4_be64_nd1  memory__rra_batch   3.671771967087e+02
    x_rra_tp1_pp4_be64_nd1  memory__rra_tail   5.333496093750e+00
    x_rra_tp1_pp4_be64_nd1  OBJ        2.560000000000e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp1_pp4_be64_nd2  structure__one_schedule   1.000000000000e+00
    x_rra_tp1_pp4_be64_nd2  slo__e2e_tail   2.365840424369e+02
    x_rra_tp1_pp4_be64_nd2  memory__rra_batch   1.878674419823e+02
    x_rra_tp1_pp4_be64_nd2  memory__rra_tail   5.333496093750e+00
    x_rra_tp1_pp4_be64_nd2  OBJ        2.560000000000e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp1_pp4_be8_nd1  structure__one_schedule   1.000000000000e+00
    x_rra_tp1_pp4_be8_nd1  slo__e2e_tail   6.061858397791e+01
    x_rra_tp1_pp4_be8_nd1  memory__rra_batch   5.047210076046e+01
    x_rra_tp1_pp4_be8_nd1  memory__rra_tail   5.333496093750e+00
    x_rra_tp1_pp4_be8_nd1  OBJ        3.200000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp1_pp4_be8_nd2  structure__one_schedule   1.000000000000e+00
    x_rra_tp1_pp4_be8_nd2  slo__e2e_tail   3.061494712495e+01
    x_rra_tp1_pp4_be8_nd2  memory__rra_batch   2.805838141966e+01
    x_rra_tp1_pp4_be8_nd2  memory__rra_tail   5.333496093750e+00
    x_rra_tp1_pp4_be8_nd2  OBJ        3.200000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp2_pp2_be1_nd1  structure__one_schedule   1.000000000000e+00
    x_rra_tp2_pp2_be1_nd1  slo__e2e_tail   6.606270933150e+00
    x_rra_tp2_pp2_be1_nd1  memory__rra_batch   7.566981883466e+00
    x_rra_tp2_pp2_be1_nd1  memory__rra_tail   4.791748046875e+00
    x_rra_tp2_pp2_be1_nd1  OBJ        2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp2_pp2_be1_nd2  structure__one_schedule   1.000000000000e+00
    x_rra_tp2_pp2_be1_nd2  slo__e2e_tail   4.416452231780e+00
    x_rra_tp2_pp2_be1_nd2  memory__rra_batch   6.166124424666e+00
    x_rra_tp2_pp2_be1_nd2  memory__rra_tail   4.791748046875e+00
    x_rra_tp2_pp2_be1_nd2  OBJ        2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp2_pp2_be64_nd1  structure__one_schedule   1.000000000000e+00
    x_rra_tp2_pp2_be64_nd1  slo__e2e_tail   2.531891399096e+02
    x_rra_tp2_pp2_be64_nd1  memory__rra_batch   1.857135983544e+02
    x_rra_tp2_pp2_be64_nd1  memory__rra_tail   4.791748046875e+00
    x_rra_tp2_pp2_be64_nd1  OBJ        1.280000000000e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp2_pp2_be64_nd2  structure__one_schedule   1.000000000000e+00
    x_rra_tp2_pp2_be64_nd2  slo__e2e_tail   1.271846946748e+02
    x_rra_tp2_pp2_be64_nd2  memory__rra_batch   9.605872099114e+01
    x_rra_tp2_pp2_be64_nd2  memory__rra_tail   4.791748046875e+00
    x_rra_tp2_pp2_be64_nd2  OBJ        1.280000000000e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp2_pp2_be8_nd1  structure__one_schedule   1.000000000000e+00
    x_rra_tp2_pp2_be8_nd1  slo__e2e_tail   3.383387755288e+01
    x_rra_tp2_pp2_be8_nd1  memory__rra_batch   2.736105038023e+01
    x_rra_tp2_pp2_be8_nd1  memory__rra_tail   4.791748046875e+00
    x_rra_tp2_pp2_be8_nd1  OBJ        1.600000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp2_pp2_be8_nd2  structure__one_schedule   1.000000000000e+00
    x_rra_tp2_pp2_be8_nd2  slo__e2e_tail   1.750706349644e+01
    x_rra_tp2_pp2_be8_nd2  memory__rra_batch   1.615419070983e+01
    x_rra_tp2_pp2_be8_nd2  memory__rra_tail   4.791748046875e+00
    x_rra_tp2_pp2_be8_nd2  OBJ        1.600000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp4_pp1_be1_nd1  structure__one_schedule   1.000000000000e+00
    x_rra_tp4_pp1_be1_nd1  slo__e2e_tail   4.607634660877e+00
    x_rra_tp4_pp1_be1_nd1  memory__rra_batch   6.153119847983e+00
    x_rra_tp4_pp1_be1_nd1  memory__rra_tail   4.765502929688e+00
    x_rra_tp4_pp1_be1_nd1  OBJ        1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp4_pp1_be1_nd2  structure__one_schedule   1.000000000000e+00
    x_rra_tp4_pp1_be1_nd2  slo__e2e_tail   3.086477277302e+00
    x_rra_tp4_pp1_be1_nd2  memory__rra_batch   5.452691118583e+00
    x_rra_tp4_pp1_be1_nd2  memory__rra_tail   4.765502929688e+00
    x_rra_tp4_pp1_be1_nd2  OBJ        1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp4_pp1_be64_nd1  structure__one_schedule   1.000000000000e+00
    x_rra_tp4_pp1_be64_nd1  slo__e2e_tail   1.508250582972e+02
    x_rra_tp4_pp1_be64_nd1  memory__rra_batch   9.522642808343e+01
    x_rra_tp4_pp1_be64_nd1  memory__rra_tail   4.765502929688e+00
    x_rra_tp4_pp1_be64_nd1  OBJ        6.400000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp4_pp1_be64_nd2  structure__one_schedule   1.000000000000e+00
    x_rra_tp4_pp1_be64_nd2  slo__e2e_tail   7.595070715058e+01
    x_rra_tp4_pp1_be64_nd2  memory__rra_batch   5.039898940182e+01
    x_rra_tp4_pp1_be64_nd2  memory__rra_tail   4.765502929688e+00
    x_rra_tp4_pp1_be64_nd2  OBJ        6.400000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp4_pp1_be8_nd1  structure__one_schedule   1.000000000000e+00
    x_rra_tp4_pp1_be8_nd1  slo__e2e_tail   2.076670493019e+01
    x_rra_tp4_pp1_be8_nd1  memory__rra_batch   1.605015409637e+01
    x_rra_tp4_pp1_be8_nd1  memory__rra_tail   4.765502929688e+00
    x_rra_tp4_pp1_be8_nd1  OBJ        8.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp4_pp1_be8_nd2  structure__one_schedule   1.000000000000e+00
    x_rra_tp4_pp1_be8_nd2  slo__e2e_tail   1.092153046709e+01
    x_rra_tp4_pp1_be8_nd2  memory__rra_batch   1.044672426117e+01
    x_rra_tp4_pp1_be8_nd2  memory__rra_tail   4.765502929688e+00
    x_rra_tp4_pp1_be8_nd2  OBJ        8.000000000000e+00
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
    y_u_enc_tp1_pp2_be1  structure__bottleneck   1.000000000000e+00
    y_u_enc_tp1_pp2_be1  structure__bottleneck_y_u_enc_tp1_pp2_be1   1.000000000000e+00
    y_u_enc_tp1_pp2_be1  structure__cycle_y_u_enc_tp1_pp2_be1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_u_enc_tp1_pp2_be64  structure__bottleneck   1.000000000000e+00
    y_u_enc_tp1_pp2_be64  structure__bottleneck_y_u_enc_tp1_pp2_be64   1.000000000000e+00
    y_u_enc_tp1_pp2_be64  structure__cycle_y_u_enc_tp1_pp2_be64   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_u_enc_tp1_pp2_be8  structure__bottleneck   1.000000000000e+00
    y_u_enc_tp1_pp2_be8  structure__bottleneck_y_u_enc_tp1_pp2_be8   1.000000000000e+00
    y_u_enc_tp1_pp2_be8  structure__cycle_y_u_enc_tp1_pp2_be8   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_u_enc_tp1_pp3_be1  structure__bottleneck   1.000000000000e+00
    y_u_enc_tp1_pp3_be1  structure__bottleneck_y_u_enc_tp1_pp3_be1   1.000000000000e+00
    y_u_enc_tp1_pp3_be1  structure__cycle_y_u_enc_tp1_pp3_be1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_u_enc_tp1_pp3_be64  structure__bottleneck   1.000000000000e+00
    y_u_enc_tp1_pp3_be64  structure__bottleneck_y_u_enc_tp1_pp3_be64   1.000000000000e+00
    y_u_enc_tp1_pp3_be64  structure__cycle_y_u_enc_tp1_pp3_be64   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_u_enc_tp1_pp3_be8  structure__bottleneck   1.000000000000e+00
    y_u_enc_tp1_pp3_be8  structure__bottleneck_y_u_enc_tp1_pp3_be8   1.000000000000e+00
    y_u_enc_tp1_pp3_be8  structure__cycle_y_u_enc_tp1_pp3_be8   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_u_enc_tp2_pp1_be1  structure__bottleneck   1.000000000000e+00
    y_u_enc_tp2_pp1_be1  structure__bottleneck_y_u_enc_tp2_pp1_be1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_u_enc_tp2_pp1_be64  structure__bottleneck   1.000000000000e+00
    y_u_enc_tp2_pp1_be64  structure__bottleneck_y_u_enc_tp2_pp1_be64   1.000000000000e+00
    y_u_enc_tp2_pp1_be64  structure__cycle_y_u_enc_tp2_pp1_be64   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_u_enc_tp2_pp1_be8  structure__bottleneck   1.000000000000e+00
    y_u_enc_tp2_pp1_be8  structure__bottleneck_y_u_enc_tp2_pp1_be8   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp1_k192_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp1_k192_bm1  structure__bottleneck_z_v_dec_tp1_pp1_k192_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp1_k24_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp1_k24_bm1  structure__bottleneck_z_v_dec_tp1_pp1_k24_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp1_k3_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp1_k3_bm1  structure__bottleneck_z_v_dec_tp1_pp1_k3_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp2_k128_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp2_k128_bm1  structure__bottleneck_z_v_dec_tp1_pp2_k128_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp2_k128_bm2  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp2_k128_bm2  structure__bottleneck_z_v_dec_tp1_pp2_k128_bm2   1.000000000000e+00
    z_v_dec_tp1_pp2_k128_bm2  structure__cycle_z_v_dec_tp1_pp2_k128_bm2   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp2_k16_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp2_k16_bm1  structure__bottleneck_z_v_dec_tp1_pp2_k16_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp2_k16_bm2  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp2_k16_bm2  structure__bottleneck_z_v_dec_tp1_pp2_k16_bm2   1.000000000000e+00
    z_v_dec_tp1_pp2_k16_bm2  structure__cycle_z_v_dec_tp1_pp2_k16_bm2   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp2_k1_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp2_k1_bm1  structure__bottleneck_z_v_dec_tp1_pp2_k1_bm1   1.000000000000e+00
    z_v_dec_tp1_pp2_k1_bm1  structure__cycle_z_v_dec_tp1_pp2_k1_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp2_k1_bm2  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp2_k1_bm2  structure__bottleneck_z_v_dec_tp1_pp2_k1_bm2   1.000000000000e+00
    z_v_dec_tp1_pp2_k1_bm2  structure__cycle_z_v_dec_tp1_pp2_k1_bm2   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp2_k2_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp2_k2_bm1  structure__bottleneck_z_v_dec_tp1_pp2_k2_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp2_k2_bm2  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp2_k2_bm2  structure__bottleneck_z_v_dec_tp1_pp2_k2_bm2   1.000000000000e+00
    z_v_dec_tp1_pp2_k2_bm2  structure__cycle_z_v_dec_tp1_pp2_k2_bm2   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp2_k64_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp2_k64_bm1  structure__bottleneck_z_v_dec_tp1_pp2_k64_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp2_k64_bm2  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp2_k64_bm2  structure__bottleneck_z_v_dec_tp1_pp2_k64_bm2   1.000000000000e+00
    z_v_dec_tp1_pp2_k64_bm2  structure__cycle_z_v_dec_tp1_pp2_k64_bm2   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp2_k8_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp2_k8_bm1  structure__bottleneck_z_v_dec_tp1_pp2_k8_bm1   1.000000000000e+00
    z_v_dec_tp1_pp2_k8_bm1  structure__cycle_z_v_dec_tp1_pp2_k8_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp2_k8_bm2  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp2_k8_bm2  structure__bottleneck_z_v_dec_tp1_pp2_k8_bm2   1.000000000000e+00
    z_v_dec_tp1_pp2_k8_bm2  structure__cycle_z_v_dec_tp1_pp2_k8_bm2   1.000000000000e+00
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
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp2_pp1_k128_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp2_pp1_k128_bm1  structure__bottleneck_z_v_dec_tp2_pp1_k128_bm1   1.000000000000e+00
    z_v_dec_tp2_pp1_k128_bm1  structure__cycle_z_v_dec_tp2_pp1_k128_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp2_pp1_k16_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp2_pp1_k16_bm1  structure__bottleneck_z_v_dec_tp2_pp1_k16_bm1   1.000000000000e+00
    z_v_dec_tp2_pp1_k16_bm1  structure__cycle_z_v_dec_tp2_pp1_k16_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp2_pp1_k1_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp2_pp1_k1_bm1  structure__bottleneck_z_v_dec_tp2_pp1_k1_bm1   1.000000000000e+00
    z_v_dec_tp2_pp1_k1_bm1  structure__cycle_z_v_dec_tp2_pp1_k1_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp2_pp1_k2_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp2_pp1_k2_bm1  structure__bottleneck_z_v_dec_tp2_pp1_k2_bm1   1.000000000000e+00
    z_v_dec_tp2_pp1_k2_bm1  structure__cycle_z_v_dec_tp2_pp1_k2_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp2_pp1_k64_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp2_pp1_k64_bm1  structure__bottleneck_z_v_dec_tp2_pp1_k64_bm1   1.000000000000e+00
    z_v_dec_tp2_pp1_k64_bm1  structure__cycle_z_v_dec_tp2_pp1_k64_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp2_pp1_k8_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp2_pp1_k8_bm1  structure__bottleneck_z_v_dec_tp2_pp1_k8_bm1   1.000000000000e+00
    z_v_dec_tp2_pp1_k8_bm1  structure__cycle_z_v_dec_tp2_pp1_k8_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
RHS
    RHS       structure__one_schedule   1.000000000000e+00
    RHS       structure__split_g1_k1   0.000000000000e+00
    RHS       structure__split_g1_k8   0.000000000000e+00
    RHS       structure__split_g1_k64   0.000000000000e+00
    RHS       structure__split_g2_k1   0.000000000000e+00
    RHS       structure__split_g2_k2   0.000000000000e+00
    RHS       structure__split_g2_k8   0.000000000000e+00
    RHS       structure__split_g2_k16   0.000000000000e+00
    RHS       structure__split_g2_k64   0.000000000000e+00
    RHS       structure__split_g2_k128   0.000000000000e+00
    RHS       structure__split_g3_k3   0.000000000000e+00
    RHS       structure__split_g3_k24   0.000000000000e+00
    RHS       structure__split_g3_k192   0.000000000000e+00
    RHS       structure__bottleneck   0.000000000000e+00
    RHS       structure__bottleneck_y_u_enc_tp1_pp1_be1   0.000000000000e+00
    RHS       structure__bottleneck_y_u_enc_tp1_pp2_be1   0.000000000000e+00
    RHS       structure__bottleneck_y_u_enc_tp2_pp1_be1   0.000000000000e+00
    RHS       structure__bottleneck_y_u_enc_tp1_pp3_be1   0.000000000000e+00
    RHS       structure__bottleneck_y_u_enc_tp1_pp1_be8   0.000000000000e+00
    RHS       structure__bottleneck_y_u_enc_tp1_pp2_be8   0.000000000000e+00
    RHS       structure__bottleneck_y_u_enc_tp2_pp1_be8   0.000000000000e+00
    RHS       structure__bottleneck_y_u_enc_tp1_pp3_be8   0.000000000000e+00
    RHS       structure__bottleneck_y_u_enc_tp1_pp1_be64   0.000000000000e+00
    RHS       structure__bottleneck_y_u_enc_tp1_pp2_be64   0.000000000000e+00
    RHS       structure__bottleneck_y_u_enc_tp2_pp1_be64   0.000000000000e+00
    RHS       structure__bottleneck_y_u_enc_tp1_pp3_be64   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp3_k1_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp3_k1_bm2   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp2_k2_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp2_k2_bm2   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp2_pp1_k2_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp2_k1_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp2_k1_bm2   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp2_pp1_k1_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp1_k3_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp3_k8_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp3_k8_bm2   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp2_k16_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp2_k16_bm2   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp2_pp1_k16_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp2_k8_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp2_k8_bm2   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp2_pp1_k8_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp1_k24_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp3_k64_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp3_k64_bm2   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp2_k128_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp2_k128_bm2   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp2_pp1_k128_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp2_k64_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp2_k64_bm2   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp2_pp1_k64_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp1_k192_bm1   0.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp3_k1_bm1   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp3_k1_bm2   1.000000000000e+00
    RHS       structure__cycle_y_u_enc_tp1_pp2_be1   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp2_k2_bm2   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp2_pp1_k2_bm1   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp2_k1_bm1   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp2_k1_bm2   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp2_pp1_k1_bm1   1.000000000000e+00
    RHS       structure__cycle_y_u_enc_tp1_pp3_be1   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp3_k8_bm1   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp3_k8_bm2   1.000000000000e+00
    RHS       structure__cycle_y_u_enc_tp1_pp2_be8   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp2_k16_bm2   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp2_pp1_k16_bm1   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp2_k8_bm1   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp2_k8_bm2   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp2_pp1_k8_bm1   1.000000000000e+00
    RHS       structure__cycle_y_u_enc_tp1_pp3_be8   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp3_k64_bm1   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp3_k64_bm2   1.000000000000e+00
    RHS       structure__cycle_y_u_enc_tp1_pp2_be64   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp2_k128_bm2   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp2_pp1_k128_bm1   1.000000000000e+00
    RHS       structure__cycle_y_u_enc_tp2_pp1_be64   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp2_k64_bm2   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp2_pp1_k64_bm1   1.000000000000e+00
    RHS       structure__cycle_y_u_enc_tp1_pp3_be64   1.000000000000e+00
    RHS       slo__e2e_tail   9.292059987894e+00
    RHS       memory__rra_batch   6.990613385467e+01
    RHS       memory__rra_tail   6.990613385467e+01
    RHS       memory__encode_batch   6.990613385467e+01
    RHS       memory__encode_tail   6.990613385467e+01
    RHS       memory__decode_batch   6.990613385467e+01
    RHS       memory__decode_tail   6.990613385467e+01
BOUNDS
 BV BND       u_enc_tp1_pp1_be1
 BV BND       u_enc_tp1_pp1_be64
 BV BND       u_enc_tp1_pp1_be8
 BV BND       u_enc_tp1_pp2_be1
 BV BND       u_enc_tp1_pp2_be64
 BV BND       u_enc_tp1_pp2_be8
 BV BND       u_enc_tp1_pp3_be1
 BV BND       u_enc_tp1_pp3_be64
 BV BND       u_enc_tp1_pp3_be8
 BV BND       u_enc_tp2_pp1_be1
 BV BND       u_enc_tp2_pp1_be64
 BV BND       u_enc_tp2_pp1_be8
 BV BND       v_dec_tp1_pp1_k192_bm1
 BV BND       v_dec_tp1_pp1_k24_bm1
 BV BND       v_dec_tp1_pp1_k3_bm1
 BV BND       v_dec_tp1_pp2_k128_bm1
 BV BND       v_dec_tp1_pp2_k128_bm2
 BV BND       v_dec_tp1_pp2_k16_bm1
 BV BND       v_dec_tp1_pp2_k16_bm2
 BV BND       v_dec_tp1_pp2_k1_bm1
 BV BND       v_dec_tp1_pp2_k1_bm2
 BV BND       v_dec_tp1_pp2_k2_bm1
 BV BND       v_dec_tp1_pp2_k2_bm2
 BV BND       v_dec_tp1_pp2_k64_bm1
 BV BND       v_dec_tp1_pp2_k64_bm2
 BV BND       v_dec_tp1_pp2_k8_bm1
 BV BND       v_dec_tp1_pp2_k8_bm2
 BV BND       v_dec_tp1_pp3_k1_bm1
 BV BND       v_dec_tp1_pp3_k1_bm2
 BV BND       v_dec_tp1_pp3_k64_bm1
 BV BND       v_dec_tp1_pp3_k64_bm2
 BV BND       v_dec_tp1_pp3_k8_bm1
 BV BND       v_dec_tp1_pp3_k8_bm2
 BV BND       v_dec_tp2_pp1_k128_bm1
 BV BND       v_dec_tp2_pp1_k16_bm1
 BV BND       v_dec_tp2_pp1_k1_bm1
 BV BND       v_dec_tp2_pp1_k2_bm1
 BV BND       v_dec_tp2_pp1_k64_bm1
 BV BND       v_dec_tp2_pp1_k8_bm1
 BV BND       x_rra_tp1_pp4_be1_nd1
 BV BND       x_rra_tp1_pp4_be1_nd2
 BV BND       x_rra_tp1_pp4_be64_nd1
 BV BND       x_rra_tp1_pp4_be64_nd2
 BV BND       x_rra_tp1_pp4_be8_nd1
 BV BND       x_rra_tp1_pp4_be8_nd2
 BV BND       x_rra_tp2_pp2_be1_nd1
 BV BND       x_rra_tp2_pp2_be1_nd2
 BV BND       x_rra_tp2_pp2_be64_nd1
 BV BND       x_rra_tp2_pp2_be64_nd2
 BV BND       x_rra_tp2_pp2_be8_nd1
 BV BND       x_rra_tp2_pp2_be8_nd2
 BV BND       x_rra_tp4_pp1_be1_nd1
 BV BND       x_rra_tp4_pp1_be1_nd2
 BV BND       x_rra_tp4_pp1_be64_nd1
 BV BND       x_rra_tp4_pp1_be64_nd2
 BV BND       x_rra_tp4_pp1_be8_nd1
 BV BND       x_rra_tp4_pp1_be8_nd2
 BV BND       y_u_enc_tp1_pp1_be1
 BV BND       y_u_enc_tp1_pp1_be64
 BV BND       y_u_enc_tp1_pp1_be8
 BV BND       y_u_enc_tp1_pp2_be1
 BV BND       y_u_enc_tp1_pp2_be64
 BV BND       y_u_enc_tp1_pp2_be8
 BV BND       y_u_enc_tp1_pp3_be1
 BV BND       y_u_enc_tp1_pp3_be64
 BV BND       y_u_enc_tp1_pp3_be8
 BV BND       y_u_enc_tp2_pp1_be1
 BV BND       y_u_enc_tp2_pp1_be64
 BV BND       y_u_enc_tp2_pp1_be8
 BV BND       z_v_dec_tp1_pp1_k192_bm1
 BV BND       z_v_dec_tp1_pp1_k24_bm1
 BV BND       z_v_dec_tp1_pp1_k3_bm1
 BV BND       z_v_dec_tp1_pp2_k128_bm1
 BV BND       z_v_dec_tp1_pp2_k128_bm2
 BV BND       z_v_dec_tp1_pp2_k16_bm1
 BV BND       z_v_dec_tp1_pp2_k16_bm2
 BV BND       z_v_dec_tp1_pp2_k1_bm1
 BV BND       z_v_dec_tp1_pp2_k1_bm2
 BV BND       z_v_dec_tp1_pp2_k2_bm1
 BV BND       z_v_dec_tp1_pp2_k2_bm2
 BV BND       z_v_dec_tp1_pp2_k64_bm1
 BV BND       z_v_dec_tp1_pp2_k64_bm2
 BV BND       z_v_dec_tp1_pp2_k8_bm1
 BV BND       z_v_dec_tp1_pp2_k8_bm2
 BV BND       z_v_dec_tp1_pp3_k1_bm1
 BV BND       z_v_dec_tp1_pp3_k1_bm2
 BV BND       z_v_dec_tp1_pp3_k64_bm1
 BV BND       z_v_dec_tp1_pp3_k64_bm2
 BV BND       z_v_dec_tp1_pp3_k8_bm1
 BV BND       z_v_dec_tp1_pp3_k8_bm2
 BV BND       z_v_dec_tp2_pp1_k128_bm1
 BV BND       z_v_dec_tp2_pp1_k16_bm1
 BV BND       z_v_dec_tp2_pp1_k1_bm1
 BV BND       z_v_dec_tp2_pp1_k2_bm1
 BV BND       z_v_dec_tp2_pp1_k64_bm1
 BV BND       z_v_dec_tp2_pp1_k8_bm1
ENDATA
