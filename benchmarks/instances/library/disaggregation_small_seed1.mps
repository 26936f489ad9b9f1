OBJSENSE
 MIN
NAME          disaggregation_small_seed1
ROWS
 N  OBJ
 L  structure__use_prefill_tp1_pp1
 L  structure__prefill_cap_tp1_pp1
 L  memory__prefill_tp1_pp1
 L  structure__use_prefill_tp1_pp2
 L  structure__prefill_cap_tp1_pp2
 L  memory__prefill_tp1_pp2
 L  structure__use_prefill_tp2_pp1
 L  structure__prefill_cap_tp2_pp1
 L  memory__prefill_tp2_pp1
 L  structure__use_decode_tp2_pp1_b256
 L  structure__decode_cap_tp2_pp1_b256
 L  memory__decode_tp2_pp1_b256
 L  slo__tpot_tp2_pp1_b256
 L  structure__pair_tp1_pp1_tp2_pp1_b256
 L  slo__ttft_tp1_pp1_tp2_pp1_b256
 L  slo__e2e_tp1_pp1_tp2_pp1_b256
 L  structure__pair_tp1_pp2_tp2_pp1_b256
 L  slo__ttft_tp1_pp2_tp2_pp1_b256
 L  slo__e2e_tp1_pp2_tp2_pp1_b256
 L  structure__pair_tp2_pp1_tp2_pp1_b256
 L  slo__ttft_tp2_pp1_tp2_pp1_b256
 L  slo__e2e_tp2_pp1_tp2_pp1_b256
 E  structure__served
 L  link__kv
 L  gpus__total
 G  rate__target
COLUMNS
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp2_pp1_b256  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp2_pp1_b256  structure__decode_cap_tp2_pp1_b256   1.000000000000e+00
    f_tp1_pp1__tp2_pp1_b256  structure__pair_tp1_pp1_tp2_pp1_b256   1.000000000000e+00
    f_tp1_pp1__tp2_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp2_pp1_b256  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp2_pp1_b256  structure__decode_cap_tp2_pp1_b256   1.000000000000e+00
    f_tp1_pp2__tp2_pp1_b256  structure__pair_tp1_pp2_tp2_pp1_b256   1.000000000000e+00
    f_tp1_pp2__tp2_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp2_pp1_b256  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp2_pp1_b256  structure__decode_cap_tp2_pp1_b256   1.000000000000e+00
    f_tp2_pp1__tp2_pp1_b256  structure__pair_tp2_pp1_tp2_pp1_b256   1.000000000000e+00
    f_tp2_pp1__tp2_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp2_pp1_b256  structure__use_decode_tp2_pp1_b256   1.000000000000e+00
    n_dec_tp2_pp1_b256  structure__decode_cap_tp2_pp1_b256  -7.505000000000e+03
    n_dec_tp2_pp1_b256  gpus__total   2.000000000000e+00
    n_dec_tp2_pp1_b256  OBJ        7.040000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_pre_tp1_pp1  structure__use_prefill_tp1_pp1   1.000000000000e+00
    n_pre_tp1_pp1  structure__prefill_cap_tp1_pp1  -4.758000000000e+03
    n_pre_tp1_pp1  gpus__total   1.000000000000e+00
    n_pre_tp1_pp1  OBJ        3.520000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_pre_tp1_pp2  structure__use_prefill_tp1_pp2   1.000000000000e+00
    n_pre_tp1_pp2  structure__prefill_cap_tp1_pp2  -9.869000000000e+03
    n_pre_tp1_pp2  gpus__total   2.000000000000e+00
    n_pre_tp1_pp2  OBJ        7.040000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_pre_tp2_pp1  structure__use_prefill_tp2_pp1   1.000000000000e+00
    n_pre_tp2_pp1  structure__prefill_cap_tp2_pp1  -7.357000000000e+03
    n_pre_tp2_pp1  gpus__total   2.000000000000e+00
    n_pre_tp2_pp1  OBJ        7.040000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    served_units  structure__served   1.000000000000e+00
    served_units  link__kv   3.504529313240e-05
    served_units  rate__target   1.000000000000e-03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp2_pp1_b256  structure__use_decode_tp2_pp1_b256  -3.000000000000e+00
    u_dec_tp2_pp1_b256  memory__decode_tp2_pp1_b256   5.145802662522e+01
    u_dec_tp2_pp1_b256  slo__tpot_tp2_pp1_b256   5.428550277652e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp1_pp1  structure__use_prefill_tp1_pp1  -6.000000000000e+00
    u_pre_tp1_pp1  memory__prefill_tp1_pp1   7.564677254434e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp1_pp2  structure__use_prefill_tp1_pp2  -3.000000000000e+00
    u_pre_tp1_pp2  memory__prefill_tp1_pp2   4.643510888521e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp2_pp1  structure__use_prefill_tp2_pp1  -3.000000000000e+00
    u_pre_tp2_pp1  memory__prefill_tp2_pp1   4.007052730431e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp2_pp1_b256  structure__pair_tp1_pp1_tp2_pp1_b256  -6.328000000000e+03
    z_tp1_pp1__tp2_pp1_b256  slo__ttft_tp1_pp1_tp2_pp1_b256   5.733928454674e-01
    z_tp1_pp1__tp2_pp1_b256  slo__e2e_tp1_pp1_tp2_pp1_b256   1.199137351091e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp2_pp1_b256  structure__pair_tp1_pp2_tp2_pp1_b256  -6.328000000000e+03
    z_tp1_pp2__tp2_pp1_b256  slo__ttft_tp1_pp2_tp2_pp1_b256   1.366052515782e+00
    z_tp1_pp2__tp2_pp1_b256  slo__e2e_tp1_pp2_tp2_pp1_b256   1.278403318123e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp2_pp1_b256  structure__pair_tp2_pp1_tp2_pp1_b256  -6.328000000000e+03
    z_tp2_pp1__tp2_pp1_b256  slo__ttft_tp2_pp1_tp2_pp1_b256   8.395424288696e-01
    z_tp2_pp1__tp2_pp1_b256  slo__e2e_tp2_pp1_tp2_pp1_b256   1.225752309431e+01
    MARK      'MARKER'                 'INTEND'
RHS
    RHS       structure__use_prefill_tp1_pp1   0.000000000000e+00
    RHS       structure__prefill_cap_tp1_pp1   0.000000000000e+00
    RHS       memory__prefill_tp1_pp1   7.164000000000e+01
    RHS       structure__use_prefill_tp1_pp2   0.000000000000e+00
    RHS       structure__prefill_cap_tp1_pp2   0.000000000000e+00
    RHS       memory__prefill_tp1_pp2   7.164000000000e+01
    RHS       structure__use_prefill_tp2_pp1   0.000000000000e+00
    RHS       structure__prefill_cap_tp2_pp1   0.000000000000e+00
    RHS       memory__prefill_tp2_pp1   7.164000000000e+01
    RHS       structure__use_decode_tp2_pp1_b256   0.000000000000e+00
    RHS       structure__decode_cap_tp2_pp1_b256   0.000000000000e+00
    RHS       memory__decode_tp2_pp1_b256   7.164000000000e+01
    RHS       slo__tpot_tp2_pp1_b256   1.092941018104e-01
    RHS       structure__pair_tp1_pp1_tp2_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp2_pp1_b256   2.675792244657e+00
    RHS       slo__e2e_tp1_pp1_tp2_pp1_b256   1.203649347063e+01
    RHS       structure__pair_tp1_pp2_tp2_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp2_pp1_b256   2.675792244657e+00
    RHS       slo__e2e_tp1_pp2_tp2_pp1_b256   1.203649347063e+01
    RHS       structure__pair_tp2_pp1_tp2_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp2_pp1_b256   2.675792244657e+00
    RHS       slo__e2e_tp2_pp1_tp2_pp1_b256   1.203649347063e+01
    RHS       structure__served   0.000000000000e+00
    RHS       link__kv   2.217666149418e-01
    RHS       gpus__total   6.000000000000e+00
    RHS       rate__target   5.721000000000e+00
BOUNDS
 UP BND       f_tp1_pp1__tp2_pp1_b256   6.328000000000e+03
 UP BND       f_tp1_pp2__tp2_pp1_b256   6.328000000000e+03
 UP BND       f_tp2_pp1__tp2_pp1_b256   6.328000000000e+03
 UP BND       n_dec_tp2_pp1_b256   3.000000000000e+00
 UP BND       n_pre_tp1_pp1   6.000000000000e+00
 UP BND       n_pre_tp1_pp2   3.000000000000e+00
 UP BND       n_pre_tp2_pp1   3.000000000000e+00
 UP BND       served_units   6.328000000000e+03
 BV BND       u_dec_tp2_pp1_b256
 BV BND       u_pre_tp1_pp1
 BV BND       u_pre_tp1_pp2
 BV BND       u_pre_tp2_pp1
 BV BND       z_tp1_pp1__tp2_pp1_b256
 BV BND       z_tp1_pp2__tp2_pp1_b256
 BV BND       z_tp2_pp1__tp2_pp1_b256
ENDATA
