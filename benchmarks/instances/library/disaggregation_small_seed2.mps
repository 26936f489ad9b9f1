OBJSENSE
 MIN
NAME          disaggregation_small_seed2
ROWS
 N  OBJ
 L  structure__use_prefill_tp2_pp1
 L  structure__prefill_cap_tp2_pp1
 L  memory__prefill_tp2_pp1
 L  structure__use_decode_tp2_pp1_b128
 L  structure__decode_cap_tp2_pp1_b128
 L  memory__decode_tp2_pp1_b128
 L  slo__tpot_tp2_pp1_b128
 L  structure__use_decode_tp1_pp1_b256
 L  structure__decode_cap_tp1_pp1_b256
 L  memory__decode_tp1_pp1_b256
 L  slo__tpot_tp1_pp1_b256
 L  structure__use_decode_tp2_pp1_b256
 L  structure__decode_cap_tp2_pp1_b256
 L  memory__decode_tp2_pp1_b256
 L  slo__tpot_tp2_pp1_b256
 L  structure__pair_tp2_pp1_tp2_pp1_b128
 L  slo__ttft_tp2_pp1_tp2_pp1_b128
 L  structure__pair_tp2_pp1_tp1_pp1_b256
 L  slo__ttft_tp2_pp1_tp1_pp1_b256
 L  structure__pair_tp2_pp1_tp2_pp1_b256
 L  slo__ttft_tp2_pp1_tp2_pp1_b256
 E  structure__served
 L  link__kv
 L  gpus__total
 G  rate__target
COLUMNS
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp1_pp1_b256  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp1_pp1_b256  structure__decode_cap_tp1_pp1_b256   1.000000000000e+00
    f_tp2_pp1__tp1_pp1_b256  structure__pair_tp2_pp1_tp1_pp1_b256   1.000000000000e+00
    f_tp2_pp1__tp1_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp2_pp1_b128  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp2_pp1_b128  structure__decode_cap_tp2_pp1_b128   1.000000000000e+00
    f_tp2_pp1__tp2_pp1_b128  structure__pair_tp2_pp1_tp2_pp1_b128   1.000000000000e+00
    f_tp2_pp1__tp2_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp2_pp1_b256  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp2_pp1_b256  structure__decode_cap_tp2_pp1_b256   1.000000000000e+00
    f_tp2_pp1__tp2_pp1_b256  structure__pair_tp2_pp1_tp2_pp1_b256   1.000000000000e+00
    f_tp2_pp1__tp2_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp1_pp1_b256  structure__use_decode_tp1_pp1_b256   1.000000000000e+00
    n_dec_tp1_pp1_b256  structure__decode_cap_tp1_pp1_b256  -1.021100000000e+04
    n_dec_tp1_pp1_b256  gpus__total   1.000000000000e+00
    n_dec_tp1_pp1_b256  OBJ        1.610000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp2_pp1_b128  structure__use_decode_tp2_pp1_b128   1.000000000000e+00
    n_dec_tp2_pp1_b128  structure__decode_cap_tp2_pp1_b128  -1.730400000000e+04
    n_dec_tp2_pp1_b128  gpus__total   2.000000000000e+00
    n_dec_tp2_pp1_b128  OBJ        3.220000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp2_pp1_b256  structure__use_decode_tp2_pp1_b256   1.000000000000e+00
    n_dec_tp2_pp1_b256  structure__decode_cap_tp2_pp1_b256  -2.260200000000e+04
    n_dec_tp2_pp1_b256  gpus__total   2.000000000000e+00
    n_dec_tp2_pp1_b256  OBJ        3.220000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_pre_tp2_pp1  structure__use_prefill_tp2_pp1   1.000000000000e+00
    n_pre_tp2_pp1  structure__prefill_cap_tp2_pp1  -4.853100000000e+04
    n_pre_tp2_pp1  gpus__total   2.000000000000e+00
    n_pre_tp2_pp1  OBJ        3.220000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    served_units  structure__served   1.000000000000e+00
    served_units  link__kv   1.408957082338e-04
    served_units  rate__target   1.000000000000e-03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp1_pp1_b256  structure__use_decode_tp1_pp1_b256  -7.000000000000e+00
    u_dec_tp1_pp1_b256  memory__decode_tp1_pp1_b256   2.405596417835e+01
    u_dec_tp1_pp1_b256  slo__tpot_tp1_pp1_b256   3.874422056837e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp2_pp1_b128  structure__use_decode_tp2_pp1_b128  -3.000000000000e+00
    u_dec_tp2_pp1_b128  memory__decode_tp2_pp1_b128   1.255371501234e+01
    u_dec_tp2_pp1_b128  slo__tpot_tp2_pp1_b128   5.553515646383e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp2_pp1_b256  structure__use_decode_tp2_pp1_b256  -3.000000000000e+00
    u_dec_tp2_pp1_b256  memory__decode_tp2_pp1_b256   1.433573291823e+01
    u_dec_tp2_pp1_b256  slo__tpot_tp2_pp1_b256   6.919419898399e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp2_pp1  structure__use_prefill_tp2_pp1  -3.000000000000e+00
    u_pre_tp2_pp1  memory__prefill_tp2_pp1   2.243138804469e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp1_pp1_b256  structure__pair_tp2_pp1_tp1_pp1_b256  -7.147700000000e+04
    z_tp2_pp1__tp1_pp1_b256  slo__ttft_tp2_pp1_tp1_pp1_b256   5.068339048271e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp2_pp1_b128  structure__pair_tp2_pp1_tp2_pp1_b128  -5.191200000000e+04
    z_tp2_pp1__tp2_pp1_b128  slo__ttft_tp2_pp1_tp2_pp1_b128   5.009114975426e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp2_pp1_b256  structure__pair_tp2_pp1_tp2_pp1_b256  -6.780600000000e+04
    z_tp2_pp1__tp2_pp1_b256  slo__ttft_tp2_pp1_tp2_pp1_b256   5.009114975426e-01
    MARK      'MARKER'                 'INTEND'
RHS
    RHS       structure__use_prefill_tp2_pp1   0.000000000000e+00
    RHS       structure__prefill_cap_tp2_pp1   0.000000000000e+00
    RHS       memory__prefill_tp2_pp1   7.164000000000e+01
    RHS       structure__use_decode_tp2_pp1_b128   0.000000000000e+00
    RHS       structure__decode_cap_tp2_pp1_b128   0.000000000000e+00
    RHS       memory__decode_tp2_pp1_b128   7.164000000000e+01
    RHS       slo__tpot_tp2_pp1_b128   6.045435584329e-02
    RHS       structure__use_decode_tp1_pp1_b256   0.000000000000e+00
    RHS       structure__decode_cap_tp1_pp1_b256   0.000000000000e+00
    RHS       memory__decode_tp1_pp1_b256   7.164000000000e+01
    RHS       slo__tpot_tp1_pp1_b256   6.045435584329e-02
    RHS       structure__use_decode_tp2_pp1_b256   0.000000000000e+00
    RHS       structure__decode_cap_tp2_pp1_b256   0.000000000000e+00
    RHS       memory__decode_tp2_pp1_b256   7.164000000000e+01
    RHS       slo__tpot_tp2_pp1_b256   6.045435584329e-02
    RHS       structure__pair_tp2_pp1_tp2_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp2_pp1_b128   1.035856078598e+00
    RHS       structure__pair_tp2_pp1_tp1_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp1_pp1_b256   1.035856078598e+00
    RHS       structure__pair_tp2_pp1_tp2_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp2_pp1_b256   1.035856078598e+00
    RHS       structure__served   0.000000000000e+00
    RHS       link__kv   1.109736866762e+01
    RHS       gpus__total   7.000000000000e+00
    RHS       rate__target   5.348000000000e+00
BOUNDS
 UP BND       f_tp2_pp1__tp1_pp1_b256   7.147700000000e+04
 UP BND       f_tp2_pp1__tp2_pp1_b128   5.191200000000e+04
 UP BND       f_tp2_pp1__tp2_pp1_b256   6.780600000000e+04
 UP BND       n_dec_tp1_pp1_b256   7.000000000000e+00
 UP BND       n_dec_tp2_pp1_b128   3.000000000000e+00
 UP BND       n_dec_tp2_pp1_b256   3.000000000000e+00
 UP BND       n_pre_tp2_pp1   3.000000000000e+00
 UP BND       served_units   7.876300000000e+04
 BV BND       u_dec_tp1_pp1_b256
 BV BND       u_dec_tp2_pp1_b128
 BV BND       u_dec_tp2_pp1_b256
 BV BND       u_pre_tp2_pp1
 BV BND       z_tp2_pp1__tp1_pp1_b256
 BV BND       z_tp2_pp1__tp2_pp1_b128
 BV BND       z_tp2_pp1__tp2_pp1_b256
ENDATA
