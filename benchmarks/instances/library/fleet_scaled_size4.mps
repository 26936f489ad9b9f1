OBJSENSE
 MIN
NAME          fleet_scaled_size4
ROWS
 N  OBJ
 L  structure__load_H100_w0_tp1_b64
 L  structure__load_H100_w0_tp1_b256
 L  structure__load_H100_w0_tp2_b64
 L  structure__load_H100_w0_tp2_b256
 L  structure__load_H100_w0_tp4_b64
 L  structure__load_H100_w0_tp4_b256
 L  structure__load_H100_w0_tp8_b64
 L  structure__load_H100_w0_tp8_b256
 L  structure__load_L40S_w0_tp1_b64
 L  structure__load_L40S_w0_tp1_b256
 L  structure__load_L40S_w0_tp2_b64
 L  structure__load_L40S_w0_tp2_b256
 L  structure__load_L40S_w0_tp4_b64
 L  structure__load_L40S_w0_tp4_b256
 L  structure__load_L40S_w0_tp8_b64
 L  structure__load_L40S_w0_tp8_b256
 L  structure__load_H100_w1_tp1_b64
 L  structure__load_H100_w1_tp1_b256
 L  structure__load_H100_w1_tp2_b64
 L  structure__load_H100_w1_tp2_b256
 L  structure__load_H100_w1_tp4_b64
 L  structure__load_H100_w1_tp4_b256
 L  structure__load_H100_w1_tp8_b64
 L  structure__load_H100_w1_tp8_b256
 L  structure__load_L40S_w1_tp1_b64
 L  structure__load_L40S_w1_tp1_b256
 L  structure__load_L40S_w1_tp2_b64
 L  structure__load_L40S_w1_tp2_b256
 L  structure__load_L40S_w1_tp4_b64
 L  structure__load_L40S_w1_tp4_b256
 L  structure__load_L40S_w1_tp8_b64
 L  structure__load_L40S_w1_tp8_b256
 G  rate__w0_k0
 G  rate__w0_k1
 G  rate__w0_k2
 G  rate__w1_k0
 G  rate__w1_k1
 G  rate__w1_k2
 L  gpus__H100
 L  gpus__L40S
COLUMNS
    MARK      'MARKER'                 'INTORG'
    n_H100_w0_tp1_b256  structure__load_H100_w0_tp1_b256  -1.379306782019e+05
    n_H100_w0_tp1_b256  gpus__H100   1.000000000000e+00
    n_H100_w0_tp1_b256  OBJ        2.990000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w0_tp1_b64  structure__load_H100_w0_tp1_b64  -1.379306782019e+05
    n_H100_w0_tp1_b64  gpus__H100   1.000000000000e+00
    n_H100_w0_tp1_b64  OBJ        2.990000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w0_tp2_b256  structure__load_H100_w0_tp2_b256  -1.379306782019e+05
    n_H100_w0_tp2_b256  gpus__H100   2.000000000000e+00
    n_H100_w0_tp2_b256  OBJ        5.980000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w0_tp2_b64  structure__load_H100_w0_tp2_b64  -1.379306782019e+05
    n_H100_w0_tp2_b64  gpus__H100   2.000000000000e+00
    n_H100_w0_tp2_b64  OBJ        5.980000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w0_tp4_b256  structure__load_H100_w0_tp4_b256  -1.379306782019e+05
    n_H100_w0_tp4_b256  gpus__H100   4.000000000000e+00
    n_H100_w0_tp4_b256  OBJ        1.196000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w0_tp4_b64  structure__load_H100_w0_tp4_b64  -1.379306782019e+05
    n_H100_w0_tp4_b64  gpus__H100   4.000000000000e+00
    n_H100_w0_tp4_b64  OBJ        1.196000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w0_tp8_b256  structure__load_H100_w0_tp8_b256  -1.379306782019e+05
    n_H100_w0_tp8_b256  gpus__H100   8.000000000000e+00
    n_H100_w0_tp8_b256  OBJ        2.392000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w0_tp8_b64  structure__load_H100_w0_tp8_b64  -1.379306782019e+05
    n_H100_w0_tp8_b64  gpus__H100   8.000000000000e+00
    n_H100_w0_tp8_b64  OBJ        2.392000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w1_tp1_b256  structure__load_H100_w1_tp1_b256  -1.379306782019e+05
    n_H100_w1_tp1_b256  gpus__H100   1.000000000000e+00
    n_H100_w1_tp1_b256  OBJ        2.990000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w1_tp1_b64  structure__load_H100_w1_tp1_b64  -1.379306782019e+05
    n_H100_w1_tp1_b64  gpus__H100   1.000000000000e+00
    n_H100_w1_tp1_b64  OBJ        2.990000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w1_tp2_b256  structure__load_H100_w1_tp2_b256  -1.379306782019e+05
    n_H100_w1_tp2_b256  gpus__H100   2.000000000000e+00
    n_H100_w1_tp2_b256  OBJ        5.980000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w1_tp2_b64  structure__load_H100_w1_tp2_b64  -1.379306782019e+05
    n_H100_w1_tp2_b64  gpus__H100   2.000000000000e+00
    n_H100_w1_tp2_b64  OBJ        5.980000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w1_tp4_b256  structure__load_H100_w1_tp4_b256  -1.379306782019e+05
    n_H100_w1_tp4_b256  gpus__H100   4.000000000000e+00
    n_H100_w1_tp4_b256  OBJ        1.196000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w1_tp4_b64  structure__load_H100_w1_tp4_b64  -1.379306782019e+05
    n_H100_w1_tp4_b64  gpus__H100   4.000000000000e+00
    n_H100_w1_tp4_b64  OBJ        1.196000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w1_tp8_b256  structure__load_H100_w1_tp8_b256  -1.379306782019e+05
    n_H100_w1_tp8_b256  gpus__H100   8.000000000000e+00
    n_H100_w1_tp8_b256  OBJ        2.392000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_H100_w1_tp8_b64  structure__load_H100_w1_tp8_b64  -1.379306782019e+05
    n_H100_w1_tp8_b64  gpus__H100   8.000000000000e+00
    n_H100_w1_tp8_b64  OBJ        2.392000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp1_b256  structure__load_L40S_w0_tp1_b256  -1.379306782019e+05
    n_L40S_w0_tp1_b256  gpus__L40S   1.000000000000e+00
    n_L40S_w0_tp1_b256  OBJ        1.190000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp1_b64  structure__load_L40S_w0_tp1_b64  -1.379306782019e+05
    n_L40S_w0_tp1_b64  gpus__L40S   1.000000000000e+00
    n_L40S_w0_tp1_b64  OBJ        1.190000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp2_b256  structure__load_L40S_w0_tp2_b256  -1.379306782019e+05
    n_L40S_w0_tp2_b256  gpus__L40S   2.000000000000e+00
    n_L40S_w0_tp2_b256  OBJ        2.380000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp2_b64  structure__load_L40S_w0_tp2_b64  -1.379306782019e+05
    n_L40S_w0_tp2_b64  gpus__L40S   2.000000000000e+00
    n_L40S_w0_tp2_b64  OBJ        2.380000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp4_b256  structure__load_L40S_w0_tp4_b256  -1.379306782019e+05
    n_L40S_w0_tp4_b256  gpus__L40S   4.000000000000e+00
    n_L40S_w0_tp4_b256  OBJ        4.760000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp4_b64  structure__load_L40S_w0_tp4_b64  -1.379306782019e+05
    n_L40S_w0_tp4_b64  gpus__L40S   4.000000000000e+00
    n_L40S_w0_tp4_b64  OBJ        4.760000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp8_b256  structure__load_L40S_w0_tp8_b256  -1.379306782019e+05
    n_L40S_w0_tp8_b256  gpus__L40S   8.000000000000e+00
    n_L40S_w0_tp8_b256  OBJ        9.520000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w0_tp8_b64  structure__load_L40S_w0_tp8_b64  -1.379306782019e+05
    n_L40S_w0_tp8_b64  gpus__L40S   8.000000000000e+00
    n_L40S_w0_tp8_b64  OBJ        9.520000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w1_tp1_b256  structure__load_L40S_w1_tp1_b256  -1.379306782019e+05
    n_L40S_w1_tp1_b256  gpus__L40S   1.000000000000e+00
    n_L40S_w1_tp1_b256  OBJ        1.190000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w1_tp1_b64  structure__load_L40S_w1_tp1_b64  -1.379306782019e+05
    n_L40S_w1_tp1_b64  gpus__L40S   1.000000000000e+00
    n_L40S_w1_tp1_b64  OBJ        1.190000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w1_tp2_b256  structure__load_L40S_w1_tp2_b256  -1.379306782019e+05
    n_L40S_w1_tp2_b256  gpus__L40S   2.000000000000e+00
    n_L40S_w1_tp2_b256  OBJ        2.380000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w1_tp2_b64  structure__load_L40S_w1_tp2_b64  -1.379306782019e+05
    n_L40S_w1_tp2_b64  gpus__L40S   2.000000000000e+00
    n_L40S_w1_tp2_b64  OBJ        2.380000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w1_tp4_b256  structure__load_L40S_w1_tp4_b256  -1.379306782019e+05
    n_L40S_w1_tp4_b256  gpus__L40S   4.000000000000e+00
    n_L40S_w1_tp4_b256  OBJ        4.760000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w1_tp4_b64  structure__load_L40S_w1_tp4_b64  -1.379306782019e+05
    n_L40S_w1_tp4_b64  gpus__L40S   4.000000000000e+00
    n_L40S_w1_tp4_b64  OBJ        4.760000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w1_tp8_b256  structure__load_L40S_w1_tp8_b256  -1.379306782019e+05
    n_L40S_w1_tp8_b256  gpus__L40S   8.000000000000e+00
    n_L40S_w1_tp8_b256  OBJ        9.520000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_L40S_w1_tp8_b64  structure__load_L40S_w1_tp8_b64  -1.379306782019e+05
    n_L40S_w1_tp8_b64  gpus__L40S   8.000000000000e+00
    n_L40S_w1_tp8_b64  OBJ        9.520000000000e+00
    MARK      'MARKER'                 'INTEND'
    x_H100_w0_tp1_b256_k0  structure__load_H100_w0_tp1_b256   1.048976283066e-02
    x_H100_w0_tp1_b256_k0  rate__w0_k0   7.250018727061e-06
    x_H100_w0_tp1_b256_k1  structure__load_H100_w0_tp1_b256   9.717788616135e-02
    x_H100_w0_tp1_b256_k1  rate__w0_k1   7.250018727061e-06
    x_H100_w0_tp1_b256_k2  structure__load_H100_w0_tp1_b256   1.061175606417e-01
    x_H100_w0_tp1_b256_k2  rate__w0_k2   7.250018727061e-06
    x_H100_w0_tp1_b64_k0  structure__load_H100_w0_tp1_b64   1.608735536925e-02
    x_H100_w0_tp1_b64_k0  rate__w0_k0   7.250018727061e-06
    x_H100_w0_tp1_b64_k1  structure__load_H100_w0_tp1_b64   1.434700057302e-01
    x_H100_w0_tp1_b64_k1  rate__w0_k1   7.250018727061e-06
    x_H100_w0_tp1_b64_k2  structure__load_H100_w0_tp1_b64   1.744160593936e-01
    x_H100_w0_tp1_b64_k2  rate__w0_k2   7.250018727061e-06
    x_H100_w0_tp2_b256_k0  structure__load_H100_w0_tp2_b256   5.890128638584e-03
    x_H100_w0_tp2_b256_k0  rate__w0_k0   7.250018727061e-06
    x_H100_w0_tp2_b256_k1  structure__load_H100_w0_tp2_b256   4.027620778882e-02
    x_H100_w0_tp2_b256_k1  rate__w0_k1   7.250018727061e-06
    x_H100_w0_tp2_b256_k2  structure__load_H100_w0_tp2_b256   4.565136300590e-02
    x_H100_w0_tp2_b256_k2  rate__w0_k2   7.250018727061e-06
    x_H100_w0_tp2_b64_k0  structure__load_H100_w0_tp2_b64   9.415479588893e-03
    x_H100_w0_tp2_b64_k0  rate__w0_k0   7.250018727061e-06
    x_H100_w0_tp2_b64_k1  structure__load_H100_w0_tp2_b64   7.717709643093e-02
    x_H100_w0_tp2_b64_k1  rate__w0_k1   7.250018727061e-06
    x_H100_w0_tp2_b64_k2  structure__load_H100_w0_tp2_b64   8.790627643781e-02
    x_H100_w0_tp2_b64_k2  rate__w0_k2   7.250018727061e-06
    x_H100_w0_tp4_b256_k0  structure__load_H100_w0_tp4_b256   3.262435552013e-03
    x_H100_w0_tp4_b256_k0  rate__w0_k0   7.250018727061e-06
    x_H100_w0_tp4_b256_k1  structure__load_H100_w0_tp4_b256   2.883411643430e-02
    x_H100_w0_tp4_b256_k1  rate__w0_k1   7.250018727061e-06
    x_H100_w0_tp4_b256_k2  structure__load_H100_w0_tp4_b256   2.717442256390e-02
    x_H100_w0_tp4_b256_k2  rate__w0_k2   7.250018727061e-06
    x_H100_w0_tp4_b64_k0  structure__load_H100_w0_tp4_b64   5.201420104200e-03
    x_H100_w0_tp4_b64_k0  rate__w0_k0   7.250018727061e-06
    x_H100_w0_tp4_b64_k1  structure__load_H100_w0_tp4_b64   4.277649022919e-02
    x_H100_w0_tp4_b64_k1  rate__w0_k1   7.250018727061e-06
    x_H100_w0_tp4_b64_k2  structure__load_H100_w0_tp4_b64   4.775731642088e-02
    x_H100_w0_tp4_b64_k2  rate__w0_k2   7.250018727061e-06
    x_H100_w0_tp8_b256_k0  structure__load_H100_w0_tp8_b256   1.566585648027e-03
    x_H100_w0_tp8_b256_k0  rate__w0_k0   7.250018727061e-06
    x_H100_w0_tp8_b256_k1  structure__load_H100_w0_tp8_b256   1.260430440020e-02
    x_H100_w0_tp8_b256_k1  rate__w0_k1   7.250018727061e-06
    x_H100_w0_tp8_b256_k2  structure__load_H100_w0_tp8_b256   1.679416234917e-02
    x_H100_w0_tp8_b256_k2  rate__w0_k2   7.250018727061e-06
    x_H100_w0_tp8_b64_k0  structure__load_H100_w0_tp8_b64   3.023296184098e-03
    x_H100_w0_tp8_b64_k0  rate__w0_k0   7.250018727061e-06
    x_H100_w0_tp8_b64_k1  structure__load_H100_w0_tp8_b64   2.630014158155e-02
    x_H100_w0_tp8_b64_k1  rate__w0_k1   7.250018727061e-06
    x_H100_w0_tp8_b64_k2  structure__load_H100_w0_tp8_b64   2.811236094607e-02
    x_H100_w0_tp8_b64_k2  rate__w0_k2   7.250018727061e-06
    x_H100_w1_tp1_b256_k0  structure__load_H100_w1_tp1_b256   4.445886492428e-02
    x_H100_w1_tp1_b256_k0  rate__w1_k0   7.250018727061e-06
    x_H100_w1_tp1_b256_k1  structure__load_H100_w1_tp1_b256   5.643555516728e-02
    x_H100_w1_tp1_b256_k1  rate__w1_k1   7.250018727061e-06
    x_H100_w1_tp1_b256_k2  structure__load_H100_w1_tp1_b256   8.960955682339e-02
    x_H100_w1_tp1_b256_k2  rate__w1_k2   7.250018727061e-06
    x_H100_w1_tp1_b64_k0  structure__load_H100_w1_tp1_b64   7.801215663437e-02
    x_H100_w1_tp1_b64_k0  rate__w1_k0   7.250018727061e-06
    x_H100_w1_tp1_b64_k1  structure__load_H100_w1_tp1_b64   9.581832538888e-02
    x_H100_w1_tp1_b64_k1  rate__w1_k1   7.250018727061e-06
    x_H100_w1_tp1_b64_k2  structure__load_H100_w1_tp1_b64   1.655387956722e-01
    x_H100_w1_tp1_b64_k2  rate__w1_k2   7.250018727061e-06
    x_H100_w1_tp2_b256_k0  structure__load_H100_w1_tp2_b256   2.505816878010e-02
    x_H100_w1_tp2_b256_k0  rate__w1_k0   7.250018727061e-06
    x_H100_w1_tp2_b256_k1  structure__load_H100_w1_tp2_b256   2.704061676402e-02
    x_H100_w1_tp2_b256_k1  rate__w1_k1   7.250018727061e-06
    x_H100_w1_tp2_b256_k2  structure__load_H100_w1_tp2_b256   4.666097993751e-02
    x_H100_w1_tp2_b256_k2  rate__w1_k2   7.250018727061e-06
    x_H100_w1_tp2_b64_k0  structure__load_H100_w1_tp2_b64   4.384879462295e-02
    x_H100_w1_tp2_b64_k0  rate__w1_k0   7.250018727061e-06
    x_H100_w1_tp2_b64_k1  structure__load_H100_w1_tp2_b64   4.702248455335e-02
    x_H100_w1_tp2_b64_k1  rate__w1_k1   7.250018727061e-06
    x_H100_w1_tp2_b64_k2  structure__load_H100_w1_tp2_b64   1.047463065405e-01
    x_H100_w1_tp2_b64_k2  rate__w1_k2   7.250018727061e-06
    x_H100_w1_tp4_b256_k0  structure__load_H100_w1_tp4_b256   1.306498003697e-02
    x_H100_w1_tp4_b256_k0  rate__w1_k0   7.250018727061e-06
    x_H100_w1_tp4_b256_k1  structure__load_H100_w1_tp4_b256   1.891884334581e-02
    x_H100_w1_tp4_b256_k1  rate__w1_k1   7.250018727061e-06
    x_H100_w1_tp4_b256_k2  structure__load_H100_w1_tp4_b256   2.585481379273e-02
    x_H100_w1_tp4_b256_k2  rate__w1_k2   7.250018727061e-06
    x_H100_w1_tp4_b64_k0  structure__load_H100_w1_tp4_b64   3.027528254786e-02
    x_H100_w1_tp4_b64_k0  rate__w1_k0   7.250018727061e-06
    x_H100_w1_tp4_b64_k1  structure__load_H100_w1_tp4_b64   2.657015324203e-02
    x_H100_w1_tp4_b64_k1  rate__w1_k1   7.250018727061e-06
    x_H100_w1_tp4_b64_k2  structure__load_H100_w1_tp4_b64   4.491475381842e-02
    x_H100_w1_tp4_b64_k2  rate__w1_k2   7.250018727061e-06
    x_H100_w1_tp8_b256_k0  structure__load_H100_w1_tp8_b256   8.961984748387e-03
    x_H100_w1_tp8_b256_k0  rate__w1_k0   7.250018727061e-06
    x_H100_w1_tp8_b256_k1  structure__load_H100_w1_tp8_b256   8.610154166618e-03
    x_H100_w1_tp8_b256_k1  rate__w1_k1   7.250018727061e-06
    x_H100_w1_tp8_b256_k2  structure__load_H100_w1_tp8_b256   1.453131678956e-02
    x_H100_w1_tp8_b256_k2  rate__w1_k2   7.250018727061e-06
    x_H100_w1_tp8_b64_k0  structure__load_H100_w1_tp8_b64   1.284796463829e-02
    x_H100_w1_tp8_b64_k0  rate__w1_k0   7.250018727061e-06
    x_H100_w1_tp8_b64_k1  structure__load_H100_w1_tp8_b64   1.490711125556e-02
    x_H100_w1_tp8_b64_k1  rate__w1_k1   7.250018727061e-06
    x_H100_w1_tp8_b64_k2  structure__load_H100_w1_tp8_b64   2.868737638968e-02
    x_H100_w1_tp8_b64_k2  rate__w1_k2   7.250018727061e-06
    x_L40S_w0_tp1_b256_k0  structure__load_L40S_w0_tp1_b256   3.252449151129e-02
    x_L40S_w0_tp1_b256_k0  rate__w0_k0   7.250018727061e-06
    x_L40S_w0_tp1_b256_k1  structure__load_L40S_w0_tp1_b256   3.095601459886e-01
    x_L40S_w0_tp1_b256_k1  rate__w0_k1   7.250018727061e-06
    x_L40S_w0_tp1_b256_k2  structure__load_L40S_w0_tp1_b256   2.614555439295e-01
    x_L40S_w0_tp1_b256_k2  rate__w0_k2   7.250018727061e-06
    x_L40S_w0_tp1_b64_k0  structure__load_L40S_w0_tp1_b64   5.274296932263e-02
    x_L40S_w0_tp1_b64_k0  rate__w0_k0   7.250018727061e-06
    x_L40S_w0_tp1_b64_k1  structure__load_L40S_w0_tp1_b64   5.508904317494e-01
    x_L40S_w0_tp1_b64_k1  rate__w0_k1   7.250018727061e-06
    x_L40S_w0_tp1_b64_k2  structure__load_L40S_w0_tp1_b64   4.945285362747e-01
    x_L40S_w0_tp1_b64_k2  rate__w0_k2   7.250018727061e-06
    x_L40S_w0_tp2_b256_k0  structure__load_L40S_w0_tp2_b256   1.560899565775e-02
    x_L40S_w0_tp2_b256_k0  rate__w0_k0   7.250018727061e-06
    x_L40S_w0_tp2_b256_k1  structure__load_L40S_w0_tp2_b256   1.529792557070e-01
    x_L40S_w0_tp2_b256_k1  rate__w0_k1   7.250018727061e-06
    x_L40S_w0_tp2_b256_k2  structure__load_L40S_w0_tp2_b256   1.757784656966e-01
    x_L40S_w0_tp2_b256_k2  rate__w0_k2   7.250018727061e-06
    x_L40S_w0_tp2_b64_k0  structure__load_L40S_w0_tp2_b64   3.255349695198e-02
    x_L40S_w0_tp2_b64_k0  rate__w0_k0   7.250018727061e-06
    x_L40S_w0_tp2_b64_k1  structure__load_L40S_w0_tp2_b64   2.789829842698e-01
    x_L40S_w0_tp2_b64_k1  rate__w0_k1   7.250018727061e-06
    x_L40S_w0_tp2_b64_k2  structure__load_L40S_w0_tp2_b64   3.223457486947e-01
    x_L40S_w0_tp2_b64_k2  rate__w0_k2   7.250018727061e-06
    x_L40S_w0_tp4_b256_k0  structure__load_L40S_w0_tp4_b256   1.064012661580e-02
    x_L40S_w0_tp4_b256_k0  rate__w0_k0   7.250018727061e-06
    x_L40S_w0_tp4_b256_k1  structure__load_L40S_w0_tp4_b256   9.357450977952e-02
    x_L40S_w0_tp4_b256_k1  rate__w0_k1   7.250018727061e-06
    x_L40S_w0_tp4_b256_k2  structure__load_L40S_w0_tp4_b256   8.255532507026e-02
    x_L40S_w0_tp4_b256_k2  rate__w0_k2   7.250018727061e-06
    x_L40S_w0_tp4_b64_k0  structure__load_L40S_w0_tp4_b64   1.489912288119e-02
    x_L40S_w0_tp4_b64_k0  rate__w0_k0   7.250018727061e-06
    x_L40S_w0_tp4_b64_k1  structure__load_L40S_w0_tp4_b64   1.849941273614e-01
    x_L40S_w0_tp4_b64_k1  rate__w0_k1   7.250018727061e-06
    x_L40S_w0_tp4_b64_k2  structure__load_L40S_w0_tp4_b64   1.646079425637e-01
    x_L40S_w0_tp4_b64_k2  rate__w0_k2   7.250018727061e-06
    x_L40S_w0_tp8_b256_k0  structure__load_L40S_w0_tp8_b256   5.809069445688e-03
    x_L40S_w0_tp8_b256_k0  rate__w0_k0   7.250018727061e-06
    x_L40S_w0_tp8_b256_k1  structure__load_L40S_w0_tp8_b256   5.829774207598e-02
    x_L40S_w0_tp8_b256_k1  rate__w0_k1   7.250018727061e-06
    x_L40S_w0_tp8_b256_k2  structure__load_L40S_w0_tp8_b256   4.869834913083e-02
    x_L40S_w0_tp8_b256_k2  rate__w0_k2   7.250018727061e-06
    x_L40S_w0_tp8_b64_k0  structure__load_L40S_w0_tp8_b64   1.000811898645e-02
    x_L40S_w0_tp8_b64_k0  rate__w0_k0   7.250018727061e-06
    x_L40S_w0_tp8_b64_k1  structure__load_L40S_w0_tp8_b64   1.028647842411e-01
    x_L40S_w0_tp8_b64_k1  rate__w0_k1   7.250018727061e-06
    x_L40S_w0_tp8_b64_k2  structure__load_L40S_w0_tp8_b64   8.939181918252e-02
    x_L40S_w0_tp8_b64_k2  rate__w0_k2   7.250018727061e-06
    x_L40S_w1_tp1_b256_k0  structure__load_L40S_w1_tp1_b256   1.356688453727e-01
    x_L40S_w1_tp1_b256_k0  rate__w1_k0   7.250018727061e-06
    x_L40S_w1_tp1_b256_k1  structure__load_L40S_w1_tp1_b256   1.871285498286e-01
    x_L40S_w1_tp1_b256_k1  rate__w1_k1   7.250018727061e-06
    x_L40S_w1_tp1_b256_k2  structure__load_L40S_w1_tp1_b256   2.656434082581e-01
    x_L40S_w1_tp1_b256_k2  rate__w1_k2   7.250018727061e-06
    x_L40S_w1_tp1_b64_k0  structure__load_L40S_w1_tp1_b64   2.868848579016e-01
    x_L40S_w1_tp1_b64_k0  rate__w1_k0   7.250018727061e-06
    x_L40S_w1_tp1_b64_k1  structure__load_L40S_w1_tp1_b64   2.776548383854e-01
    x_L40S_w1_tp1_b64_k1  rate__w1_k1   7.250018727061e-06
    x_L40S_w1_tp1_b64_k2  structure__load_L40S_w1_tp1_b64   5.033482727101e-01
    x_L40S_w1_tp1_b64_k2  rate__w1_k2   7.250018727061e-06
    x_L40S_w1_tp2_b256_k0  structure__load_L40S_w1_tp2_b256   9.943807543571e-02
    x_L40S_w1_tp2_b256_k0  rate__w1_k0   7.250018727061e-06
    x_L40S_w1_tp2_b256_k1  structure__load_L40S_w1_tp2_b256   8.307646091618e-02
    x_L40S_w1_tp2_b256_k1  rate__w1_k1   7.250018727061e-06
    x_L40S_w1_tp2_b256_k2  structure__load_L40S_w1_tp2_b256   1.570314029829e-01
    x_L40S_w1_tp2_b256_k2  rate__w1_k2   7.250018727061e-06
    x_L40S_w1_tp2_b64_k0  structure__load_L40S_w1_tp2_b64   1.430831119718e-01
    x_L40S_w1_tp2_b64_k0  rate__w1_k0   7.250018727061e-06
    x_L40S_w1_tp2_b64_k1  structure__load_L40S_w1_tp2_b64   1.815214108134e-01
    x_L40S_w1_tp2_b64_k1  rate__w1_k1   7.250018727061e-06
    x_L40S_w1_tp2_b64_k2  structure__load_L40S_w1_tp2_b64   2.575181125364e-01
    x_L40S_w1_tp2_b64_k2  rate__w1_k2   7.250018727061e-06
    x_L40S_w1_tp4_b256_k0  structure__load_L40S_w1_tp4_b256   5.420229880622e-02
    x_L40S_w1_tp4_b256_k0  rate__w1_k0   7.250018727061e-06
    x_L40S_w1_tp4_b256_k1  structure__load_L40S_w1_tp4_b256   5.208913367541e-02
    x_L40S_w1_tp4_b256_k1  rate__w1_k1   7.250018727061e-06
    x_L40S_w1_tp4_b256_k2  structure__load_L40S_w1_tp4_b256   8.931979138112e-02
    x_L40S_w1_tp4_b256_k2  rate__w1_k2   7.250018727061e-06
    x_L40S_w1_tp4_b64_k0  structure__load_L40S_w1_tp4_b64   7.274010143607e-02
    x_L40S_w1_tp4_b64_k0  rate__w1_k0   7.250018727061e-06
    x_L40S_w1_tp4_b64_k1  structure__load_L40S_w1_tp4_b64   9.939527912182e-02
    x_L40S_w1_tp4_b64_k1  rate__w1_k1   7.250018727061e-06
    x_L40S_w1_tp4_b64_k2  structure__load_L40S_w1_tp4_b64   1.381200780047e-01
    x_L40S_w1_tp4_b64_k2  rate__w1_k2   7.250018727061e-06
    x_L40S_w1_tp8_b256_k0  structure__load_L40S_w1_tp8_b256   2.835941681242e-02
    x_L40S_w1_tp8_b256_k0  rate__w1_k0   7.250018727061e-06
    x_L40S_w1_tp8_b256_k1  structure__load_L40S_w1_tp8_b256   2.467541100722e-02
    x_L40S_w1_tp8_b256_k1  rate__w1_k1   7.250018727061e-06
    x_L40S_w1_tp8_b256_k2  structure__load_L40S_w1_tp8_b256   5.286462289920e-02
    x_L40S_w1_tp8_b256_k2  rate__w1_k2   7.250018727061e-06
    x_L40S_w1_tp8_b64_k0  structure__load_L40S_w1_tp8_b64   3.996255029487e-02
    x_L40S_w1_tp8_b64_k0  rate__w1_k0   7.250018727061e-06
    x_L40S_w1_tp8_b64_k1  structure__load_L40S_w1_tp8_b64   4.708566568254e-02
    x_L40S_w1_tp8_b64_k1  rate__w1_k1   7.250018727061e-06
    x_L40S_w1_tp8_b64_k2  structure__load_L40S_w1_tp8_b64   9.106051626942e-02
    x_L40S_w1_tp8_b64_k2  rate__w1_k2   7.250018727061e-06
RHS
    RHS       structure__load_H100_w0_tp1_b64   0.000000000000e+00
    RHS       structure__load_H100_w0_tp1_b256   0.000000000000e+00
    RHS       structure__load_H100_w0_tp2_b64   0.000000000000e+00
    RHS       structure__load_H100_w0_tp2_b256   0.000000000000e+00
    RHS       structure__load_H100_w0_tp4_b64   0.000000000000e+00
    RHS       structure__load_H100_w0_tp4_b256   0.000000000000e+00
    RHS       structure__load_H100_w0_tp8_b64   0.000000000000e+00
    RHS       structure__load_H100_w0_tp8_b256   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp1_b64   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp1_b256   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp2_b64   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp2_b256   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp4_b64   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp4_b256   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp8_b64   0.000000000000e+00
    RHS       structure__load_L40S_w0_tp8_b256   0.000000000000e+00
    RHS       structure__load_H100_w1_tp1_b64   0.000000000000e+00
    RHS       structure__load_H100_w1_tp1_b256   0.000000000000e+00
    RHS       structure__load_H100_w1_tp2_b64   0.000000000000e+00
    RHS       structure__load_H100_w1_tp2_b256   0.000000000000e+00
    RHS       structure__load_H100_w1_tp4_b64   0.000000000000e+00
    RHS       structure__load_H100_w1_tp4_b256   0.000000000000e+00
    RHS       structure__load_H100_w1_tp8_b64   0.000000000000e+00
    RHS       structure__load_H100_w1_tp8_b256   0.000000000000e+00
    RHS       structure__load_L40S_w1_tp1_b64   0.000000000000e+00
    RHS       structure__load_L40S_w1_tp1_b256   0.000000000000e+00
    RHS       structure__load_L40S_w1_tp2_b64   0.000000000000e+00
    RHS       structure__load_L40S_w1_tp2_b256   0.000000000000e+00
    RHS       structure__load_L40S_w1_tp4_b64   0.000000000000e+00
    RHS       structure__load_L40S_w1_tp4_b256   0.000000000000e+00
    RHS       structure__load_L40S_w1_tp8_b64   0.000000000000e+00
    RHS       structure__load_L40S_w1_tp8_b256   0.000000000000e+00
    RHS       rate__w0_k0   2.937492314830e+01
    RHS       rate__w0_k1   3.413152714786e+01
    RHS       rate__w0_k2   4.684314970384e+01
    RHS       rate__w1_k0   5.800014981648e+01
    RHS       rate__w1_k1   4.721711354802e+00
    RHS       rate__w1_k2   4.194893882871e+01
    RHS       gpus__H100   3.200000000000e+01
    RHS       gpus__L40S   3.200000000000e+01
BOUNDS
 UP BND       n_H100_w0_tp1_b256   3.200000000000e+01
 UP BND       n_H100_w0_tp1_b64   3.200000000000e+01
 UP BND       n_H100_w0_tp2_b256   1.600000000000e+01
 UP BND       n_H100_w0_tp2_b64   1.600000000000e+01
 UP BND       n_H100_w0_tp4_b256   8.000000000000e+00
 UP BND       n_H100_w0_tp4_b64   8.000000000000e+00
 UP BND       n_H100_w0_tp8_b256   4.000000000000e+00
 UP BND       n_H100_w0_tp8_b64   4.000000000000e+00
 UP BND       n_H100_w1_tp1_b256   3.200000000000e+01
 UP BND       n_H100_w1_tp1_b64   3.200000000000e+01
 UP BND       n_H100_w1_tp2_b256   1.600000000000e+01
 UP BND       n_H100_w1_tp2_b64   1.600000000000e+01
 UP BND       n_H100_w1_tp4_b256   8.000000000000e+00
 UP BND       n_H100_w1_tp4_b64   8.000000000000e+00
 UP BND       n_H100_w1_tp8_b256   4.000000000000e+00
 UP BND       n_H100_w1_tp8_b64   4.000000000000e+00
 UP BND       n_L40S_w0_tp1_b256   3.200000000000e+01
 UP BND       n_L40S_w0_tp1_b64   3.200000000000e+01
 UP BND       n_L40S_w0_tp2_b256   1.600000000000e+01
 UP BND       n_L40S_w0_tp2_b64   1.600000000000e+01
 UP BND       n_L40S_w0_tp4_b256   8.000000000000e+00
 UP BND       n_L40S_w0_tp4_b64   8.000000000000e+00
 UP BND       n_L40S_w0_tp8_b256   4.000000000000e+00
 UP BND       n_L40S_w0_tp8_b64   4.000000000000e+00
 UP BND       n_L40S_w1_tp1_b256   3.200000000000e+01
 UP BND       n_L40S_w1_tp1_b64   3.200000000000e+01
 UP BND       n_L40S_w1_tp2_b256   1.600000000000e+01
 UP BND       n_L40S_w1_tp2_b64   1.600000000000e+01
 UP BND       n_L40S_w1_tp4_b256   8.000000000000e+00
 UP BND       n_L40S_w1_tp4_b64   8.000000000000e+00
 UP BND       n_L40S_w1_tp8_b256   4.000000000000e+00
 UP BND       n_L40S_w1_tp8_b64   4.000000000000e+00
 UP BND       x_H100_w0_tp1_b256_k0   4.051705000000e+06
 UP BND       x_H100_w0_tp1_b256_k1   4.707786000000e+06
 UP BND       x_H100_w0_tp1_b256_k2   6.461109000000e+06
 UP BND       x_H100_w0_tp1_b64_k0   4.051705000000e+06
 UP BND       x_H100_w0_tp1_b64_k1   4.707786000000e+06
 UP BND       x_H100_w0_tp1_b64_k2   6.461109000000e+06
 UP BND       x_H100_w0_tp2_b256_k0   4.051705000000e+06
 UP BND       x_H100_w0_tp2_b256_k1   4.707786000000e+06
 UP BND       x_H100_w0_tp2_b256_k2   6.461109000000e+06
 UP BND       x_H100_w0_tp2_b64_k0   4.051705000000e+06
 UP BND       x_H100_w0_tp2_b64_k1   4.707786000000e+06
 UP BND       x_H100_w0_tp2_b64_k2   6.461109000000e+06
 UP BND       x_H100_w0_tp4_b256_k0   4.051705000000e+06
 UP BND       x_H100_w0_tp4_b256_k1   4.707786000000e+06
 UP BND       x_H100_w0_tp4_b256_k2   6.461109000000e+06
 UP BND       x_H100_w0_tp4_b64_k0   4.051705000000e+06
 UP BND       x_H100_w0_tp4_b64_k1   4.707786000000e+06
 UP BND       x_H100_w0_tp4_b64_k2   6.461109000000e+06
 UP BND       x_H100_w0_tp8_b256_k0   4.051705000000e+06
 UP BND       x_H100_w0_tp8_b256_k1   4.707786000000e+06
 UP BND       x_H100_w0_tp8_b256_k2   6.461109000000e+06
 UP BND       x_H100_w0_tp8_b64_k0   4.051705000000e+06
 UP BND       x_H100_w0_tp8_b64_k1   4.707786000000e+06
 UP BND       x_H100_w0_tp8_b64_k2   6.461109000000e+06
 UP BND       x_H100_w1_tp1_b256_k0   8.000001000000e+06
 UP BND       x_H100_w1_tp1_b256_k1   6.512700000000e+05
 UP BND       x_H100_w1_tp1_b256_k2   5.786047000000e+06
 UP BND       x_H100_w1_tp1_b64_k0   8.000001000000e+06
 UP BND       x_H100_w1_tp1_b64_k1   6.512700000000e+05
 UP BND       x_H100_w1_tp1_b64_k2   5.786047000000e+06
 UP BND       x_H100_w1_tp2_b256_k0   8.000001000000e+06
 UP BND       x_H100_w1_tp2_b256_k1   6.512700000000e+05
 UP BND       x_H100_w1_tp2_b256_k2   5.786047000000e+06
 UP BND       x_H100_w1_tp2_b64_k0   8.000001000000e+06
 UP BND       x_H100_w1_tp2_b64_k1   6.512700000000e+05
 UP BND       x_H100_w1_tp2_b64_k2   5.786047000000e+06
 UP BND       x_H100_w1_tp4_b256_k0   8.000001000000e+06
 UP BND       x_H100_w1_tp4_b256_k1   6.512700000000e+05
 UP BND       x_H100_w1_tp4_b256_k2   5.786047000000e+06
 UP BND       x_H100_w1_tp4_b64_k0   8.000001000000e+06
 UP BND       x_H100_w1_tp4_b64_k1   6.512700000000e+05
 UP BND       x_H100_w1_tp4_b64_k2   5.786047000000e+06
 UP BND       x_H100_w1_tp8_b256_k0   8.000001000000e+06
 UP BND       x_H100_w1_tp8_b256_k1   6.512700000000e+05
 UP BND       x_H100_w1_tp8_b256_k2   5.786047000000e+06
 UP BND       x_H100_w1_tp8_b64_k0   8.000001000000e+06
 UP BND       x_H100_w1_tp8_b64_k1   6.512700000000e+05
 UP BND       x_H100_w1_tp8_b64_k2   5.786047000000e+06
 UP BND       x_L40S_w0_tp1_b256_k0   4.051705000000e+06
 UP BND       x_L40S_w0_tp1_b256_k1   4.707786000000e+06
 UP BND       x_L40S_w0_tp1_b256_k2   6.461109000000e+06
 UP BND       x_L40S_w0_tp1_b64_k0   4.051705000000e+06
 UP BND       x_L40S_w0_tp1_b64_k1   4.707786000000e+06
 UP BND       x_L40S_w0_tp1_b64_k2   6.461109000000e+06
 UP BND       x_L40S_w0_tp2_b256_k0   4.051705000000e+06
 UP BND       x_L40S_w0_tp2_b256_k1   4.707786000000e+06
 UP BND       x_L40S_w0_tp2_b256_k2   6.461109000000e+06
 UP BND       x_L40S_w0_tp2_b64_k0   4.051705000000e+06
 UP BND       x_L40S_w0_tp2_b64_k1   4.707786000000e+06
 UP BND       x_L40S_w0_tp2_b64_k2   6.461109000000e+06
 UP BND       x_L40S_w0_tp4_b256_k0   4.051705000000e+06
 UP BND       x_L40S_w0_tp4_b256_k1   4.707786000000e+06
 UP BND       x_L40S_w0_tp4_b256_k2   6.461109000000e+06
 UP BND       x_L40S_w0_tp4_b64_k0   4.051705000000e+06
 UP BND       x_L40S_w0_tp4_b64_k1   4.707786000000e+06
 UP BND       x_L40S_w0_tp4_b64_k2   6.461109000000e+06
 UP BND       x_L40S_w0_tp8_b256_k0   4.051705000000e+06
 UP BND       x_L40S_w0_tp8_b256_k1   4.707786000000e+06
 UP BND       x_L40S_w0_tp8_b256_k2   6.461109000000e+06
 UP BND       x_L40S_w0_tp8_b64_k0   4.051705000000e+06
 UP BND       x_L40S_w0_tp8_b64_k1   4.707786000000e+06
 UP BND       x_L40S_w0_tp8_b64_k2   6.461109000000e+06
 UP BND       x_L40S_w1_tp1_b256_k0   8.000001000000e+06
 UP BND       x_L40S_w1_tp1_b256_k1   6.512700000000e+05
 UP BND       x_L40S_w1_tp1_b256_k2   5.786047000000e+06
 UP BND       x_L40S_w1_tp1_b64_k0   8.000001000000e+06
 UP BND       x_L40S_w1_tp1_b64_k1   6.512700000000e+05
 UP BND       x_L40S_w1_tp1_b64_k2   5.786047000000e+06
 UP BND       x_L40S_w1_tp2_b256_k0   8.000001000000e+06
 UP BND       x_L40S_w1_tp2_b256_k1   6.512700000000e+05
 UP BND       x_L40S_w1_tp2_b256_k2   5.786047000000e+06
 UP BND       x_L40S_w1_tp2_b64_k0   8.000001000000e+06
 UP BND       x_L40S_w1_tp2_b64_k1   6.512700000000e+05
 UP BND       x_L40S_w1_tp2_b64_k2   5.786047000000e+06
 UP BND       x_L40S_w1_tp4_b256_k0   8.000001000000e+06
 UP BND       x_L40S_w1_tp4_b256_k1   6.512700000000e+05
 UP BND       x_L40S_w1_tp4_b256_k2   5.786047000000e+06
 UP BND       x_L40S_w1_tp4_b64_k0   8.000001000000e+06
 UP BND       x_L40S_w1_tp4_b64_k1   6.512700000000e+05
 UP BND       x_L40S_w1_tp4_b64_k2   5.786047000000e+06
 UP BND       x_L40S_w1_tp8_b256_k0   8.000001000000e+06
 UP BND       x_L40S_w1_tp8_b256_k1   6.512700000000e+05
 UP BND       x_L40S_w1_tp8_b256_k2   5.786047000000e+06
 UP BND       x_L40S_w1_tp8_b64_k0   8.000001000000e+06
 UP BND       x_L40S_w1_tp8_b64_k1   6.512700000000e+05
 UP BND       x_L40S_w1_tp8_b64_k2   5.786047000000e+06
ENDATA
