OBJSENSE
 MAX
NAME          exegpt_small_seed2
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
 L  memory__rra_batch
 L  memory__rra_tail
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
    u_enc_tp1_pp1_be16  slo__e2e_tail   5.150425445972e-02
    u_enc_tp1_pp1_be16  memory__encode_batch   1.655574969482e+01
    u_enc_tp1_pp1_be16  memory__encode_tail   1.598755004883e+01
    u_enc_tp1_pp1_be16  OBJ        1.600000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_enc_tp1_pp1_be2  structure__one_schedule   1.000000000000e+00
    u_enc_tp1_pp1_be2  structure__split_g1_k2   1.000000000000e+00
    u_enc_tp1_pp1_be2  structure__bottleneck  -1.000000000000e+00
    u_enc_tp1_pp1_be2  structure__bottleneck_y_u_enc_tp1_pp1_be2  -1.000000000000e+00
    u_enc_tp1_pp1_be2  structure__cycle_z_v_dec_tp1_pp1_k2_bm1   1.000000000000e+00
    u_enc_tp1_pp1_be2  slo__e2e_tail   9.284330550652e-03
    u_enc_tp1_pp1_be2  memory__encode_batch   1.603187105560e+01
    u_enc_tp1_pp1_be2  memory__encode_tail   1.598755004883e+01
    u_enc_tp1_pp1_be2  OBJ        2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_enc_tp1_pp1_be32  structure__one_schedule   1.000000000000e+00
    u_enc_tp1_pp1_be32  structure__split_g1_k32   1.000000000000e+00
    u_enc_tp1_pp1_be32  structure__bottleneck  -1.000000000000e+00
    u_enc_tp1_pp1_be32  structure__bottleneck_y_u_enc_tp1_pp1_be32  -1.000000000000e+00
    u_enc_tp1_pp1_be32  structure__cycle_z_v_dec_tp1_pp1_k32_bm1   1.000000000000e+00
    u_enc_tp1_pp1_be32  slo__e2e_tail   9.975559607009e-02
    u_enc_tp1_pp1_be32  memory__encode_batch   1.715446813965e+01
    u_enc_tp1_pp1_be32  memory__encode_tail   1.598755004883e+01
    u_enc_tp1_pp1_be32  OBJ        3.200000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp1_k16_bm1  structure__split_g1_k16  -1.000000000000e+00
    v_dec_tp1_pp1_k16_bm1  structure__bottleneck_z_v_dec_tp1_pp1_k16_bm1  -1.000000000000e+00
    v_dec_tp1_pp1_k16_bm1  slo__e2e_tail   3.492485895293e-01
    v_dec_tp1_pp1_k16_bm1  memory__decode_batch   2.036851162310e+01
    v_dec_tp1_pp1_k16_bm1  memory__decode_tail   1.599170043945e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp1_k2_bm1  structure__split_g1_k2  -1.000000000000e+00
    v_dec_tp1_pp1_k2_bm1  structure__bottleneck_z_v_dec_tp1_pp1_k2_bm1  -1.000000000000e+00
    v_dec_tp1_pp1_k2_bm1  slo__e2e_tail   2.757231558234e-01
    v_dec_tp1_pp1_k2_bm1  memory__decode_batch   1.650846629664e+01
    v_dec_tp1_pp1_k2_bm1  memory__decode_tail   1.599170043945e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    v_dec_tp1_pp1_k32_bm1  structure__split_g1_k32  -1.000000000000e+00
    v_dec_tp1_pp1_k32_bm1  structure__bottleneck_z_v_dec_tp1_pp1_k32_bm1  -1.000000000000e+00
    v_dec_tp1_pp1_k32_bm1  slo__e2e_tail   6.030751378104e-01
    v_dec_tp1_pp1_k32_bm1  memory__decode_batch   2.477999199619e+01
    v_dec_tp1_pp1_k32_bm1  memory__decode_tail   1.599170043945e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp1_pp2_be16_nd1  structure__one_schedule   1.000000000000e+00
    x_rra_tp1_pp2_be16_nd1  slo__e2e_tail   2.079297709556e+00
    x_rra_tp1_pp2_be16_nd1  memory__rra_batch   1.318978945513e+01
    x_rra_tp1_pp2_be16_nd1  memory__rra_tail   8.513184814453e+00
    x_rra_tp1_pp2_be16_nd1  OBJ        3.200000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp1_pp2_be16_nd2  structure__one_schedule   1.000000000000e+00
    x_rra_tp1_pp2_be16_nd2  slo__e2e_tail   1.201197827913e+00
    x_rra_tp1_pp2_be16_nd2  memory__rra_batch   1.100405912576e+01
    x_rra_tp1_pp2_be16_nd2  memory__rra_tail   8.513184814453e+00
    x_rra_tp1_pp2_be16_nd2  OBJ        3.200000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp1_pp2_be16_nd3  structure__one_schedule   1.000000000000e+00
    x_rra_tp1_pp2_be16_nd3  slo__e2e_tail   8.764635245026e-01
    x_rra_tp1_pp2_be16_nd3  memory__rra_batch   1.027548234930e+01
    x_rra_tp1_pp2_be16_nd3  memory__rra_tail   8.513184814453e+00
    x_rra_tp1_pp2_be16_nd3  OBJ        3.200000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp1_pp2_be2_nd1  structure__one_schedule   1.000000000000e+00
    x_rra_tp1_pp2_be2_nd1  slo__e2e_tail   6.081073209913e-01
    x_rra_tp1_pp2_be2_nd1  memory__rra_batch   9.067424853766e+00
    x_rra_tp1_pp2_be2_nd1  memory__rra_tail   8.513184814453e+00
    x_rra_tp1_pp2_be2_nd1  OBJ        4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp1_pp2_be2_nd2  structure__one_schedule   1.000000000000e+00
    x_rra_tp1_pp2_be2_nd2  slo__e2e_tail   4.483847463970e-01
    x_rra_tp1_pp2_be2_nd2  memory__rra_batch   8.794208562595e+00
    x_rra_tp1_pp2_be2_nd2  memory__rra_tail   8.513184814453e+00
    x_rra_tp1_pp2_be2_nd2  OBJ        4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp1_pp2_be2_nd3  structure__one_schedule   1.000000000000e+00
    x_rra_tp1_pp2_be2_nd3  slo__e2e_tail   3.886891472825e-01
    x_rra_tp1_pp2_be2_nd3  memory__rra_batch   8.703136465538e+00
    x_rra_tp1_pp2_be2_nd3  memory__rra_tail   8.513184814453e+00
    x_rra_tp1_pp2_be2_nd3  OBJ        4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp1_pp2_be32_nd1  structure__one_schedule   1.000000000000e+00
    x_rra_tp1_pp2_be32_nd1  slo__e2e_tail   3.942317697687e+00
    x_rra_tp1_pp2_be32_nd1  memory__rra_batch   1.790106328525e+01
    x_rra_tp1_pp2_be32_nd1  memory__rra_tail   8.513184814453e+00
    x_rra_tp1_pp2_be32_nd1  OBJ        6.400000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp1_pp2_be32_nd2  structure__one_schedule   1.000000000000e+00
    x_rra_tp1_pp2_be32_nd2  slo__e2e_tail   2.069422892265e+00
    x_rra_tp1_pp2_be32_nd2  memory__rra_batch   1.352960262651e+01
    x_rra_tp1_pp2_be32_nd2  memory__rra_tail   8.513184814453e+00
    x_rra_tp1_pp2_be32_nd2  OBJ        6.400000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp1_pp2_be32_nd3  structure__one_schedule   1.000000000000e+00
    x_rra_tp1_pp2_be32_nd3  slo__e2e_tail   1.433919955611e+00
    x_rra_tp1_pp2_be32_nd3  memory__rra_batch   1.207244907360e+01
    x_rra_tp1_pp2_be32_nd3  memory__rra_tail   8.513184814453e+00
    x_rra_tp1_pp2_be32_nd3  OBJ        6.400000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp2_pp1_be16_nd1  structure__one_schedule   1.000000000000e+00
    x_rra_tp2_pp1_be16_nd1  slo__e2e_tail   1.365372214354e+00
    x_rra_tp2_pp1_be16_nd1  memory__rra_batch   1.083415254006e+01
    x_rra_tp2_pp1_be16_nd1  memory__rra_tail   8.495850219727e+00
    x_rra_tp2_pp1_be16_nd1  OBJ        1.600000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp2_pp1_be16_nd2  structure__one_schedule   1.000000000000e+00
    x_rra_tp2_pp1_be16_nd2  slo__e2e_tail   7.975164238665e-01
    x_rra_tp2_pp1_be16_nd2  memory__rra_batch   9.741287375378e+00
    x_rra_tp2_pp1_be16_nd2  memory__rra_tail   8.495850219727e+00
    x_rra_tp2_pp1_be16_nd2  OBJ        1.600000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp2_pp1_be16_nd3  structure__one_schedule   1.000000000000e+00
    x_rra_tp2_pp1_be16_nd3  slo__e2e_tail   5.868472880103e-01
    x_rra_tp2_pp1_be16_nd3  memory__rra_batch   9.376998987150e+00
    x_rra_tp2_pp1_be16_nd3  memory__rra_tail   8.495850219727e+00
    x_rra_tp2_pp1_be16_nd3  OBJ        1.600000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp2_pp1_be2_nd1  structure__one_schedule   1.000000000000e+00
    x_rra_tp2_pp1_be2_nd1  slo__e2e_tail   4.489514602873e-01
    x_rra_tp2_pp1_be2_nd1  memory__rra_batch   8.772970239383e+00
    x_rra_tp2_pp1_be2_nd1  memory__rra_tail   8.495850219727e+00
    x_rra_tp2_pp1_be2_nd1  OBJ        2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp2_pp1_be2_nd2  structure__one_schedule   1.000000000000e+00
    x_rra_tp2_pp1_be2_nd2  slo__e2e_tail   3.276051964055e-01
    x_rra_tp2_pp1_be2_nd2  memory__rra_batch   8.636362093797e+00
    x_rra_tp2_pp1_be2_nd2  memory__rra_tail   8.495850219727e+00
    x_rra_tp2_pp1_be2_nd2  OBJ        2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp2_pp1_be2_nd3  structure__one_schedule   1.000000000000e+00
    x_rra_tp2_pp1_be2_nd3  slo__e2e_tail   2.822602719355e-01
    x_rra_tp2_pp1_be2_nd3  memory__rra_batch   8.590826045269e+00
    x_rra_tp2_pp1_be2_nd3  memory__rra_tail   8.495850219727e+00
    x_rra_tp2_pp1_be2_nd3  OBJ        2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp2_pp1_be32_nd1  structure__one_schedule   1.000000000000e+00
    x_rra_tp2_pp1_be32_nd1  slo__e2e_tail   2.496630761060e+00
    x_rra_tp2_pp1_be32_nd1  memory__rra_batch   1.318978945513e+01
    x_rra_tp2_pp1_be32_nd1  memory__rra_tail   8.495850219727e+00
    x_rra_tp2_pp1_be32_nd1  OBJ        3.200000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp2_pp1_be32_nd2  structure__one_schedule   1.000000000000e+00
    x_rra_tp2_pp1_be32_nd2  slo__e2e_tail   1.337235198576e+00
    x_rra_tp2_pp1_be32_nd2  memory__rra_batch   1.100405912576e+01
    x_rra_tp2_pp1_be32_nd2  memory__rra_tail   8.495850219727e+00
    x_rra_tp2_pp1_be32_nd2  OBJ        3.200000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_rra_tp2_pp1_be32_nd3  structure__one_schedule   1.000000000000e+00
    x_rra_tp2_pp1_be32_nd3  slo__e2e_tail   9.349581659294e-01
    x_rra_tp2_pp1_be32_nd3  memory__rra_batch   1.027548234930e+01
    x_rra_tp2_pp1_be32_nd3  memory__rra_tail   8.495850219727e+00
    x_rra_tp2_pp1_be32_nd3  OBJ        3.200000000000e+01
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
    RHS       slo__e2e_tail   7.800949215629e-01
    RHS       memory__rra_batch   6.515802538027e+01
    RHS       memory__rra_tail   6.515802538027e+01
    RHS       memory__encode_batch   6.515802538027e+01
    RHS       memory__encode_tail   6.515802538027e+01
    RHS       memory__decode_batch   6.515802538027e+01
    RHS       memory__decode_tail   6.515802538027e+01
BOUNDS
 BV BND       u_enc_tp1_pp1_be16
 BV BND       u_enc_tp1_pp1_be2
 BV BND       u_enc_tp1_pp1_be32
 BV BND       v_dec_tp1_pp1_k16_bm1
 BV BND       v_dec_tp1_pp1_k2_bm1
 BV BND       v_dec_tp1_pp1_k32_bm1
 BV BND       x_rra_tp1_pp2_be16_nd1
 BV BND       x_rra_tp1_pp2_be16_nd2
 BV BND       x_rra_tp1_pp2_be16_nd3
 BV BND       x_rra_tp1_pp2_be2_nd1
 BV BND       x_rra_tp1_pp2_be2_nd2
 BV BND       x_rra_tp1_pp2_be2_nd3
 BV BND       x_rra_tp1_pp2_be32_nd1
 BV BND       x_rra_tp1_pp2_be32_nd2
 BV BND       x_rra_tp1_pp2_be32_nd3
 BV BND       x_rra_tp2_pp1_be16_nd1
 BV BND       x_rra_tp2_pp1_be16_nd2
 BV BND       x_rra_tp2_pp1_be16_nd3
 BV BND       x_rra_tp2_pp1_be2_nd1
 BV BND       x_rra_tp2_pp1_be2_nd2
 BV BND       x_rra_tp2_pp1_be2_nd3
 BV BND       x_rra_tp2_pp1_be32_nd1
 BV BND       x_rra_tp2_pp1_be32_nd2
 BV BND       x_rra_tp2_pp1_be32_nd3
 BV BND       y_u_enc_tp1_pp1_be16
 BV BND       y_u_enc_tp1_pp1_be2
 BV BND       y_u_enc_tp1_pp1_be32
 BV BND       z_v_dec_tp1_pp1_k16_bm1
 BV BND       z_v_dec_tp1_pp1_k2_bm1
 BV BND       z_v_dec_tp1_pp1_k32_bm1
ENDATA
