OBJSENSE
 MIN
NAME          disaggregation_small_seed5
ROWS
 N  OBJ
 L  structure__use_prefill_tp4_pp1
 L  structure__prefill_cap_tp4_pp1
 L  memory__prefill_tp4_pp1
 L  structure__use_prefill_tp1_pp2
 L  structure__prefill_cap_tp1_pp2
 L  memory__prefill_tp1_pp2
 L  structure__use_prefill_tp2_pp1
 L  structure__prefill_cap_tp2_pp1
 L  memory__prefill_tp2_pp1
 L  structure__use_decode_tp2_pp1_b128
 L  structure__decode_cap_tp2_pp1_b128
 L  memory__decode_tp2_pp1_b128
 L  slo__tpot_tp2_pp1_b128
 L  structure__pair_tp4_pp1_tp2_pp1_b128
 L  slo__ttft_tp4_pp1_tp2_pp1_b128
 L  slo__e2e_tp4_pp1_tp2_pp1_b128
 L  structure__pair_tp1_pp2_tp2_pp1_b128
 L  slo__ttft_tp1_pp2_tp2_pp1_b128
 L  slo__e2e_tp1_pp2_tp2_pp1_b128
 L  structure__pair_tp2_pp1_tp2_pp1_b128
 L  slo__ttft_tp2_pp1_tp2_pp1_b128
 L  slo__e2e_tp2_pp1_tp2_pp1_b128
 E  structure__served
 L  link__kv
 L  gpus__total
 G  rate__target
COLUMNS
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp2_pp1_b128  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp2_pp1_b128  structure__decode_cap_tp2_pp1_b128   1.000000000000e+00
    f_tp1_pp2__tp2_pp1_b128  structure__pair_tp1_pp2_tp2_pp1_b128   1.000000000000e+00
    f_tp1_pp2__tp2_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp2_pp1_b128  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp2_pp1_b128  structure__decode_cap_tp2_pp1_b128   1.000000000000e+00
    f_tp2_pp1__tp2_pp1_b128  structure__pair_tp2_pp1_tp2_pp1_b128   1.000000000000e+00
    f_tp2_pp1__tp2_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp2_pp1_b128  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp2_pp1_b128  structure__decode_cap_tp2_pp1_b128   1.000000000000e+00
    f_tp4_pp1__tp2_pp1_b128  structure__pair_tp4_pp1_tp2_pp1_b128   1.000000000000e+00
    f_tp4_pp1__tp2_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp2_pp1_b128  structure__use_decode_tp2_pp1_b128   1.000000000000e+00
    n_dec_tp2_pp1_b128  structure__decode_cap_tp2_pp1_b128  -2.194600000000e+04
    n_dec_tp2_pp1_b128  gpus__total   2.000000000000e+00
    n_dec_tp2_pp1_b128  OBJ        6.840000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_pre_tp1_pp2  structure__use_prefill_tp1_pp2   1.000000000000e+00
    n_pre_tp1_pp2  structure__prefill_cap_tp1_pp2  -6.030000000000e+04
    n_pre_tp1_pp2  gpus__total   2.000000000000e+00
    n_pre_tp1_pp2  OBJ        6.840000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_pre_tp2_pp1  structure__use_prefill_tp2_pp1   1.000000000000e+00
    n_pre_tp2_pp1  structure__prefill_cap_tp2_pp1  -1.930600000000e+04
    n_pre_tp2_pp1  gpus__total   2.000000000000e+00
    n_pre_tp2_pp1  OBJ        6.840000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_pre_tp4_pp1  structure__use_prefill_tp4_pp1   1.000000000000e+00
    n_pre_tp4_pp1  structure__prefill_cap_tp4_pp1  -1.218010000000e+05
    n_pre_tp4_pp1  gpus__total   4.000000000000e+00
    n_pre_tp4_pp1  OBJ        1.368000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    served_units  structure__served   1.000000000000e+00
    served_units  link__kv   3.514342778492e-04
    served_units  rate__target   1.000000000000e-03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp2_pp1_b128  structure__use_decode_tp2_pp1_b128  -7.000000000000e+00
    u_dec_tp2_pp1_b128  memory__decode_tp2_pp1_b128   1.365970523577e+01
    u_dec_tp2_pp1_b128  slo__tpot_tp2_pp1_b128   2.547704876703e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp1_pp2  structure__use_prefill_tp1_pp2  -7.000000000000e+00
    u_pre_tp1_pp2  memory__prefill_tp1_pp2   2.276905364873e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp2_pp1  structure__use_prefill_tp2_pp1  -7.000000000000e+00
    u_pre_tp2_pp1  memory__prefill_tp2_pp1   1.635339237840e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp4_pp1  structure__use_prefill_tp4_pp1  -3.000000000000e+00
    u_pre_tp4_pp1  memory__prefill_tp4_pp1   2.240421072127e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp2_pp1_b128  structure__pair_tp1_pp2_tp2_pp1_b128  -3.096400000000e+04
    z_tp1_pp2__tp2_pp1_b128  slo__ttft_tp1_pp2_tp2_pp1_b128   8.811267626547e-01
    z_tp1_pp2__tp2_pp1_b128  slo__e2e_tp1_pp2_tp2_pp1_b128   5.361036275500e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp2_pp1_b128  structure__pair_tp2_pp1_tp2_pp1_b128  -3.096400000000e+04
    z_tp2_pp1__tp2_pp1_b128  slo__ttft_tp2_pp1_tp2_pp1_b128   5.686232675274e-01
    z_tp2_pp1__tp2_pp1_b128  slo__e2e_tp2_pp1_tp2_pp1_b128   5.048532780373e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp2_pp1_b128  structure__pair_tp4_pp1_tp2_pp1_b128  -3.096400000000e+04
    z_tp4_pp1__tp2_pp1_b128  slo__ttft_tp4_pp1_tp2_pp1_b128   4.964816740965e-01
    z_tp4_pp1__tp2_pp1_b128  slo__e2e_tp4_pp1_tp2_pp1_b128   4.976391186942e+00
    MARK      'MARKER'                 'INTEND'
RHS
    RHS       structure__use_prefill_tp4_pp1   0.000000000000e+00
    RHS       structure__prefill_cap_tp4_pp1   0.000000000000e+00
    RHS       memory__prefill_tp4_pp1   7.164000000000e+01
    RHS       structure__use_prefill_tp1_pp2   0.000000000000e+00
    RHS       structure__prefill_cap_tp1_pp2   0.000000000000e+00
    RHS       memory__prefill_tp1_pp2   7.164000000000e+01
    RHS       structure__use_prefill_tp2_pp1   0.000000000000e+00
    RHS       structure__prefill_cap_tp2_pp1   0.000000000000e+00
    RHS       memory__prefill_tp2_pp1   7.164000000000e+01
    RHS       structure__use_decode_tp2_pp1_b128   0.000000000000e+00
    RHS       structure__decode_cap_tp2_pp1_b128   0.000000000000e+00
    RHS       memory__decode_tp2_pp1_b128   7.164000000000e+01
    RHS       slo__tpot_tp2_pp1_b128   7.032528361146e-02
    RHS       structure__pair_tp4_pp1_tp2_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp2_pp1_b128   1.760667514786e+00
    RHS       slo__e2e_tp4_pp1_tp2_pp1_b128   5.180006570425e+00
    RHS       structure__pair_tp1_pp2_tp2_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp2_pp1_b128   1.760667514786e+00
    RHS       slo__e2e_tp1_pp2_tp2_pp1_b128   5.180006570425e+00
    RHS       structure__pair_tp2_pp1_tp2_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp2_pp1_b128   1.760667514786e+00
    RHS       slo__e2e_tp2_pp1_tp2_pp1_b128   5.180006570425e+00
    RHS       structure__served   0.000000000000e+00
    RHS       link__kv   1.088181097932e+01
    RHS       gpus__total   1.400000000000e+01
    RHS       rate__target   1.081200000000e+01
BOUNDS
 UP BND       f_tp1_pp2__tp2_pp1_b128   3.096400000000e+04
 UP BND       f_tp2_pp1__tp2_pp1_b128   3.096400000000e+04
 UP BND       f_tp4_pp1__tp2_pp1_b128   3.096400000000e+04
 UP BND       n_dec_tp2_pp1_b128   7.000000000000e+00
 UP BND       n_pre_tp1_pp2   7.000000000000e+00
 UP BND       n_pre_tp2_pp1   7.000000000000e+00
 UP BND       n_pre_tp4_pp1   3.000000000000e+00
 UP BND       served_units   3.096400000000e+04
 BV BND       u_dec_tp2_pp1_b128
 BV BND       u_pre_tp1_pp2
 BV BND       u_pre_tp2_pp1
 BV BND       u_pre_tp4_pp1
 BV BND       z_tp1_pp2__tp2_pp1_b128
 BV BND       z_tp2_pp1__tp2_pp1_b128
 BV BND       z_tp4_pp1__tp2_pp1_b128
ENDATA
