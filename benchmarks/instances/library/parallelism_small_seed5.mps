OBJSENSE
 MIN
NAME          parallelism_small_seed5
ROWS
 N  OBJ
 L  structure__use_c0_tp1_pp5
 L  memory__c0_tp1_pp5
 L  slo__c0_tp1_pp5_ttft
 L  slo__c0_tp1_pp5_tpot
 L  slo__c0_tp1_pp5_e2e
 L  structure__use_c1_tp1_pp6
 L  memory__c1_tp1_pp6
 L  slo__c1_tp1_pp6_ttft
 L  slo__c1_tp1_pp6_tpot
 L  slo__c1_tp1_pp6_e2e
 L  structure__use_c2_tp1_pp7
 L  memory__c2_tp1_pp7
 L  slo__c2_tp1_pp7_ttft
 L  slo__c2_tp1_pp7_tpot
 L  slo__c2_tp1_pp7_e2e
 L  structure__use_c3_tp2_pp1
 L  memory__c3_tp2_pp1
 L  slo__c3_tp2_pp1_ttft
 L  slo__c3_tp2_pp1_tpot
 L  slo__c3_tp2_pp1_e2e
 L  gpus__budget
 L  gpus__nodes
 L  structure__slots_g2
 L  structure__slots_g5
 L  structure__slots_g6
 L  structure__slots_g7
 G  rate__target
COLUMNS
    MARK      'MARKER'                 'INTORG'
    n_c0_tp1_pp5  structure__use_c0_tp1_pp5   1.000000000000e+00
    n_c0_tp1_pp5  gpus__budget   5.000000000000e+00
    n_c0_tp1_pp5  structure__slots_g5   1.000000000000e+00
    n_c0_tp1_pp5  rate__target   3.125171522077e+00
    n_c0_tp1_pp5  OBJ        9.760777639074e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_c1_tp1_pp6  structure__use_c1_tp1_pp6   1.000000000000e+00
    n_c1_tp1_pp6  gpus__budget   6.000000000000e+00
    n_c1_tp1_pp6  structure__slots_g6   1.000000000000e+00
    n_c1_tp1_pp6  rate__target   3.266530800524e+01
    n_c1_tp1_pp6  OBJ        1.066407084212e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_c2_tp1_pp7  structure__use_c2_tp1_pp7   1.000000000000e+00
    n_c2_tp1_pp7  gpus__budget   7.000000000000e+00
    n_c2_tp1_pp7  structure__slots_g7   1.000000000000e+00
    n_c2_tp1_pp7  rate__target   1.046879499395e+01
    n_c2_tp1_pp7  OBJ        1.344405194788e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_c3_tp2_pp1  structure__use_c3_tp2_pp1   1.000000000000e+00
    n_c3_tp2_pp1  gpus__budget   2.000000000000e+00
    n_c3_tp2_pp1  structure__slots_g2   1.000000000000e+00
    n_c3_tp2_pp1  rate__target   4.608855990789e+00
    n_c3_tp2_pp1  OBJ        3.782474877426e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p0      gpus__nodes   8.000000000000e+00
    x_p0      structure__slots_g7  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p1      gpus__nodes   8.000000000000e+00
    x_p1      structure__slots_g2  -1.000000000000e+00
    x_p1      structure__slots_g6  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p2      gpus__nodes   8.000000000000e+00
    x_p2      structure__slots_g2  -1.000000000000e+00
    x_p2      structure__slots_g5  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    x_p3      gpus__nodes   8.000000000000e+00
    x_p3      structure__slots_g2  -4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_c0_tp1_pp5  structure__use_c0_tp1_pp5  -1.000000000000e+00
    y_c0_tp1_pp5  memory__c0_tp1_pp5   7.139111499025e+01
    y_c0_tp1_pp5  slo__c0_tp1_pp5_ttft   1.796159690129e+00
    y_c0_tp1_pp5  slo__c0_tp1_pp5_tpot   4.345102016698e-02
    y_c0_tp1_pp5  slo__c0_tp1_pp5_e2e   1.587368880563e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_c1_tp1_pp6  memory__c1_tp1_pp6   6.647300218985e+01
    y_c1_tp1_pp6  slo__c1_tp1_pp6_ttft   1.120252127270e+00
    y_c1_tp1_pp6  slo__c1_tp1_pp6_tpot   6.930230187317e-02
    y_c1_tp1_pp6  slo__c1_tp1_pp6_e2e   2.191723379578e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_c2_tp1_pp7  memory__c2_tp1_pp7   4.829240614978e+01
    y_c2_tp1_pp7  slo__c2_tp1_pp7_ttft   2.387093050671e+00
    y_c2_tp1_pp7  slo__c2_tp1_pp7_tpot   2.642144373122e-02
    y_c2_tp1_pp7  slo__c2_tp1_pp7_e2e   2.197953832553e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    y_c3_tp2_pp1  structure__use_c3_tp2_pp1  -2.000000000000e+00
    y_c3_tp2_pp1  memory__c3_tp2_pp1   6.809868775492e+01
    y_c3_tp2_pp1  slo__c3_tp2_pp1_ttft   2.367708216863e+00
    y_c3_tp2_pp1  slo__c3_tp2_pp1_tpot   2.185172176702e-02
    y_c3_tp2_pp1  slo__c3_tp2_pp1_e2e   2.268738918343e+01
    MARK      'MARKER'                 'INTEND'
RHS
    RHS       structure__use_c0_tp1_pp5   0.000000000000e+00
    RHS       memory__c0_tp1_pp5   6.612709808130e+01
    RHS       slo__c0_tp1_pp5_ttft   2.500000000000e+00
    RHS       slo__c0_tp1_pp5_tpot   1.500000000000e-01
    RHS       slo__c0_tp1_pp5_e2e   2.500000000000e+01
    RHS       structure__use_c1_tp1_pp6   0.000000000000e+00
    RHS       memory__c1_tp1_pp6   6.612709808130e+01
    RHS       slo__c1_tp1_pp6_ttft   2.500000000000e+00
    RHS       slo__c1_tp1_pp6_tpot   1.500000000000e-01
    RHS       slo__c1_tp1_pp6_e2e   2.500000000000e+01
    RHS       structure__use_c2_tp1_pp7   0.000000000000e+00
    RHS       memory__c2_tp1_pp7   6.612709808130e+01
    RHS       slo__c2_tp1_pp7_ttft   2.500000000000e+00
    RHS       slo__c2_tp1_pp7_tpot   1.500000000000e-01
    RHS       slo__c2_tp1_pp7_e2e   2.500000000000e+01
    RHS       structure__use_c3_tp2_pp1   0.000000000000e+00
    RHS       memory__c3_tp2_pp1   6.612709808130e+01
    RHS       slo__c3_tp2_pp1_ttft   2.500000000000e+00
    RHS       slo__c3_tp2_pp1_tpot   1.500000000000e-01
    RHS       slo__c3_tp2_pp1_e2e   2.500000000000e+01
    RHS       gpus__budget   5.000000000000e+00
    RHS       gpus__nodes   8.000000000000e+00
    RHS       structure__slots_g2   0.000000000000e+00
    RHS       structure__slots_g5   0.000000000000e+00
    RHS       structure__slots_g6   0.000000000000e+00
    RHS       structure__slots_g7   0.000000000000e+00
    RHS       rate__target   1.777612223104e+01
BOUNDS
 BV BND       n_c0_tp1_pp5
 FX BND       n_c1_tp1_pp6   0.000000000000e+00
 FX BND       n_c2_tp1_pp7   0.000000000000e+00
 UP BND       n_c3_tp2_pp1   2.000000000000e+00
 BV BND       x_p0    
 BV BND       x_p1    
 BV BND       x_p2    
 BV BND       x_p3    
 BV BND       y_c0_tp1_pp5
 BV BND       y_c1_tp1_pp6
 BV BND       y_c2_tp1_pp7
 BV BND       y_c3_tp2_pp1
ENDATA
