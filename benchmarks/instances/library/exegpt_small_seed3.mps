OBJSENSE
 MAX
NAME          exegpt_small_seed3
ROWS
 N  OBJ
 E  structure__one_schedule
 E  structure__split_g1_k1
 E  structure__split_g1_k32
 E  structure__split_g1_k64
 E  structure__bottleneck
 L  structure__bottleneck_y_u_enc_tp1_pp1_be1
 L  structure__bottleneck_y_u_enc_tp1_pp1_be32
 L  structure__bottleneck_y_u_enc_tp1_pp1_be64
 L  structure__bottleneck_z_v_dec_tp1_pp1_k1_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp1_k32_bm1
 L  structure__bottleneck_z_v_dec_tp1_pp1_k64_bm1
 L  structure__cycle_z_v_dec_tp1_pp1_k1_bm1
 L  structure__cycle_z_v_dec_tp1_pp1_k32_bm1
 L  structure__cycle_z_v_dec_tp1_pp1_k64_bm1
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
    u_enc_tp1_pp1_be1  structure__cycle_z_v_dec_tp1_pp1_k1_bm1   1.000000000000e+00
    u_enc_tp1_pp1_be1  slo__e2e_tail   9.538756562892e-03
    u_enc_tp1_pp1_be1  memory__encode_batch   1.603473613358e+01
    u_enc_tp1_pp1_be1  memory__encode_tail   1.602307128906e+01
    u_enc_tp1_pp1_be1  OBJ        1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_enc_tp1_pp1_be32  structure__one_schedule   1.000000000000e+00
    u_enc_tp1_pp1_be32  structure__split_g1_k32   1.000000000000e+00
    u_enc_tp1_pp1_be32  structure__bottleneck  -1.000000000000e+00
    u_enc_tp1_pp1_be32  structure__bottleneck_y_u_enc_tp1_pp1_be32  -1.000000000000e+00
    u_enc_tp1_pp1_be32  structure__cycle_z_v_dec_tp1_pp1_k32_bm1   1.000000000000e+00
    u_enc_tp1_pp1_be32  slo__e2e_tail   2.043999116825e-01
    u_enc_tp1_pp1_be32  memory__encode_batch   1.844358752441e+01
    u_enc_tp1_pp1_be32  memory__encode_tail   1.602307128906e+01
    u_enc_tp1_pp1_be32  OBJ        3.200000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_enc_tp1_pp1_be64  structure__one_schedule   1.000000000000e+00
    u_enc_tp1_pp1_be64  structure__split_g1_k64   1.000000000000e+00
    u_enc_tp1_pp1_be64  structure__bottleneck  -1.000000000000e+00
    u_enc_tp1_pp1_be64  structure__bottleneck_y_u_enc_tp1_pp1_be64  -1.000000000000e+00
    u_enc_tp1_pp1_be64  structure__cycle_z_v_dec_tp1_pp1_k64_bm1   1.000000000000e+00
    u_enc_tp1_pp1_be64  slo__e2e_tail   4.055469105156e-01
    u_enc_tp1_pp1_be64  memory__encode_batch   2.093014379883e+01
    u_enc_tp1_pp1_be64  memory__encode_tail   1.602307128906e+01
    u_enc_tp1_pp1_be64  OBJ        6.400000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp1_k1_bm1  structure__split_g1_k1  -1.000000000000e+00
    v_dec_tp1_pp1_k1_bm1  structure__bottleneck_z_v_dec_tp1_pp1_k1_bm1  -1.000000000000e+00
    v_dec_tp1_pp1_k1_bm1  slo__e2e_tail   4.369278480247e-01
    v_dec_tp1_pp1_k1_bm1  memory__decode_batch   1.708070116044e+01
    v_dec_tp1_pp1_k1_bm1  memory__decode_tail   1.602941894531e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp1_k32_bm1  structure__split_g1_k32  -1.000000000000e+00
    v_dec_tp1_pp1_k32_bm1  structure__bottleneck_z_v_dec_tp1_pp1_k32_bm1  -1.000000000000e+00
    v_dec_tp1_pp1_k32_bm1  slo__e2e_tail   2.062740139899e+00
    v_dec_tp1_pp1_k32_bm1  memory__decode_batch   5.191446838408e+01
    v_dec_tp1_pp1_k32_bm1  memory__decode_tail   1.602941894531e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp1_k64_bm1  structure__split_g1_k64  -1.000000000000e+00
    v_dec_tp1_pp1_k64_bm1  structure__bottleneck_z_v_dec_tp1_pp1_k64_bm1  -1.000000000000e+00
    v_dec_tp1_pp1_k64_bm1  slo__e2e_tail   3.978065969118e+00
    v_dec_tp1_pp1_k64_bm1  memory__decode_batch   8.787190551815e+01
    v_dec_tp1_pp1_k64_bm1  memory__decode_tail   1.602941894531e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp1_pp2_be1_nd1  structure__one_schedule   1.000000000000e+00
    x_rra_tp1_pp2_be1_nd1  slo__e2e_tail   9.636063947761e-01
    x_rra_tp1_pp2_be1_nd1  memory__rra_batch   9.641285041818e+00
    x_rra_tp1_pp2_be1_nd1  memory__rra_tail   8.550903320312e+00
    x_rra_tp1_pp2_be1_nd1  OBJ        2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp1_pp2_be1_nd2  structure__one_schedule   1.000000000000e+00
    x_rra_tp1_pp2_be1_nd2  slo__e2e_tail   7.023471454263e-01
    x_rra_tp1_pp2_be1_nd2  memory__rra_batch   9.081951719289e+00
    x_rra_tp1_pp2_be1_nd2  memory__rra_tail   8.550903320312e+00
    x_rra_tp1_pp2_be1_nd2  OBJ        2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp1_pp2_be32_nd1  structure__one_schedule   1.000000000000e+00
    x_rra_tp1_pp2_be32_nd1  slo__e2e_tail   1.261307657761e+01
    x_rra_tp1_pp2_be32_nd1  memory__rra_batch   4.568713696318e+01
    x_rra_tp1_pp2_be32_nd1  memory__rra_tail   8.550903320312e+00
    x_rra_tp1_pp2_be32_nd1  OBJ        6.400000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp1_pp2_be32_nd2  structure__one_schedule   1.000000000000e+00
    x_rra_tp1_pp2_be32_nd2  slo__e2e_tail   6.483432553506e+00
    x_rra_tp1_pp2_be32_nd2  memory__rra_batch   2.778847064223e+01
    x_rra_tp1_pp2_be32_nd2  memory__rra_tail   8.550903320312e+00
    x_rra_tp1_pp2_be32_nd2  OBJ        6.400000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp1_pp2_be64_nd1  structure__one_schedule   1.000000000000e+00
    x_rra_tp1_pp2_be64_nd1  slo__e2e_tail   2.489196188427e+01
    x_rra_tp1_pp2_be64_nd1  memory__rra_batch   8.289575830136e+01
    x_rra_tp1_pp2_be64_nd1  memory__rra_tail   8.550903320312e+00
    x_rra_tp1_pp2_be64_nd1  OBJ        1.280000000000e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp1_pp2_be64_nd2  structure__one_schedule   1.000000000000e+00
    x_rra_tp1_pp2_be64_nd2  slo__e2e_tail   1.272364436552e+01
    x_rra_tp1_pp2_be64_nd2  memory__rra_batch   4.709842565947e+01
    x_rra_tp1_pp2_be64_nd2  memory__rra_tail   8.550903320312e+00
    x_rra_tp1_pp2_be64_nd2  OBJ        1.280000000000e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp2_pp1_be1_nd1  structure__one_schedule   1.000000000000e+00
    x_rra_tp2_pp1_be1_nd1  slo__e2e_tail   7.070626348035e-01
    x_rra_tp2_pp1_be1_nd1  memory__rra_batch   9.059900333409e+00
    x_rra_tp2_pp1_be1_nd1  memory__rra_tail   8.514709472656e+00
    x_rra_tp2_pp1_be1_nd1  OBJ        1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp2_pp1_be1_nd2  structure__one_schedule   1.000000000000e+00
    x_rra_tp2_pp1_be1_nd2  slo__e2e_tail   5.109869344803e-01
    x_rra_tp2_pp1_be1_nd2  memory__rra_batch   8.780233672144e+00
    x_rra_tp2_pp1_be1_nd2  memory__rra_tail   8.514709472656e+00
    x_rra_tp2_pp1_be1_nd2  OBJ        1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp2_pp1_be32_nd1  structure__one_schedule   1.000000000000e+00
    x_rra_tp2_pp1_be32_nd1  slo__e2e_tail   7.781729265398e+00
    x_rra_tp2_pp1_be32_nd1  memory__rra_batch   2.708282629409e+01
    x_rra_tp2_pp1_be32_nd1  memory__rra_tail   8.514709472656e+00
    x_rra_tp2_pp1_be32_nd1  OBJ        3.200000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp2_pp1_be32_nd2  structure__one_schedule   1.000000000000e+00
    x_rra_tp2_pp1_be32_nd2  slo__e2e_tail   4.042407406478e+00
    x_rra_tp2_pp1_be32_nd2  memory__rra_batch   1.813349313362e+01
    x_rra_tp2_pp1_be32_nd2  memory__rra_tail   8.514709472656e+00
    x_rra_tp2_pp1_be32_nd2  OBJ        3.200000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp2_pp1_be64_nd1  structure__one_schedule   1.000000000000e+00
    x_rra_tp2_pp1_be64_nd1  slo__e2e_tail   1.520344458968e+01
    x_rra_tp2_pp1_be64_nd1  memory__rra_batch   4.568713696318e+01
    x_rra_tp2_pp1_be64_nd1  memory__rra_tail   8.514709472656e+00
    x_rra_tp2_pp1_be64_nd1  OBJ        6.400000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp2_pp1_be64_nd2  structure__one_schedule   1.000000000000e+00
    x_rra_tp2_pp1_be64_nd2  slo__e2e_tail   7.815304808955e+00
    x_rra_tp2_pp1_be64_nd2  memory__rra_batch   2.778847064223e+01
    x_rra_tp2_pp1_be64_nd2  memory__rra_tail   8.514709472656e+00
    x_rra_tp2_pp1_be64_nd2  OBJ        6.400000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_u_enc_tp1_pp1_be1  structure__bottleneck   1.000000000000e+00
    y_u_enc_tp1_pp1_be1  structure__bottleneck_y_u_enc_tp1_pp1_be1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_u_enc_tp1_pp1_be32  structure__bottleneck   1.000000000000e+00
    y_u_enc_tp1_pp1_be32  structure__bottleneck_y_u_enc_tp1_pp1_be32   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_u_enc_tp1_pp1_be64  structure__bottleneck   1.000000000000e+00
    y_u_enc_tp1_pp1_be64  structure__bottleneck_y_u_enc_tp1_pp1_be64   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp1_k1_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp1_k1_bm1  structure__bottleneck_z_v_dec_tp1_pp1_k1_bm1   1.000000000000e+00
    z_v_dec_tp1_pp1_k1_bm1  structure__cycle_z_v_dec_tp1_pp1_k1_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp1_k32_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp1_k32_bm1  structure__bottleneck_z_v_dec_tp1_pp1_k32_bm1   1.000000000000e+00
    z_v_dec_tp1_pp1_k32_bm1  structure__cycle_z_v_dec_tp1_pp1_k32_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_v_dec_tp1_pp1_k64_bm1  structure__bottleneck   1.000000000000e+00
    z_v_dec_tp1_pp1_k64_bm1  structure__bottleneck_z_v_dec_tp1_pp1_k64_bm1   1.000000000000e+00
    z_v_dec_tp1_pp1_k64_bm1  structure__cycle_z_v_dec_tp1_pp1_k64_bm1   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
RHS
    RHS       structure__one_schedule   1.000000000000e+00
    RHS       structure__split_g1_k1   0.000000000000e+00
    RHS       structure__split_g1_k32   0.000000000000e+00
    RHS       structure__split_g1_k64   0.000000000000e+00
    RHS       structure__bottleneck   0.000000000000e+00
    RHS       structure__bottleneck_y_u_enc_tp1_pp1_be1   0.000000000000e+00
    RHS       structure__bottleneck_y_u_enc_tp1_pp1_be32   0.000000000000e+00
    RHS       structure__bottleneck_y_u_enc_tp1_pp1_be64   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp1_k1_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp1_k32_bm1   0.000000000000e+00
    RHS       structure__bottleneck_z_v_dec_tp1_pp1_k64_bm1   0.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp1_k1_bm1   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp1_k32_bm1   1.000000000000e+00
    RHS       structure__cycle_z_v_dec_tp1_pp1_k64_bm1   1.000000000000e+00
    RHS       slo__e2e_tail   1.715141121802e+00
    RHS       memory__rra_batch   5.810307133285e+01
    RHS       memory__rra_tail   5.810307133285e+01
    RHS       memory__encode_batch   5.810307133285e+01
    RHS       memory__encode_tail   5.810307133285e+01
    RHS       memory__decode_batch   5.810307133285e+01
    RHS       memory__decode_tail   5.810307133285e+01
BOUNDS
 BV BND       u_enc_tp1_pp1_be1
 BV BND       u_enc_tp1_pp1_be32
 BV BND       u_enc_tp1_pp1_be64
 BV BND       v_dec_tp1_pp1_k1_bm1
 BV BND       v_dec_tp1_pp1_k32_bm1
 BV BND       v_dec_tp1_pp1_k64_bm1
 BV BND       x_rra_tp1_pp2_be1_nd1
 BV BND       x_rra_tp1_pp2_be1_nd2
 BV BND       x_rra_tp1_pp2_be32_nd1
 BV BND       x_rra_tp1_pp2_be32_nd2
 BV BND       x_rra_tp1_pp2_be64_nd1
 BV BND       x_rra_tp1_pp2_be64_nd2
 BV BND       x_rra_tp2_pp1_be1_nd1
 BV BND       x_rra_tp2_pp1_be1_nd2
 BV BND       x_rra_tp2_pp1_be32_nd1
 BV BND       x_rra_tp2_pp1_be32_nd2
 BV BND       x_rra_tp2_pp1_be64_nd1
 BV BND       x_rra_tp2_pp1_be64_nd2
 BV BND       y_u_enc_tp1_pp1_be1
 BV BND       y_u_enc_tp1_pp1_be32
 BV BND       y_u_enc_tp1_pp1_be64
 BV BND       z_v_dec_tp1_pp1_k1_bm1
 BV BND       z_v_dec_tp1_pp1_k32_bm1
 BV BND       z_v_dec_tp1_pp1_k64_bm1
ENDATA
