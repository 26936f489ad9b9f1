OBJSENSE
 MIN
NAME          disaggregation_small_seed3
ROWS
 N  OBJ
 L  structure__use_prefill_tp1_pp1
 L  structure__prefill_cap_tp1_pp1
 L  memory__prefill_tp1_pp1
 L  structure__use_decode_tp1_pp2_b64
 L  structure__decode_cap_tp1_pp2_b64
 L  memory__decode_tp1_pp2_b64
 L  slo__tpot_tp1_pp2_b64
 L  structure__use_decode_tp2_pp1_b64
 L  structure__decode_cap_tp2_pp1_b64
 L  memory__decode_tp2_pp1_b64
 L  slo__tpot_tp2_pp1_b64
 L  structure__use_decode_tp1_pp1_b128
 L  structure__decode_cap_tp1_pp1_b128
 L  memory__decode_tp1_pp1_b128
 L  slo__tpot_tp1_pp1_b128
 L  structure__pair_tp1_pp1_tp1_pp2_b64
 L  slo__ttft_tp1_pp1_tp1_pp2_b64
 L  structure__pair_tp1_pp1_tp2_pp1_b64
 L  slo__ttft_tp1_pp1_tp2_pp1_b64
 L  structure__pair_tp1_pp1_tp1_pp1_b128
 L  slo__ttft_tp1_pp1_tp1_pp1_b128
 E  structure__served
 L  link__kv
 L  gpus__total
 G  rate__target
COLUMNS
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp1_pp1_b128  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp1_pp1_b128  structure__decode_cap_tp1_pp1_b128   1.000000000000e+00
    f_tp1_pp1__tp1_pp1_b128  structure__pair_tp1_pp1_tp1_pp1_b128   1.000000000000e+00
    f_tp1_pp1__tp1_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp1_pp2_b64  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp1_pp2_b64  structure__decode_cap_tp1_pp2_b64   1.000000000000e+00
    f_tp1_pp1__tp1_pp2_b64  structure__pair_tp1_pp1_tp1_pp2_b64   1.000000000000e+00
    f_tp1_pp1__tp1_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp2_pp1_b64  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp2_pp1_b64  structure__decode_cap_tp2_pp1_b64   1.000000000000e+00
    f_tp1_pp1__tp2_pp1_b64  structure__pair_tp1_pp1_tp2_pp1_b64   1.000000000000e+00
    f_tp1_pp1__tp2_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp1_pp1_b128  structure__use_decode_tp1_pp1_b128   1.000000000000e+00
    n_dec_tp1_pp1_b128  structure__decode_cap_tp1_pp1_b128  -1.284600000000e+04
    n_dec_tp1_pp1_b128  gpus__total   1.000000000000e+00
    n_dec_tp1_pp1_b128  OBJ        2.120000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp1_pp2_b64  structure__use_decode_tp1_pp2_b64   1.000000000000e+00
    n_dec_tp1_pp2_b64  structure__decode_cap_tp1_pp2_b64  -1.559300000000e+04
    n_dec_tp1_pp2_b64  gpus__total   2.000000000000e+00
    n_dec_tp1_pp2_b64  OBJ        4.240000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp2_pp1_b64  structure__use_decode_tp2_pp1_b64   1.000000000000e+00
    n_dec_tp2_pp1_b64  structure__decode_cap_tp2_pp1_b64  -1.223100000000e+04
    n_dec_tp2_pp1_b64  gpus__total   2.000000000000e+00
    n_dec_tp2_pp1_b64  OBJ        4.240000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_pre_tp1_pp1  structure__use_prefill_tp1_pp1   1.000000000000e+00
    n_pre_tp1_pp1  structure__prefill_cap_tp1_pp1  -1.173300000000e+04
    n_pre_tp1_pp1  gpus__total   1.000000000000e+00
    n_pre_tp1_pp1  OBJ        2.120000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    served_units  structure__served   1.000000000000e+00
    served_units  link__kv   3.588502067692e-04
    served_units  rate__target   1.000000000000e-03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp1_pp1_b128  structure__use_decode_tp1_pp1_b128  -5.000000000000e+00
    u_dec_tp1_pp1_b128  memory__decode_tp1_pp1_b128   2.210319334249e+01
    u_dec_tp1_pp1_b128  slo__tpot_tp1_pp1_b128   3.492006115084e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp1_pp2_b64  structure__use_decode_tp1_pp2_b64  -2.000000000000e+00
    u_dec_tp1_pp2_b64  memory__decode_tp1_pp2_b64   1.198595045534e+01
    u_dec_tp1_pp2_b64  slo__tpot_tp1_pp2_b64   2.592637596799e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp2_pp1_b64  structure__use_decode_tp2_pp1_b64  -2.000000000000e+00
    u_dec_tp2_pp1_b64  memory__decode_tp2_pp1_b64   1.004477908462e+01
    u_dec_tp2_pp1_b64  slo__tpot_tp2_pp1_b64   2.132098200387e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp1_pp1  structure__use_prefill_tp1_pp1  -5.000000000000e+00
    u_pre_tp1_pp1  memory__prefill_tp1_pp1   2.935089351035e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp1_pp1_b128  structure__pair_tp1_pp1_tp1_pp1_b128  -4.698500000000e+04
    z_tp1_pp1__tp1_pp1_b128  slo__ttft_tp1_pp1_tp1_pp1_b128   8.566947196263e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp1_pp2_b64  structure__pair_tp1_pp1_tp1_pp2_b64  -3.118600000000e+04
    z_tp1_pp1__tp1_pp2_b64  slo__ttft_tp1_pp1_tp1_pp2_b64   8.566947196263e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp2_pp1_b64  structure__pair_tp1_pp1_tp2_pp1_b64  -2.446200000000e+04
    z_tp1_pp1__tp2_pp1_b64  slo__ttft_tp1_pp1_tp2_pp1_b64   8.566947196263e-01
    MARK      'MARKER'                 'INTEND'
RHS
    RHS       structure__use_prefill_tp1_pp1   0.000000000000e+00
    RHS       structure__prefill_cap_tp1_pp1   0.000000000000e+00
    RHS       memory__prefill_tp1_pp1   7.164000000000e+01
    RHS       structure__use_decode_tp1_pp2_b64   0.000000000000e+00
    RHS       structure__decode_cap_tp1_pp2_b64   0.000000000000e+00
    RHS       memory__decode_tp1_pp2_b64   7.164000000000e+01
    RHS       slo__tpot_tp1_pp2_b64   1.206965095656e-01
    RHS       structure__use_decode_tp2_pp1_b64   0.000000000000e+00
    RHS       structure__decode_cap_tp2_pp1_b64   0.000000000000e+00
    RHS       memory__decode_tp2_pp1_b64   7.164000000000e+01
    RHS       slo__tpot_tp2_pp1_b64   1.206965095656e-01
    RHS       structure__use_decode_tp1_pp1_b128   0.000000000000e+00
    RHS       structure__decode_cap_tp1_pp1_b128   0.000000000000e+00
    RHS       memory__decode_tp1_pp1_b128   7.164000000000e+01
    RHS       slo__tpot_tp1_pp1_b128   1.206965095656e-01
    RHS       structure__pair_tp1_pp1_tp1_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp1_pp2_b64   8.667612168574e-01
    RHS       structure__pair_tp1_pp1_tp2_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp2_pp1_b64   8.667612168574e-01
    RHS       structure__pair_tp1_pp1_tp1_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp1_pp1_b128   8.667612168574e-01
    RHS       structure__served   0.000000000000e+00
    RHS       link__kv   1.686057696505e+01
    RHS       gpus__total   5.000000000000e+00
    RHS       rate__target   4.752000000000e+00
BOUNDS
 UP BND       f_tp1_pp1__tp1_pp1_b128   4.698500000000e+04
 UP BND       f_tp1_pp1__tp1_pp2_b64   3.118600000000e+04
 UP BND       f_tp1_pp1__tp2_pp1_b64   2.446200000000e+04
 UP BND       n_dec_tp1_pp1_b128   5.000000000000e+00
 UP BND       n_dec_tp1_pp2_b64   2.000000000000e+00
 UP BND       n_dec_tp2_pp1_b64   2.000000000000e+00
 UP BND       n_pre_tp1_pp1   5.000000000000e+00
 UP BND       served_units   4.698500000000e+04
 BV BND       u_dec_tp1_pp1_b128
 BV BND       u_dec_tp1_pp2_b64
 BV BND       u_dec_tp2_pp1_b64
 BV BND       u_pre_tp1_pp1
 BV BND       z_tp1_pp1__tp1_pp1_b128
 BV BND       z_tp1_pp1__tp1_pp2_b64
 BV BND       z_tp1_pp1__tp2_pp1_b64
ENDATA
