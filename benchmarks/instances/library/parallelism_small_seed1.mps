OBJSENSE
 MIN
NAME          parallelism_small_seed1
ROWS
 N  OBJ
 L  structure__use_c0_tp1_pp2
 L  memory__c0_tp1_pp2
 L  slo__c0_tp1_pp2_ttft
 L  slo__c0_tp1_pp2_tpot
 L  slo__c0_tp1_pp2_e2e
 L  structure__use_c1_tp4_pp1
 L  memory__c1_tp4_pp1
 L  slo__c1_tp4_pp1_ttft
 L  slo__c1_tp4_pp1_tpot
 L  slo__c1_tp4_pp1_e2e
 L  gpus__budget
 L  gpus__nodes
 L  structure__slots_g2
 L  structure__slots_g4
 G  rate__target
COLUMNS
    MARK      'MARKER'                 'INTORG'
    n_c0_tp1_pp2  structure__use_c0_tp1_pp2   1.000000000000e+00
    n_c0_tp1_pp2  gpus__budget   2.000000000000e+00
    n_c0_tp1_pp2  structure__slots_g2   1.000000000000e+00
    n_c0_tp1_pp2  rate__target   6.432091078491e+00
    n_c0_tp1_pp2  OBJ        4.297252615766e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_c1_tp4_pp1  structure__use_c1_tp4_pp1   1.000000000000e+00
    n_c1_tp4_pp1  gpus__budget   4.000000000000e+00
    n_c1_tp4_pp1  structure__slots_g4   1.000000000000e+00
    n_c1_tp4_pp1  rate__target   8.260278572555e+00
    n_c1_tp4_pp1  OBJ        9.033912138455e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p0      gpus__nodes   4.000000000000e+00
    x_p0      structure__slots_g4  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p1      gpus__nodes   4.000000000000e+00
    x_p1      structure__slots_g2  -2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_c0_tp1_pp2  structure__use_c0_tp1_pp2  -2.000000000000e+00
    y_c0_tp1_pp2  memory__c0_tp1_pp2   5.151014655369e+01
    y_c0_tp1_pp2  slo__c0_tp1_pp2_ttft   1.528943587950e+00
    y_c0_tp1_pp2  slo__c0_tp1_pp2_tpot   2.275591132431e-02
    y_c0_tp1_pp2  slo__c0_tp1_pp2_e2e   2.383782771687e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_c1_tp4_pp1  structure__use_c1_tp4_pp1  -1.000000000000e+00
    y_c1_tp4_pp1  memory__c1_tp4_pp1   6.328339917209e+01
    y_c1_tp4_pp1  slo__c1_tp4_pp1_ttft   8.883065561583e-01
    y_c1_tp4_pp1  slo__c1_tp4_pp1_tpot   6.534978894807e-02
    y_c1_tp4_pp1  slo__c1_tp4_pp1_e2e   8.351042431179e+00
    MARK      'MARKER'                 'INTEND'
RHS
    RHS       structure__use_c0_tp1_pp2   0.000000000000e+00
    RHS       memory__c0_tp1_pp2   6.467747178016e+01
    RHS       slo__c0_tp1_pp2_ttft   2.500000000000e+00
    RHS       slo__c0_tp1_pp2_tpot   1.500000000000e-01
    RHS       slo__c0_tp1_pp2_e2e   2.500000000000e+01
    RHS       structure__use_c1_tp4_pp1   0.000000000000e+00
    RHS       memory__c1_tp4_pp1   6.467747178016e+01
    RHS       slo__c1_tp4_pp1_ttft   2.500000000000e+00
    RHS       slo__c1_tp4_pp1_tpot   1.500000000000e-01
    RHS       slo__c1_tp4_pp1_e2e   2.500000000000e+01
    RHS       gpus__budget   4.000000000000e+00
    RHS       gpus__nodes   8.000000000000e+00
    RHS       structure__slots_g2   0.000000000000e+00
    RHS       structure__slots_g4   0.000000000000e+00
    RHS       rate__target   5.609838365682e+00
BOUNDS
 UP BND       n_c0_tp1_pp2   2.000000000000e+00
 BV BND       n_c1_tp4_pp1
 UP BND       x_p0       2.000000000000e+00
 UP BND       x_p1       2.000000000000e+00
 BV BND       y_c0_tp1_pp2
 BV BND       y_c1_tp4_pp1
ENDATA
