OBJSENSE
 MAX
NAME          parallelism_small_seed3
ROWS
 N  OBJ
 L  structure__use_c0_tp1_pp3
 L  memory__c0_tp1_pp3
 L  slo__c0_tp1_pp3_ttft
 L  slo__c0_tp1_pp3_tpot
 L  slo__c0_tp1_pp3_e2e
 L  structure__use_c1_tp2_pp4
 L  memory__c1_tp2_pp4
 L  slo__c1_tp2_pp4_ttft
 L  slo__c1_tp2_pp4_tpot
 L  slo__c1_tp2_pp4_e2e
 L  gpus__budget
 L  gpus__nodes
 L  structure__slots_tp1_pp3
 L  structure__slots_tp2_pp4
 G  structure__nonempty
COLUMNS
    MARK      'MARKER'                 'INTORG'
    n_c0_tp1_pp3  structure__use_c0_tp1_pp3   1.000000000000e+00
    n_c0_tp1_pp3  gpus__budget   3.000000000000e+00
    n_c0_tp1_pp3  structure__slots_tp1_pp3   1.000000000000e+00
    n_c0_tp1_pp3  structure__nonempty   1.000000000000e+00
    n_c0_tp1_pp3  OBJ        6.822518457903e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_c1_tp2_pp4  structure__use_c1_tp2_pp4   1.000000000000e+00
    n_c1_tp2_pp4  gpus__budget   8.000000000000e+00
    n_c1_tp2_pp4  structure__slots_tp2_pp4   1.000000000000e+00
    n_c1_tp2_pp4  structure__nonempty   1.000000000000e+00
    n_c1_tp2_pp4  OBJ        1.864199585510e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p0      gpus__nodes   8.000000000000e+00
    x_p0      structure__slots_tp2_pp4  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p1      gpus__nodes   8.000000000000e+00
    x_p1      structure__slots_tp1_pp3  -2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_c0_tp1_pp3  structure__use_c0_tp1_pp3  -2.000000000000e+00
    y_c0_tp1_pp3  memory__c0_tp1_pp3   4.155589777318e+01
    y_c0_tp1_pp3  slo__c0_tp1_pp3_ttft   2.009900593664e+00
    y_c0_tp1_pp3  slo__c0_tp1_pp3_tpot   3.136720199214e-02
    y_c0_tp1_pp3  slo__c0_tp1_pp3_e2e   1.478070476239e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_c1_tp2_pp4  memory__c1_tp2_pp4   5.414464541773e+01
    y_c1_tp2_pp4  slo__c1_tp2_pp4_ttft   2.018378246960e+00
    y_c1_tp2_pp4  slo__c1_tp2_pp4_tpot   1.156267254836e-01
    y_c1_tp2_pp4  slo__c1_tp2_pp4_e2e   1.210502909372e+01
    MARK      'MARKER'                 'INTEND'
RHS
    RHS       structure__use_c0_tp1_pp3   0.000000000000e+00
    RHS       memory__c0_tp1_pp3   6.141192963361e+01
    RHS       slo__c0_tp1_pp3_ttft   2.500000000000e+00
    RHS       slo__c0_tp1_pp3_tpot   1.500000000000e-01
    RHS       slo__c0_tp1_pp3_e2e   2.500000000000e+01
    RHS       structure__use_c1_tp2_pp4   0.000000000000e+00
    RHS       memory__c1_tp2_pp4   6.141192963361e+01
    RHS       slo__c1_tp2_pp4_ttft   2.500000000000e+00
    RHS       slo__c1_tp2_pp4_tpot   1.500000000000e-01
    RHS       slo__c1_tp2_pp4_e2e   2.500000000000e+01
    RHS       gpus__budget   6.000000000000e+00
    RHS       gpus__nodes   8.000000000000e+00
    RHS       structure__slots_tp1_pp3   0.000000000000e+00
    RHS       structure__slots_tp2_pp4   0.000000000000e+00
    RHS       structure__nonempty   1.000000000000e+00
BOUNDS
 UP BND       n_c0_tp1_pp3   2.000000000000e+00
 FX BND       n_c1_tp2_pp4   0.000000000000e+00
 BV BND       x_p0    
 BV BND       x_p1    
 BV BND       y_c0_tp1_pp3
 BV BND       y_c1_tp2_pp4
ENDATA
