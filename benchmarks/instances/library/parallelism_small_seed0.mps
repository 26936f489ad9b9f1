OBJSENSE
 MAX
NAME          parallelism_small_seed0
ROWS
 N  OBJ
 L  structure__use_c0_tp1_pp1
 L  memory__c0_tp1_pp1
 L  slo__c0_tp1_pp1_ttft
 L  slo__c0_tp1_pp1_tpot
 L  structure__use_c1_tp1_pp2
 L  memory__c1_tp1_pp2
 L  slo__c1_tp1_pp2_ttft
 L  slo__c1_tp1_pp2_tpot
 L  structure__use_c2_tp1_pp5
 L  memory__c2_tp1_pp5
 L  slo__c2_tp1_pp5_ttft
 L  slo__c2_tp1_pp5_tpot
 L  gpus__budget
 L  gpus__nodes
 L  structure__slots_g1
 L  structure__slots_g2
 L  structure__slots_g5
 G  structure__nonempty
COLUMNS
    MARK      'MARKER'                 'INTORG'
    n_c0_tp1_pp1  structure__use_c0_tp1_pp1   1.000000000000e+00
    n_c0_tp1_pp1  gpus__budget   1.000000000000e+00
    n_c0_tp1_pp1  structure__slots_g1   1.000000000000e+00
    n_c0_tp1_pp1  structure__nonempty   1.000000000000e+00
    n_c0_tp1_pp1  OBJ        3.528496380276e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_c1_tp1_pp2  structure__use_c1_tp1_pp2   1.000000000000e+00
    n_c1_tp1_pp2  gpus__budget   2.000000000000e+00
    n_c1_tp1_pp2  structure__slots_g2   1.000000000000e+00
    n_c1_tp1_pp2  structure__nonempty   1.000000000000e+00
    n_c1_tp1_pp2  OBJ        2.988343027397e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_c2_tp1_pp5  structure__use_c2_tp1_pp5   1.000000000000e+00
    n_c2_tp1_pp5  gpus__budget   5.000000000000e+00
    n_c2_tp1_pp5  structure__slots_g5   1.000000000000e+00
    n_c2_tp1_pp5  structure__nonempty   1.000000000000e+00
    n_c2_tp1_pp5  OBJ        9.068977536522e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p0      gpus__nodes   8.000000000000e+00
    x_p0      structure__slots_g2  -4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p1      gpus__nodes   8.000000000000e+00
    x_p1      structure__slots_g1  -1.000000000000e+00
    x_p1      structure__slots_g2  -1.000000000000e+00
    x_p1      structure__slots_g5  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p2      gpus__nodes   8.000000000000e+00
    x_p2      structure__slots_g1  -2.000000000000e+00
    x_p2      structure__slots_g2  -3.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p3      gpus__nodes   8.000000000000e+00
    x_p3      structure__slots_g1  -3.000000000000e+00
    x_p3      structure__slots_g5  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p4      gpus__nodes   8.000000000000e+00
    x_p4      structure__slots_g1  -4.000000000000e+00
    x_p4      structure__slots_g2  -2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p5      gpus__nodes   8.000000000000e+00
    x_p5      structure__slots_g1  -6.000000000000e+00
    x_p5      structure__slots_g2  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p6      gpus__nodes   8.000000000000e+00
    x_p6      structure__slots_g1  -8.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_c0_tp1_pp1  structure__use_c0_tp1_pp1  -8.000000000000e+00
    y_c0_tp1_pp1  memory__c0_tp1_pp1   6.344381649864e+01
    y_c0_tp1_pp1  slo__c0_tp1_pp1_ttft   2.531188301848e+00
    y_c0_tp1_pp1  slo__c0_tp1_pp1_tpot   1.015853554122e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_c1_tp1_pp2  structure__use_c1_tp1_pp2  -4.000000000000e+00
    y_c1_tp1_pp2  memory__c1_tp1_pp2   7.002405601587e+01
    y_c1_tp1_pp2  slo__c1_tp1_pp2_ttft   5.567046135667e-01
    y_c1_tp1_pp2  slo__c1_tp1_pp2_tpot   1.063178922350e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_c2_tp1_pp5  structure__use_c2_tp1_pp5  -1.000000000000e+00
    y_c2_tp1_pp5  memory__c2_tp1_pp5   4.521651907654e+01
    y_c2_tp1_pp5  slo__c2_tp1_pp5_ttft   4.231365188989e-01
    y_c2_tp1_pp5  slo__c2_tp1_pp5_tpot   8.706244146936e-02
    MARK      'MARKER'                 'INTEND'
RHS
    RHS       structure__use_c0_tp1_pp1   0.000000000000e+00
    RHS       memory__c0_tp1_pp1   7.369133365917e+01
    RHS       slo__c0_tp1_pp1_ttft   2.500000000000e+00
    RHS       slo__c0_tp1_pp1_tpot   1.500000000000e-01
    RHS       structure__use_c1_tp1_pp2   0.000000000000e+00
    RHS       memory__c1_tp1_pp2   7.369133365917e+01
    RHS       slo__c1_tp1_pp2_ttft   2.500000000000e+00
    RHS       slo__c1_tp1_pp2_tpot   1.500000000000e-01
    RHS       structure__use_c2_tp1_pp5   0.000000000000e+00
    RHS       memory__c2_tp1_pp5   7.369133365917e+01
    RHS       slo__c2_tp1_pp5_ttft   2.500000000000e+00
    RHS       slo__c2_tp1_pp5_tpot   1.500000000000e-01
    RHS       gpus__budget   8.000000000000e+00
    RHS       gpus__nodes   8.000000000000e+00
    RHS       structure__slots_g1   0.000000000000e+00
    RHS       structure__slots_g2   0.000000000000e+00
    RHS       structure__slots_g5   0.000000000000e+00
    RHS       structure__nonempty   1.000000000000e+00
BOUNDS
 UP BND       n_c0_tp1_pp1   8.000000000000e+00
 UP BND       n_c1_tp1_pp2   4.000000000000e+00
 BV BND       n_c2_tp1_pp5
 BV BND       x_p0    
 BV BND       x_p1    
 BV BND       x_p2    
 BV BND       x_p3    
 BV BND       x_p4    
 BV BND       x_p5    
 BV BND       x_p6    
 BV BND       y_c0_tp1_pp1
 BV BND       y_c1_tp1_pp2
 BV BND       y_c2_tp1_pp5
ENDATA
