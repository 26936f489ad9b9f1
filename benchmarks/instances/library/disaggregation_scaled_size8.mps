OBJSENSE
 MAX
NAME          disaggregation_scaled_size8
ROWS
 N  OBJ
 L  structure__use_prefill_tp1_pp1
 L  structure__prefill_cap_tp1_pp1
 L  memory__prefill_tp1_pp1
 L  structure__use_prefill_tp2_pp1
 L  structure__prefill_cap_tp2_pp1
 L  memory__prefill_tp2_pp1
 L  structure__use_prefill_tp1_pp2
 L  structure__prefill_cap_tp1_pp2
 L  memory__prefill_tp1_pp2
 L  structure__use_prefill_tp4_pp1
 L  structure__prefill_cap_tp4_pp1
 L  memory__prefill_tp4_pp1
 L  structure__use_prefill_tp2_pp2
 L  structure__prefill_cap_tp2_pp2
 L  memory__prefill_tp2_pp2
 L  structure__use_prefill_tp8_pp1
 L  structure__prefill_cap_tp8_pp1
 L  memory__prefill_tp8_pp1
 L  structure__use_prefill_tp4_pp2
 L  structure__prefill_cap_tp4_pp2
 L  memory__prefill_tp4_pp2
 L  structure__use_decode_tp1_pp1_b64
 L  structure__decode_cap_tp1_pp1_b64
 L  memory__decode_tp1_pp1_b64
 L  slo__tpot_tp1_pp1_b64
 L  structure__use_decode_tp1_pp1_b128
 L  structure__decode_cap_tp1_pp1_b128
 L  memory__decode_tp1_pp1_b128
 L  slo__tpot_tp1_pp1_b128
 L  structure__use_decode_tp1_pp1_b256
 L  structure__decode_cap_tp1_pp1_b256
 L  memory__decode_tp1_pp1_b256
 L  slo__tpot_tp1_pp1_b256
 L  structure__use_decode_tp2_pp1_b64
 L  structure__decode_cap_tp2_pp1_b64
 L  memory__decode_tp2_pp1_b64
 L  slo__tpot_tp2_pp1_b64
 L  structure__use_decode_tp2_pp1_b128
 L  structure__decode_cap_tp2_pp1_b128
 L  memory__decode_tp2_pp1_b128
 L  slo__tpot_tp2_pp1_b128
 L  structure__use_decode_tp2_pp1_b256
 L  structure__decode_cap_tp2_pp1_b256
 L  memory__decode_tp2_pp1_b256
 L  slo__tpot_tp2_pp1_b256
 L  structure__use_decode_tp1_pp2_b64
 L  structure__decode_cap_tp1_pp2_b64
 L  memory__decode_tp1_pp2_b64
 L  slo__tpot_tp1_pp2_b64
 L  structure__use_decode_tp1_pp2_b128
 L  structure__decode_cap_tp1_pp2_b128
 L  memory__decode_tp1_pp2_b128
 L  slo__tpot_tp1_pp2_b128
 L  structure__use_decode_tp1_pp2_b256
 L  structure__decode_cap_tp1_pp2_b256
 L  memory__decode_tp1_pp2_b256
 L  slo__tpot_tp1_pp2_b256
 L  structure__use_decode_tp4_pp1_b64
 L  structure__decode_cap_tp4_pp1_b64
 L  memory__decode_tp4_pp1_b64
 L  slo__tpot_tp4_pp1_b64
 L  structure__use_decode_tp4_pp1_b128
 L  structure__decode_cap_tp4_pp1_b128
 L  memory__decode_tp4_pp1_b128
 L  slo__tpot_tp4_pp1_b128
 L  structure__use_decode_tp4_pp1_b256
 L  structure__decode_cap_tp4_pp1_b256
 L  memory__decode_tp4_pp1_b256
 L  slo__tpot_tp4_pp1_b256
 L  structure__use_decode_tp2_pp2_b64
 L  structure__decode_cap_tp2_pp2_b64
 L  memory__decode_tp2_pp2_b64
 L  slo__tpot_tp2_pp2_b64
 L  structure__use_decode_tp2_pp2_b128
 L  structure__decode_cap_tp2_pp2_b128
 L  memory__decode_tp2_pp2_b128
 L  slo__tpot_tp2_pp2_b128
 L  structure__use_decode_tp2_pp2_b256
 L  structure__decode_cap_tp2_pp2_b256
 L  memory__decode_tp2_pp2_b256
 L  slo__tpot_tp2_pp2_b256
 L  structure__use_decode_tp8_pp1_b64
 L  structure__decode_cap_tp8_pp1_b64
 L  memory__decode_tp8_pp1_b64
 L  slo__tpot_tp8_pp1_b64
 L  structure__use_decode_tp8_pp1_b128
 L  structure__decode_cap_tp8_pp1_b128
 L  memory__decode_tp8_pp1_b128
 L  slo__tpot_tp8_pp1_b128
 L  structure__use_decode_tp8_pp1_b256
 L  structure__decode_cap_tp8_pp1_b256
 L  memory__decode_tp8_pp1_b256
 L  slo__tpot_tp8_pp1_b256
 L  structure__use_decode_tp4_pp2_b64
 L  structure__decode_cap_tp4_pp2_b64
 L  memory__decode_tp4_pp2_b64
 L  slo__tpot_tp4_pp2_b64
 L  structure__use_decode_tp4_pp2_b128
 L  structure__decode_cap_tp4_pp2_b128
 L  memory__decode_tp4_pp2_b128
 L  slo__tpot_tp4_pp2_b128
 L  structure__use_decode_tp4_pp2_b256
 L  structure__decode_cap_tp4_pp2_b256
 L  memory__decode_tp4_pp2_b256
 L  slo__tpot_tp4_pp2_b256
 L  structure__pair_tp1_pp1_tp1_pp1_b64
 L  slo__ttft_tp1_pp1_tp1_pp1_b64
 L  structure__pair_tp1_pp1_tp1_pp1_b128
 L  slo__ttft_tp1_pp1_tp1_pp1_b128
 L  structure__pair_tp1_pp1_tp1_pp1_b256
 L  slo__ttft_tp1_pp1_tp1_pp1_b256
 L  structure__pair_tp1_pp1_tp2_pp1_b64
 L  slo__ttft_tp1_pp1_tp2_pp1_b64
 L  structure__pair_tp1_pp1_tp2_pp1_b128
 L  slo__ttft_tp1_pp1_tp2_pp1_b128
 L  structure__pair_tp1_pp1_tp2_pp1_b256
 L  slo__ttft_tp1_pp1_tp2_pp1_b256
 L  structure__pair_tp1_pp1_tp1_pp2_b64
 L  slo__ttft_tp1_pp1_tp1_pp2_b64
 L  structure__pair_tp1_pp1_tp1_pp2_b128
 L  slo__ttft_tp1_pp1_tp1_pp2_b128
 L  structure__pair_tp1_pp1_tp1_pp2_b256
 L  slo__ttft_tp1_pp1_tp1_pp2_b256
 L  structure__pair_tp1_pp1_tp4_pp1_b64
 L  slo__ttft_tp1_pp1_tp4_pp1_b64
 L  structure__pair_tp1_pp1_tp4_pp1_b128
 L  slo__ttft_tp1_pp1_tp4_pp1_b128
 L  structure__pair_tp1_pp1_tp4_pp1_b256
 L  slo__ttft_tp1_pp1_tp4_pp1_b256
 L  structure__pair_tp1_pp1_tp2_pp2_b64
 L  slo__ttft_tp1_pp1_tp2_pp2_b64
 L  structure__pair_tp1_pp1_tp2_pp2_b128
 L  slo__ttft_tp1_pp1_tp2_pp2_b128
 L  structure__pair_tp1_pp1_tp2_pp2_b256
 L  slo__ttft_tp1_pp1_tp2_pp2_b256
 L  structure__pair_tp1_pp1_tp8_pp1_b64
 L  slo__ttft_tp1_pp1_tp8_pp1_b64
 L  structure__pair_tp1_pp1_tp8_pp1_b128
 L  slo__ttft_tp1_pp1_tp8_pp1_b128
 L  structure__pair_tp1_pp1_tp8_pp1_b256
 L  slo__ttft_tp1_pp1_tp8_pp1_b256
 L  structure__pair_tp1_pp1_tp4_pp2_b64
 L  slo__ttft_tp1_pp1_tp4_pp2_b64
 L  structure__pair_tp1_pp1_tp4_pp2_b128
 L  slo__ttft_tp1_pp1_tp4_pp2_b128
 L  structure__pair_tp1_pp1_tp4_pp2_b256
 L  slo__ttft_tp1_pp1_tp4_pp2_b256
 L  structure__pair_tp2_pp1_tp1_pp1_b64
 L  slo__ttft_tp2_pp1_tp1_pp1_b64
 L  structure__pair_tp2_pp1_tp1_pp1_b128
 L  slo__ttft_tp2_pp1_tp1_pp1_b128
 L  structure__pair_tp2_pp1_tp1_pp1_b256
 L  slo__ttft_tp2_pp1_tp1_pp1_b256
 L  structure__pair_tp2_pp1_tp2_pp1_b64
 L  slo__ttft_tp2_pp1_tp2_pp1_b64
 L  structure__pair_tp2_pp1_tp2_pp1_b128
 L  slo__ttft_tp2_pp1_tp2_pp1_b128
 L  structure__pair_tp2_pp1_tp2_pp1_b256
 L  slo__ttft_tp2_pp1_tp2_pp1_b256
 L  structure__pair_tp2_pp1_tp1_pp2_b64
 L  slo__ttft_tp2_pp1_tp1_pp2_b64
 L  structure__pair_tp2_pp1_tp1_pp2_b128
 L  slo__ttft_tp2_pp1_tp1_pp2_b128
 L  structure__pair_tp2_pp1_tp1_pp2_b256
 L  slo__ttft_tp2_pp1_tp1_pp2_b256
 L  structure__pair_tp2_pp1_tp4_pp1_b64
 L  slo__ttft_tp2_pp1_tp4_pp1_b64
 L  structure__pair_tp2_pp1_tp4_pp1_b128
 L  slo__ttft_tp2_pp1_tp4_pp1_b128
 L  structure__pair_tp2_pp1_tp4_pp1_b256
 L  slo__ttft_tp2_pp1_tp4_pp1_b256
 L  structure__pair_tp2_pp1_tp2_pp2_b64
 L  slo__ttft_tp2_pp1_tp2_pp2_b64
 L  structure__pair_tp2_pp1_tp2_pp2_b128
 L  slo__ttft_tp2_pp1_tp2_pp2_b128
 L  structure__pair_tp2_pp1_tp2_pp2_b256
 L  slo__ttft_tp2_pp1_tp2_pp2_b256
 L  structure__pair_tp2_pp1_tp8_pp1_b64
 L  slo__ttft_tp2_pp1_tp8_pp1_b64
 L  structure__pair_tp2_pp1_tp8_pp1_b128
 L  slo__ttft_tp2_pp1_tp8_pp1_b128
 L  structure__pair_tp2_pp1_tp8_pp1_b256
 L  slo__ttft_tp2_pp1_tp8_pp1_b256
 L  structure__pair_tp2_pp1_tp4_pp2_b64
 L  slo__ttft_tp2_pp1_tp4_pp2_b64
 L  structure__pair_tp2_pp1_tp4_pp2_b128
 L  slo__ttft_tp2_pp1_tp4_pp2_b128
 L  structure__pair_tp2_pp1_tp4_pp2_b256
 L  slo__ttft_tp2_pp1_tp4_pp2_b256
 L  structure__pair_tp1_pp2_tp1_pp1_b64
 L  slo__ttft_tp1_pp2_tp1_pp1_b64
 L  structure__pair_tp1_pp2_tp1_pp1_b128
 L  slo__ttft_tp1_pp2_tp1_pp1_b128
 L  structure__pair_tp1_pp2_tp1_pp1_b256
 L  slo__ttft_tp1_pp2_tp1_pp1_b256
 L  structure__pair_tp1_pp2_tp2_pp1_b64
 L  slo__ttft_tp1_pp2_tp2_pp1_b64
 L  structure__pair_tp1_pp2_tp2_pp1_b128
 L  slo__ttft_tp1_pp2_tp2_pp1_b128
 L  structure__pair_tp1_pp2_tp2_pp1_b256
 L  slo__ttft_tp1_pp2_tp2_pp1_b256
 L  structure__pair_tp1_pp2_tp1_pp2_b64
 L  slo__ttft_tp1_pp2_tp1_pp2_b64
 L  structure__pair_tp1_pp2_tp1_pp2_b128
 L  slo__ttft_tp1_pp2_tp1_pp2_b128
 L  structure__pair_tp1_pp2_tp1_pp2_b256
 L  slo__ttft_tp1_pp2_tp1_pp2_b256
 L  structure__pair_tp1_pp2_tp4_pp1_b64
 L  slo__ttft_tp1_pp2_tp4_pp1_b64
 L  structure__pair_tp1_pp2_tp4_pp1_b128
 L  slo__ttft_tp1_pp2_tp4_pp1_b128
 L  structure__pair_tp1_pp2_tp4_pp1_b256
 L  slo__ttft_tp1_pp2_tp4_pp1_b256
 L  structure__pair_tp1_pp2_tp2_pp2_b64
 L  slo__ttft_tp1_pp2_tp2_pp2_b64
 L  structure__pair_tp1_pp2_tp2_pp2_b128
 L  slo__ttft_tp1_pp2_tp2_pp2_b128
 L  structure__pair_tp1_pp2_tp2_pp2_b256
 L  slo__ttft_tp1_pp2_tp2_pp2_b256
 L  structure__pair_tp1_pp2_tp8_pp1_b64
 L  slo__ttft_tp1_pp2_tp8_pp1_b64
 L  structure__pair_tp1_pp2_tp8_pp1_b128
 L  slo__ttft_tp1_pp2_tp8_pp1_b128
 L  structure__pair_tp1_pp2_tp8_pp1_b256
 L  slo__ttft_tp1_pp2_tp8_pp1_b256
 L  structure__pair_tp1_pp2_tp4_pp2_b64
 L  slo__ttft_tp1_pp2_tp4_pp2_b64
 L  structure__pair_tp1_pp2_tp4_pp2_b128
 L  slo__ttft_tp1_pp2_tp4_pp2_b128
 L  structure__pair_tp1_pp2_tp4_pp2_b256
 L  slo__ttft_tp1_pp2_tp4_pp2_b256
 L  structure__pair_tp4_pp1_tp1_pp1_b64
 L  slo__ttft_tp4_pp1_tp1_pp1_b64
 L  structure__pair_tp4_pp1_tp1_pp1_b128
 L  slo__ttft_tp4_pp1_tp1_pp1_b128
 L  structure__pair_tp4_pp1_tp1_pp1_b256
 L  slo__ttft_tp4_pp1_tp1_pp1_b256
 L  structure__pair_tp4_pp1_tp2_pp1_b64
 L  slo__ttft_tp4_pp1_tp2_pp1_b64
 L  structure__pair_tp4_pp1_tp2_pp1_b128
 L  slo__ttft_tp4_pp1_tp2_pp1_b128
 L  structure__pair_tp4_pp1_tp2_pp1_b256
 L  slo__ttft_tp4_pp1_tp2_pp1_b256
 L  structure__pair_tp4_pp1_tp1_pp2_b64
 L  slo__ttft_tp4_pp1_tp1_pp2_b64
 L  structure__pair_tp4_pp1_tp1_pp2_b128
 L  slo__ttft_tp4_pp1_tp1_pp2_b128
 L  structure__pair_tp4_pp1_tp1_pp2_b256
 L  slo__ttft_tp4_pp1_tp1_pp2_b256
 L  structure__pair_tp4_pp1_tp4_pp1_b64
 L  slo__ttft_tp4_pp1_tp4_pp1_b64
 L  structure__pair_tp4_pp1_tp4_pp1_b128
 L  slo__ttft_tp4_pp1_tp4_pp1_b128
 L  structure__pair_tp4_pp1_tp4_pp1_b256
 L  slo__ttft_tp4_pp1_tp4_pp1_b256
 L  structure__pair_tp4_pp1_tp2_pp2_b64
 L  slo__ttft_tp4_pp1_tp2_pp2_b64
 L  structure__pair_tp4_pp1_tp2_pp2_b128
 L  slo__ttft_tp4_pp1_tp2_pp2_b128
 L  structure__pair_tp4_pp1_tp2_pp2_b256
 L  slo__ttft_tp4_pp1_tp2_pp2_b256
 L  structure__pair_tp4_pp1_tp8_pp1_b64
 L  slo__ttft_tp4_pp1_tp8_pp1_b64
 L  structure__pair_tp4_pp1_tp8_pp1_b128
 L  slo__ttft_tp4_pp1_tp8_pp1_b128
 L  structure__pair_tp4_pp1_tp8_pp1_b256
 L  slo__ttft_tp4_pp1_tp8_pp1_b256
 L  structure__pair_tp4_pp1_tp4_pp2_b64
 L  slo__ttft_tp4_pp1_tp4_pp2_b64
 L  structure__pair_tp4_pp1_tp4_pp2_b128
 L  slo__ttft_tp4_pp1_tp4_pp2_b128
 L  structure__pair_tp4_pp1_tp4_pp2_b256
 L  slo__ttft_tp4_pp1_tp4_pp2_b256
 L  structure__pair_tp2_pp2_tp1_pp1_b64
 L  slo__ttft_tp2_pp2_tp1_pp1_b64
 L  structure__pair_tp2_pp2_tp1_pp1_b128
 L  slo__ttft_tp2_pp2_tp1_pp1_b128
 L  structure__pair_tp2_pp2_tp1_pp1_b256
 L  slo__ttft_tp2_pp2_tp1_pp1_b256
 L  structure__pair_tp2_pp2_tp2_pp1_b64
 L  slo__ttft_tp2_pp2_tp2_pp1_b64
 L  structure__pair_tp2_pp2_tp2_pp1_b128
 L  slo__ttft_tp2_pp2_tp2_pp1_b128
 L  structure__pair_tp2_pp2_tp2_pp1_b256
 L  slo__ttft_tp2_pp2_tp2_pp1_b256
 L  structure__pair_tp2_pp2_tp1_pp2_b64
 L  slo__ttft_tp2_pp2_tp1_pp2_b64
 L  structure__pair_tp2_pp2_tp1_pp2_b128
 L  slo__ttft_tp2_pp2_tp1_pp2_b128
 L  structure__pair_tp2_pp2_tp1_pp2_b256
 L  slo__ttft_tp2_pp2_tp1_pp2_b256
 L  structure__pair_tp2_pp2_tp4_pp1_b64
 L  slo__ttft_tp2_pp2_tp4_pp1_b64
 L  structure__pair_tp2_pp2_tp4_pp1_b128
 L  slo__ttft_tp2_pp2_tp4_pp1_b128
 L  structure__pair_tp2_pp2_tp4_pp1_b256
 L  slo__ttft_tp2_pp2_tp4_pp1_b256
 L  structure__pair_tp2_pp2_tp2_pp2_b64
 L  slo__ttft_tp2_pp2_tp2_pp2_b64
 L  structure__pair_tp2_pp2_tp2_pp2_b128
 L  slo__ttft_tp2_pp2_tp2_pp2_b128
 L  structure__pair_tp2_pp2_tp2_pp2_b256
 L  slo__ttft_tp2_pp2_tp2_pp2_b256
 L  structure__pair_tp2_pp2_tp8_pp1_b64
 L  slo__ttft_tp2_pp2_tp8_pp1_b64
 L  structure__pair_tp2_pp2_tp8_pp1_b128
 L  slo__ttft_tp2_pp2_tp8_pp1_b128
 L  structure__pair_tp2_pp2_tp8_pp1_b256
 L  slo__ttft_tp2_pp2_tp8_pp1_b256
 L  structure__pair_tp2_pp2_tp4_pp2_b64
 L  slo__ttft_tp2_pp2_tp4_pp2_b64
 L  structure__pair_tp2_pp2_tp4_pp2_b128
 L  slo__ttft_tp2_pp2_tp4_pp2_b128
 L  structure__pair_tp2_pp2_tp4_pp2_b256
 L  slo__ttft_tp2_pp2_tp4_pp2_b256
 L  structure__pair_tp8_pp1_tp1_pp1_b64
 L  slo__ttft_tp8_pp1_tp1_pp1_b64
 L  structure__pair_tp8_pp1_tp1_pp1_b128
 L  slo__ttft_tp8_pp1_tp1_pp1_b128
 L  structure__pair_tp8_pp1_tp1_pp1_b256
 L  slo__ttft_tp8_pp1_tp1_pp1_b256
 L  structure__pair_tp8_pp1_tp2_pp1_b64
 L  slo__ttft_tp8_pp1_tp2_pp1_b64
 L  structure__pair_tp8_pp1_tp2_pp1_b128
 L  slo__ttft_tp8_pp1_tp2_pp1_b128
 L  structure__pair_tp8_pp1_tp2_pp1_b256
 L  slo__ttft_tp8_pp1_tp2_pp1_b256
 L  structure__pair_tp8_pp1_tp1_pp2_b64
 L  slo__ttft_tp8_pp1_tp1_pp2_b64
 L  structure__pair_tp8_pp1_tp1_pp2_b128
 L  slo__ttft_tp8_pp1_tp1_pp2_b128
 L  structure__pair_tp8_pp1_tp1_pp2_b256
 L  slo__ttft_tp8_pp1_tp1_pp2_b256
 L  structure__pair_tp8_pp1_tp4_pp1_b64
 L  slo__ttft_tp8_pp1_tp4_pp1_b64
 L  structure__pair_tp8_pp1_tp4_pp1_b128
 L  slo__ttft_tp8_pp1_tp4_pp1_b128
 L  structure__pair_tp8_pp1_tp4_pp1_b256
 L  slo__ttft_tp8_pp1_tp4_pp1_b256
 L  structure__pair_tp8_pp1_tp2_pp2_b64
 L  slo__ttft_tp8_pp1_tp2_pp2_b64
 L  structure__pair_tp8_pp1_tp2_pp2_b128
 L  slo__ttft_tp8_pp1_tp2_pp2_b128
 L  structure__pair_tp8_pp1_tp2_pp2_b256
 L  slo__ttft_tp8_pp1_tp2_pp2_b256
 L  structure__pair_tp8_pp1_tp8_pp1_b64
 L  slo__ttft_tp8_pp1_tp8_pp1_b64
 L  structure__pair_tp8_pp1_tp8_pp1_b128
 L  slo__ttft_tp8_pp1_tp8_pp1_b128
 L  structure__pair_tp8_pp1_tp8_pp1_b256
 L  slo__ttft_tp8_pp1_tp8_pp1_b256
 L  structure__pair_tp8_pp1_tp4_pp2_b64
 L  slo__ttft_tp8_pp1_tp4_pp2_b64
 L  structure__pair_tp8_pp1_tp4_pp2_b128
 L  slo__ttft_tp8_pp1_tp4_pp2_b128
 L  structure__pair_tp8_pp1_tp4_pp2_b256
 L  slo__ttft_tp8_pp1_tp4_pp2_b256
 L  structure__pair_tp4_pp2_tp1_pp1_b64
 L  slo__ttft_tp4_pp2_tp1_pp1_b64
 L  structure__pair_tp4_pp2_tp1_pp1_b128
 L  slo__ttft_tp4_pp2_tp1_pp1_b128
 L  structure__pair_tp4_pp2_tp1_pp1_b256
 L  slo__ttft_tp4_pp2_tp1_pp1_b256
 L  structure__pair_tp4_pp2_tp2_pp1_b64
 L  slo__ttft_tp4_pp2_tp2_pp1_b64
 L  structure__pair_tp4_pp2_tp2_pp1_b128
 L  slo__ttft_tp4_pp2_tp2_pp1_b128
 L  structure__pair_tp4_pp2_tp2_pp1_b256
 L  slo__ttft_tp4_pp2_tp2_pp1_b256
 L  structure__pair_tp4_pp2_tp1_pp2_b64
 L  slo__ttft_tp4_pp2_tp1_pp2_b64
 L  structure__pair_tp4_pp2_tp1_pp2_b128
 L  slo__ttft_tp4_pp2_tp1_pp2_b128
 L  structure__pair_tp4_pp2_tp1_pp2_b256
 L  slo__ttft_tp4_pp2_tp1_pp2_b256
 L  structure__pair_tp4_pp2_tp4_pp1_b64
 L  slo__ttft_tp4_pp2_tp4_pp1_b64
 L  structure__pair_tp4_pp2_tp4_pp1_b128
 L  slo__ttft_tp4_pp2_tp4_pp1_b128
 L  structure__pair_tp4_pp2_tp4_pp1_b256
 L  slo__ttft_tp4_pp2_tp4_pp1_b256
 L  structure__pair_tp4_pp2_tp2_pp2_b64
 L  slo__ttft_tp4_pp2_tp2_pp2_b64
 L  structure__pair_tp4_pp2_tp2_pp2_b128
 L  slo__ttft_tp4_pp2_tp2_pp2_b128
 L  structure__pair_tp4_pp2_tp2_pp2_b256
 L  slo__ttft_tp4_pp2_tp2_pp2_b256
 L  structure__pair_tp4_pp2_tp8_pp1_b64
 L  slo__ttft_tp4_pp2_tp8_pp1_b64
 L  structure__pair_tp4_pp2_tp8_pp1_b128
 L  slo__ttft_tp4_pp2_tp8_pp1_b128
 L  structure__pair_tp4_pp2_tp8_pp1_b256
 L  slo__ttft_tp4_pp2_tp8_pp1_b256
 L  structure__pair_tp4_pp2_tp4_pp2_b64
 L  slo__ttft_tp4_pp2_tp4_pp2_b64
 L  structure__pair_tp4_pp2_tp4_pp2_b128
 L  slo__ttft_tp4_pp2_tp4_pp2_b128
 L  structure__pair_tp4_pp2_tp4_pp2_b256
 L  slo__ttft_tp4_pp2_tp4_pp2_b256
 E  structure__served
 L  link__kv
 L  gpus__total
COLUMNS
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp1_pp1_b128  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp1_pp1_b128  structure__decode_cap_tp1_pp1_b128   1.000000000000e+00
    f_tp1_pp1__tp1_pp1_b128  structure__pair_tp1_pp1_tp1_pp1_b128   1.000000000000e+00
    f_tp1_pp1__tp1_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp1_pp1_b256  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp1_pp1_b256  structure__decode_cap_tp1_pp1_b256   1.000000000000e+00
    f_tp1_pp1__tp1_pp1_b256  structure__pair_tp1_pp1_tp1_pp1_b256   1.000000000000e+00
    f_tp1_pp1__tp1_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp1_pp1_b64  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp1_pp1_b64  structure__decode_cap_tp1_pp1_b64   1.000000000000e+00
    f_tp1_pp1__tp1_pp1_b64  structure__pair_tp1_pp1_tp1_pp1_b64   1.000000000000e+00
    f_tp1_pp1__tp1_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp1_pp2_b128  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp1_pp2_b128  structure__decode_cap_tp1_pp2_b128   1.000000000000e+00
    f_tp1_pp1__tp1_pp2_b128  structure__pair_tp1_pp1_tp1_pp2_b128   1.000000000000e+00
    f_tp1_pp1__tp1_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp1_pp2_b256  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp1_pp2_b256  structure__decode_cap_tp1_pp2_b256   1.000000000000e+00
    f_tp1_pp1__tp1_pp2_b256  structure__pair_tp1_pp1_tp1_pp2_b256   1.000000000000e+00
    f_tp1_pp1__tp1_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp1_pp2_b64  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp1_pp2_b64  structure__decode_cap_tp1_pp2_b64   1.000000000000e+00
    f_tp1_pp1__tp1_pp2_b64  structure__pair_tp1_pp1_tp1_pp2_b64   1.000000000000e+00
    f_tp1_pp1__tp1_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp2_pp1_b128  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp2_pp1_b128  structure__decode_cap_tp2_pp1_b128   1.000000000000e+00
    f_tp1_pp1__tp2_pp1_b128  structure__pair_tp1_pp1_tp2_pp1_b128   1.000000000000e+00
    f_tp1_pp1__tp2_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp2_pp1_b256  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp2_pp1_b256  structure__decode_cap_tp2_pp1_b256   1.000000000000e+00
    f_tp1_pp1__tp2_pp1_b256  structure__pair_tp1_pp1_tp2_pp1_b256   1.000000000000e+00
    f_tp1_pp1__tp2_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp2_pp1_b64  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp2_pp1_b64  structure__decode_cap_tp2_pp1_b64   1.000000000000e+00
    f_tp1_pp1__tp2_pp1_b64  structure__pair_tp1_pp1_tp2_pp1_b64   1.000000000000e+00
    f_tp1_pp1__tp2_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp2_pp2_b128  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp2_pp2_b128  structure__decode_cap_tp2_pp2_b128   1.000000000000e+00
    f_tp1_pp1__tp2_pp2_b128  structure__pair_tp1_pp1_tp2_pp2_b128   1.000000000000e+00
    f_tp1_pp1__tp2_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp2_pp2_b256  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp2_pp2_b256  structure__decode_cap_tp2_pp2_b256   1.000000000000e+00
    f_tp1_pp1__tp2_pp2_b256  structure__pair_tp1_pp1_tp2_pp2_b256   1.000000000000e+00
    f_tp1_pp1__tp2_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp2_pp2_b64  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp2_pp2_b64  structure__decode_cap_tp2_pp2_b64   1.000000000000e+00
    f_tp1_pp1__tp2_pp2_b64  structure__pair_tp1_pp1_tp2_pp2_b64   1.000000000000e+00
    f_tp1_pp1__tp2_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp4_pp1_b128  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp4_pp1_b128  structure__decode_cap_tp4_pp1_b128   1.000000000000e+00
    f_tp1_pp1__tp4_pp1_b128  structure__pair_tp1_pp1_tp4_pp1_b128   1.000000000000e+00
    f_tp1_pp1__tp4_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp4_pp1_b256  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp4_pp1_b256  structure__decode_cap_tp4_pp1_b256   1.000000000000e+00
    f_tp1_pp1__tp4_pp1_b256  structure__pair_tp1_pp1_tp4_pp1_b256   1.000000000000e+00
    f_tp1_pp1__tp4_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp4_pp1_b64  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp4_pp1_b64  structure__decode_cap_tp4_pp1_b64   1.000000000000e+00
    f_tp1_pp1__tp4_pp1_b64  structure__pair_tp1_pp1_tp4_pp1_b64   1.000000000000e+00
    f_tp1_pp1__tp4_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp4_pp2_b128  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp4_pp2_b128  structure__decode_cap_tp4_pp2_b128   1.000000000000e+00
    f_tp1_pp1__tp4_pp2_b128  structure__pair_tp1_pp1_tp4_pp2_b128   1.000000000000e+00
    f_tp1_pp1__tp4_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp4_pp2_b256  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp4_pp2_b256  structure__decode_cap_tp4_pp2_b256   1.000000000000e+00
    f_tp1_pp1__tp4_pp2_b256  structure__pair_tp1_pp1_tp4_pp2_b256   1.000000000000e+00
    f_tp1_pp1__tp4_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp4_pp2_b64  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp4_pp2_b64  structure__decode_cap_tp4_pp2_b64   1.000000000000e+00
    f_tp1_pp1__tp4_pp2_b64  structure__pair_tp1_pp1_tp4_pp2_b64   1.000000000000e+00
    f_tp1_pp1__tp4_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp8_pp1_b128  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp8_pp1_b128  structure__decode_cap_tp8_pp1_b128   1.000000000000e+00
    f_tp1_pp1__tp8_pp1_b128  structure__pair_tp1_pp1_tp8_pp1_b128   1.000000000000e+00
    f_tp1_pp1__tp8_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp8_pp1_b256  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp8_pp1_b256  structure__decode_cap_tp8_pp1_b256   1.000000000000e+00
    f_tp1_pp1__tp8_pp1_b256  structure__pair_tp1_pp1_tp8_pp1_b256   1.000000000000e+00
    f_tp1_pp1__tp8_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp8_pp1_b64  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp8_pp1_b64  structure__decode_cap_tp8_pp1_b64   1.000000000000e+00
    f_tp1_pp1__tp8_pp1_b64  structure__pair_tp1_pp1_tp8_pp1_b64   1.000000000000e+00
    f_tp1_pp1__tp8_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp1_pp1_b128  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp1_pp1_b128  structure__decode_cap_tp1_pp1_b128   1.000000000000e+00
    f_tp1_pp2__tp1_pp1_b128  structure__pair_tp1_pp2_tp1_pp1_b128   1.000000000000e+00
    f_tp1_pp2__tp1_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp1_pp1_b256  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp1_pp1_b256  structure__decode_cap_tp1_pp1_b256   1.000000000000e+00
    f_tp1_pp2__tp1_pp1_b256  structure__pair_tp1_pp2_tp1_pp1_b256   1.000000000000e+00
    f_tp1_pp2__tp1_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp1_pp1_b64  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp1_pp1_b64  structure__decode_cap_tp1_pp1_b64   1.000000000000e+00
    f_tp1_pp2__tp1_pp1_b64  structure__pair_tp1_pp2_tp1_pp1_b64   1.000000000000e+00
    f_tp1_pp2__tp1_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp1_pp2_b128  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp1_pp2_b128  structure__decode_cap_tp1_pp2_b128   1.000000000000e+00
    f_tp1_pp2__tp1_pp2_b128  structure__pair_tp1_pp2_tp1_pp2_b128   1.000000000000e+00
    f_tp1_pp2__tp1_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp1_pp2_b256  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp1_pp2_b256  structure__decode_cap_tp1_pp2_b256   1.000000000000e+00
    f_tp1_pp2__tp1_pp2_b256  structure__pair_tp1_pp2_tp1_pp2_b256   1.000000000000e+00
    f_tp1_pp2__tp1_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp1_pp2_b64  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp1_pp2_b64  structure__decode_cap_tp1_pp2_b64   1.000000000000e+00
    f_tp1_pp2__tp1_pp2_b64  structure__pair_tp1_pp2_tp1_pp2_b64   1.000000000000e+00
    f_tp1_pp2__tp1_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp2_pp1_b128  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp2_pp1_b128  structure__decode_cap_tp2_pp1_b128   1.000000000000e+00
    f_tp1_pp2__tp2_pp1_b128  structure__pair_tp1_pp2_tp2_pp1_b128   1.000000000000e+00
    f_tp1_pp2__tp2_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp2_pp1_b256  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp2_pp1_b256  structure__decode_cap_tp2_pp1_b256   1.000000000000e+00
    f_tp1_pp2__tp2_pp1_b256  structure__pair_tp1_pp2_tp2_pp1_b256   1.000000000000e+00
    f_tp1_pp2__tp2_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp2_pp1_b64  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp2_pp1_b64  structure__decode_cap_tp2_pp1_b64   1.000000000000e+00
    f_tp1_pp2__tp2_pp1_b64  structure__pair_tp1_pp2_tp2_pp1_b64   1.000000000000e+00
    f_tp1_pp2__tp2_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp2_pp2_b128  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp2_pp2_b128  structure__decode_cap_tp2_pp2_b128   1.000000000000e+00
    f_tp1_pp2__tp2_pp2_b128  structure__pair_tp1_pp2_tp2_pp2_b128   1.000000000000e+00
    f_tp1_pp2__tp2_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp2_pp2_b256  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp2_pp2_b256  structure__decode_cap_tp2_pp2_b256   1.000000000000e+00
    f_tp1_pp2__tp2_pp2_b256  structure__pair_tp1_pp2_tp2_pp2_b256   1.000000000000e+00
    f_tp1_pp2__tp2_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp2_pp2_b64  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp2_pp2_b64  structure__decode_cap_tp2_pp2_b64   1.000000000000e+00
    f_tp1_pp2__tp2_pp2_b64  structure__pair_tp1_pp2_tp2_pp2_b64   1.000000000000e+00
    f_tp1_pp2__tp2_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp4_pp1_b128  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp4_pp1_b128  structure__decode_cap_tp4_pp1_b128   1.000000000000e+00
    f_tp1_pp2__tp4_pp1_b128  structure__pair_tp1_pp2_tp4_pp1_b128   1.000000000000e+00
    f_tp1_pp2__tp4_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp4_pp1_b256  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp4_pp1_b256  structure__decode_cap_tp4_pp1_b256   1.000000000000e+00
    f_tp1_pp2__tp4_pp1_b256  structure__pair_tp1_pp2_tp4_pp1_b256   1.000000000000e+00
    f_tp1_pp2__tp4_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp4_pp1_b64  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp4_pp1_b64  structure__decode_cap_tp4_pp1_b64   1.000000000000e+00
    f_tp1_pp2__tp4_pp1_b64  structure__pair_tp1_pp2_tp4_pp1_b64   1.000000000000e+00
    f_tp1_pp2__tp4_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp4_pp2_b128  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp4_pp2_b128  structure__decode_cap_tp4_pp2_b128   1.000000000000e+00
    f_tp1_pp2__tp4_pp2_b128  structure__pair_tp1_pp2_tp4_pp2_b128   1.000000000000e+00
    f_tp1_pp2__tp4_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp4_pp2_b256  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp4_pp2_b256  structure__decode_cap_tp4_pp2_b256   1.000000000000e+00
    f_tp1_pp2__tp4_pp2_b256  structure__pair_tp1_pp2_tp4_pp2_b256   1.000000000000e+00
    f_tp1_pp2__tp4_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp4_pp2_b64  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp4_pp2_b64  structure__decode_cap_tp4_pp2_b64   1.000000000000e+00
    f_tp1_pp2__tp4_pp2_b64  structure__pair_tp1_pp2_tp4_pp2_b64   1.000000000000e+00
    f_tp1_pp2__tp4_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp8_pp1_b128  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp8_pp1_b128  structure__decode_cap_tp8_pp1_b128   1.000000000000e+00
    f_tp1_pp2__tp8_pp1_b128  structure__pair_tp1_pp2_tp8_pp1_b128   1.000000000000e+00
    f_tp1_pp2__tp8_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp8_pp1_b256  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp8_pp1_b256  structure__decode_cap_tp8_pp1_b256   1.000000000000e+00
    f_tp1_pp2__tp8_pp1_b256  structure__pair_tp1_pp2_tp8_pp1_b256   1.000000000000e+00
    f_tp1_pp2__tp8_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp8_pp1_b64  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp8_pp1_b64  structure__decode_cap_tp8_pp1_b64   1.000000000000e+00
    f_tp1_pp2__tp8_pp1_b64  structure__pair_tp1_pp2_tp8_pp1_b64   1.000000000000e+00
    f_tp1_pp2__tp8_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp1_pp1_b128  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp1_pp1_b128  structure__decode_cap_tp1_pp1_b128   1.000000000000e+00
    f_tp2_pp1__tp1_pp1_b128  structure__pair_tp2_pp1_tp1_pp1_b128   1.000000000000e+00
    f_tp2_pp1__tp1_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp1_pp1_b256  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp1_pp1_b256  structure__decode_cap_tp1_pp1_b256   1.000000000000e+00
    f_tp2_pp1__tp1_pp1_b256  structure__pair_tp2_pp1_tp1_pp1_b256   1.000000000000e+00
    f_tp2_pp1__tp1_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp1_pp1_b64  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp1_pp1_b64  structure__decode_cap_tp1_pp1_b64   1.000000000000e+00
    f_tp2_pp1__tp1_pp1_b64  structure__pair_tp2_pp1_tp1_pp1_b64   1.000000000000e+00
    f_tp2_pp1__tp1_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp1_pp2_b128  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp1_pp2_b128  structure__decode_cap_tp1_pp2_b128   1.000000000000e+00
    f_tp2_pp1__tp1_pp2_b128  structure__pair_tp2_pp1_tp1_pp2_b128   1.000000000000e+00
    f_tp2_pp1__tp1_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp1_pp2_b256  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp1_pp2_b256  structure__decode_cap_tp1_pp2_b256   1.000000000000e+00
    f_tp2_pp1__tp1_pp2_b256  structure__pair_tp2_pp1_tp1_pp2_b256   1.000000000000e+00
    f_tp2_pp1__tp1_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp1_pp2_b64  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp1_pp2_b64  structure__decode_cap_tp1_pp2_b64   1.000000000000e+00
    f_tp2_pp1__tp1_pp2_b64  structure__pair_tp2_pp1_tp1_pp2_b64   1.000000000000e+00
    f_tp2_pp1__tp1_pp2_b64  structure__served  -1.000000000000e+00
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
    f_tp2_pp1__tp2_pp1_b64  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp2_pp1_b64  structure__decode_cap_tp2_pp1_b64   1.000000000000e+00
    f_tp2_pp1__tp2_pp1_b64  structure__pair_tp2_pp1_tp2_pp1_b64   1.000000000000e+00
    f_tp2_pp1__tp2_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp2_pp2_b128  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp2_pp2_b128  structure__decode_cap_tp2_pp2_b128   1.000000000000e+00
    f_tp2_pp1__tp2_pp2_b128  structure__pair_tp2_pp1_tp2_pp2_b128   1.000000000000e+00
    f_tp2_pp1__tp2_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp2_pp2_b256  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp2_pp2_b256  structure__decode_cap_tp2_pp2_b256   1.000000000000e+00
    f_tp2_pp1__tp2_pp2_b256  structure__pair_tp2_pp1_tp2_pp2_b256   1.000000000000e+00
    f_tp2_pp1__tp2_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp2_pp2_b64  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp2_pp2_b64  structure__decode_cap_tp2_pp2_b64   1.000000000000e+00
    f_tp2_pp1__tp2_pp2_b64  structure__pair_tp2_pp1_tp2_pp2_b64   1.000000000000e+00
    f_tp2_pp1__tp2_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp4_pp1_b128  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp4_pp1_b128  structure__decode_cap_tp4_pp1_b128   1.000000000000e+00
    f_tp2_pp1__tp4_pp1_b128  structure__pair_tp2_pp1_tp4_pp1_b128   1.000000000000e+00
    f_tp2_pp1__tp4_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp4_pp1_b256  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp4_pp1_b256  structure__decode_cap_tp4_pp1_b256   1.000000000000e+00
    f_tp2_pp1__tp4_pp1_b256  structure__pair_tp2_pp1_tp4_pp1_b256   1.000000000000e+00
    f_tp2_pp1__tp4_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp4_pp1_b64  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp4_pp1_b64  structure__decode_cap_tp4_pp1_b64   1.000000000000e+00
    f_tp2_pp1__tp4_pp1_b64  structure__pair_tp2_pp1_tp4_pp1_b64   1.000000000000e+00
    f_tp2_pp1__tp4_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp4_pp2_b128  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp4_pp2_b128  structure__decode_cap_tp4_pp2_b128   1.000000000000e+00
    f_tp2_pp1__tp4_pp2_b128  structure__pair_tp2_pp1_tp4_pp2_b128   1.000000000000e+00
    f_tp2_pp1__tp4_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp4_pp2_b256  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp4_pp2_b256  structure__decode_cap_tp4_pp2_b256   1.000000000000e+00
    f_tp2_pp1__tp4_pp2_b256  structure__pair_tp2_pp1_tp4_pp2_b256   1.000000000000e+00
    f_tp2_pp1__tp4_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp4_pp2_b64  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp4_pp2_b64  structure__decode_cap_tp4_pp2_b64   1.000000000000e+00
    f_tp2_pp1__tp4_pp2_b64  structure__pair_tp2_pp1_tp4_pp2_b64   1.000000000000e+00
    f_tp2_pp1__tp4_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp8_pp1_b128  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp8_pp1_b128  structure__decode_cap_tp8_pp1_b128   1.000000000000e+00
    f_tp2_pp1__tp8_pp1_b128  structure__pair_tp2_pp1_tp8_pp1_b128   1.000000000000e+00
    f_tp2_pp1__tp8_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp8_pp1_b256  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp8_pp1_b256  structure__decode_cap_tp8_pp1_b256   1.000000000000e+00
    f_tp2_pp1__tp8_pp1_b256  structure__pair_tp2_pp1_tp8_pp1_b256   1.000000000000e+00
    f_tp2_pp1__tp8_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp8_pp1_b64  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp8_pp1_b64  structure__decode_cap_tp8_pp1_b64   1.000000000000e+00
    f_tp2_pp1__tp8_pp1_b64  structure__pair_tp2_pp1_tp8_pp1_b64   1.000000000000e+00
    f_tp2_pp1__tp8_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp1_pp1_b128  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp1_pp1_b128  structure__decode_cap_tp1_pp1_b128   1.000000000000e+00
    f_tp2_pp2__tp1_pp1_b128  structure__pair_tp2_pp2_tp1_pp1_b128   1.000000000000e+00
    f_tp2_pp2__tp1_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp1_pp1_b256  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp1_pp1_b256  structure__decode_cap_tp1_pp1_b256   1.000000000000e+00
    f_tp2_pp2__tp1_pp1_b256  structure__pair_tp2_pp2_tp1_pp1_b256   1.000000000000e+00
    f_tp2_pp2__tp1_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp1_pp1_b64  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp1_pp1_b64  structure__decode_cap_tp1_pp1_b64   1.000000000000e+00
    f_tp2_pp2__tp1_pp1_b64  structure__pair_tp2_pp2_tp1_pp1_b64   1.000000000000e+00
    f_tp2_pp2__tp1_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp1_pp2_b128  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp1_pp2_b128  structure__decode_cap_tp1_pp2_b128   1.000000000000e+00
    f_tp2_pp2__tp1_pp2_b128  structure__pair_tp2_pp2_tp1_pp2_b128   1.000000000000e+00
    f_tp2_pp2__tp1_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp1_pp2_b256  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp1_pp2_b256  structure__decode_cap_tp1_pp2_b256   1.000000000000e+00
    f_tp2_pp2__tp1_pp2_b256  structure__pair_tp2_pp2_tp1_pp2_b256   1.000000000000e+00
    f_tp2_pp2__tp1_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp1_pp2_b64  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp1_pp2_b64  structure__decode_cap_tp1_pp2_b64   1.000000000000e+00
    f_tp2_pp2__tp1_pp2_b64  structure__pair_tp2_pp2_tp1_pp2_b64   1.000000000000e+00
    f_tp2_pp2__tp1_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp2_pp1_b128  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp2_pp1_b128  structure__decode_cap_tp2_pp1_b128   1.000000000000e+00
    f_tp2_pp2__tp2_pp1_b128  structure__pair_tp2_pp2_tp2_pp1_b128   1.000000000000e+00
    f_tp2_pp2__tp2_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp2_pp1_b256  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp2_pp1_b256  structure__decode_cap_tp2_pp1_b256   1.000000000000e+00
    f_tp2_pp2__tp2_pp1_b256  structure__pair_tp2_pp2_tp2_pp1_b256   1.000000000000e+00
    f_tp2_pp2__tp2_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp2_pp1_b64  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp2_pp1_b64  structure__decode_cap_tp2_pp1_b64   1.000000000000e+00
    f_tp2_pp2__tp2_pp1_b64  structure__pair_tp2_pp2_tp2_pp1_b64   1.000000000000e+00
    f_tp2_pp2__tp2_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp2_pp2_b128  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp2_pp2_b128  structure__decode_cap_tp2_pp2_b128   1.000000000000e+00
    f_tp2_pp2__tp2_pp2_b128  structure__pair_tp2_pp2_tp2_pp2_b128   1.000000000000e+00
    f_tp2_pp2__tp2_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp2_pp2_b256  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp2_pp2_b256  structure__decode_cap_tp2_pp2_b256   1.000000000000e+00
    f_tp2_pp2__tp2_pp2_b256  structure__pair_tp2_pp2_tp2_pp2_b256   1.000000000000e+00
    f_tp2_pp2__tp2_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp2_pp2_b64  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp2_pp2_b64  structure__decode_cap_tp2_pp2_b64   1.000000000000e+00
    f_tp2_pp2__tp2_pp2_b64  structure__pair_tp2_pp2_tp2_pp2_b64   1.000000000000e+00
    f_tp2_pp2__tp2_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp4_pp1_b128  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp4_pp1_b128  structure__decode_cap_tp4_pp1_b128   1.000000000000e+00
    f_tp2_pp2__tp4_pp1_b128  structure__pair_tp2_pp2_tp4_pp1_b128   1.000000000000e+00
    f_tp2_pp2__tp4_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp4_pp1_b256  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp4_pp1_b256  structure__decode_cap_tp4_pp1_b256   1.000000000000e+00
    f_tp2_pp2__tp4_pp1_b256  structure__pair_tp2_pp2_tp4_pp1_b256   1.000000000000e+00
    f_tp2_pp2__tp4_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp4_pp1_b64  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp4_pp1_b64  structure__decode_cap_tp4_pp1_b64   1.000000000000e+00
    f_tp2_pp2__tp4_pp1_b64  structure__pair_tp2_pp2_tp4_pp1_b64   1.000000000000e+00
    f_tp2_pp2__tp4_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp4_pp2_b128  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp4_pp2_b128  structure__decode_cap_tp4_pp2_b128   1.000000000000e+00
    f_tp2_pp2__tp4_pp2_b128  structure__pair_tp2_pp2_tp4_pp2_b128   1.000000000000e+00
    f_tp2_pp2__tp4_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp4_pp2_b256  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp4_pp2_b256  structure__decode_cap_tp4_pp2_b256   1.000000000000e+00
    f_tp2_pp2__tp4_pp2_b256  structure__pair_tp2_pp2_tp4_pp2_b256   1.000000000000e+00
    f_tp2_pp2__tp4_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp4_pp2_b64  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp4_pp2_b64  structure__decode_cap_tp4_pp2_b64   1.000000000000e+00
    f_tp2_pp2__tp4_pp2_b64  structure__pair_tp2_pp2_tp4_pp2_b64   1.000000000000e+00
    f_tp2_pp2__tp4_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp8_pp1_b128  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp8_pp1_b128  structure__decode_cap_tp8_pp1_b128   1.000000000000e+00
    f_tp2_pp2__tp8_pp1_b128  structure__pair_tp2_pp2_tp8_pp1_b128   1.000000000000e+00
    f_tp2_pp2__tp8_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp8_pp1_b256  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp8_pp1_b256  structure__decode_cap_tp8_pp1_b256   1.000000000000e+00
    f_tp2_pp2__tp8_pp1_b256  structure__pair_tp2_pp2_tp8_pp1_b256   1.000000000000e+00
    f_tp2_pp2__tp8_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp8_pp1_b64  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp8_pp1_b64  structure__decode_cap_tp8_pp1_b64   1.000000000000e+00
    f_tp2_pp2__tp8_pp1_b64  structure__pair_tp2_pp2_tp8_pp1_b64   1.000000000000e+00
    f_tp2_pp2__tp8_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp1_pp1_b128  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp1_pp1_b128  structure__decode_cap_tp1_pp1_b128   1.000000000000e+00
    f_tp4_pp1__tp1_pp1_b128  structure__pair_tp4_pp1_tp1_pp1_b128   1.000000000000e+00
    f_tp4_pp1__tp1_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp1_pp1_b256  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp1_pp1_b256  structure__decode_cap_tp1_pp1_b256   1.000000000000e+00
    f_tp4_pp1__tp1_pp1_b256  structure__pair_tp4_pp1_tp1_pp1_b256   1.000000000000e+00
    f_tp4_pp1__tp1_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp1_pp1_b64  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp1_pp1_b64  structure__decode_cap_tp1_pp1_b64   1.000000000000e+00
    f_tp4_pp1__tp1_pp1_b64  structure__pair_tp4_pp1_tp1_pp1_b64   1.000000000000e+00
    f_tp4_pp1__tp1_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp1_pp2_b128  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp1_pp2_b128  structure__decode_cap_tp1_pp2_b128   1.000000000000e+00
    f_tp4_pp1__tp1_pp2_b128  structure__pair_tp4_pp1_tp1_pp2_b128   1.000000000000e+00
    f_tp4_pp1__tp1_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp1_pp2_b256  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp1_pp2_b256  structure__decode_cap_tp1_pp2_b256   1.000000000000e+00
    f_tp4_pp1__tp1_pp2_b256  structure__pair_tp4_pp1_tp1_pp2_b256   1.000000000000e+00
    f_tp4_pp1__tp1_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp1_pp2_b64  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp1_pp2_b64  structure__decode_cap_tp1_pp2_b64   1.000000000000e+00
    f_tp4_pp1__tp1_pp2_b64  structure__pair_tp4_pp1_tp1_pp2_b64   1.000000000000e+00
    f_tp4_pp1__tp1_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp2_pp1_b128  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp2_pp1_b128  structure__decode_cap_tp2_pp1_b128   1.000000000000e+00
    f_tp4_pp1__tp2_pp1_b128  structure__pair_tp4_pp1_tp2_pp1_b128   1.000000000000e+00
    f_tp4_pp1__tp2_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp2_pp1_b256  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp2_pp1_b256  structure__decode_cap_tp2_pp1_b256   1.000000000000e+00
    f_tp4_pp1__tp2_pp1_b256  structure__pair_tp4_pp1_tp2_pp1_b256   1.000000000000e+00
    f_tp4_pp1__tp2_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp2_pp1_b64  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp2_pp1_b64  structure__decode_cap_tp2_pp1_b64   1.000000000000e+00
    f_tp4_pp1__tp2_pp1_b64  structure__pair_tp4_pp1_tp2_pp1_b64   1.000000000000e+00
    f_tp4_pp1__tp2_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp2_pp2_b128  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp2_pp2_b128  structure__decode_cap_tp2_pp2_b128   1.000000000000e+00
    f_tp4_pp1__tp2_pp2_b128  structure__pair_tp4_pp1_tp2_pp2_b128   1.000000000000e+00
    f_tp4_pp1__tp2_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp2_pp2_b256  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp2_pp2_b256  structure__decode_cap_tp2_pp2_b256   1.000000000000e+00
    f_tp4_pp1__tp2_pp2_b256  structure__pair_tp4_pp1_tp2_pp2_b256   1.000000000000e+00
    f_tp4_pp1__tp2_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp2_pp2_b64  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp2_pp2_b64  structure__decode_cap_tp2_pp2_b64   1.000000000000e+00
    f_tp4_pp1__tp2_pp2_b64  structure__pair_tp4_pp1_tp2_pp2_b64   1.000000000000e+00
    f_tp4_pp1__tp2_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp4_pp1_b128  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp4_pp1_b128  structure__decode_cap_tp4_pp1_b128   1.000000000000e+00
    f_tp4_pp1__tp4_pp1_b128  structure__pair_tp4_pp1_tp4_pp1_b128   1.000000000000e+00
    f_tp4_pp1__tp4_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp4_pp1_b256  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp4_pp1_b256  structure__decode_cap_tp4_pp1_b256   1.000000000000e+00
    f_tp4_pp1__tp4_pp1_b256  structure__pair_tp4_pp1_tp4_pp1_b256   1.000000000000e+00
    f_tp4_pp1__tp4_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp4_pp1_b64  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp4_pp1_b64  structure__decode_cap_tp4_pp1_b64   1.000000000000e+00
    f_tp4_pp1__tp4_pp1_b64  structure__pair_tp4_pp1_tp4_pp1_b64   1.000000000000e+00
    f_tp4_pp1__tp4_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp4_pp2_b128  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp4_pp2_b128  structure__decode_cap_tp4_pp2_b128   1.000000000000e+00
    f_tp4_pp1__tp4_pp2_b128  structure__pair_tp4_pp1_tp4_pp2_b128   1.000000000000e+00
    f_tp4_pp1__tp4_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp4_pp2_b256  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp4_pp2_b256  structure__decode_cap_tp4_pp2_b256   1.000000000000e+00
    f_tp4_pp1__tp4_pp2_b256  structure__pair_tp4_pp1_tp4_pp2_b256   1.000000000000e+00
    f_tp4_pp1__tp4_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp4_pp2_b64  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp4_pp2_b64  structure__decode_cap_tp4_pp2_b64   1.000000000000e+00
    f_tp4_pp1__tp4_pp2_b64  structure__pair_tp4_pp1_tp4_pp2_b64   1.000000000000e+00
    f_tp4_pp1__tp4_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp8_pp1_b128  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp8_pp1_b128  structure__decode_cap_tp8_pp1_b128   1.000000000000e+00
    f_tp4_pp1__tp8_pp1_b128  structure__pair_tp4_pp1_tp8_pp1_b128   1.000000000000e+00
    f_tp4_pp1__tp8_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp8_pp1_b256  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp8_pp1_b256  structure__decode_cap_tp8_pp1_b256   1.000000000000e+00
    f_tp4_pp1__tp8_pp1_b256  structure__pair_tp4_pp1_tp8_pp1_b256   1.000000000000e+00
    f_tp4_pp1__tp8_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp8_pp1_b64  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp8_pp1_b64  structure__decode_cap_tp8_pp1_b64   1.000000000000e+00
    f_tp4_pp1__tp8_pp1_b64  structure__pair_tp4_pp1_tp8_pp1_b64   1.000000000000e+00
    f_tp4_pp1__tp8_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp1_pp1_b128  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp1_pp1_b128  structure__decode_cap_tp1_pp1_b128   1.000000000000e+00
    f_tp4_pp2__tp1_pp1_b128  structure__pair_tp4_pp2_tp1_pp1_b128   1.000000000000e+00
    f_tp4_pp2__tp1_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp1_pp1_b256  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp1_pp1_b256  structure__decode_cap_tp1_pp1_b256   1.000000000000e+00
    f_tp4_pp2__tp1_pp1_b256  structure__pair_tp4_pp2_tp1_pp1_b256   1.000000000000e+00
    f_tp4_pp2__tp1_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp1_pp1_b64  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp1_pp1_b64  structure__decode_cap_tp1_pp1_b64   1.000000000000e+00
    f_tp4_pp2__tp1_pp1_b64  structure__pair_tp4_pp2_tp1_pp1_b64   1.000000000000e+00
    f_tp4_pp2__tp1_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp1_pp2_b128  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp1_pp2_b128  structure__decode_cap_tp1_pp2_b128   1.000000000000e+00
    f_tp4_pp2__tp1_pp2_b128  structure__pair_tp4_pp2_tp1_pp2_b128   1.000000000000e+00
    f_tp4_pp2__tp1_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp1_pp2_b256  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp1_pp2_b256  structure__decode_cap_tp1_pp2_b256   1.000000000000e+00
    f_tp4_pp2__tp1_pp2_b256  structure__pair_tp4_pp2_tp1_pp2_b256   1.000000000000e+00
    f_tp4_pp2__tp1_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp1_pp2_b64  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp1_pp2_b64  structure__decode_cap_tp1_pp2_b64   1.000000000000e+00
    f_tp4_pp2__tp1_pp2_b64  structure__pair_tp4_pp2_tp1_pp2_b64   1.000000000000e+00
    f_tp4_pp2__tp1_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp2_pp1_b128  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp2_pp1_b128  structure__decode_cap_tp2_pp1_b128   1.000000000000e+00
    f_tp4_pp2__tp2_pp1_b128  structure__pair_tp4_pp2_tp2_pp1_b128   1.000000000000e+00
    f_tp4_pp2__tp2_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp2_pp1_b256  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp2_pp1_b256  structure__decode_cap_tp2_pp1_b256   1.000000000000e+00
    f_tp4_pp2__tp2_pp1_b256  structure__pair_tp4_pp2_tp2_pp1_b256   1.000000000000e+00
    f_tp4_pp2__tp2_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp2_pp1_b64  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp2_pp1_b64  structure__decode_cap_tp2_pp1_b64   1.000000000000e+00
    f_tp4_pp2__tp2_pp1_b64  structure__pair_tp4_pp2_tp2_pp1_b64   1.000000000000e+00
    f_tp4_pp2__tp2_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp2_pp2_b128  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp2_pp2_b128  structure__decode_cap_tp2_pp2_b128   1.000000000000e+00
    f_tp4_pp2__tp2_pp2_b128  structure__pair_tp4_pp2_tp2_pp2_b128   1.000000000000e+00
    f_tp4_pp2__tp2_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp2_pp2_b256  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp2_pp2_b256  structure__decode_cap_tp2_pp2_b256   1.000000000000e+00
    f_tp4_pp2__tp2_pp2_b256  structure__pair_tp4_pp2_tp2_pp2_b256   1.000000000000e+00
    f_tp4_pp2__tp2_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp2_pp2_b64  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp2_pp2_b64  structure__decode_cap_tp2_pp2_b64   1.000000000000e+00
    f_tp4_pp2__tp2_pp2_b64  structure__pair_tp4_pp2_tp2_pp2_b64   1.000000000000e+00
    f_tp4_pp2__tp2_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp4_pp1_b128  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp4_pp1_b128  structure__decode_cap_tp4_pp1_b128   1.000000000000e+00
    f_tp4_pp2__tp4_pp1_b128  structure__pair_tp4_pp2_tp4_pp1_b128   1.000000000000e+00
    f_tp4_pp2__tp4_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp4_pp1_b256  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp4_pp1_b256  structure__decode_cap_tp4_pp1_b256   1.000000000000e+00
    f_tp4_pp2__tp4_pp1_b256  structure__pair_tp4_pp2_tp4_pp1_b256   1.000000000000e+00
    f_tp4_pp2__tp4_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp4_pp1_b64  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp4_pp1_b64  structure__decode_cap_tp4_pp1_b64   1.000000000000e+00
    f_tp4_pp2__tp4_pp1_b64  structure__pair_tp4_pp2_tp4_pp1_b64   1.000000000000e+00
    f_tp4_pp2__tp4_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp4_pp2_b128  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp4_pp2_b128  structure__decode_cap_tp4_pp2_b128   1.000000000000e+00
    f_tp4_pp2__tp4_pp2_b128  structure__pair_tp4_pp2_tp4_pp2_b128   1.000000000000e+00
    f_tp4_pp2__tp4_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp4_pp2_b256  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp4_pp2_b256  structure__decode_cap_tp4_pp2_b256   1.000000000000e+00
    f_tp4_pp2__tp4_pp2_b256  structure__pair_tp4_pp2_tp4_pp2_b256   1.000000000000e+00
    f_tp4_pp2__tp4_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp4_pp2_b64  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp4_pp2_b64  structure__decode_cap_tp4_pp2_b64   1.000000000000e+00
    f_tp4_pp2__tp4_pp2_b64  structure__pair_tp4_pp2_tp4_pp2_b64   1.000000000000e+00
    f_tp4_pp2__tp4_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp8_pp1_b128  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp8_pp1_b128  structure__decode_cap_tp8_pp1_b128   1.000000000000e+00
    f_tp4_pp2__tp8_pp1_b128  structure__pair_tp4_pp2_tp8_pp1_b128   1.000000000000e+00
    f_tp4_pp2__tp8_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp8_pp1_b256  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp8_pp1_b256  structure__decode_cap_tp8_pp1_b256   1.000000000000e+00
    f_tp4_pp2__tp8_pp1_b256  structure__pair_tp4_pp2_tp8_pp1_b256   1.000000000000e+00
    f_tp4_pp2__tp8_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp8_pp1_b64  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp8_pp1_b64  structure__decode_cap_tp8_pp1_b64   1.000000000000e+00
    f_tp4_pp2__tp8_pp1_b64  structure__pair_tp4_pp2_tp8_pp1_b64   1.000000000000e+00
    f_tp4_pp2__tp8_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp1_pp1_b128  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp1_pp1_b128  structure__decode_cap_tp1_pp1_b128   1.000000000000e+00
    f_tp8_pp1__tp1_pp1_b128  structure__pair_tp8_pp1_tp1_pp1_b128   1.000000000000e+00
    f_tp8_pp1__tp1_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp1_pp1_b256  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp1_pp1_b256  structure__decode_cap_tp1_pp1_b256   1.000000000000e+00
    f_tp8_pp1__tp1_pp1_b256  structure__pair_tp8_pp1_tp1_pp1_b256   1.000000000000e+00
    f_tp8_pp1__tp1_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp1_pp1_b64  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp1_pp1_b64  structure__decode_cap_tp1_pp1_b64   1.000000000000e+00
    f_tp8_pp1__tp1_pp1_b64  structure__pair_tp8_pp1_tp1_pp1_b64   1.000000000000e+00
    f_tp8_pp1__tp1_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp1_pp2_b128  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp1_pp2_b128  structure__decode_cap_tp1_pp2_b128   1.000000000000e+00
    f_tp8_pp1__tp1_pp2_b128  structure__pair_tp8_pp1_tp1_pp2_b128   1.000000000000e+00
    f_tp8_pp1__tp1_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp1_pp2_b256  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp1_pp2_b256  structure__decode_cap_tp1_pp2_b256   1.000000000000e+00
    f_tp8_pp1__tp1_pp2_b256  structure__pair_tp8_pp1_tp1_pp2_b256   1.000000000000e+00
    f_tp8_pp1__tp1_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp1_pp2_b64  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp1_pp2_b64  structure__decode_cap_tp1_pp2_b64   1.000000000000e+00
    f_tp8_pp1__tp1_pp2_b64  structure__pair_tp8_pp1_tp1_pp2_b64   1.000000000000e+00
    f_tp8_pp1__tp1_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp2_pp1_b128  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp2_pp1_b128  structure__decode_cap_tp2_pp1_b128   1.000000000000e+00
    f_tp8_pp1__tp2_pp1_b128  structure__pair_tp8_pp1_tp2_pp1_b128   1.000000000000e+00
    f_tp8_pp1__tp2_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp2_pp1_b256  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp2_pp1_b256  structure__decode_cap_tp2_pp1_b256   1.000000000000e+00
    f_tp8_pp1__tp2_pp1_b256  structure__pair_tp8_pp1_tp2_pp1_b256   1.000000000000e+00
    f_tp8_pp1__tp2_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp2_pp1_b64  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp2_pp1_b64  structure__decode_cap_tp2_pp1_b64   1.000000000000e+00
    f_tp8_pp1__tp2_pp1_b64  structure__pair_tp8_pp1_tp2_pp1_b64   1.000000000000e+00
    f_tp8_pp1__tp2_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp2_pp2_b128  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp2_pp2_b128  structure__decode_cap_tp2_pp2_b128   1.000000000000e+00
    f_tp8_pp1__tp2_pp2_b128  structure__pair_tp8_pp1_tp2_pp2_b128   1.000000000000e+00
    f_tp8_pp1__tp2_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp2_pp2_b256  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp2_pp2_b256  structure__decode_cap_tp2_pp2_b256   1.000000000000e+00
    f_tp8_pp1__tp2_pp2_b256  structure__pair_tp8_pp1_tp2_pp2_b256   1.000000000000e+00
    f_tp8_pp1__tp2_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp2_pp2_b64  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp2_pp2_b64  structure__decode_cap_tp2_pp2_b64   1.000000000000e+00
    f_tp8_pp1__tp2_pp2_b64  structure__pair_tp8_pp1_tp2_pp2_b64   1.000000000000e+00
    f_tp8_pp1__tp2_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp4_pp1_b128  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp4_pp1_b128  structure__decode_cap_tp4_pp1_b128   1.000000000000e+00
    f_tp8_pp1__tp4_pp1_b128  structure__pair_tp8_pp1_tp4_pp1_b128   1.000000000000e+00
    f_tp8_pp1__tp4_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp4_pp1_b256  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp4_pp1_b256  structure__decode_cap_tp4_pp1_b256   1.000000000000e+00
    f_tp8_pp1__tp4_pp1_b256  structure__pair_tp8_pp1_tp4_pp1_b256   1.000000000000e+00
    f_tp8_pp1__tp4_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp4_pp1_b64  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp4_pp1_b64  structure__decode_cap_tp4_pp1_b64   1.000000000000e+00
    f_tp8_pp1__tp4_pp1_b64  structure__pair_tp8_pp1_tp4_pp1_b64   1.000000000000e+00
    f_tp8_pp1__tp4_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp4_pp2_b128  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp4_pp2_b128  structure__decode_cap_tp4_pp2_b128   1.000000000000e+00
    f_tp8_pp1__tp4_pp2_b128  structure__pair_tp8_pp1_tp4_pp2_b128   1.000000000000e+00
    f_tp8_pp1__tp4_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp4_pp2_b256  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp4_pp2_b256  structure__decode_cap_tp4_pp2_b256   1.000000000000e+00
    f_tp8_pp1__tp4_pp2_b256  structure__pair_tp8_pp1_tp4_pp2_b256   1.000000000000e+00
    f_tp8_pp1__tp4_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp4_pp2_b64  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp4_pp2_b64  structure__decode_cap_tp4_pp2_b64   1.000000000000e+00
    f_tp8_pp1__tp4_pp2_b64  structure__pair_tp8_pp1_tp4_pp2_b64   1.000000000000e+00
    f_tp8_pp1__tp4_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp8_pp1_b128  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp8_pp1_b128  structure__decode_cap_tp8_pp1_b128   1.000000000000e+00
    f_tp8_pp1__tp8_pp1_b128  structure__pair_tp8_pp1_tp8_pp1_b128   1.000000000000e+00
    f_tp8_pp1__tp8_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp8_pp1_b256  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp8_pp1_b256  structure__decode_cap_tp8_pp1_b256   1.000000000000e+00
    f_tp8_pp1__tp8_pp1_b256  structure__pair_tp8_pp1_tp8_pp1_b256   1.000000000000e+00
    f_tp8_pp1__tp8_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp8_pp1_b64  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp8_pp1_b64  structure__decode_cap_tp8_pp1_b64   1.000000000000e+00
    f_tp8_pp1__tp8_pp1_b64  structure__pair_tp8_pp1_tp8_pp1_b64   1.000000000000e+00
    f_tp8_pp1__tp8_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp1_pp1_b128  structure__use_decode_tp1_pp1_b128   1.000000000000e+00
    n_dec_tp1_pp1_b128  structure__decode_cap_tp1_pp1_b128  -7.290000000000e+02
    n_dec_tp1_pp1_b128  gpus__total   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp1_pp1_b256  structure__use_decode_tp1_pp1_b256   1.000000000000e+00
    n_dec_tp1_pp1_b256  structure__decode_cap_tp1_pp1_b256  -1.535000000000e+03
    n_dec_tp1_pp1_b256  gpus__total   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp1_pp1_b64  structure__use_decode_tp1_pp1_b64   1.000000000000e+00
    n_dec_tp1_pp1_b64  structure__decode_cap_tp1_pp1_b64  -5.820000000000e+02
    n_dec_tp1_pp1_b64  gpus__total   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp1_pp2_b128  structure__use_decode_tp1_pp2_b128   1.000000000000e+00
    n_dec_tp1_pp2_b128  structure__decode_cap_tp1_pp2_b128  -2.343000000000e+03
    n_dec_tp1_pp2_b128  gpus__total   2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp1_pp2_b256  structure__use_decode_tp1_pp2_b256   1.000000000000e+00
    n_dec_tp1_pp2_b256  structure__decode_cap_tp1_pp2_b256  -2.221000000000e+03
    n_dec_tp1_pp2_b256  gpus__total   2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp1_pp2_b64  structure__use_decode_tp1_pp2_b64   1.000000000000e+00
    n_dec_tp1_pp2_b64  structure__decode_cap_tp1_pp2_b64  -8.650000000000e+02
    n_dec_tp1_pp2_b64  gpus__total   2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp2_pp1_b128  structure__use_decode_tp2_pp1_b128   1.000000000000e+00
    n_dec_tp2_pp1_b128  structure__decode_cap_tp2_pp1_b128  -7.470000000000e+02
    n_dec_tp2_pp1_b128  gpus__total   2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp2_pp1_b256  structure__use_decode_tp2_pp1_b256   1.000000000000e+00
    n_dec_tp2_pp1_b256  structure__decode_cap_tp2_pp1_b256  -1.660000000000e+03
    n_dec_tp2_pp1_b256  gpus__total   2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp2_pp1_b64  structure__use_decode_tp2_pp1_b64   1.000000000000e+00
    n_dec_tp2_pp1_b64  structure__decode_cap_tp2_pp1_b64  -1.684000000000e+03
    n_dec_tp2_pp1_b64  gpus__total   2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp2_pp2_b128  structure__use_decode_tp2_pp2_b128   1.000000000000e+00
    n_dec_tp2_pp2_b128  structure__decode_cap_tp2_pp2_b128  -2.821000000000e+03
    n_dec_tp2_pp2_b128  gpus__total   4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp2_pp2_b256  structure__use_decode_tp2_pp2_b256   1.000000000000e+00
    n_dec_tp2_pp2_b256  structure__decode_cap_tp2_pp2_b256  -7.593000000000e+03
    n_dec_tp2_pp2_b256  gpus__total   4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp2_pp2_b64  structure__use_decode_tp2_pp2_b64   1.000000000000e+00
    n_dec_tp2_pp2_b64  structure__decode_cap_tp2_pp2_b64  -1.903000000000e+03
    n_dec_tp2_pp2_b64  gpus__total   4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp4_pp1_b128  structure__use_decode_tp4_pp1_b128   1.000000000000e+00
    n_dec_tp4_pp1_b128  structure__decode_cap_tp4_pp1_b128  -1.878000000000e+03
    n_dec_tp4_pp1_b128  gpus__total   4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp4_pp1_b256  structure__use_decode_tp4_pp1_b256   1.000000000000e+00
    n_dec_tp4_pp1_b256  structure__decode_cap_tp4_pp1_b256  -2.251000000000e+03
    n_dec_tp4_pp1_b256  gpus__total   4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp4_pp1_b64  structure__use_decode_tp4_pp1_b64   1.000000000000e+00
    n_dec_tp4_pp1_b64  structure__decode_cap_tp4_pp1_b64  -2.289000000000e+03
    n_dec_tp4_pp1_b64  gpus__total   4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp4_pp2_b128  structure__use_decode_tp4_pp2_b128   1.000000000000e+00
    n_dec_tp4_pp2_b128  structure__decode_cap_tp4_pp2_b128  -8.683000000000e+03
    n_dec_tp4_pp2_b128  gpus__total   8.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp4_pp2_b256  structure__use_decode_tp4_pp2_b256   1.000000000000e+00
    n_dec_tp4_pp2_b256  structure__decode_cap_tp4_pp2_b256  -4.712000000000e+03
    n_dec_tp4_pp2_b256  gpus__total   8.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp4_pp2_b64  structure__use_decode_tp4_pp2_b64   1.000000000000e+00
    n_dec_tp4_pp2_b64  structure__decode_cap_tp4_pp2_b64  -6.057000000000e+03
    n_dec_tp4_pp2_b64  gpus__total   8.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp8_pp1_b128  structure__use_decode_tp8_pp1_b128   1.000000000000e+00
    n_dec_tp8_pp1_b128  structure__decode_cap_tp8_pp1_b128  -5.182000000000e+03
    n_dec_tp8_pp1_b128  gpus__total   8.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp8_pp1_b256  structure__use_decode_tp8_pp1_b256   1.000000000000e+00
    n_dec_tp8_pp1_b256  structure__decode_cap_tp8_pp1_b256  -1.397000000000e+04
    n_dec_tp8_pp1_b256  gpus__total   8.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp8_pp1_b64  structure__use_decode_tp8_pp1_b64   1.000000000000e+00
    n_dec_tp8_pp1_b64  structure__decode_cap_tp8_pp1_b64  -3.845000000000e+03
    n_dec_tp8_pp1_b64  gpus__total   8.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_pre_tp1_pp1  structure__use_prefill_tp1_pp1   1.000000000000e+00
    n_pre_tp1_pp1  structure__prefill_cap_tp1_pp1  -2.910000000000e+03
    n_pre_tp1_pp1  gpus__total   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_pre_tp1_pp2  structure__use_prefill_tp1_pp2   1.000000000000e+00
    n_pre_tp1_pp2  structure__prefill_cap_tp1_pp2  -6.433000000000e+03
    n_pre_tp1_pp2  gpus__total   2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_pre_tp2_pp1  structure__use_prefill_tp2_pp1   1.000000000000e+00
    n_pre_tp2_pp1  structure__prefill_cap_tp2_pp1  -6.975000000000e+03
    n_pre_tp2_pp1  gpus__total   2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_pre_tp2_pp2  structure__use_prefill_tp2_pp2   1.000000000000e+00
    n_pre_tp2_pp2  structure__prefill_cap_tp2_pp2  -3.778000000000e+03
    n_pre_tp2_pp2  gpus__total   4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_pre_tp4_pp1  structure__use_prefill_tp4_pp1   1.000000000000e+00
    n_pre_tp4_pp1  structure__prefill_cap_tp4_pp1  -5.317000000000e+03
    n_pre_tp4_pp1  gpus__total   4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_pre_tp4_pp2  structure__use_prefill_tp4_pp2   1.000000000000e+00
    n_pre_tp4_pp2  structure__prefill_cap_tp4_pp2  -1.991800000000e+04
    n_pre_tp4_pp2  gpus__total   8.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_pre_tp8_pp1  structure__use_prefill_tp8_pp1   1.000000000000e+00
    n_pre_tp8_pp1  structure__prefill_cap_tp8_pp1  -1.397700000000e+04
    n_pre_tp8_pp1  gpus__total   8.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    served_units  structure__served   1.000000000000e+00
    served_units  link__kv   3.325020544664e-04
    served_units  OBJ        1.000000000000e-03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp1_pp1_b128  structure__use_decode_tp1_pp1_b128  -8.000000000000e+00
    u_dec_tp1_pp1_b128  memory__decode_tp1_pp1_b128   1.646933481911e+02
    u_dec_tp1_pp1_b128  slo__tpot_tp1_pp1_b128   4.857649153649e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp1_pp1_b256  structure__use_decode_tp1_pp1_b256  -8.000000000000e+00
    u_dec_tp1_pp1_b256  memory__decode_tp1_pp1_b256   1.876303370374e+02
    u_dec_tp1_pp1_b256  slo__tpot_tp1_pp1_b256   4.868398497524e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp1_pp1_b64  structure__use_decode_tp1_pp1_b64  -8.000000000000e+00
    u_dec_tp1_pp1_b64  memory__decode_tp1_pp1_b64   1.551660005568e+02
    u_dec_tp1_pp1_b64  slo__tpot_tp1_pp1_b64   4.886245182091e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp1_pp2_b128  structure__use_decode_tp1_pp2_b128  -4.000000000000e+00
    u_dec_tp1_pp2_b128  memory__decode_tp1_pp2_b128   8.251993391214e+01
    u_dec_tp1_pp2_b128  slo__tpot_tp1_pp2_b128   3.153211044969e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp1_pp2_b256  structure__use_decode_tp1_pp2_b256  -4.000000000000e+00
    u_dec_tp1_pp2_b256  memory__decode_tp1_pp2_b256   9.399999915474e+01
    u_dec_tp1_pp2_b256  slo__tpot_tp1_pp2_b256   3.948713484654e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp1_pp2_b64  structure__use_decode_tp1_pp2_b64  -4.000000000000e+00
    u_dec_tp1_pp2_b64  memory__decode_tp1_pp2_b64   7.803295310442e+01
    u_dec_tp1_pp2_b64  slo__tpot_tp1_pp2_b64   2.085169260458e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp2_pp1_b128  structure__use_decode_tp2_pp1_b128  -4.000000000000e+00
    u_dec_tp2_pp1_b128  memory__decode_tp2_pp1_b128   8.472516493141e+01
    u_dec_tp2_pp1_b128  slo__tpot_tp2_pp1_b128   5.006090813930e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp2_pp1_b256  structure__use_decode_tp2_pp1_b256  -4.000000000000e+00
    u_dec_tp2_pp1_b256  memory__decode_tp2_pp1_b256   9.390344412230e+01
    u_dec_tp2_pp1_b256  slo__tpot_tp2_pp1_b256   6.840509619645e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp2_pp1_b64  structure__use_decode_tp2_pp1_b64  -4.000000000000e+00
    u_dec_tp2_pp1_b64  memory__decode_tp2_pp1_b64   7.855149643853e+01
    u_dec_tp2_pp1_b64  slo__tpot_tp2_pp1_b64   1.930303918914e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp2_pp2_b128  structure__use_decode_tp2_pp2_b128  -2.000000000000e+00
    u_dec_tp2_pp2_b128  memory__decode_tp2_pp2_b128   4.466722452018e+01
    u_dec_tp2_pp2_b128  slo__tpot_tp2_pp2_b128   4.143354105972e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp2_pp2_b256  structure__use_decode_tp2_pp2_b256  -2.000000000000e+00
    u_dec_tp2_pp2_b256  memory__decode_tp2_pp2_b256   4.963705654487e+01
    u_dec_tp2_pp2_b256  slo__tpot_tp2_pp2_b256   4.608867784474e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp2_pp2_b64  structure__use_decode_tp2_pp2_b64  -2.000000000000e+00
    u_dec_tp2_pp2_b64  memory__decode_tp2_pp2_b64   4.034065494330e+01
    u_dec_tp2_pp2_b64  slo__tpot_tp2_pp2_b64   4.169241296694e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp4_pp1_b128  structure__use_decode_tp4_pp1_b128  -2.000000000000e+00
    u_dec_tp4_pp1_b128  memory__decode_tp4_pp1_b128   4.277726550921e+01
    u_dec_tp4_pp1_b128  slo__tpot_tp4_pp1_b128   4.427322166163e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp4_pp1_b256  structure__use_decode_tp4_pp1_b256  -2.000000000000e+00
    u_dec_tp4_pp1_b256  memory__decode_tp4_pp1_b256   5.014533366815e+01
    u_dec_tp4_pp1_b256  slo__tpot_tp4_pp1_b256   4.479453405078e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp4_pp1_b64  structure__use_decode_tp4_pp1_b64  -2.000000000000e+00
    u_dec_tp4_pp1_b64  memory__decode_tp4_pp1_b64   4.085695213610e+01
    u_dec_tp4_pp1_b64  slo__tpot_tp4_pp1_b64   1.746740332047e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp4_pp2_b128  structure__use_decode_tp4_pp2_b128  -1.000000000000e+00
    u_dec_tp4_pp2_b128  memory__decode_tp4_pp2_b128   2.421259804107e+01
    u_dec_tp4_pp2_b128  slo__tpot_tp4_pp2_b128   4.556244454220e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp4_pp2_b256  structure__use_decode_tp4_pp2_b256  -1.000000000000e+00
    u_dec_tp4_pp2_b256  memory__decode_tp4_pp2_b256   2.685174167163e+01
    u_dec_tp4_pp2_b256  slo__tpot_tp4_pp2_b256   5.974713935350e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp4_pp2_b64  structure__use_decode_tp4_pp2_b64  -1.000000000000e+00
    u_dec_tp4_pp2_b64  memory__decode_tp4_pp2_b64   1.996460266601e+01
    u_dec_tp4_pp2_b64  slo__tpot_tp4_pp2_b64   3.419815474812e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp8_pp1_b128  structure__use_decode_tp8_pp1_b128  -1.000000000000e+00
    u_dec_tp8_pp1_b128  memory__decode_tp8_pp1_b128   2.347439613621e+01
    u_dec_tp8_pp1_b128  slo__tpot_tp8_pp1_b128   3.039773464816e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp8_pp1_b256  structure__use_decode_tp8_pp1_b256  -1.000000000000e+00
    u_dec_tp8_pp1_b256  memory__decode_tp8_pp1_b256   2.636898035570e+01
    u_dec_tp8_pp1_b256  slo__tpot_tp8_pp1_b256   1.820561784236e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp8_pp1_b64  structure__use_decode_tp8_pp1_b64  -1.000000000000e+00
    u_dec_tp8_pp1_b64  memory__decode_tp8_pp1_b64   2.227784085326e+01
    u_dec_tp8_pp1_b64  slo__tpot_tp8_pp1_b64   1.887090072707e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp1_pp1  structure__use_prefill_tp1_pp1  -8.000000000000e+00
    u_pre_tp1_pp1  memory__prefill_tp1_pp1   1.546386236517e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp1_pp2  structure__use_prefill_tp1_pp2  -4.000000000000e+00
    u_pre_tp1_pp2  memory__prefill_tp1_pp2   8.361986310481e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp2_pp1  structure__use_prefill_tp2_pp1  -4.000000000000e+00
    u_pre_tp2_pp1  memory__prefill_tp2_pp1   8.833044147510e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp2_pp2  structure__use_prefill_tp2_pp2  -2.000000000000e+00
    u_pre_tp2_pp2  memory__prefill_tp2_pp2   4.958876449555e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp4_pp1  structure__use_prefill_tp4_pp1  -2.000000000000e+00
    u_pre_tp4_pp1  memory__prefill_tp4_pp1   4.569378143772e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp4_pp2  structure__use_prefill_tp4_pp2  -1.000000000000e+00
    u_pre_tp4_pp2  memory__prefill_tp4_pp2   3.121555955296e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp8_pp1  structure__use_prefill_tp8_pp1  -1.000000000000e+00
    u_pre_tp8_pp1  memory__prefill_tp8_pp1   3.269813852940e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp1_pp1_b128  structure__pair_tp1_pp1_tp1_pp1_b128  -5.832000000000e+03
    z_tp1_pp1__tp1_pp1_b128  slo__ttft_tp1_pp1_tp1_pp1_b128   4.478352215545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp1_pp1_b256  structure__pair_tp1_pp1_tp1_pp1_b256  -7.011000000000e+03
    z_tp1_pp1__tp1_pp1_b256  slo__ttft_tp1_pp1_tp1_pp1_b256   4.478352215545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp1_pp1_b64  structure__pair_tp1_pp1_tp1_pp1_b64  -4.656000000000e+03
    z_tp1_pp1__tp1_pp1_b64  slo__ttft_tp1_pp1_tp1_pp1_b64   4.478352215545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp1_pp2_b128  structure__pair_tp1_pp1_tp1_pp2_b128  -7.011000000000e+03
    z_tp1_pp1__tp1_pp2_b128  slo__ttft_tp1_pp1_tp1_pp2_b128   4.478352215545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp1_pp2_b256  structure__pair_tp1_pp1_tp1_pp2_b256  -7.011000000000e+03
    z_tp1_pp1__tp1_pp2_b256  slo__ttft_tp1_pp1_tp1_pp2_b256   4.478352215545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp1_pp2_b64  structure__pair_tp1_pp1_tp1_pp2_b64  -3.460000000000e+03
    z_tp1_pp1__tp1_pp2_b64  slo__ttft_tp1_pp1_tp1_pp2_b64   4.478352215545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp2_pp1_b128  structure__pair_tp1_pp1_tp2_pp1_b128  -2.988000000000e+03
    z_tp1_pp1__tp2_pp1_b128  slo__ttft_tp1_pp1_tp2_pp1_b128   4.478352215545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp2_pp1_b256  structure__pair_tp1_pp1_tp2_pp1_b256  -6.640000000000e+03
    z_tp1_pp1__tp2_pp1_b256  slo__ttft_tp1_pp1_tp2_pp1_b256   4.478352215545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp2_pp1_b64  structure__pair_tp1_pp1_tp2_pp1_b64  -6.736000000000e+03
    z_tp1_pp1__tp2_pp1_b64  slo__ttft_tp1_pp1_tp2_pp1_b64   4.478352215545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp2_pp2_b128  structure__pair_tp1_pp1_tp2_pp2_b128  -5.642000000000e+03
    z_tp1_pp1__tp2_pp2_b128  slo__ttft_tp1_pp1_tp2_pp2_b128   4.478352215545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp2_pp2_b256  structure__pair_tp1_pp1_tp2_pp2_b256  -7.011000000000e+03
    z_tp1_pp1__tp2_pp2_b256  slo__ttft_tp1_pp1_tp2_pp2_b256   4.478352215545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp2_pp2_b64  structure__pair_tp1_pp1_tp2_pp2_b64  -3.806000000000e+03
    z_tp1_pp1__tp2_pp2_b64  slo__ttft_tp1_pp1_tp2_pp2_b64   4.478352215545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp4_pp1_b128  structure__pair_tp1_pp1_tp4_pp1_b128  -3.756000000000e+03
    z_tp1_pp1__tp4_pp1_b128  slo__ttft_tp1_pp1_tp4_pp1_b128   4.478352215545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp4_pp1_b256  structure__pair_tp1_pp1_tp4_pp1_b256  -4.502000000000e+03
    z_tp1_pp1__tp4_pp1_b256  slo__ttft_tp1_pp1_tp4_pp1_b256   4.478352215545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp4_pp1_b64  structure__pair_tp1_pp1_tp4_pp1_b64  -4.578000000000e+03
    z_tp1_pp1__tp4_pp1_b64  slo__ttft_tp1_pp1_tp4_pp1_b64   4.478352215545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp4_pp2_b128  structure__pair_tp1_pp1_tp4_pp2_b128  -7.011000000000e+03
    z_tp1_pp1__tp4_pp2_b128  slo__ttft_tp1_pp1_tp4_pp2_b128   4.478352215545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp4_pp2_b256  structure__pair_tp1_pp1_tp4_pp2_b256  -4.712000000000e+03
    z_tp1_pp1__tp4_pp2_b256  slo__ttft_tp1_pp1_tp4_pp2_b256   4.478352215545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp4_pp2_b64  structure__pair_tp1_pp1_tp4_pp2_b64  -6.057000000000e+03
    z_tp1_pp1__tp4_pp2_b64  slo__ttft_tp1_pp1_tp4_pp2_b64   4.478352215545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp8_pp1_b128  structure__pair_tp1_pp1_tp8_pp1_b128  -5.182000000000e+03
    z_tp1_pp1__tp8_pp1_b128  slo__ttft_tp1_pp1_tp8_pp1_b128   4.478352215545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp8_pp1_b256  structure__pair_tp1_pp1_tp8_pp1_b256  -7.011000000000e+03
    z_tp1_pp1__tp8_pp1_b256  slo__ttft_tp1_pp1_tp8_pp1_b256   4.478352215545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp8_pp1_b64  structure__pair_tp1_pp1_tp8_pp1_b64  -3.845000000000e+03
    z_tp1_pp1__tp8_pp1_b64  slo__ttft_tp1_pp1_tp8_pp1_b64   4.478352215545e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp1_pp1_b128  structure__pair_tp1_pp2_tp1_pp1_b128  -5.832000000000e+03
    z_tp1_pp2__tp1_pp1_b128  slo__ttft_tp1_pp2_tp1_pp1_b128   1.020865359598e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp1_pp1_b256  structure__pair_tp1_pp2_tp1_pp1_b256  -7.011000000000e+03
    z_tp1_pp2__tp1_pp1_b256  slo__ttft_tp1_pp2_tp1_pp1_b256   1.020865359598e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp1_pp1_b64  structure__pair_tp1_pp2_tp1_pp1_b64  -4.656000000000e+03
    z_tp1_pp2__tp1_pp1_b64  slo__ttft_tp1_pp2_tp1_pp1_b64   1.020865359598e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp1_pp2_b128  structure__pair_tp1_pp2_tp1_pp2_b128  -7.011000000000e+03
    z_tp1_pp2__tp1_pp2_b128  slo__ttft_tp1_pp2_tp1_pp2_b128   1.020865359598e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp1_pp2_b256  structure__pair_tp1_pp2_tp1_pp2_b256  -7.011000000000e+03
    z_tp1_pp2__tp1_pp2_b256  slo__ttft_tp1_pp2_tp1_pp2_b256   1.020865359598e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp1_pp2_b64  structure__pair_tp1_pp2_tp1_pp2_b64  -3.460000000000e+03
    z_tp1_pp2__tp1_pp2_b64  slo__ttft_tp1_pp2_tp1_pp2_b64   1.020865359598e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp2_pp1_b128  structure__pair_tp1_pp2_tp2_pp1_b128  -2.988000000000e+03
    z_tp1_pp2__tp2_pp1_b128  slo__ttft_tp1_pp2_tp2_pp1_b128   1.020865359598e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp2_pp1_b256  structure__pair_tp1_pp2_tp2_pp1_b256  -6.640000000000e+03
    z_tp1_pp2__tp2_pp1_b256  slo__ttft_tp1_pp2_tp2_pp1_b256   1.020865359598e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp2_pp1_b64  structure__pair_tp1_pp2_tp2_pp1_b64  -6.736000000000e+03
    z_tp1_pp2__tp2_pp1_b64  slo__ttft_tp1_pp2_tp2_pp1_b64   1.020865359598e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp2_pp2_b128  structure__pair_tp1_pp2_tp2_pp2_b128  -5.642000000000e+03
    z_tp1_pp2__tp2_pp2_b128  slo__ttft_tp1_pp2_tp2_pp2_b128   1.020865359598e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp2_pp2_b256  structure__pair_tp1_pp2_tp2_pp2_b256  -7.011000000000e+03
    z_tp1_pp2__tp2_pp2_b256  slo__ttft_tp1_pp2_tp2_pp2_b256   1.020865359598e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp2_pp2_b64  structure__pair_tp1_pp2_tp2_pp2_b64  -3.806000000000e+03
    z_tp1_pp2__tp2_pp2_b64  slo__ttft_tp1_pp2_tp2_pp2_b64   1.020865359598e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp4_pp1_b128  structure__pair_tp1_pp2_tp4_pp1_b128  -3.756000000000e+03
    z_tp1_pp2__tp4_pp1_b128  slo__ttft_tp1_pp2_tp4_pp1_b128   1.020865359598e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp4_pp1_b256  structure__pair_tp1_pp2_tp4_pp1_b256  -4.502000000000e+03
    z_tp1_pp2__tp4_pp1_b256  slo__ttft_tp1_pp2_tp4_pp1_b256   1.020865359598e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp4_pp1_b64  structure__pair_tp1_pp2_tp4_pp1_b64  -4.578000000000e+03
    z_tp1_pp2__tp4_pp1_b64  slo__ttft_tp1_pp2_tp4_pp1_b64   1.020865359598e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp4_pp2_b128  structure__pair_tp1_pp2_tp4_pp2_b128  -7.011000000000e+03
    z_tp1_pp2__tp4_pp2_b128  slo__ttft_tp1_pp2_tp4_pp2_b128   1.020865359598e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp4_pp2_b256  structure__pair_tp1_pp2_tp4_pp2_b256  -4.712000000000e+03
    z_tp1_pp2__tp4_pp2_b256  slo__ttft_tp1_pp2_tp4_pp2_b256   1.020865359598e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp4_pp2_b64  structure__pair_tp1_pp2_tp4_pp2_b64  -6.057000000000e+03
    z_tp1_pp2__tp4_pp2_b64  slo__ttft_tp1_pp2_tp4_pp2_b64   1.020865359598e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp8_pp1_b128  structure__pair_tp1_pp2_tp8_pp1_b128  -5.182000000000e+03
    z_tp1_pp2__tp8_pp1_b128  slo__ttft_tp1_pp2_tp8_pp1_b128   1.020865359598e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp8_pp1_b256  structure__pair_tp1_pp2_tp8_pp1_b256  -7.011000000000e+03
    z_tp1_pp2__tp8_pp1_b256  slo__ttft_tp1_pp2_tp8_pp1_b256   1.020865359598e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp8_pp1_b64  structure__pair_tp1_pp2_tp8_pp1_b64  -3.845000000000e+03
    z_tp1_pp2__tp8_pp1_b64  slo__ttft_tp1_pp2_tp8_pp1_b64   1.020865359598e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp1_pp1_b128  structure__pair_tp2_pp1_tp1_pp1_b128  -5.832000000000e+03
    z_tp2_pp1__tp1_pp1_b128  slo__ttft_tp2_pp1_tp1_pp1_b128   8.701980493431e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp1_pp1_b256  structure__pair_tp2_pp1_tp1_pp1_b256  -7.011000000000e+03
    z_tp2_pp1__tp1_pp1_b256  slo__ttft_tp2_pp1_tp1_pp1_b256   8.701980493431e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp1_pp1_b64  structure__pair_tp2_pp1_tp1_pp1_b64  -4.656000000000e+03
    z_tp2_pp1__tp1_pp1_b64  slo__ttft_tp2_pp1_tp1_pp1_b64   8.701980493431e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp1_pp2_b128  structure__pair_tp2_pp1_tp1_pp2_b128  -7.011000000000e+03
    z_tp2_pp1__tp1_pp2_b128  slo__ttft_tp2_pp1_tp1_pp2_b128   8.701980493431e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp1_pp2_b256  structure__pair_tp2_pp1_tp1_pp2_b256  -7.011000000000e+03
    z_tp2_pp1__tp1_pp2_b256  slo__ttft_tp2_pp1_tp1_pp2_b256   8.701980493431e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp1_pp2_b64  structure__pair_tp2_pp1_tp1_pp2_b64  -3.460000000000e+03
    z_tp2_pp1__tp1_pp2_b64  slo__ttft_tp2_pp1_tp1_pp2_b64   8.701980493431e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp2_pp1_b128  structure__pair_tp2_pp1_tp2_pp1_b128  -2.988000000000e+03
    z_tp2_pp1__tp2_pp1_b128  slo__ttft_tp2_pp1_tp2_pp1_b128   8.531378552049e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp2_pp1_b256  structure__pair_tp2_pp1_tp2_pp1_b256  -6.640000000000e+03
    z_tp2_pp1__tp2_pp1_b256  slo__ttft_tp2_pp1_tp2_pp1_b256   8.531378552049e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp2_pp1_b64  structure__pair_tp2_pp1_tp2_pp1_b64  -6.736000000000e+03
    z_tp2_pp1__tp2_pp1_b64  slo__ttft_tp2_pp1_tp2_pp1_b64   8.531378552049e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp2_pp2_b128  structure__pair_tp2_pp1_tp2_pp2_b128  -5.642000000000e+03
    z_tp2_pp1__tp2_pp2_b128  slo__ttft_tp2_pp1_tp2_pp2_b128   8.531378552049e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp2_pp2_b256  structure__pair_tp2_pp1_tp2_pp2_b256  -7.011000000000e+03
    z_tp2_pp1__tp2_pp2_b256  slo__ttft_tp2_pp1_tp2_pp2_b256   8.531378552049e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp2_pp2_b64  structure__pair_tp2_pp1_tp2_pp2_b64  -3.806000000000e+03
    z_tp2_pp1__tp2_pp2_b64  slo__ttft_tp2_pp1_tp2_pp2_b64   8.531378552049e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp4_pp1_b128  structure__pair_tp2_pp1_tp4_pp1_b128  -3.756000000000e+03
    z_tp2_pp1__tp4_pp1_b128  slo__ttft_tp2_pp1_tp4_pp1_b128   8.531378552049e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp4_pp1_b256  structure__pair_tp2_pp1_tp4_pp1_b256  -4.502000000000e+03
    z_tp2_pp1__tp4_pp1_b256  slo__ttft_tp2_pp1_tp4_pp1_b256   8.531378552049e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp4_pp1_b64  structure__pair_tp2_pp1_tp4_pp1_b64  -4.578000000000e+03
    z_tp2_pp1__tp4_pp1_b64  slo__ttft_tp2_pp1_tp4_pp1_b64   8.531378552049e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp4_pp2_b128  structure__pair_tp2_pp1_tp4_pp2_b128  -7.011000000000e+03
    z_tp2_pp1__tp4_pp2_b128  slo__ttft_tp2_pp1_tp4_pp2_b128   8.531378552049e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp4_pp2_b256  structure__pair_tp2_pp1_tp4_pp2_b256  -4.712000000000e+03
    z_tp2_pp1__tp4_pp2_b256  slo__ttft_tp2_pp1_tp4_pp2_b256   8.531378552049e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp4_pp2_b64  structure__pair_tp2_pp1_tp4_pp2_b64  -6.057000000000e+03
    z_tp2_pp1__tp4_pp2_b64  slo__ttft_tp2_pp1_tp4_pp2_b64   8.531378552049e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp8_pp1_b128  structure__pair_tp2_pp1_tp8_pp1_b128  -5.182000000000e+03
    z_tp2_pp1__tp8_pp1_b128  slo__ttft_tp2_pp1_tp8_pp1_b128   8.531378552049e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp8_pp1_b256  structure__pair_tp2_pp1_tp8_pp1_b256  -7.011000000000e+03
    z_tp2_pp1__tp8_pp1_b256  slo__ttft_tp2_pp1_tp8_pp1_b256   8.531378552049e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp8_pp1_b64  structure__pair_tp2_pp1_tp8_pp1_b64  -3.845000000000e+03
    z_tp2_pp1__tp8_pp1_b64  slo__ttft_tp2_pp1_tp8_pp1_b64   8.531378552049e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp1_pp1_b128  structure__pair_tp2_pp2_tp1_pp1_b128  -5.832000000000e+03
    z_tp2_pp2__tp1_pp1_b128  slo__ttft_tp2_pp2_tp1_pp1_b128   6.921891844709e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp1_pp1_b256  structure__pair_tp2_pp2_tp1_pp1_b256  -7.011000000000e+03
    z_tp2_pp2__tp1_pp1_b256  slo__ttft_tp2_pp2_tp1_pp1_b256   6.921891844709e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp1_pp1_b64  structure__pair_tp2_pp2_tp1_pp1_b64  -4.656000000000e+03
    z_tp2_pp2__tp1_pp1_b64  slo__ttft_tp2_pp2_tp1_pp1_b64   6.921891844709e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp1_pp2_b128  structure__pair_tp2_pp2_tp1_pp2_b128  -7.011000000000e+03
    z_tp2_pp2__tp1_pp2_b128  slo__ttft_tp2_pp2_tp1_pp2_b128   6.921891844709e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp1_pp2_b256  structure__pair_tp2_pp2_tp1_pp2_b256  -7.011000000000e+03
    z_tp2_pp2__tp1_pp2_b256  slo__ttft_tp2_pp2_tp1_pp2_b256   6.921891844709e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp1_pp2_b64  structure__pair_tp2_pp2_tp1_pp2_b64  -3.460000000000e+03
    z_tp2_pp2__tp1_pp2_b64  slo__ttft_tp2_pp2_tp1_pp2_b64   6.921891844709e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp2_pp1_b128  structure__pair_tp2_pp2_tp2_pp1_b128  -2.988000000000e+03
    z_tp2_pp2__tp2_pp1_b128  slo__ttft_tp2_pp2_tp2_pp1_b128   6.751289903327e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp2_pp1_b256  structure__pair_tp2_pp2_tp2_pp1_b256  -6.640000000000e+03
    z_tp2_pp2__tp2_pp1_b256  slo__ttft_tp2_pp2_tp2_pp1_b256   6.751289903327e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp2_pp1_b64  structure__pair_tp2_pp2_tp2_pp1_b64  -6.736000000000e+03
    z_tp2_pp2__tp2_pp1_b64  slo__ttft_tp2_pp2_tp2_pp1_b64   6.751289903327e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp2_pp2_b128  structure__pair_tp2_pp2_tp2_pp2_b128  -5.642000000000e+03
    z_tp2_pp2__tp2_pp2_b128  slo__ttft_tp2_pp2_tp2_pp2_b128   6.751289903327e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp2_pp2_b256  structure__pair_tp2_pp2_tp2_pp2_b256  -7.011000000000e+03
    z_tp2_pp2__tp2_pp2_b256  slo__ttft_tp2_pp2_tp2_pp2_b256   6.751289903327e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp2_pp2_b64  structure__pair_tp2_pp2_tp2_pp2_b64  -3.806000000000e+03
    z_tp2_pp2__tp2_pp2_b64  slo__ttft_tp2_pp2_tp2_pp2_b64   6.751289903327e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp4_pp1_b128  structure__pair_tp2_pp2_tp4_pp1_b128  -3.756000000000e+03
    z_tp2_pp2__tp4_pp1_b128  slo__ttft_tp2_pp2_tp4_pp1_b128   6.751289903327e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp4_pp1_b256  structure__pair_tp2_pp2_tp4_pp1_b256  -4.502000000000e+03
    z_tp2_pp2__tp4_pp1_b256  slo__ttft_tp2_pp2_tp4_pp1_b256   6.751289903327e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp4_pp1_b64  structure__pair_tp2_pp2_tp4_pp1_b64  -4.578000000000e+03
    z_tp2_pp2__tp4_pp1_b64  slo__ttft_tp2_pp2_tp4_pp1_b64   6.751289903327e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp4_pp2_b128  structure__pair_tp2_pp2_tp4_pp2_b128  -7.011000000000e+03
    z_tp2_pp2__tp4_pp2_b128  slo__ttft_tp2_pp2_tp4_pp2_b128   6.751289903327e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp4_pp2_b256  structure__pair_tp2_pp2_tp4_pp2_b256  -4.712000000000e+03
    z_tp2_pp2__tp4_pp2_b256  slo__ttft_tp2_pp2_tp4_pp2_b256   6.751289903327e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp4_pp2_b64  structure__pair_tp2_pp2_tp4_pp2_b64  -6.057000000000e+03
    z_tp2_pp2__tp4_pp2_b64  slo__ttft_tp2_pp2_tp4_pp2_b64   6.751289903327e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp8_pp1_b128  structure__pair_tp2_pp2_tp8_pp1_b128  -5.182000000000e+03
    z_tp2_pp2__tp8_pp1_b128  slo__ttft_tp2_pp2_tp8_pp1_b128   6.751289903327e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp8_pp1_b256  structure__pair_tp2_pp2_tp8_pp1_b256  -7.011000000000e+03
    z_tp2_pp2__tp8_pp1_b256  slo__ttft_tp2_pp2_tp8_pp1_b256   6.751289903327e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp8_pp1_b64  structure__pair_tp2_pp2_tp8_pp1_b64  -3.845000000000e+03
    z_tp2_pp2__tp8_pp1_b64  slo__ttft_tp2_pp2_tp8_pp1_b64   6.751289903327e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp1_pp1_b128  structure__pair_tp4_pp1_tp1_pp1_b128  -5.832000000000e+03
    z_tp4_pp1__tp1_pp1_b128  slo__ttft_tp4_pp1_tp1_pp1_b128   7.096585530810e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp1_pp1_b256  structure__pair_tp4_pp1_tp1_pp1_b256  -7.011000000000e+03
    z_tp4_pp1__tp1_pp1_b256  slo__ttft_tp4_pp1_tp1_pp1_b256   7.096585530810e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp1_pp1_b64  structure__pair_tp4_pp1_tp1_pp1_b64  -4.656000000000e+03
    z_tp4_pp1__tp1_pp1_b64  slo__ttft_tp4_pp1_tp1_pp1_b64   7.096585530810e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp1_pp2_b128  structure__pair_tp4_pp1_tp1_pp2_b128  -7.011000000000e+03
    z_tp4_pp1__tp1_pp2_b128  slo__ttft_tp4_pp1_tp1_pp2_b128   7.096585530810e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp1_pp2_b256  structure__pair_tp4_pp1_tp1_pp2_b256  -7.011000000000e+03
    z_tp4_pp1__tp1_pp2_b256  slo__ttft_tp4_pp1_tp1_pp2_b256   7.096585530810e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp1_pp2_b64  structure__pair_tp4_pp1_tp1_pp2_b64  -3.460000000000e+03
    z_tp4_pp1__tp1_pp2_b64  slo__ttft_tp4_pp1_tp1_pp2_b64   7.096585530810e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp2_pp1_b128  structure__pair_tp4_pp1_tp2_pp1_b128  -2.988000000000e+03
    z_tp4_pp1__tp2_pp1_b128  slo__ttft_tp4_pp1_tp2_pp1_b128   6.925983589428e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp2_pp1_b256  structure__pair_tp4_pp1_tp2_pp1_b256  -6.640000000000e+03
    z_tp4_pp1__tp2_pp1_b256  slo__ttft_tp4_pp1_tp2_pp1_b256   6.925983589428e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp2_pp1_b64  structure__pair_tp4_pp1_tp2_pp1_b64  -6.736000000000e+03
    z_tp4_pp1__tp2_pp1_b64  slo__ttft_tp4_pp1_tp2_pp1_b64   6.925983589428e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp2_pp2_b128  structure__pair_tp4_pp1_tp2_pp2_b128  -5.642000000000e+03
    z_tp4_pp1__tp2_pp2_b128  slo__ttft_tp4_pp1_tp2_pp2_b128   6.925983589428e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp2_pp2_b256  structure__pair_tp4_pp1_tp2_pp2_b256  -7.011000000000e+03
    z_tp4_pp1__tp2_pp2_b256  slo__ttft_tp4_pp1_tp2_pp2_b256   6.925983589428e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp2_pp2_b64  structure__pair_tp4_pp1_tp2_pp2_b64  -3.806000000000e+03
    z_tp4_pp1__tp2_pp2_b64  slo__ttft_tp4_pp1_tp2_pp2_b64   6.925983589428e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp4_pp1_b128  structure__pair_tp4_pp1_tp4_pp1_b128  -3.756000000000e+03
    z_tp4_pp1__tp4_pp1_b128  slo__ttft_tp4_pp1_tp4_pp1_b128   6.840682618737e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp4_pp1_b256  structure__pair_tp4_pp1_tp4_pp1_b256  -4.502000000000e+03
    z_tp4_pp1__tp4_pp1_b256  slo__ttft_tp4_pp1_tp4_pp1_b256   6.840682618737e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp4_pp1_b64  structure__pair_tp4_pp1_tp4_pp1_b64  -4.578000000000e+03
    z_tp4_pp1__tp4_pp1_b64  slo__ttft_tp4_pp1_tp4_pp1_b64   6.840682618737e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp4_pp2_b128  structure__pair_tp4_pp1_tp4_pp2_b128  -7.011000000000e+03
    z_tp4_pp1__tp4_pp2_b128  slo__ttft_tp4_pp1_tp4_pp2_b128   6.840682618737e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp4_pp2_b256  structure__pair_tp4_pp1_tp4_pp2_b256  -4.712000000000e+03
    z_tp4_pp1__tp4_pp2_b256  slo__ttft_tp4_pp1_tp4_pp2_b256   6.840682618737e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp4_pp2_b64  structure__pair_tp4_pp1_tp4_pp2_b64  -6.057000000000e+03
    z_tp4_pp1__tp4_pp2_b64  slo__ttft_tp4_pp1_tp4_pp2_b64   6.840682618737e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp8_pp1_b128  structure__pair_tp4_pp1_tp8_pp1_b128  -5.182000000000e+03
    z_tp4_pp1__tp8_pp1_b128  slo__ttft_tp4_pp1_tp8_pp1_b128   6.840682618737e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp8_pp1_b256  structure__pair_tp4_pp1_tp8_pp1_b256  -7.011000000000e+03
    z_tp4_pp1__tp8_pp1_b256  slo__ttft_tp4_pp1_tp8_pp1_b256   6.840682618737e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp8_pp1_b64  structure__pair_tp4_pp1_tp8_pp1_b64  -3.845000000000e+03
    z_tp4_pp1__tp8_pp1_b64  slo__ttft_tp4_pp1_tp8_pp1_b64   6.840682618737e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp1_pp1_b128  structure__pair_tp4_pp2_tp1_pp1_b128  -5.832000000000e+03
    z_tp4_pp2__tp1_pp1_b128  slo__ttft_tp4_pp2_tp1_pp1_b128   4.048354174791e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp1_pp1_b256  structure__pair_tp4_pp2_tp1_pp1_b256  -7.011000000000e+03
    z_tp4_pp2__tp1_pp1_b256  slo__ttft_tp4_pp2_tp1_pp1_b256   4.048354174791e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp1_pp1_b64  structure__pair_tp4_pp2_tp1_pp1_b64  -4.656000000000e+03
    z_tp4_pp2__tp1_pp1_b64  slo__ttft_tp4_pp2_tp1_pp1_b64   4.048354174791e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp1_pp2_b128  structure__pair_tp4_pp2_tp1_pp2_b128  -7.011000000000e+03
    z_tp4_pp2__tp1_pp2_b128  slo__ttft_tp4_pp2_tp1_pp2_b128   4.048354174791e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp1_pp2_b256  structure__pair_tp4_pp2_tp1_pp2_b256  -7.011000000000e+03
    z_tp4_pp2__tp1_pp2_b256  slo__ttft_tp4_pp2_tp1_pp2_b256   4.048354174791e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp1_pp2_b64  structure__pair_tp4_pp2_tp1_pp2_b64  -3.460000000000e+03
    z_tp4_pp2__tp1_pp2_b64  slo__ttft_tp4_pp2_tp1_pp2_b64   4.048354174791e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp2_pp1_b128  structure__pair_tp4_pp2_tp2_pp1_b128  -2.988000000000e+03
    z_tp4_pp2__tp2_pp1_b128  slo__ttft_tp4_pp2_tp2_pp1_b128   3.877752233409e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp2_pp1_b256  structure__pair_tp4_pp2_tp2_pp1_b256  -6.640000000000e+03
    z_tp4_pp2__tp2_pp1_b256  slo__ttft_tp4_pp2_tp2_pp1_b256   3.877752233409e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp2_pp1_b64  structure__pair_tp4_pp2_tp2_pp1_b64  -6.736000000000e+03
    z_tp4_pp2__tp2_pp1_b64  slo__ttft_tp4_pp2_tp2_pp1_b64   3.877752233409e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp2_pp2_b128  structure__pair_tp4_pp2_tp2_pp2_b128  -5.642000000000e+03
    z_tp4_pp2__tp2_pp2_b128  slo__ttft_tp4_pp2_tp2_pp2_b128   3.877752233409e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp2_pp2_b256  structure__pair_tp4_pp2_tp2_pp2_b256  -7.011000000000e+03
    z_tp4_pp2__tp2_pp2_b256  slo__ttft_tp4_pp2_tp2_pp2_b256   3.877752233409e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp2_pp2_b64  structure__pair_tp4_pp2_tp2_pp2_b64  -3.806000000000e+03
    z_tp4_pp2__tp2_pp2_b64  slo__ttft_tp4_pp2_tp2_pp2_b64   3.877752233409e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp4_pp1_b128  structure__pair_tp4_pp2_tp4_pp1_b128  -3.756000000000e+03
    z_tp4_pp2__tp4_pp1_b128  slo__ttft_tp4_pp2_tp4_pp1_b128   3.792451262718e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp4_pp1_b256  structure__pair_tp4_pp2_tp4_pp1_b256  -4.502000000000e+03
    z_tp4_pp2__tp4_pp1_b256  slo__ttft_tp4_pp2_tp4_pp1_b256   3.792451262718e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp4_pp1_b64  structure__pair_tp4_pp2_tp4_pp1_b64  -4.578000000000e+03
    z_tp4_pp2__tp4_pp1_b64  slo__ttft_tp4_pp2_tp4_pp1_b64   3.792451262718e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp4_pp2_b128  structure__pair_tp4_pp2_tp4_pp2_b128  -7.011000000000e+03
    z_tp4_pp2__tp4_pp2_b128  slo__ttft_tp4_pp2_tp4_pp2_b128   3.792451262718e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp4_pp2_b256  structure__pair_tp4_pp2_tp4_pp2_b256  -4.712000000000e+03
    z_tp4_pp2__tp4_pp2_b256  slo__ttft_tp4_pp2_tp4_pp2_b256   3.792451262718e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp4_pp2_b64  structure__pair_tp4_pp2_tp4_pp2_b64  -6.057000000000e+03
    z_tp4_pp2__tp4_pp2_b64  slo__ttft_tp4_pp2_tp4_pp2_b64   3.792451262718e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp8_pp1_b128  structure__pair_tp4_pp2_tp8_pp1_b128  -5.182000000000e+03
    z_tp4_pp2__tp8_pp1_b128  slo__ttft_tp4_pp2_tp8_pp1_b128   3.792451262718e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp8_pp1_b256  structure__pair_tp4_pp2_tp8_pp1_b256  -7.011000000000e+03
    z_tp4_pp2__tp8_pp1_b256  slo__ttft_tp4_pp2_tp8_pp1_b256   3.792451262718e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp8_pp1_b64  structure__pair_tp4_pp2_tp8_pp1_b64  -3.845000000000e+03
    z_tp4_pp2__tp8_pp1_b64  slo__ttft_tp4_pp2_tp8_pp1_b64   3.792451262718e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp1_pp1_b128  structure__pair_tp8_pp1_tp1_pp1_b128  -5.832000000000e+03
    z_tp8_pp1__tp1_pp1_b128  slo__ttft_tp8_pp1_tp1_pp1_b128   7.814161748423e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp1_pp1_b256  structure__pair_tp8_pp1_tp1_pp1_b256  -7.011000000000e+03
    z_tp8_pp1__tp1_pp1_b256  slo__ttft_tp8_pp1_tp1_pp1_b256   7.814161748423e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp1_pp1_b64  structure__pair_tp8_pp1_tp1_pp1_b64  -4.656000000000e+03
    z_tp8_pp1__tp1_pp1_b64  slo__ttft_tp8_pp1_tp1_pp1_b64   7.814161748423e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp1_pp2_b128  structure__pair_tp8_pp1_tp1_pp2_b128  -7.011000000000e+03
    z_tp8_pp1__tp1_pp2_b128  slo__ttft_tp8_pp1_tp1_pp2_b128   7.814161748423e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp1_pp2_b256  structure__pair_tp8_pp1_tp1_pp2_b256  -7.011000000000e+03
    z_tp8_pp1__tp1_pp2_b256  slo__ttft_tp8_pp1_tp1_pp2_b256   7.814161748423e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp1_pp2_b64  structure__pair_tp8_pp1_tp1_pp2_b64  -3.460000000000e+03
    z_tp8_pp1__tp1_pp2_b64  slo__ttft_tp8_pp1_tp1_pp2_b64   7.814161748423e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp2_pp1_b128  structure__pair_tp8_pp1_tp2_pp1_b128  -2.988000000000e+03
    z_tp8_pp1__tp2_pp1_b128  slo__ttft_tp8_pp1_tp2_pp1_b128   7.643559807041e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp2_pp1_b256  structure__pair_tp8_pp1_tp2_pp1_b256  -6.640000000000e+03
    z_tp8_pp1__tp2_pp1_b256  slo__ttft_tp8_pp1_tp2_pp1_b256   7.643559807041e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp2_pp1_b64  structure__pair_tp8_pp1_tp2_pp1_b64  -6.736000000000e+03
    z_tp8_pp1__tp2_pp1_b64  slo__ttft_tp8_pp1_tp2_pp1_b64   7.643559807041e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp2_pp2_b128  structure__pair_tp8_pp1_tp2_pp2_b128  -5.642000000000e+03
    z_tp8_pp1__tp2_pp2_b128  slo__ttft_tp8_pp1_tp2_pp2_b128   7.643559807041e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp2_pp2_b256  structure__pair_tp8_pp1_tp2_pp2_b256  -7.011000000000e+03
    z_tp8_pp1__tp2_pp2_b256  slo__ttft_tp8_pp1_tp2_pp2_b256   7.643559807041e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp2_pp2_b64  structure__pair_tp8_pp1_tp2_pp2_b64  -3.806000000000e+03
    z_tp8_pp1__tp2_pp2_b64  slo__ttft_tp8_pp1_tp2_pp2_b64   7.643559807041e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp4_pp1_b128  structure__pair_tp8_pp1_tp4_pp1_b128  -3.756000000000e+03
    z_tp8_pp1__tp4_pp1_b128  slo__ttft_tp8_pp1_tp4_pp1_b128   7.558258836350e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp4_pp1_b256  structure__pair_tp8_pp1_tp4_pp1_b256  -4.502000000000e+03
    z_tp8_pp1__tp4_pp1_b256  slo__ttft_tp8_pp1_tp4_pp1_b256   7.558258836350e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp4_pp1_b64  structure__pair_tp8_pp1_tp4_pp1_b64  -4.578000000000e+03
    z_tp8_pp1__tp4_pp1_b64  slo__ttft_tp8_pp1_tp4_pp1_b64   7.558258836350e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp4_pp2_b128  structure__pair_tp8_pp1_tp4_pp2_b128  -7.011000000000e+03
    z_tp8_pp1__tp4_pp2_b128  slo__ttft_tp8_pp1_tp4_pp2_b128   7.558258836350e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp4_pp2_b256  structure__pair_tp8_pp1_tp4_pp2_b256  -4.712000000000e+03
    z_tp8_pp1__tp4_pp2_b256  slo__ttft_tp8_pp1_tp4_pp2_b256   7.558258836350e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp4_pp2_b64  structure__pair_tp8_pp1_tp4_pp2_b64  -6.057000000000e+03
    z_tp8_pp1__tp4_pp2_b64  slo__ttft_tp8_pp1_tp4_pp2_b64   7.558258836350e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp8_pp1_b128  structure__pair_tp8_pp1_tp8_pp1_b128  -5.182000000000e+03
    z_tp8_pp1__tp8_pp1_b128  slo__ttft_tp8_pp1_tp8_pp1_b128   7.515608351004e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp8_pp1_b256  structure__pair_tp8_pp1_tp8_pp1_b256  -7.011000000000e+03
    z_tp8_pp1__tp8_pp1_b256  slo__ttft_tp8_pp1_tp8_pp1_b256   7.515608351004e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp8_pp1_b64  structure__pair_tp8_pp1_tp8_pp1_b64  -3.845000000000e+03
    z_tp8_pp1__tp8_pp1_b64  slo__ttft_tp8_pp1_tp8_pp1_b64   7.515608351004e-01
    MARK      'MARKER'                 'INTEND'
RHS
    RHS       structure__use_prefill_tp1_pp1   0.000000000000e+00
    RHS       structure__prefill_cap_tp1_pp1   0.000000000000e+00
    RHS       memory__prefill_tp1_pp1   7.164000000000e+01
    RHS       structure__use_prefill_tp2_pp1   0.000000000000e+00
    RHS       structure__prefill_cap_tp2_pp1   0.000000000000e+00
    RHS       memory__prefill_tp2_pp1   7.164000000000e+01
    RHS       structure__use_prefill_tp1_pp2   0.000000000000e+00
    RHS       structure__prefill_cap_tp1_pp2   0.000000000000e+00
    RHS       memory__prefill_tp1_pp2   7.164000000000e+01
    RHS       structure__use_prefill_tp4_pp1   0.000000000000e+00
    RHS       structure__prefill_cap_tp4_pp1   0.000000000000e+00
    RHS       memory__prefill_tp4_pp1   7.164000000000e+01
    RHS       structure__use_prefill_tp2_pp2   0.000000000000e+00
    RHS       structure__prefill_cap_tp2_pp2   0.000000000000e+00
    RHS       memory__prefill_tp2_pp2   7.164000000000e+01
    RHS       structure__use_prefill_tp8_pp1   0.000000000000e+00
    RHS       structure__prefill_cap_tp8_pp1   0.000000000000e+00
    RHS       memory__prefill_tp8_pp1   7.164000000000e+01
    RHS       structure__use_prefill_tp4_pp2   0.000000000000e+00
    RHS       structure__prefill_cap_tp4_pp2   0.000000000000e+00
    RHS       memory__prefill_tp4_pp2   7.164000000000e+01
    RHS       structure__use_decode_tp1_pp1_b64   0.000000000000e+00
    RHS       structure__decode_cap_tp1_pp1_b64   0.000000000000e+00
    RHS       memory__decode_tp1_pp1_b64   7.164000000000e+01
    RHS       slo__tpot_tp1_pp1_b64   7.661302722923e-02
    RHS       structure__use_decode_tp1_pp1_b128   0.000000000000e+00
    RHS       structure__decode_cap_tp1_pp1_b128   0.000000000000e+00
    RHS       memory__decode_tp1_pp1_b128   7.164000000000e+01
    RHS       slo__tpot_tp1_pp1_b128   7.661302722923e-02
    RHS       structure__use_decode_tp1_pp1_b256   0.000000000000e+00
    RHS       structure__decode_cap_tp1_pp1_b256   0.000000000000e+00
    RHS       memory__decode_tp1_pp1_b256   7.164000000000e+01
    RHS       slo__tpot_tp1_pp1_b256   7.661302722923e-02
    RHS       structure__use_decode_tp2_pp1_b64   0.000000000000e+00
    RHS       structure__decode_cap_tp2_pp1_b64   0.000000000000e+00
    RHS       memory__decode_tp2_pp1_b64   7.164000000000e+01
    RHS       slo__tpot_tp2_pp1_b64   7.661302722923e-02
    RHS       structure__use_decode_tp2_pp1_b128   0.000000000000e+00
    RHS       structure__decode_cap_tp2_pp1_b128   0.000000000000e+00
    RHS       memory__decode_tp2_pp1_b128   7.164000000000e+01
    RHS       slo__tpot_tp2_pp1_b128   7.661302722923e-02
    RHS       structure__use_decode_tp2_pp1_b256   0.000000000000e+00
    RHS       structure__decode_cap_tp2_pp1_b256   0.000000000000e+00
    RHS       memory__decode_tp2_pp1_b256   7.164000000000e+01
    RHS       slo__tpot_tp2_pp1_b256   7.661302722923e-02
    RHS       structure__use_decode_tp1_pp2_b64   0.000000000000e+00
    RHS       structure__decode_cap_tp1_pp2_b64   0.000000000000e+00
    RHS       memory__decode_tp1_pp2_b64   7.164000000000e+01
    RHS       slo__tpot_tp1_pp2_b64   7.661302722923e-02
    RHS       structure__use_decode_tp1_pp2_b128   0.000000000000e+00
    RHS       structure__decode_cap_tp1_pp2_b128   0.000000000000e+00
    RHS       memory__decode_tp1_pp2_b128   7.164000000000e+01
    RHS       slo__tpot_tp1_pp2_b128   7.661302722923e-02
    RHS       structure__use_decode_tp1_pp2_b256   0.000000000000e+00
    RHS       structure__decode_cap_tp1_pp2_b256   0.000000000000e+00
    RHS       memory__decode_tp1_pp2_b256   7.164000000000e+01
    RHS       slo__tpot_tp1_pp2_b256   7.661302722923e-02
    RHS       structure__use_decode_tp4_pp1_b64   0.000000000000e+00
    RHS       structure__decode_cap_tp4_pp1_b64   0.000000000000e+00
    RHS       memory__decode_tp4_pp1_b64   7.164000000000e+01
    RHS       slo__tpot_tp4_pp1_b64   7.661302722923e-02
    RHS       structure__use_decode_tp4_pp1_b128   0.000000000000e+00
    RHS       structure__decode_cap_tp4_pp1_b128   0.000000000000e+00
    RHS       memory__decode_tp4_pp1_b128   7.164000000000e+01
    RHS       slo__tpot_tp4_pp1_b128   7.661302722923e-02
    RHS       structure__use_decode_tp4_pp1_b256   0.000000000000e+00
    RHS       structure__decode_cap_tp4_pp1_b256   0.000000000000e+00
    RHS       memory__decode_tp4_pp1_b256   7.164000000000e+01
    RHS       slo__tpot_tp4_pp1_b256   7.661302722923e-02
    RHS       structure__use_decode_tp2_pp2_b64   0.000000000000e+00
    RHS       structure__decode_cap_tp2_pp2_b64   0.000000000000e+00
    RHS       memory__decode_tp2_pp2_b64   7.164000000000e+01
    RHS       slo__tpot_tp2_pp2_b64   7.661302722923e-02
    RHS       structure__use_decode_tp2_pp2_b128   0.000000000000e+00
    RHS       structure__decode_cap_tp2_pp2_b128   0.000000000000e+00
    RHS       memory__decode_tp2_pp2_b128   7.164000000000e+01
    RHS       slo__tpot_tp2_pp2_b128   7.661302722923e-02
    RHS       structure__use_decode_tp2_pp2_b256   0.000000000000e+00
    RHS       structure__decode_cap_tp2_pp2_b256   0.000000000000e+00
    RHS       memory__decode_tp2_pp2_b256   7.164000000000e+01
    RHS       slo__tpot_tp2_pp2_b256   7.661302722923e-02
    RHS       structure__use_decode_tp8_pp1_b64   0.000000000000e+00
    RHS       structure__decode_cap_tp8_pp1_b64   0.000000000000e+00
    RHS       memory__decode_tp8_pp1_b64   7.164000000000e+01
    RHS       slo__tpot_tp8_pp1_b64   7.661302722923e-02
    RHS       structure__use_decode_tp8_pp1_b128   0.000000000000e+00
    RHS       structure__decode_cap_tp8_pp1_b128   0.000000000000e+00
    RHS       memory__decode_tp8_pp1_b128   7.164000000000e+01
    RHS       slo__tpot_tp8_pp1_b128   7.661302722923e-02
    RHS       structure__use_decode_tp8_pp1_b256   0.000000000000e+00
    RHS       structure__decode_cap_tp8_pp1_b256   0.000000000000e+00
    RHS       memory__decode_tp8_pp1_b256   7.164000000000e+01
    RHS       slo__tpot_tp8_pp1_b256   7.661302722923e-02
    RHS       structure__use_decode_tp4_pp2_b64   0.000000000000e+00
    RHS       structure__decode_cap_tp4_pp2_b64   0.000000000000e+00
    RHS       memory__decode_tp4_pp2_b64   7.164000000000e+01
    RHS       slo__tpot_tp4_pp2_b64   7.661302722923e-02
    RHS       structure__use_decode_tp4_pp2_b128   0.000000000000e+00
    RHS       structure__decode_cap_tp4_pp2_b128   0.000000000000e+00
    RHS       memory__decode_tp4_pp2_b128   7.164000000000e+01
    RHS       slo__tpot_tp4_pp2_b128   7.661302722923e-02
    RHS       structure__use_decode_tp4_pp2_b256   0.000000000000e+00
    RHS       structure__decode_cap_tp4_pp2_b256   0.000000000000e+00
    RHS       memory__decode_tp4_pp2_b256   7.164000000000e+01
    RHS       slo__tpot_tp4_pp2_b256   7.661302722923e-02
    RHS       structure__pair_tp1_pp1_tp1_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp1_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp1_pp1_tp1_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp1_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp1_pp1_tp1_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp1_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp1_pp1_tp2_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp2_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp1_pp1_tp2_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp2_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp1_pp1_tp2_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp2_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp1_pp1_tp1_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp1_pp2_b64   2.831766351524e+00
    RHS       structure__pair_tp1_pp1_tp1_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp1_pp2_b128   2.831766351524e+00
    RHS       structure__pair_tp1_pp1_tp1_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp1_pp2_b256   2.831766351524e+00
    RHS       structure__pair_tp1_pp1_tp4_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp4_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp1_pp1_tp4_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp4_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp1_pp1_tp4_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp4_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp1_pp1_tp2_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp2_pp2_b64   2.831766351524e+00
    RHS       structure__pair_tp1_pp1_tp2_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp2_pp2_b128   2.831766351524e+00
    RHS       structure__pair_tp1_pp1_tp2_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp2_pp2_b256   2.831766351524e+00
    RHS       structure__pair_tp1_pp1_tp8_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp8_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp1_pp1_tp8_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp8_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp1_pp1_tp8_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp8_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp1_pp1_tp4_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp4_pp2_b64   2.831766351524e+00
    RHS       structure__pair_tp1_pp1_tp4_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp4_pp2_b128   2.831766351524e+00
    RHS       structure__pair_tp1_pp1_tp4_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp4_pp2_b256   2.831766351524e+00
    RHS       structure__pair_tp2_pp1_tp1_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp1_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp2_pp1_tp1_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp1_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp2_pp1_tp1_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp1_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp2_pp1_tp2_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp2_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp2_pp1_tp2_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp2_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp2_pp1_tp2_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp2_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp2_pp1_tp1_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp1_pp2_b64   2.831766351524e+00
    RHS       structure__pair_tp2_pp1_tp1_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp1_pp2_b128   2.831766351524e+00
    RHS       structure__pair_tp2_pp1_tp1_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp1_pp2_b256   2.831766351524e+00
    RHS       structure__pair_tp2_pp1_tp4_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp4_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp2_pp1_tp4_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp4_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp2_pp1_tp4_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp4_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp2_pp1_tp2_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp2_pp2_b64   2.831766351524e+00
    RHS       structure__pair_tp2_pp1_tp2_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp2_pp2_b128   2.831766351524e+00
    RHS       structure__pair_tp2_pp1_tp2_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp2_pp2_b256   2.831766351524e+00
    RHS       structure__pair_tp2_pp1_tp8_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp8_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp2_pp1_tp8_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp8_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp2_pp1_tp8_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp8_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp2_pp1_tp4_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp4_pp2_b64   2.831766351524e+00
    RHS       structure__pair_tp2_pp1_tp4_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp4_pp2_b128   2.831766351524e+00
    RHS       structure__pair_tp2_pp1_tp4_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp4_pp2_b256   2.831766351524e+00
    RHS       structure__pair_tp1_pp2_tp1_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp1_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp1_pp2_tp1_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp1_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp1_pp2_tp1_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp1_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp1_pp2_tp2_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp2_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp1_pp2_tp2_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp2_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp1_pp2_tp2_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp2_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp1_pp2_tp1_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp1_pp2_b64   2.831766351524e+00
    RHS       structure__pair_tp1_pp2_tp1_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp1_pp2_b128   2.831766351524e+00
    RHS       structure__pair_tp1_pp2_tp1_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp1_pp2_b256   2.831766351524e+00
    RHS       structure__pair_tp1_pp2_tp4_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp4_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp1_pp2_tp4_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp4_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp1_pp2_tp4_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp4_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp1_pp2_tp2_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp2_pp2_b64   2.831766351524e+00
    RHS       structure__pair_tp1_pp2_tp2_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp2_pp2_b128   2.831766351524e+00
    RHS       structure__pair_tp1_pp2_tp2_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp2_pp2_b256   2.831766351524e+00
    RHS       structure__pair_tp1_pp2_tp8_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp8_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp1_pp2_tp8_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp8_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp1_pp2_tp8_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp8_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp1_pp2_tp4_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp4_pp2_b64   2.831766351524e+00
    RHS       structure__pair_tp1_pp2_tp4_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp4_pp2_b128   2.831766351524e+00
    RHS       structure__pair_tp1_pp2_tp4_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp4_pp2_b256   2.831766351524e+00
    RHS       structure__pair_tp4_pp1_tp1_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp1_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp4_pp1_tp1_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp1_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp4_pp1_tp1_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp1_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp4_pp1_tp2_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp2_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp4_pp1_tp2_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp2_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp4_pp1_tp2_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp2_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp4_pp1_tp1_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp1_pp2_b64   2.831766351524e+00
    RHS       structure__pair_tp4_pp1_tp1_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp1_pp2_b128   2.831766351524e+00
    RHS       structure__pair_tp4_pp1_tp1_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp1_pp2_b256   2.831766351524e+00
    RHS       structure__pair_tp4_pp1_tp4_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp4_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp4_pp1_tp4_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp4_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp4_pp1_tp4_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp4_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp4_pp1_tp2_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp2_pp2_b64   2.831766351524e+00
    RHS       structure__pair_tp4_pp1_tp2_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp2_pp2_b128   2.831766351524e+00
    RHS       structure__pair_tp4_pp1_tp2_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp2_pp2_b256   2.831766351524e+00
    RHS       structure__pair_tp4_pp1_tp8_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp8_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp4_pp1_tp8_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp8_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp4_pp1_tp8_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp8_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp4_pp1_tp4_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp4_pp2_b64   2.831766351524e+00
    RHS       structure__pair_tp4_pp1_tp4_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp4_pp2_b128   2.831766351524e+00
    RHS       structure__pair_tp4_pp1_tp4_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp4_pp2_b256   2.831766351524e+00
    RHS       structure__pair_tp2_pp2_tp1_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp1_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp2_pp2_tp1_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp1_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp2_pp2_tp1_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp1_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp2_pp2_tp2_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp2_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp2_pp2_tp2_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp2_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp2_pp2_tp2_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp2_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp2_pp2_tp1_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp1_pp2_b64   2.831766351524e+00
    RHS       structure__pair_tp2_pp2_tp1_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp1_pp2_b128   2.831766351524e+00
    RHS       structure__pair_tp2_pp2_tp1_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp1_pp2_b256   2.831766351524e+00
    RHS       structure__pair_tp2_pp2_tp4_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp4_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp2_pp2_tp4_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp4_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp2_pp2_tp4_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp4_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp2_pp2_tp2_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp2_pp2_b64   2.831766351524e+00
    RHS       structure__pair_tp2_pp2_tp2_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp2_pp2_b128   2.831766351524e+00
    RHS       structure__pair_tp2_pp2_tp2_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp2_pp2_b256   2.831766351524e+00
    RHS       structure__pair_tp2_pp2_tp8_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp8_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp2_pp2_tp8_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp8_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp2_pp2_tp8_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp8_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp2_pp2_tp4_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp4_pp2_b64   2.831766351524e+00
    RHS       structure__pair_tp2_pp2_tp4_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp4_pp2_b128   2.831766351524e+00
    RHS       structure__pair_tp2_pp2_tp4_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp4_pp2_b256   2.831766351524e+00
    RHS       structure__pair_tp8_pp1_tp1_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp1_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp8_pp1_tp1_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp1_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp8_pp1_tp1_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp1_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp8_pp1_tp2_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp2_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp8_pp1_tp2_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp2_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp8_pp1_tp2_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp2_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp8_pp1_tp1_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp1_pp2_b64   2.831766351524e+00
    RHS       structure__pair_tp8_pp1_tp1_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp1_pp2_b128   2.831766351524e+00
    RHS       structure__pair_tp8_pp1_tp1_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp1_pp2_b256   2.831766351524e+00
    RHS       structure__pair_tp8_pp1_tp4_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp4_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp8_pp1_tp4_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp4_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp8_pp1_tp4_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp4_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp8_pp1_tp2_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp2_pp2_b64   2.831766351524e+00
    RHS       structure__pair_tp8_pp1_tp2_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp2_pp2_b128   2.831766351524e+00
    RHS       structure__pair_tp8_pp1_tp2_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp2_pp2_b256   2.831766351524e+00
    RHS       structure__pair_tp8_pp1_tp8_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp8_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp8_pp1_tp8_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp8_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp8_pp1_tp8_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp8_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp8_pp1_tp4_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp4_pp2_b64   2.831766351524e+00
    RHS       structure__pair_tp8_pp1_tp4_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp4_pp2_b128   2.831766351524e+00
    RHS       structure__pair_tp8_pp1_tp4_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp4_pp2_b256   2.831766351524e+00
    RHS       structure__pair_tp4_pp2_tp1_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp1_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp4_pp2_tp1_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp1_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp4_pp2_tp1_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp1_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp4_pp2_tp2_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp2_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp4_pp2_tp2_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp2_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp4_pp2_tp2_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp2_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp4_pp2_tp1_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp1_pp2_b64   2.831766351524e+00
    RHS       structure__pair_tp4_pp2_tp1_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp1_pp2_b128   2.831766351524e+00
    RHS       structure__pair_tp4_pp2_tp1_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp1_pp2_b256   2.831766351524e+00
    RHS       structure__pair_tp4_pp2_tp4_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp4_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp4_pp2_tp4_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp4_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp4_pp2_tp4_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp4_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp4_pp2_tp2_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp2_pp2_b64   2.831766351524e+00
    RHS       structure__pair_tp4_pp2_tp2_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp2_pp2_b128   2.831766351524e+00
    RHS       structure__pair_tp4_pp2_tp2_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp2_pp2_b256   2.831766351524e+00
    RHS       structure__pair_tp4_pp2_tp8_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp8_pp1_b64   2.831766351524e+00
    RHS       structure__pair_tp4_pp2_tp8_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp8_pp1_b128   2.831766351524e+00
    RHS       structure__pair_tp4_pp2_tp8_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp8_pp1_b256   2.831766351524e+00
    RHS       structure__pair_tp4_pp2_tp4_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp4_pp2_b64   2.831766351524e+00
    RHS       structure__pair_tp4_pp2_tp4_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp4_pp2_b128   2.831766351524e+00
    RHS       structure__pair_tp4_pp2_tp4_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp4_pp2_b256   2.831766351524e+00
    RHS       structure__served   0.000000000000e+00
    RHS       link__kv   2.331171903864e+00
    RHS       gpus__total   8.000000000000e+00
BOUNDS
 UP BND       f_tp1_pp1__tp1_pp1_b128   5.832000000000e+03
 UP BND       f_tp1_pp1__tp1_pp1_b256   7.011000000000e+03
 UP BND       f_tp1_pp1__tp1_pp1_b64   4.656000000000e+03
 UP BND       f_tp1_pp1__tp1_pp2_b128   7.011000000000e+03
 UP BND       f_tp1_pp1__tp1_pp2_b256   7.011000000000e+03
 UP BND       f_tp1_pp1__tp1_pp2_b64   3.460000000000e+03
 UP BND       f_tp1_pp1__tp2_pp1_b128   2.988000000000e+03
 UP BND       f_tp1_pp1__tp2_pp1_b256   6.640000000000e+03
 UP BND       f_tp1_pp1__tp2_pp1_b64   6.736000000000e+03
 UP BND       f_tp1_pp1__tp2_pp2_b128   5.642000000000e+03
 UP BND       f_tp1_pp1__tp2_pp2_b256   7.011000000000e+03
 UP BND       f_tp1_pp1__tp2_pp2_b64   3.806000000000e+03
 UP BND       f_tp1_pp1__tp4_pp1_b128   3.756000000000e+03
 UP BND       f_tp1_pp1__tp4_pp1_b256   4.502000000000e+03
 UP BND       f_tp1_pp1__tp4_pp1_b64   4.578000000000e+03
 UP BND       f_tp1_pp1__tp4_pp2_b128   7.011000000000e+03
 UP BND       f_tp1_pp1__tp4_pp2_b256   4.712000000000e+03
 UP BND       f_tp1_pp1__tp4_pp2_b64   6.057000000000e+03
 UP BND       f_tp1_pp1__tp8_pp1_b128   5.182000000000e+03
 UP BND       f_tp1_pp1__tp8_pp1_b256   7.011000000000e+03
 UP BND       f_tp1_pp1__tp8_pp1_b64   3.845000000000e+03
 UP BND       f_tp1_pp2__tp1_pp1_b128   5.832000000000e+03
 UP BND       f_tp1_pp2__tp1_pp1_b256   7.011000000000e+03
 UP BND       f_tp1_pp2__tp1_pp1_b64   4.656000000000e+03
 UP BND       f_tp1_pp2__tp1_pp2_b128   7.011000000000e+03
 UP BND       f_tp1_pp2__tp1_pp2_b256   7.011000000000e+03
 UP BND       f_tp1_pp2__tp1_pp2_b64   3.460000000000e+03
 UP BND       f_tp1_pp2__tp2_pp1_b128   2.988000000000e+03
 UP BND       f_tp1_pp2__tp2_pp1_b256   6.640000000000e+03
 UP BND       f_tp1_pp2__tp2_pp1_b64   6.736000000000e+03
 UP BND       f_tp1_pp2__tp2_pp2_b128   5.642000000000e+03
 UP BND       f_tp1_pp2__tp2_pp2_b256   7.011000000000e+03
 UP BND       f_tp1_pp2__tp2_pp2_b64   3.806000000000e+03
 UP BND       f_tp1_pp2__tp4_pp1_b128   3.756000000000e+03
 UP BND       f_tp1_pp2__tp4_pp1_b256   4.502000000000e+03
 UP BND       f_tp1_pp2__tp4_pp1_b64   4.578000000000e+03
 UP BND       f_tp1_pp2__tp4_pp2_b128   7.011000000000e+03
 UP BND       f_tp1_pp2__tp4_pp2_b256   4.712000000000e+03
 UP BND       f_tp1_pp2__tp4_pp2_b64   6.057000000000e+03
 UP BND       f_tp1_pp2__tp8_pp1_b128   5.182000000000e+03
 UP BND       f_tp1_pp2__tp8_pp1_b256   7.011000000000e+03
 UP BND       f_tp1_pp2__tp8_pp1_b64   3.845000000000e+03
 UP BND       f_tp2_pp1__tp1_pp1_b128   5.832000000000e+03
 UP BND       f_tp2_pp1__tp1_pp1_b256   7.011000000000e+03
 UP BND       f_tp2_pp1__tp1_pp1_b64   4.656000000000e+03
 UP BND       f_tp2_pp1__tp1_pp2_b128   7.011000000000e+03
 UP BND       f_tp2_pp1__tp1_pp2_b256   7.011000000000e+03
 UP BND       f_tp2_pp1__tp1_pp2_b64   3.460000000000e+03
 UP BND       f_tp2_pp1__tp2_pp1_b128   2.988000000000e+03
 UP BND       f_tp2_pp1__tp2_pp1_b256   6.640000000000e+03
 UP BND       f_tp2_pp1__tp2_pp1_b64   6.736000000000e+03
 UP BND       f_tp2_pp1__tp2_pp2_b128   5.642000000000e+03
 UP BND       f_tp2_pp1__tp2_pp2_b256   7.011000000000e+03
 UP BND       f_tp2_pp1__tp2_pp2_b64   3.806000000000e+03
 UP BND       f_tp2_pp1__tp4_pp1_b128   3.756000000000e+03
 UP BND       f_tp2_pp1__tp4_pp1_b256   4.502000000000e+03
 UP BND       f_tp2_pp1__tp4_pp1_b64   4.578000000000e+03
 UP BND       f_tp2_pp1__tp4_pp2_b128   7.011000000000e+03
 UP BND       f_tp2_pp1__tp4_pp2_b256   4.712000000000e+03
 UP BND       f_tp2_pp1__tp4_pp2_b64   6.057000000000e+03
 UP BND       f_tp2_pp1__tp8_pp1_b128   5.182000000000e+03
 UP BND       f_tp2_pp1__tp8_pp1_b256   7.011000000000e+03
 UP BND       f_tp2_pp1__tp8_pp1_b64   3.845000000000e+03
 UP BND       f_tp2_pp2__tp1_pp1_b128   5.832000000000e+03
 UP BND       f_tp2_pp2__tp1_pp1_b256   7.011000000000e+03
 UP BND       f_tp2_pp2__tp1_pp1_b64   4.656000000000e+03
 UP BND       f_tp2_pp2__tp1_pp2_b128   7.011000000000e+03
 UP BND       f_tp2_pp2__tp1_pp2_b256   7.011000000000e+03
 UP BND       f_tp2_pp2__tp1_pp2_b64   3.460000000000e+03
 UP BND       f_tp2_pp2__tp2_pp1_b128   2.988000000000e+03
 UP BND       f_tp2_pp2__tp2_pp1_b256   6.640000000000e+03
 UP BND       f_tp2_pp2__tp2_pp1_b64   6.736000000000e+03
 UP BND       f_tp2_pp2__tp2_pp2_b128   5.642000000000e+03
 UP BND       f_tp2_pp2__tp2_pp2_b256   7.011000000000e+03
 UP BND       f_tp2_pp2__tp2_pp2_b64   3.806000000000e+03
 UP BND       f_tp2_pp2__tp4_pp1_b128   3.756000000000e+03
 UP BND       f_tp2_pp2__tp4_pp1_b256   4.502000000000e+03
 UP BND       f_tp2_pp2__tp4_pp1_b64   4.578000000000e+03
 UP BND       f_tp2_pp2__tp4_pp2_b128   7.011000000000e+03
 UP BND       f_tp2_pp2__tp4_pp2_b256   4.712000000000e+03
 UP BND       f_tp2_pp2__tp4_pp2_b64   6.057000000000e+03
 UP BND       f_tp2_pp2__tp8_pp1_b128   5.182000000000e+03
 UP BND       f_tp2_pp2__tp8_pp1_b256   7.011000000000e+03
 UP BND       f_tp2_pp2__tp8_pp1_b64   3.845000000000e+03
 UP BND       f_tp4_pp1__tp1_pp1_b128   5.832000000000e+03
 UP BND       f_tp4_pp1__tp1_pp1_b256   7.011000000000e+03
 UP BND       f_tp4_pp1__tp1_pp1_b64   4.656000000000e+03
 UP BND       f_tp4_pp1__tp1_pp2_b128   7.011000000000e+03
 UP BND       f_tp4_pp1__tp1_pp2_b256   7.011000000000e+03
 UP BND       f_tp4_pp1__tp1_pp2_b64   3.460000000000e+03
 UP BND       f_tp4_pp1__tp2_pp1_b128   2.988000000000e+03
 UP BND       f_tp4_pp1__tp2_pp1_b256   6.640000000000e+03
 UP BND       f_tp4_pp1__tp2_pp1_b64   6.736000000000e+03
 UP BND       f_tp4_pp1__tp2_pp2_b128   5.642000000000e+03
 UP BND       f_tp4_pp1__tp2_pp2_b256   7.011000000000e+03
 UP BND       f_tp4_pp1__tp2_pp2_b64   3.806000000000e+03
 UP BND       f_tp4_pp1__tp4_pp1_b128   3.756000000000e+03
 UP BND       f_tp4_pp1__tp4_pp1_b256   4.502000000000e+03
 UP BND       f_tp4_pp1__tp4_pp1_b64   4.578000000000e+03
 UP BND       f_tp4_pp1__tp4_pp2_b128   7.011000000000e+03
 UP BND       f_tp4_pp1__tp4_pp2_b256   4.712000000000e+03
 UP BND       f_tp4_pp1__tp4_pp2_b64   6.057000000000e+03
 UP BND       f_tp4_pp1__tp8_pp1_b128   5.182000000000e+03
 UP BND       f_tp4_pp1__tp8_pp1_b256   7.011000000000e+03
 UP BND       f_tp4_pp1__tp8_pp1_b64   3.845000000000e+03
 UP BND       f_tp4_pp2__tp1_pp1_b128   5.832000000000e+03
 UP BND       f_tp4_pp2__tp1_pp1_b256   7.011000000000e+03
 UP BND       f_tp4_pp2__tp1_pp1_b64   4.656000000000e+03
 UP BND       f_tp4_pp2__tp1_pp2_b128   7.011000000000e+03
 UP BND       f_tp4_pp2__tp1_pp2_b256   7.011000000000e+03
 UP BND       f_tp4_pp2__tp1_pp2_b64   3.460000000000e+03
 UP BND       f_tp4_pp2__tp2_pp1_b128   2.988000000000e+03
 UP BND       f_tp4_pp2__tp2_pp1_b256   6.640000000000e+03
 UP BND       f_tp4_pp2__tp2_pp1_b64   6.736000000000e+03
 UP BND       f_tp4_pp2__tp2_pp2_b128   5.642000000000e+03
 UP BND       f_tp4_pp2__tp2_pp2_b256   7.011000000000e+03
 UP BND       f_tp4_pp2__tp2_pp2_b64   3.806000000000e+03
 UP BND       f_tp4_pp2__tp4_pp1_b128   3.756000000000e+03
 UP BND       f_tp4_pp2__tp4_pp1_b256   4.502000000000e+03
 UP BND       f_tp4_pp2__tp4_pp1_b64   4.578000000000e+03
 UP BND       f_tp4_pp2__tp4_pp2_b128   7.011000000000e+03
 UP BND       f_tp4_pp2__tp4_pp2_b256   4.712000000000e+03
 UP BND       f_tp4_pp2__tp4_pp2_b64   6.057000000000e+03
 UP BND       f_tp4_pp2__tp8_pp1_b128   5.182000000000e+03
 UP BND       f_tp4_pp2__tp8_pp1_b256   7.011000000000e+03
 UP BND       f_tp4_pp2__tp8_pp1_b64   3.845000000000e+03
 UP BND       f_tp8_pp1__tp1_pp1_b128   5.832000000000e+03
 UP BND       f_tp8_pp1__tp1_pp1_b256   7.011000000000e+03
 UP BND       f_tp8_pp1__tp1_pp1_b64   4.656000000000e+03
 UP BND       f_tp8_pp1__tp1_pp2_b128   7.011000000000e+03
 UP BND       f_tp8_pp1__tp1_pp2_b256   7.011000000000e+03
 UP BND       f_tp8_pp1__tp1_pp2_b64   3.460000000000e+03
 UP BND       f_tp8_pp1__tp2_pp1_b128   2.988000000000e+03
 UP BND       f_tp8_pp1__tp2_pp1_b256   6.640000000000e+03
 UP BND       f_tp8_pp1__tp2_pp1_b64   6.736000000000e+03
 UP BND       f_tp8_pp1__tp2_pp2_b128   5.642000000000e+03
 UP BND       f_tp8_pp1__tp2_pp2_b256   7.011000000000e+03
 UP BND       f_tp8_pp1__tp2_pp2_b64   3.806000000000e+03
 UP BND       f_tp8_pp1__tp4_pp1_b128   3.756000000000e+03
 UP BND       f_tp8_pp1__tp4_pp1_b256   4.502000000000e+03
 UP BND       f_tp8_pp1__tp4_pp1_b64   4.578000000000e+03
 UP BND       f_tp8_pp1__tp4_pp2_b128   7.011000000000e+03
 UP BND       f_tp8_pp1__tp4_pp2_b256   4.712000000000e+03
 UP BND       f_tp8_pp1__tp4_pp2_b64   6.057000000000e+03
 UP BND       f_tp8_pp1__tp8_pp1_b128   5.182000000000e+03
 UP BND       f_tp8_pp1__tp8_pp1_b256   7.011000000000e+03
 UP BND       f_tp8_pp1__tp8_pp1_b64   3.845000000000e+03
 UP BND       n_dec_tp1_pp1_b128   8.000000000000e+00
 UP BND       n_dec_tp1_pp1_b256   8.000000000000e+00
 UP BND       n_dec_tp1_pp1_b64   8.000000000000e+00
 UP BND       n_dec_tp1_pp2_b128   4.000000000000e+00
 UP BND       n_dec_tp1_pp2_b256   4.000000000000e+00
 UP BND       n_dec_tp1_pp2_b64   4.000000000000e+00
 UP BND       n_dec_tp2_pp1_b128   4.000000000000e+00
 UP BND       n_dec_tp2_pp1_b256   4.000000000000e+00
 UP BND       n_dec_tp2_pp1_b64   4.000000000000e+00
 UP BND       n_dec_tp2_pp2_b128   2.000000000000e+00
 UP BND       n_dec_tp2_pp2_b256   2.000000000000e+00
 UP BND       n_dec_tp2_pp2_b64   2.000000000000e+00
 UP BND       n_dec_tp4_pp1_b128   2.000000000000e+00
 UP BND       n_dec_tp4_pp1_b256   2.000000000000e+00
 UP BND       n_dec_tp4_pp1_b64   2.000000000000e+00
 BV BND       n_dec_tp4_pp2_b128
 BV BND       n_dec_tp4_pp2_b256
 BV BND       n_dec_tp4_pp2_b64
 BV BND       n_dec_tp8_pp1_b128
 BV BND       n_dec_tp8_pp1_b256
 BV BND       n_dec_tp8_pp1_b64
 UP BND       n_pre_tp1_pp1   8.000000000000e+00
 UP BND       n_pre_tp1_pp2   4.000000000000e+00
 UP BND       n_pre_tp2_pp1   4.000000000000e+00
 UP BND       n_pre_tp2_pp2   2.000000000000e+00
 UP BND       n_pre_tp4_pp1   2.000000000000e+00
 BV BND       n_pre_tp4_pp2
 BV BND       n_pre_tp8_pp1
 UP BND       served_units   7.011000000000e+03
 BV BND       u_dec_tp1_pp1_b128
 BV BND       u_dec_tp1_pp1_b256
 BV BND       u_dec_tp1_pp1_b64
 BV BND       u_dec_tp1_pp2_b128
 BV BND       u_dec_tp1_pp2_b256
 BV BND       u_dec_tp1_pp2_b64
 BV BND       u_dec_tp2_pp1_b128
 BV BND       u_dec_tp2_pp1_b256
 BV BND       u_dec_tp2_pp1_b64
 BV BND       u_dec_tp2_pp2_b128
 BV BND       u_dec_tp2_pp2_b256
 BV BND       u_dec_tp2_pp2_b64
 BV BND       u_dec_tp4_pp1_b128
 BV BND       u_dec_tp4_pp1_b256
 BV BND       u_dec_tp4_pp1_b64
 BV BND       u_dec_tp4_pp2_b128
 BV BND       u_dec_tp4_pp2_b256
 BV BND       u_dec_tp4_pp2_b64
 BV BND       u_dec_tp8_pp1_b128
 BV BND       u_dec_tp8_pp1_b256
 BV BND       u_dec_tp8_pp1_b64
 BV BND       u_pre_tp1_pp1
 BV BND       u_pre_tp1_pp2
 BV BND       u_pre_tp2_pp1
 BV BND       u_pre_tp2_pp2
 BV BND       u_pre_tp4_pp1
 BV BND       u_pre_tp4_pp2
 BV BND       u_pre_tp8_pp1
 BV BND       z_tp1_pp1__tp1_pp1_b128
 BV BND       z_tp1_pp1__tp1_pp1_b256
 BV BND       z_tp1_pp1__tp1_pp1_b64
 BV BND       z_tp1_pp1__tp1_pp2_b128
 BV BND       z_tp1_pp1__tp1_pp2_b256
 BV BND       z_tp1_pp1__tp1_pp2_b64
 BV BND       z_tp1_pp1__tp2_pp1_b128
 BV BND       z_tp1_pp1__tp2_pp1_b256
 BV BND       z_tp1_pp1__tp2_pp1_b64
 BV BND       z_tp1_pp1__tp2_pp2_b128
 BV BND       z_tp1_pp1__tp2_pp2_b256
 BV BND       z_tp1_pp1__tp2_pp2_b64
 BV BND       z_tp1_pp1__tp4_pp1_b128
 BV BND       z_tp1_pp1__tp4_pp1_b256
 BV BND       z_tp1_pp1__tp4_pp1_b64
 BV BND       z_tp1_pp1__tp4_pp2_b128
 BV BND       z_tp1_pp1__tp4_pp2_b256
 BV BND       z_tp1_pp1__tp4_pp2_b64
 BV BND       z_tp1_pp1__tp8_pp1_b128
 BV BND       z_tp1_pp1__tp8_pp1_b256
 BV BND       z_tp1_pp1__tp8_pp1_b64
 BV BND       z_tp1_pp2__tp1_pp1_b128
 BV BND       z_tp1_pp2__tp1_pp1_b256
 BV BND       z_tp1_pp2__tp1_pp1_b64
 BV BND       z_tp1_pp2__tp1_pp2_b128
 BV BND       z_tp1_pp2__tp1_pp2_b256
 BV BND       z_tp1_pp2__tp1_pp2_b64
 BV BND       z_tp1_pp2__tp2_pp1_b128
 BV BND       z_tp1_pp2__tp2_pp1_b256
 BV BND       z_tp1_pp2__tp2_pp1_b64
 BV BND       z_tp1_pp2__tp2_pp2_b128
 BV BND       z_tp1_pp2__tp2_pp2_b256
 BV BND       z_tp1_pp2__tp2_pp2_b64
 BV BND       z_tp1_pp2__tp4_pp1_b128
 BV BND       z_tp1_pp2__tp4_pp1_b256
 BV BND       z_tp1_pp2__tp4_pp1_b64
 BV BND       z_tp1_pp2__tp4_pp2_b128
 BV BND       z_tp1_pp2__tp4_pp2_b256
 BV BND       z_tp1_pp2__tp4_pp2_b64
 BV BND       z_tp1_pp2__tp8_pp1_b128
 BV BND       z_tp1_pp2__tp8_pp1_b256
 BV BND       z_tp1_pp2__tp8_pp1_b64
 BV BND       z_tp2_pp1__tp1_pp1_b128
 BV BND       z_tp2_pp1__tp1_pp1_b256
 BV BND       z_tp2_pp1__tp1_pp1_b64
 BV BND       z_tp2_pp1__tp1_pp2_b128
 BV BND       z_tp2_pp1__tp1_pp2_b256
 BV BND       z_tp2_pp1__tp1_pp2_b64
 BV BND       z_tp2_pp1__tp2_pp1_b128
 BV BND       z_tp2_pp1__tp2_pp1_b256
 BV BND       z_tp2_pp1__tp2_pp1_b64
 BV BND       z_tp2_pp1__tp2_pp2_b128
 BV BND       z_tp2_pp1__tp2_pp2_b256
 BV BND       z_tp2_pp1__tp2_pp2_b64
 BV BND       z_tp2_pp1__tp4_pp1_b128
 BV BND       z_tp2_pp1__tp4_pp1_b256
 BV BND       z_tp2_pp1__tp4_pp1_b64
 BV BND       z_tp2_pp1__tp4_pp2_b128
 BV BND       z_tp2_pp1__tp4_pp2_b256
 BV BND       z_tp2_pp1__tp4_pp2_b64
 BV BND       z_tp2_pp1__tp8_pp1_b128
 BV BND       z_tp2_pp1__tp8_pp1_b256
 BV BND       z_tp2_pp1__tp8_pp1_b64
 BV BND       z_tp2_pp2__tp1_pp1_b128
 BV BND       z_tp2_pp2__tp1_pp1_b256
 BV BND       z_tp2_pp2__tp1_pp1_b64
 BV BND       z_tp2_pp2__tp1_pp2_b128
 BV BND       z_tp2_pp2__tp1_pp2_b256
 BV BND       z_tp2_pp2__tp1_pp2_b64
 BV BND       z_tp2_pp2__tp2_pp1_b128
 BV BND       z_tp2_pp2__tp2_pp1_b256
 BV BND       z_tp2_pp2__tp2_pp1_b64
 BV BND       z_tp2_pp2__tp2_pp2_b128
 BV BND       z_tp2_pp2__tp2_pp2_b256
 BV BND       z_tp2_pp2__tp2_pp2_b64
 BV BND       z_tp2_pp2__tp4_pp1_b128
 BV BND       z_tp2_pp2__tp4_pp1_b256
 BV BND       z_tp2_pp2__tp4_pp1_b64
 BV BND       z_tp2_pp2__tp4_pp2_b128
 BV BND       z_tp2_pp2__tp4_pp2_b256
 BV BND       z_tp2_pp2__tp4_pp2_b64
 BV BND       z_tp2_pp2__tp8_pp1_b128
 BV BND       z_tp2_pp2__tp8_pp1_b256
 BV BND       z_tp2_pp2__tp8_pp1_b64
 BV BND       z_tp4_pp1__tp1_pp1_b128
 BV BND       z_tp4_pp1__tp1_pp1_b256
 BV BND       z_tp4_pp1__tp1_pp1_b64
 BV BND       z_tp4_pp1__tp1_pp2_b128
 BV BND       z_tp4_pp1__tp1_pp2_b256
 BV BND       z_tp4_pp1__tp1_pp2_b64
 BV BND       z_tp4_pp1__tp2_pp1_b128
 BV BND       z_tp4_pp1__tp2_pp1_b256
 BV BND       z_tp4_pp1__tp2_pp1_b64
 BV BND       z_tp4_pp1__tp2_pp2_b128
 BV BND       z_tp4_pp1__tp2_pp2_b256
 BV BND       z_tp4_pp1__tp2_pp2_b64
 BV BND       z_tp4_pp1__tp4_pp1_b128
 BV BND       z_tp4_pp1__tp4_pp1_b256
 BV BND       z_tp4_pp1__tp4_pp1_b64
 BV BND       z_tp4_pp1__tp4_pp2_b128
 BV BND       z_tp4_pp1__tp4_pp2_b256
 BV BND       z_tp4_pp1__tp4_pp2_b64
 BV BND       z_tp4_pp1__tp8_pp1_b128
 BV BND       z_tp4_pp1__tp8_pp1_b256
 BV BND       z_tp4_pp1__tp8_pp1_b64
 BV BND       z_tp4_pp2__tp1_pp1_b128
 BV BND       z_tp4_pp2__tp1_pp1_b256
 BV BND       z_tp4_pp2__tp1_pp1_b64
 BV BND       z_tp4_pp2__tp1_pp2_b128
 BV BND       z_tp4_pp2__tp1_pp2_b256
 BV BND       z_tp4_pp2__tp1_pp2_b64
 BV BND       z_tp4_pp2__tp2_pp1_b128
 BV BND       z_tp4_pp2__tp2_pp1_b256
 BV BND       z_tp4_pp2__tp2_pp1_b64
 BV BND       z_tp4_pp2__tp2_pp2_b128
 BV BND       z_tp4_pp2__tp2_pp2_b256
 BV BND       z_tp4_pp2__tp2_pp2_b64
 BV BND       z_tp4_pp2__tp4_pp1_b128
 BV BND       z_tp4_pp2__tp4_pp1_b256
 BV BND       z_tp4_pp2__tp4_pp1_b64
 BV BND       z_tp4_pp2__tp4_pp2_b128
 BV BND       z_tp4_pp2__tp4_pp2_b256
 BV BND       z_tp4_pp2__tp4_pp2_b64
 BV BND       z_tp4_pp2__tp8_pp1_b128
 BV BND       z_tp4_pp2__tp8_pp1_b256
 BV BND       z_tp4_pp2__tp8_pp1_b64
 BV BND       z_tp8_pp1__tp1_pp1_b128
 BV BND       z_tp8_pp1__tp1_pp1_b256
 BV BND       z_tp8_pp1__tp1_pp1_b64
 BV BND       z_tp8_pp1__tp1_pp2_b128
 BV BND       z_tp8_pp1__tp1_pp2_b256
 BV BND       z_tp8_pp1__tp1_pp2_b64
 BV BND       z_tp8_pp1__tp2_pp1_b128
 BV BND       z_tp8_pp1__tp2_pp1_b256
 BV BND       z_tp8_pp1__tp2_pp1_b64
 BV BND       z_tp8_pp1__tp2_pp2_b128
 BV BND       z_tp8_pp1__tp2_pp2_b256
 BV BND       z_tp8_pp1__tp2_pp2_b64
 BV BND       z_tp8_pp1__tp4_pp1_b128
 BV BND       z_tp8_pp1__tp4_pp1_b256
 BV BND       z_tp8_pp1__tp4_pp1_b64
 BV BND       z_tp8_pp1__tp4_pp2_b128
 BV BND       z_tp8_pp1__tp4_pp2_b256
 BV BND       z_tp8_pp1__tp4_pp2_b64
 BV BND       z_tp8_pp1__tp8_pp1_b128
 BV BND       z_tp8_pp1__tp8_pp1_b256
 BV BND       z_tp8_pp1__tp8_pp1_b64
ENDATA
