OBJSENSE
 MAX
NAME          parallelism_small_seed4
ROWS
 N  OBJ
 L  structure__use_c0_tp1_pp2
 L  memory__c0_tp1_pp2
 L  slo__c0_tp1_pp2_ttft
 L  structure__use_c1_tp2_pp4
 L  memory__c1_tp2_pp4
 L  slo__c1_tp2_pp4_ttft
 L  structure__use_c2_tp4_pp1
 L  memory__c2_tp4_pp1
 L  slo__c2_tp4_pp1_ttft
 L  structure__use_c3_tp4_pp2
 L  memory__c3_tp4_pp2
 L  slo__c3_tp4_pp2_ttft
 L  gpus__budget
 L  gpus__nodes
 L  structure__slots_g2
 L  structure__slots_g4
 L  structure__slots_g8
 G  structure__nonempty
COLUMNS
    MARK      'MARKER'                 'INTORG'
    n_c0_tp1_pp2  structure__use_c0_tp1_pp2   1.000000000000e+00
    n_c0_tp1_pp2  gpus__budget   2.000000000000e+00
    n_c0_tp1_pp2  structure__slots_g2   1.000000000000e+00
    n_c0_tp1_pp2  structure__nonempty   1.000000000000e+00
    n_c0_tp1_pp2  OBJ        4.876707109436e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_c1_tp2_pp4  structure__use_c1_tp2_pp4   1.000000000000e+00
    n_c1_tp2_pp4  gpus__budget   8.000000000000e+00
    n_c1_tp2_pp4  structure__slots_g8   1.000000000000e+00
    n_c1_tp2_pp4  structure__nonempty   1.000000000000e+00
    n_c1_tp2_pp4  OBJ        4.075606462936e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_c2_tp4_pp1  structure__use_c2_tp4_pp1   1.000000000000e+00
    n_c2_tp4_pp1  gpus__budget   4.000000000000e+00
    n_c2_tp4_pp1  structure__slots_g4   1.000000000000e+00
    n_c2_tp4_pp1  structure__nonempty   1.000000000000e+00
    n_c2_tp4_pp1  OBJ        1.381448751933e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_c3_tp4_pp2  structure__use_c3_tp4_pp2   1.000000000000e+00
    n_c3_tp4_pp2  gpus__budget   8.000000000000e+00
    n_c3_tp4_pp2  structure__slots_g8   1.000000000000e+00
    n_c3_tp4_pp2  structure__nonempty   1.000000000000e+00
    n_c3_tp4_pp2  OBJ        1.987778278574e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p0      gpus__nodes   8.000000000000e+00
    x_p0      structure__slots_g8  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p1      gpus__nodes   8.000000000000e+00
    x_p1      structure__slots_g4  -2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p2      gpus__nodes   8.000000000000e+00
    x_p2      structure__slots_g2  -2.000000000000e+00
    x_p2      structure__slots_g4  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p3      gpus__nodes   8.000000000000e+00
    x_p3      structure__slots_g2  -4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_c0_tp1_pp2  structure__use_c0_tp1_pp2  -2.000000000000e+00
    y_c0_tp1_pp2  memory__c0_tp1_pp2   6.202317151863e+01
    y_c0_tp1_pp2  slo__c0_tp1_pp2_ttft   2.445759207262e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_c1_tp2_pp4  memory__c1_tp2_pp4   5.599989531881e+01
    y_c1_tp2_pp4  slo__c1_tp2_pp4_ttft   2.619225460222e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_c2_tp4_pp1  structure__use_c2_tp4_pp1  -1.000000000000e+00
    y_c2_tp4_pp1  memory__c2_tp4_pp1   7.581331176115e+01
    y_c2_tp4_pp1  slo__c2_tp4_pp1_ttft   1.830709284111e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_c3_tp4_pp2  memory__c3_tp4_pp2   7.635883640685e+01
    y_c3_tp4_pp2  slo__c3_tp4_pp2_ttft   1.009837239538e+00
    MARK      'MARKER'                 'INTEND'
RHS
    RHS       structure__use_c0_tp1_pp2   0.000000000000e+00
    RHS       memory__c0_tp1_pp2   7.202851810479e+01
    RHS       slo__c0_tp1_pp2_ttft   2.500000000000e+00
    RHS       structure__use_c1_tp2_pp4   0.000000000000e+00
    RHS       memory__c1_tp2_pp4   7.202851810479e+01
    RHS       slo__c1_tp2_pp4_ttft   2.500000000000e+00
    RHS       structure__use_c2_tp4_pp1   0.000000000000e+00
    RHS       memory__c2_tp4_pp1   7.202851810479e+01
    RHS       slo__c2_tp4_pp1_ttft   2.500000000000e+00
    RHS       structure__use_c3_tp4_pp2   0.000000000000e+00
    RHS       memory__c3_tp4_pp2   7.202851810479e+01
    RHS       slo__c3_tp4_pp2_ttft   2.500000000000e+00
    RHS       gpus__budget   5.000000000000e+00
    RHS       gpus__nodes   8.000000000000e+00
    RHS       structure__slots_g2   0.000000000000e+00
    RHS       structure__slots_g4   0.000000000000e+00
    RHS       structure__slots_g8   0.000000000000e+00
    RHS       structure__nonempty   1.000000000000e+00
BOUNDS
 UP BND       n_c0_tp1_pp2   2.000000000000e+00
 FX BND       n_c1_tp2_pp4   0.000000000000e+00
 BV BND       n_c2_tp4_pp1
 FX BND       n_c3_tp4_pp2   0.000000000000e+00
 BV BND       x_p0    
 BV BND       x_p1    
 BV BND       x_p2    
 BV BND       x_p3    
 BV BND       y_c0_tp1_pp2
 BV BND       y_c1_tp2_pp4
 BV BND       y_c2_tp4_pp1
 BV BND       y_c3_tp4_pp2
ENDATA
