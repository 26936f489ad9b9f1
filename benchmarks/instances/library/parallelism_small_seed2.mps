OBJSENSE
 MAX
NAME          parallelism_small_seed2
ROWS
 N  OBJ
 L  structure__use_c0_tp1_pp6
 L  memory__c0_tp1_pp6
 L  slo__c0_tp1_pp6_ttft
 L  slo__c0_tp1_pp6_tpot
 L  slo__c0_tp1_pp6_e2e
 L  structure__use_c1_tp4_pp1
 L  memory__c1_tp4_pp1
 L  slo__c1_tp4_pp1_ttft
 L  slo__c1_tp4_pp1_tpot
 L  slo__c1_tp4_pp1_e2e
 L  gpus__budget
 L  gpus__nodes
 L  structure__slots_g4
 L  structure__slots_g6
 G  structure__nonempty
COLUMNS
    MARK      'MARKER'                 'INTORG'
    n_c0_tp1_pp6  structure__use_c0_tp1_pp6   1.000000000000e+00
    n_c0_tp1_pp6  gpus__budget   6.000000000000e+00
    n_c0_tp1_pp6  structure__slots_g6   1.000000000000e+00
    n_c0_tp1_pp6  structure__nonempty   1.000000000000e+00
    n_c0_tp1_pp6  OBJ        1.152661534854e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_c1_tp4_pp1  structure__use_c1_tp4_pp1   1.000000000000e+00
    n_c1_tp4_pp1  gpus__budget   4.000000000000e+00
    n_c1_tp4_pp1  structure__slots_g4   1.000000000000e+00
    n_c1_tp4_pp1  structure__nonempty   1.000000000000e+00
    n_c1_tp4_pp1  OBJ        5.975086490683e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p0      gpus__nodes   8.000000000000e+00
    x_p0      structure__slots_g6  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p1      gpus__nodes   8.000000000000e+00
    x_p1      structure__slots_g4  -2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_c0_tp1_pp6  memory__c0_tp1_pp6   4.322740094537e+01
    y_c0_tp1_pp6  slo__c0_tp1_pp6_ttft   8.149203565557e-01
    y_c0_tp1_pp6  slo__c0_tp1_pp6_tpot   8.574330148756e-02
    y_c0_tp1_pp6  slo__c0_tp1_pp6_e2e   1.905664156951e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_c1_tp4_pp1  structure__use_c1_tp4_pp1  -1.000000000000e+00
    y_c1_tp4_pp1  memory__c1_tp4_pp1   6.356851569113e+01
    y_c1_tp4_pp1  slo__c1_tp4_pp1_ttft   1.199240150502e+00
    y_c1_tp4_pp1  slo__c1_tp4_pp1_tpot   8.331843992741e-02
    y_c1_tp4_pp1  slo__c1_tp4_pp1_e2e   2.918589881234e+01
    MARK      'MARKER'                 'INTEND'
RHS
    RHS       structure__use_c0_tp1_pp6   0.000000000000e+00
    RHS       memory__c0_tp1_pp6   6.900150788948e+01
    RHS       slo__c0_tp1_pp6_ttft   2.500000000000e+00
    RHS       slo__c0_tp1_pp6_tpot   1.500000000000e-01
    RHS       slo__c0_tp1_pp6_e2e   2.500000000000e+01
    RHS       structure__use_c1_tp4_pp1   0.000000000000e+00
    RHS       memory__c1_tp4_pp1   6.900150788948e+01
    RHS       slo__c1_tp4_pp1_ttft   2.500000000000e+00
    RHS       slo__c1_tp4_pp1_tpot   1.500000000000e-01
    RHS       slo__c1_tp4_pp1_e2e   2.500000000000e+01
    RHS       gpus__budget   4.000000000000e+00
    RHS       gpus__nodes   8.000000000000e+00
    RHS       structure__slots_g4   0.000000000000e+00
    RHS       structure__slots_g6   0.000000000000e+00
    RHS       structure__nonempty   1.000000000000e+00
BOUNDS
 FX BND       n_c0_tp1_pp6   0.000000000000e+00
 BV BND       n_c1_tp4_pp1
 BV BND       x_p0    
 BV BND       x_p1    
 BV BND       y_c0_tp1_pp6
 BV BND       y_c1_tp4_pp1
ENDATA
