OBJSENSE
 MIN
NAME          disaggregation_small_seed4
ROWS
 N  OBJ
 L  structure__use_prefill_tp8_pp1
 L  structure__prefill_cap_tp8_pp1
 L  memory__prefill_tp8_pp1
 L  structure__use_prefill_tp4_pp2
 L  structure__prefill_cap_tp4_pp2
 L  memory__prefill_tp4_pp2
 L  structure__use_decode_tp4_pp1_b128
 L  structure__decode_cap_tp4_pp1_b128
 L  memory__decode_tp4_pp1_b128
 L  slo__tpot_tp4_pp1_b128
 L  structure__pair_tp8_pp1_tp4_pp1_b128
 L  slo__ttft_tp8_pp1_tp4_pp1_b128
 L  slo__e2e_tp8_pp1_tp4_pp1_b128
 L  structure__pair_tp4_pp2_tp4_pp1_b128
 L  slo__ttft_tp4_pp2_tp4_pp1_b128
 L  slo__e2e_tp4_pp2_tp4_pp1_b128
 E  structure__served
 L  link__kv
 L  gpus__total
 G  rate__target
COLUMNS
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp4_pp1_b128  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp4_pp1_b128  structure__decode_cap_tp4_pp1_b128   1.000000000000e+00
    f_tp4_pp2__tp4_pp1_b128  structure__pair_tp4_pp2_tp4_pp1_b128   1.000000000000e+00
    f_tp4_pp2__tp4_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp4_pp1_b128  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp4_pp1_b128  structure__decode_cap_tp4_pp1_b128   1.000000000000e+00
    f_tp8_pp1__tp4_pp1_b128  structure__pair_tp8_pp1_tp4_pp1_b128   1.000000000000e+00
    f_tp8_pp1__tp4_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp4_pp1_b128  structure__use_decode_tp4_pp1_b128   1.000000000000e+00
    n_dec_tp4_pp1_b128  structure__decode_cap_tp4_pp1_b128  -3.588000000000e+03
    n_dec_tp4_pp1_b128  gpus__total   4.000000000000e+00
    n_dec_tp4_pp1_b128  OBJ        1.028000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_pre_tp4_pp2  structure__use_prefill_tp4_pp2   1.000000000000e+00
    n_pre_tp4_pp2  structure__prefill_cap_tp4_pp2  -2.187700000000e+04
    n_pre_tp4_pp2  gpus__total   8.000000000000e+00
    n_pre_tp4_pp2  OBJ        2.056000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_pre_tp8_pp1  structure__use_prefill_tp8_pp1   1.000000000000e+00
    n_pre_tp8_pp1  structure__prefill_cap_tp8_pp1  -2.348900000000e+04
    n_pre_tp8_pp1  gpus__total   8.000000000000e+00
    n_pre_tp8_pp1  OBJ        2.056000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    served_units  structure__served   1.000000000000e+00
    served_units  link__kv   2.729498184470e-04
    served_units  rate__target   1.000000000000e-03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp4_pp1_b128  structure__use_decode_tp4_pp1_b128  -4.000000000000e+00
    u_dec_tp4_pp1_b128  memory__decode_tp4_pp1_b128   4.344995172348e+01
    u_dec_tp4_pp1_b128  slo__tpot_tp4_pp1_b128   3.644694430267e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp4_pp2  structure__use_prefill_tp4_pp2  -2.000000000000e+00
    u_pre_tp4_pp2  memory__prefill_tp4_pp2   3.745307451822e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp8_pp1  structure__use_prefill_tp8_pp1  -2.000000000000e+00
    u_pre_tp8_pp1  memory__prefill_tp8_pp1   2.900506570584e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp4_pp1_b128  structure__pair_tp4_pp2_tp4_pp1_b128  -1.208200000000e+04
    z_tp4_pp2__tp4_pp1_b128  slo__ttft_tp4_pp2_tp4_pp1_b128   6.468621027755e-01
    z_tp4_pp2__tp4_pp1_b128  slo__e2e_tp4_pp2_tp4_pp1_b128   7.027138333391e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp4_pp1_b128  structure__pair_tp8_pp1_tp4_pp1_b128  -1.208200000000e+04
    z_tp8_pp1__tp4_pp1_b128  slo__ttft_tp8_pp1_tp4_pp1_b128   5.928039444653e-01
    z_tp8_pp1__tp4_pp1_b128  slo__e2e_tp8_pp1_tp4_pp1_b128   6.973080175081e+00
    MARK      'MARKER'                 'INTEND'
RHS
    RHS       structure__use_prefill_tp8_pp1   0.000000000000e+00
    RHS       structure__prefill_cap_tp8_pp1   0.000000000000e+00
    RHS       memory__prefill_tp8_pp1   7.164000000000e+01
    RHS       structure__use_prefill_tp4_pp2   0.000000000000e+00
    RHS       structure__prefill_cap_tp4_pp2   0.000000000000e+00
    RHS       memory__prefill_tp4_pp2   7.164000000000e+01
    RHS       structure__use_decode_tp4_pp1_b128   0.000000000000e+00
    RHS       structure__decode_cap_tp4_pp1_b128   0.000000000000e+00
    RHS       memory__decode_tp4_pp1_b128   7.164000000000e+01
    RHS       slo__tpot_tp4_pp1_b128   8.499373998223e-02
    RHS       structure__pair_tp8_pp1_tp4_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp4_pp1_b128   2.908881029440e+00
    RHS       slo__e2e_tp8_pp1_tp4_pp1_b128   6.693018805570e+00
    RHS       structure__pair_tp4_pp2_tp4_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp4_pp1_b128   2.908881029440e+00
    RHS       slo__e2e_tp4_pp2_tp4_pp1_b128   6.693018805570e+00
    RHS       structure__served   0.000000000000e+00
    RHS       link__kv   3.297779706476e+00
    RHS       gpus__total   1.600000000000e+01
    RHS       rate__target   5.898000000000e+00
BOUNDS
 UP BND       f_tp4_pp2__tp4_pp1_b128   1.208200000000e+04
 UP BND       f_tp8_pp1__tp4_pp1_b128   1.208200000000e+04
 UP BND       n_dec_tp4_pp1_b128   4.000000000000e+00
 UP BND       n_pre_tp4_pp2   2.000000000000e+00
 UP BND       n_pre_tp8_pp1   2.000000000000e+00
 UP BND       served_units   1.208200000000e+04
 BV BND       u_dec_tp4_pp1_b128
 BV BND       u_pre_tp4_pp2
 BV BND       u_pre_tp8_pp1
 BV BND       z_tp4_pp2__tp4_pp1_b128
 BV BND       z_tp8_pp1__tp4_pp1_b128
ENDATA
