OBJSENSE
 MAX
NAME          disaggregation_small_seed0
ROWS
 N  OBJ
 L  structure__use_prefill_tp2_pp2
 L  structure__prefill_cap_tp2_pp2
 L  memory__prefill_tp2_pp2
 L  structure__use_decode_tp2_pp2_b128
 L  structure__decode_cap_tp2_pp2_b128
 L  memory__decode_tp2_pp2_b128
 L  slo__tpot_tp2_pp2_b128
 L  structure__use_decode_tp1_pp2_b256
 L  structure__decode_cap_tp1_pp2_b256
 L  memory__decode_tp1_pp2_b256
 L  slo__tpot_tp1_pp2_b256
 L  structure__pair_tp2_pp2_tp2_pp2_b128
 L  slo__ttft_tp2_pp2_tp2_pp2_b128
 L  structure__pair_tp2_pp2_tp1_pp2_b256
 L  slo__ttft_tp2_pp2_tp1_pp2_b256
 E  structure__served
 L  link__kv
 L  gpus__total
COLUMNS
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp1_pp2_b256  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp1_pp2_b256  structure__decode_cap_tp1_pp2_b256   1.000000000000e+00
    f_tp2_pp2__tp1_pp2_b256  structure__pair_tp2_pp2_tp1_pp2_b256   1.000000000000e+00
    f_tp2_pp2__tp1_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp2_pp2_b128  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp2_pp2_b128  structure__decode_cap_tp2_pp2_b128   1.000000000000e+00
    f_tp2_pp2__tp2_pp2_b128  structure__pair_tp2_pp2_tp2_pp2_b128   1.000000000000e+00
    f_tp2_pp2__tp2_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp1_pp2_b256  structure__use_decode_tp1_pp2_b256   1.000000000000e+00
    n_dec_tp1_pp2_b256  structure__decode_cap_tp1_pp2_b256  -2.034000000000e+03
    n_dec_tp1_pp2_b256  gpus__total   2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp2_pp2_b128  structure__use_decode_tp2_pp2_b128   1.000000000000e+00
    n_dec_tp2_pp2_b128  structure__decode_cap_tp2_pp2_b128  -7.123000000000e+03
    n_dec_tp2_pp2_b128  gpus__total   4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_pre_tp2_pp2  structure__use_prefill_tp2_pp2   1.000000000000e+00
    n_pre_tp2_pp2  structure__prefill_cap_tp2_pp2  -7.561000000000e+03
    n_pre_tp2_pp2  gpus__total   4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    served_units  structure__served   1.000000000000e+00
    served_units  link__kv   2.659320143982e-04
    served_units  OBJ        1.000000000000e-03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp1_pp2_b256  structure__use_decode_tp1_pp2_b256  -6.000000000000e+00
    u_dec_tp1_pp2_b256  memory__decode_tp1_pp2_b256   5.427910294756e+01
    u_dec_tp1_pp2_b256  slo__tpot_tp1_pp2_b256   3.458979654136e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp2_pp2_b128  structure__use_decode_tp2_pp2_b128  -3.000000000000e+00
    u_dec_tp2_pp2_b128  memory__decode_tp2_pp2_b128   2.320986908946e+01
    u_dec_tp2_pp2_b128  slo__tpot_tp2_pp2_b128   2.841713299240e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp2_pp2  structure__use_prefill_tp2_pp2  -3.000000000000e+00
    u_pre_tp2_pp2  memory__prefill_tp2_pp2   2.545214485355e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp1_pp2_b256  structure__pair_tp2_pp2_tp1_pp2_b256  -1.220400000000e+04
    z_tp2_pp2__tp1_pp2_b256  slo__ttft_tp2_pp2_tp1_pp2_b256   5.398353139043e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp2_pp2_b128  structure__pair_tp2_pp2_tp2_pp2_b128  -2.136900000000e+04
    z_tp2_pp2__tp2_pp2_b128  slo__ttft_tp2_pp2_tp2_pp2_b128   5.287384117784e-01
    MARK      'MARKER'                 'INTEND'
RHS
    RHS       structure__use_prefill_tp2_pp2   0.000000000000e+00
    RHS       structure__prefill_cap_tp2_pp2   0.000000000000e+00
    RHS       memory__prefill_tp2_pp2   7.164000000000e+01
    RHS       structure__use_decode_tp2_pp2_b128   0.000000000000e+00
    RHS       structure__decode_cap_tp2_pp2_b128   0.000000000000e+00
    RHS       memory__decode_tp2_pp2_b128   7.164000000000e+01
    RHS       slo__tpot_tp2_pp2_b128   1.185541984481e-01
    RHS       structure__use_decode_tp1_pp2_b256   0.000000000000e+00
    RHS       structure__decode_cap_tp1_pp2_b256   0.000000000000e+00
    RHS       memory__decode_tp1_pp2_b256   7.164000000000e+01
    RHS       slo__tpot_tp1_pp2_b256   1.185541984481e-01
    RHS       structure__pair_tp2_pp2_tp2_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp2_pp2_b128   2.957837745308e+00
    RHS       structure__pair_tp2_pp2_tp1_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp1_pp2_b256   2.957837745308e+00
    RHS       structure__served   0.000000000000e+00
    RHS       link__kv   6.680744065712e+00
    RHS       gpus__total   1.200000000000e+01
BOUNDS
 UP BND       f_tp2_pp2__tp1_pp2_b256   1.220400000000e+04
 UP BND       f_tp2_pp2__tp2_pp2_b128   2.136900000000e+04
 UP BND       n_dec_tp1_pp2_b256   6.000000000000e+00
 UP BND       n_dec_tp2_pp2_b128   3.000000000000e+00
 UP BND       n_pre_tp2_pp2   3.000000000000e+00
 UP BND       served_units   2.268300000000e+04
 BV BND       u_dec_tp1_pp2_b256
 BV BND       u_dec_tp2_pp2_b128
 BV BND       u_pre_tp2_pp2
 BV BND       z_tp2_pp2__tp1_pp2_b256
 BV BND       z_tp2_pp2__tp2_pp2_b128
ENDATA
