OBJSENSE
 MAX
NAME          disaggregation_scaled_size64
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
 L  structure__use_prefill_tp8_pp2
 L  structure__prefill_cap_tp8_pp2
 L  memory__prefill_tp8_pp2
 L  structure__use_prefill_tp8_pp4
 L  structure__prefill_cap_tp8_pp4
 L  memory__prefill_tp8_pp4
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
 L  structure__use_decode_tp8_pp2_b64
 L  structure__decode_cap_tp8_pp2_b64
 L  memory__decode_tp8_pp2_b64
 L  slo__tpot_tp8_pp2_b64
 L  structure__use_decode_tp8_pp2_b128
 L  structure__decode_cap_tp8_pp2_b128
 L  memory__decode_tp8_pp2_b128
 L  slo__tpot_tp8_pp2_b128
 L  structure__use_decode_tp8_pp2_b256
 L  structure__decode_cap_tp8_pp2_b256
 L  memory__decode_tp8_pp2_b256
 L  slo__tpot_tp8_pp2_b256
 L  structure__use_decode_tp8_pp4_b64
 L  structure__decode_cap_tp8_pp4_b64
 L  memory__decode_tp8_pp4_b64
 L  slo__tpot_tp8_pp4_b64
 L  structure__use_decode_tp8_pp4_b128
 L  structure__decode_cap_tp8_pp4_b128
 L  memory__decode_tp8_pp4_b128
 L  slo__tpot_tp8_pp4_b128
 L  structure__use_decode_tp8_pp4_b256
 L  structure__decode_cap_tp8_pp4_b256
 L  memory__decode_tp8_pp4_b256
 L  slo__tpot_tp8_pp4_b256
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
 L  structure__pair_tp1_pp1_tp8_pp2_b64
 L  slo__ttft_tp1_pp1_tp8_pp2_b64
 L  structure__pair_tp1_pp1_tp8_pp2_b128
 L  slo__ttft_tp1_pp1_tp8_pp2_b128
 L  structure__pair_tp1_pp1_tp8_pp2_b256
 L  slo__ttft_tp1_pp1_tp8_pp2_b256
 L  structure__pair_tp1_pp1_tp8_pp4_b64
 L  slo__ttft_tp1_pp1_tp8_pp4_b64
 L  structure__pair_tp1_pp1_tp8_pp4_b128
 L  slo__ttft_tp1_pp1_tp8_pp4_b128
 L  structure__pair_tp1_pp1_tp8_pp4_b256
 L  slo__ttft_tp1_pp1_tp8_pp4_b256
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
 L  structure__pair_tp2_pp1_tp8_pp2_b64
 L  slo__ttft_tp2_pp1_tp8_pp2_b64
 L  structure__pair_tp2_pp1_tp8_pp2_b128
 L  slo__ttft_tp2_pp1_tp8_pp2_b128
 L  structure__pair_tp2_pp1_tp8_pp2_b256
 L  slo__ttft_tp2_pp1_tp8_pp2_b256
 L  structure__pair_tp2_pp1_tp8_pp4_b64
 L  slo__ttft_tp2_pp1_tp8_pp4_b64
 L  structure__pair_tp2_pp1_tp8_pp4_b128
 L  slo__ttft_tp2_pp1_tp8_pp4_b128
 L  structure__pair_tp2_pp1_tp8_pp4_b256
 L  slo__ttft_tp2_pp1_tp8_pp4_b256
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
 L  structure__pair_tp1_pp2_tp8_pp2_b64
 L  slo__ttft_tp1_pp2_tp8_pp2_b64
 L  structure__pair_tp1_pp2_tp8_pp2_b128
 L  slo__ttft_tp1_pp2_tp8_pp2_b128
 L  structure__pair_tp1_pp2_tp8_pp2_b256
 L  slo__ttft_tp1_pp2_tp8_pp2_b256
 L  structure__pair_tp1_pp2_tp8_pp4_b64
 L  slo__ttft_tp1_pp2_tp8_pp4_b64
 L  structure__pair_tp1_pp2_tp8_pp4_b128
 L  slo__ttft_tp1_pp2_tp8_pp4_b128
 L  structure__pair_tp1_pp2_tp8_pp4_b256
 L  slo__ttft_tp1_pp2_tp8_pp4_b256
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
 L  structure__pair_tp4_pp1_tp8_pp2_b64
 L  slo__ttft_tp4_pp1_tp8_pp2_b64
 L  structure__pair_tp4_pp1_tp8_pp2_b128
 L  slo__ttft_tp4_pp1_tp8_pp2_b128
 L  structure__pair_tp4_pp1_tp8_pp2_b256
 L  slo__ttft_tp4_pp1_tp8_pp2_b256
 L  structure__pair_tp4_pp1_tp8_pp4_b64
 L  slo__ttft_tp4_pp1_tp8_pp4_b64
 L  structure__pair_tp4_pp1_tp8_pp4_b128
 L  slo__ttft_tp4_pp1_tp8_pp4_b128
 L  structure__pair_tp4_pp1_tp8_pp4_b256
 L  slo__ttft_tp4_pp1_tp8_pp4_b256
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
 L  structure__pair_tp2_pp2_tp8_pp2_b64
 L  slo__ttft_tp2_pp2_tp8_pp2_b64
 L  structure__pair_tp2_pp2_tp8_pp2_b128
 L  slo__ttft_tp2_pp2_tp8_pp2_b128
 L  structure__pair_tp2_pp2_tp8_pp2_b256
 L  slo__ttft_tp2_pp2_tp8_pp2_b256
 L  structure__pair_tp2_pp2_tp8_pp4_b64
 L  slo__ttft_tp2_pp2_tp8_pp4_b64
 L  structure__pair_tp2_pp2_tp8_pp4_b128
 L  slo__ttft_tp2_pp2_tp8_pp4_b128
 L  structure__pair_tp2_pp2_tp8_pp4_b256
 L  slo__ttft_tp2_pp2_tp8_pp4_b256
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
 L  structure__pair_tp8_pp1_tp8_pp2_b64
 L  slo__ttft_tp8_pp1_tp8_pp2_b64
 L  structure__pair_tp8_pp1_tp8_pp2_b128
 L  slo__ttft_tp8_pp1_tp8_pp2_b128
 L  structure__pair_tp8_pp1_tp8_pp2_b256
 L  slo__ttft_tp8_pp1_tp8_pp2_b256
 L  structure__pair_tp8_pp1_tp8_pp4_b64
 L  slo__ttft_tp8_pp1_tp8_pp4_b64
 L  structure__pair_tp8_pp1_tp8_pp4_b128
 L  slo__ttft_tp8_pp1_tp8_pp4_b128
 L  structure__pair_tp8_pp1_tp8_pp4_b256
 L  slo__ttft_tp8_pp1_tp8_pp4_b256
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
 L  structure__pair_tp4_pp2_tp8_pp2_b64
 L  slo__ttft_tp4_pp2_tp8_pp2_b64
 L  structure__pair_tp4_pp2_tp8_pp2_b128
 L  slo__ttft_tp4_pp2_tp8_pp2_b128
 L  structure__pair_tp4_pp2_tp8_pp2_b256
 L  slo__ttft_tp4_pp2_tp8_pp2_b256
 L  structure__pair_tp4_pp2_tp8_pp4_b64
 L  slo__ttft_tp4_pp2_tp8_pp4_b64
 L  structure__pair_tp4_pp2_tp8_pp4_b128
 L  slo__ttft_tp4_pp2_tp8_pp4_b128
 L  structure__pair_tp4_pp2_tp8_pp4_b256
 L  slo__ttft_tp4_pp2_tp8_pp4_b256
 L  structure__pair_tp8_pp2_tp1_pp1_b64
 L  slo__ttft_tp8_pp2_tp1_pp1_b64
 L  structure__pair_tp8_pp2_tp1_pp1_b128
 L  slo__ttft_tp8_pp2_tp1_pp1_b128
 L  structure__pair_tp8_pp2_tp1_pp1_b256
 L  slo__ttft_tp8_pp2_tp1_pp1_b256
 L  structure__pair_tp8_pp2_tp2_pp1_b64
 L  slo__ttft_tp8_pp2_tp2_pp1_b64
 L  structure__pair_tp8_pp2_tp2_pp1_b128
 L  slo__ttft_tp8_pp2_tp2_pp1_b128
 L  structure__pair_tp8_pp2_tp2_pp1_b256
 L  slo__ttft_tp8_pp2_tp2_pp1_b256
 L  structure__pair_tp8_pp2_tp1_pp2_b64
 L  slo__ttft_tp8_pp2_tp1_pp2_b64
 L  structure__pair_tp8_pp2_tp1_pp2_b128
 L  slo__ttft_tp8_pp2_tp1_pp2_b128
 L  structure__pair_tp8_pp2_tp1_pp2_b256
 L  slo__ttft_tp8_pp2_tp1_pp2_b256
 L  structure__pair_tp8_pp2_tp4_pp1_b64
 L  slo__ttft_tp8_pp2_tp4_pp1_b64
 L  structure__pair_tp8_pp2_tp4_pp1_b128
 L  slo__ttft_tp8_pp2_tp4_pp1_b128
 L  structure__pair_tp8_pp2_tp4_pp1_b256
 L  slo__ttft_tp8_pp2_tp4_pp1_b256
 L  structure__pair_tp8_pp2_tp2_pp2_b64
 L  slo__ttft_tp8_pp2_tp2_pp2_b64
 L  structure__pair_tp8_pp2_tp2_pp2_b128
 L  slo__ttft_tp8_pp2_tp2_pp2_b128
 L  structure__pair_tp8_pp2_tp2_pp2_b256
 L  slo__ttft_tp8_pp2_tp2_pp2_b256
 L  structure__pair_tp8_pp2_tp8_pp1_b64
 L  slo__ttft_tp8_pp2_tp8_pp1_b64
 L  structure__pair_tp8_pp2_tp8_pp1_b128
 L  slo__ttft_tp8_pp2_tp8_pp1_b128
 L  structure__pair_tp8_pp2_tp8_pp1_b256
 L  slo__ttft_tp8_pp2_tp8_pp1_b256
 L  structure__pair_tp8_pp2_tp4_pp2_b64
 L  slo__ttft_tp8_pp2_tp4_pp2_b64
 L  structure__pair_tp8_pp2_tp4_pp2_b128
 L  slo__ttft_tp8_pp2_tp4_pp2_b128
 L  structure__pair_tp8_pp2_tp4_pp2_b256
 L  slo__ttft_tp8_pp2_tp4_pp2_b256
 L  structure__pair_tp8_pp2_tp8_pp2_b64
 L  slo__ttft_tp8_pp2_tp8_pp2_b64
 L  structure__pair_tp8_pp2_tp8_pp2_b128
 L  slo__ttft_tp8_pp2_tp8_pp2_b128
 L  structure__pair_tp8_pp2_tp8_pp2_b256
 L  slo__ttft_tp8_pp2_tp8_pp2_b256
 L  structure__pair_tp8_pp2_tp8_pp4_b64
 L  slo__ttft_tp8_pp2_tp8_pp4_b64
 L  structure__pair_tp8_pp2_tp8_pp4_b128
 L  slo__ttft_tp8_pp2_tp8_pp4_b128
 L  structure__pair_tp8_pp2_tp8_pp4_b256
 L  slo__ttft_tp8_pp2_tp8_pp4_b256
 L  structure__pair_tp8_pp4_tp1_pp1_b64
 L  slo__ttft_tp8_pp4_tp1_pp1_b64
 L  structure__pair_tp8_pp4_tp1_pp1_b128
 L  slo__ttft_tp8_pp4_tp1_pp1_b128
 L  structure__pair_tp8_pp4_tp1_pp1_b256
 L  slo__ttft_tp8_pp4_tp1_pp1_b256
 L  structure__pair_tp8_pp4_tp2_pp1_b64
 L  slo__ttft_tp8_pp4_tp2_pp1_b64
 L  structure__pair_tp8_pp4_tp2_pp1_b128
 L  slo__ttft_tp8_pp4_tp2_pp1_b128
 L  structure__pair_tp8_pp4_tp2_pp1_b256
 L  slo__ttft_tp8_pp4_tp2_pp1_b256
 L  structure__pair_tp8_pp4_tp1_pp2_b64
 L  slo__ttft_tp8_pp4_tp1_pp2_b64
 L  structure__pair_tp8_pp4_tp1_pp2_b128
 L  slo__ttft_tp8_pp4_tp1_pp2_b128
 L  structure__pair_tp8_pp4_tp1_pp2_b256
 L  slo__ttft_tp8_pp4_tp1_pp2_b256
 L  structure__pair_tp8_pp4_tp4_pp1_b64
 L  slo__ttft_tp8_pp4_tp4_pp1_b64
 L  structure__pair_tp8_pp4_tp4_pp1_b128
 L  slo__ttft_tp8_pp4_tp4_pp1_b128
 L  structure__pair_tp8_pp4_tp4_pp1_b256
 L  slo__ttft_tp8_pp4_tp4_pp1_b256
 L  structure__pair_tp8_pp4_tp2_pp2_b64
 L  slo__ttft_tp8_pp4_tp2_pp2_b64
 L  structure__pair_tp8_pp4_tp2_pp2_b128
 L  slo__ttft_tp8_pp4_tp2_pp2_b128
 L  structure__pair_tp8_pp4_tp2_pp2_b256
 L  slo__ttft_tp8_pp4_tp2_pp2_b256
 L  structure__pair_tp8_pp4_tp8_pp1_b64
 L  slo__ttft_tp8_pp4_tp8_pp1_b64
 L  structure__pair_tp8_pp4_tp8_pp1_b128
 L  slo__ttft_tp8_pp4_tp8_pp1_b128
 L  structure__pair_tp8_pp4_tp8_pp1_b256
 L  slo__ttft_tp8_pp4_tp8_pp1_b256
 L  structure__pair_tp8_pp4_tp4_pp2_b64
 L  slo__ttft_tp8_pp4_tp4_pp2_b64
 L  structure__pair_tp8_pp4_tp4_pp2_b128
 L  slo__ttft_tp8_pp4_tp4_pp2_b128
 L  structure__pair_tp8_pp4_tp4_pp2_b256
 L  slo__ttft_tp8_pp4_tp4_pp2_b256
 L  structure__pair_tp8_pp4_tp8_pp2_b64
 L  slo__ttft_tp8_pp4_tp8_pp2_b64
 L  structure__pair_tp8_pp4_tp8_pp2_b128
 L  slo__ttft_tp8_pp4_tp8_pp2_b128
 L  structure__pair_tp8_pp4_tp8_pp2_b256
 L  slo__ttft_tp8_pp4_tp8_pp2_b256
 L  structure__pair_tp8_pp4_tp8_pp4_b64
 L  slo__ttft_tp8_pp4_tp8_pp4_b64
 L  structure__pair_tp8_pp4_tp8_pp4_b128
 L  slo__ttft_tp8_pp4_tp8_pp4_b128
 L  structure__pair_tp8_pp4_tp8_pp4_b256
 L  slo__ttft_tp8_pp4_tp8_pp4_b256
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
    f_tp1_pp1__tp8_pp2_b128  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp8_pp2_b128  structure__decode_cap_tp8_pp2_b128   1.000000000000e+00
    f_tp1_pp1__tp8_pp2_b128  structure__pair_tp1_pp1_tp8_pp2_b128   1.000000000000e+00
    f_tp1_pp1__tp8_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp8_pp2_b256  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp8_pp2_b256  structure__decode_cap_tp8_pp2_b256   1.000000000000e+00
    f_tp1_pp1__tp8_pp2_b256  structure__pair_tp1_pp1_tp8_pp2_b256   1.000000000000e+00
    f_tp1_pp1__tp8_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp8_pp2_b64  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp8_pp2_b64  structure__decode_cap_tp8_pp2_b64   1.000000000000e+00
    f_tp1_pp1__tp8_pp2_b64  structure__pair_tp1_pp1_tp8_pp2_b64   1.000000000000e+00
    f_tp1_pp1__tp8_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp8_pp4_b128  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp8_pp4_b128  structure__decode_cap_tp8_pp4_b128   1.000000000000e+00
    f_tp1_pp1__tp8_pp4_b128  structure__pair_tp1_pp1_tp8_pp4_b128   1.000000000000e+00
    f_tp1_pp1__tp8_pp4_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp8_pp4_b256  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp8_pp4_b256  structure__decode_cap_tp8_pp4_b256   1.000000000000e+00
    f_tp1_pp1__tp8_pp4_b256  structure__pair_tp1_pp1_tp8_pp4_b256   1.000000000000e+00
    f_tp1_pp1__tp8_pp4_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp1__tp8_pp4_b64  structure__prefill_cap_tp1_pp1   1.000000000000e+00
    f_tp1_pp1__tp8_pp4_b64  structure__decode_cap_tp8_pp4_b64   1.000000000000e+00
    f_tp1_pp1__tp8_pp4_b64  structure__pair_tp1_pp1_tp8_pp4_b64   1.000000000000e+00
    f_tp1_pp1__tp8_pp4_b64  structure__served  -1.000000000000e+00
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
    f_tp1_pp2__tp8_pp2_b128  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp8_pp2_b128  structure__decode_cap_tp8_pp2_b128   1.000000000000e+00
    f_tp1_pp2__tp8_pp2_b128  structure__pair_tp1_pp2_tp8_pp2_b128   1.000000000000e+00
    f_tp1_pp2__tp8_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp8_pp2_b256  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp8_pp2_b256  structure__decode_cap_tp8_pp2_b256   1.000000000000e+00
    f_tp1_pp2__tp8_pp2_b256  structure__pair_tp1_pp2_tp8_pp2_b256   1.000000000000e+00
    f_tp1_pp2__tp8_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp8_pp2_b64  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp8_pp2_b64  structure__decode_cap_tp8_pp2_b64   1.000000000000e+00
    f_tp1_pp2__tp8_pp2_b64  structure__pair_tp1_pp2_tp8_pp2_b64   1.000000000000e+00
    f_tp1_pp2__tp8_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp8_pp4_b128  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp8_pp4_b128  structure__decode_cap_tp8_pp4_b128   1.000000000000e+00
    f_tp1_pp2__tp8_pp4_b128  structure__pair_tp1_pp2_tp8_pp4_b128   1.000000000000e+00
    f_tp1_pp2__tp8_pp4_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp8_pp4_b256  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp8_pp4_b256  structure__decode_cap_tp8_pp4_b256   1.000000000000e+00
    f_tp1_pp2__tp8_pp4_b256  structure__pair_tp1_pp2_tp8_pp4_b256   1.000000000000e+00
    f_tp1_pp2__tp8_pp4_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp1_pp2__tp8_pp4_b64  structure__prefill_cap_tp1_pp2   1.000000000000e+00
    f_tp1_pp2__tp8_pp4_b64  structure__decode_cap_tp8_pp4_b64   1.000000000000e+00
    f_tp1_pp2__tp8_pp4_b64  structure__pair_tp1_pp2_tp8_pp4_b64   1.000000000000e+00
    f_tp1_pp2__tp8_pp4_b64  structure__served  -1.000000000000e+00
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
    f_tp2_pp1__tp8_pp2_b128  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp8_pp2_b128  structure__decode_cap_tp8_pp2_b128   1.000000000000e+00
    f_tp2_pp1__tp8_pp2_b128  structure__pair_tp2_pp1_tp8_pp2_b128   1.000000000000e+00
    f_tp2_pp1__tp8_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp8_pp2_b256  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp8_pp2_b256  structure__decode_cap_tp8_pp2_b256   1.000000000000e+00
    f_tp2_pp1__tp8_pp2_b256  structure__pair_tp2_pp1_tp8_pp2_b256   1.000000000000e+00
    f_tp2_pp1__tp8_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp8_pp2_b64  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp8_pp2_b64  structure__decode_cap_tp8_pp2_b64   1.000000000000e+00
    f_tp2_pp1__tp8_pp2_b64  structure__pair_tp2_pp1_tp8_pp2_b64   1.000000000000e+00
    f_tp2_pp1__tp8_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp8_pp4_b128  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp8_pp4_b128  structure__decode_cap_tp8_pp4_b128   1.000000000000e+00
    f_tp2_pp1__tp8_pp4_b128  structure__pair_tp2_pp1_tp8_pp4_b128   1.000000000000e+00
    f_tp2_pp1__tp8_pp4_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp8_pp4_b256  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp8_pp4_b256  structure__decode_cap_tp8_pp4_b256   1.000000000000e+00
    f_tp2_pp1__tp8_pp4_b256  structure__pair_tp2_pp1_tp8_pp4_b256   1.000000000000e+00
    f_tp2_pp1__tp8_pp4_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp1__tp8_pp4_b64  structure__prefill_cap_tp2_pp1   1.000000000000e+00
    f_tp2_pp1__tp8_pp4_b64  structure__decode_cap_tp8_pp4_b64   1.000000000000e+00
    f_tp2_pp1__tp8_pp4_b64  structure__pair_tp2_pp1_tp8_pp4_b64   1.000000000000e+00
    f_tp2_pp1__tp8_pp4_b64  structure__served  -1.000000000000e+00
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
    f_tp2_pp2__tp8_pp2_b128  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp8_pp2_b128  structure__decode_cap_tp8_pp2_b128   1.000000000000e+00
    f_tp2_pp2__tp8_pp2_b128  structure__pair_tp2_pp2_tp8_pp2_b128   1.000000000000e+00
    f_tp2_pp2__tp8_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp8_pp2_b256  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp8_pp2_b256  structure__decode_cap_tp8_pp2_b256   1.000000000000e+00
    f_tp2_pp2__tp8_pp2_b256  structure__pair_tp2_pp2_tp8_pp2_b256   1.000000000000e+00
    f_tp2_pp2__tp8_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp8_pp2_b64  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp8_pp2_b64  structure__decode_cap_tp8_pp2_b64   1.000000000000e+00
    f_tp2_pp2__tp8_pp2_b64  structure__pair_tp2_pp2_tp8_pp2_b64   1.000000000000e+00
    f_tp2_pp2__tp8_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp8_pp4_b128  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp8_pp4_b128  structure__decode_cap_tp8_pp4_b128   1.000000000000e+00
    f_tp2_pp2__tp8_pp4_b128  structure__pair_tp2_pp2_tp8_pp4_b128   1.000000000000e+00
    f_tp2_pp2__tp8_pp4_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp8_pp4_b256  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp8_pp4_b256  structure__decode_cap_tp8_pp4_b256   1.000000000000e+00
    f_tp2_pp2__tp8_pp4_b256  structure__pair_tp2_pp2_tp8_pp4_b256   1.000000000000e+00
    f_tp2_pp2__tp8_pp4_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp2_pp2__tp8_pp4_b64  structure__prefill_cap_tp2_pp2   1.000000000000e+00
    f_tp2_pp2__tp8_pp4_b64  structure__decode_cap_tp8_pp4_b64   1.000000000000e+00
    f_tp2_pp2__tp8_pp4_b64  structure__pair_tp2_pp2_tp8_pp4_b64   1.000000000000e+00
    f_tp2_pp2__tp8_pp4_b64  structure__served  -1.000000000000e+00
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
    f_tp4_pp1__tp8_pp2_b128  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp8_pp2_b128  structure__decode_cap_tp8_pp2_b128   1.000000000000e+00
    f_tp4_pp1__tp8_pp2_b128  structure__pair_tp4_pp1_tp8_pp2_b128   1.000000000000e+00
    f_tp4_pp1__tp8_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp8_pp2_b256  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp8_pp2_b256  structure__decode_cap_tp8_pp2_b256   1.000000000000e+00
    f_tp4_pp1__tp8_pp2_b256  structure__pair_tp4_pp1_tp8_pp2_b256   1.000000000000e+00
    f_tp4_pp1__tp8_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp8_pp2_b64  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp8_pp2_b64  structure__decode_cap_tp8_pp2_b64   1.000000000000e+00
    f_tp4_pp1__tp8_pp2_b64  structure__pair_tp4_pp1_tp8_pp2_b64   1.000000000000e+00
    f_tp4_pp1__tp8_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp8_pp4_b128  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp8_pp4_b128  structure__decode_cap_tp8_pp4_b128   1.000000000000e+00
    f_tp4_pp1__tp8_pp4_b128  structure__pair_tp4_pp1_tp8_pp4_b128   1.000000000000e+00
    f_tp4_pp1__tp8_pp4_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp8_pp4_b256  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp8_pp4_b256  structure__decode_cap_tp8_pp4_b256   1.000000000000e+00
    f_tp4_pp1__tp8_pp4_b256  structure__pair_tp4_pp1_tp8_pp4_b256   1.000000000000e+00
    f_tp4_pp1__tp8_pp4_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp1__tp8_pp4_b64  structure__prefill_cap_tp4_pp1   1.000000000000e+00
    f_tp4_pp1__tp8_pp4_b64  structure__decode_cap_tp8_pp4_b64   1.000000000000e+00
    f_tp4_pp1__tp8_pp4_b64  structure__pair_tp4_pp1_tp8_pp4_b64   1.000000000000e+00
    f_tp4_pp1__tp8_pp4_b64  structure__served  -1.000000000000e+00
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
    f_tp4_pp2__tp8_pp2_b128  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp8_pp2_b128  structure__decode_cap_tp8_pp2_b128   1.000000000000e+00
    f_tp4_pp2__tp8_pp2_b128  structure__pair_tp4_pp2_tp8_pp2_b128   1.000000000000e+00
    f_tp4_pp2__tp8_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp8_pp2_b256  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp8_pp2_b256  structure__decode_cap_tp8_pp2_b256   1.000000000000e+00
    f_tp4_pp2__tp8_pp2_b256  structure__pair_tp4_pp2_tp8_pp2_b256   1.000000000000e+00
    f_tp4_pp2__tp8_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp8_pp2_b64  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp8_pp2_b64  structure__decode_cap_tp8_pp2_b64   1.000000000000e+00
    f_tp4_pp2__tp8_pp2_b64  structure__pair_tp4_pp2_tp8_pp2_b64   1.000000000000e+00
    f_tp4_pp2__tp8_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp8_pp4_b128  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp8_pp4_b128  structure__decode_cap_tp8_pp4_b128   1.000000000000e+00
    f_tp4_pp2__tp8_pp4_b128  structure__pair_tp4_pp2_tp8_pp4_b128   1.000000000000e+00
    f_tp4_pp2__tp8_pp4_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp8_pp4_b256  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp8_pp4_b256  structure__decode_cap_tp8_pp4_b256   1.000000000000e+00
    f_tp4_pp2__tp8_pp4_b256  structure__pair_tp4_pp2_tp8_pp4_b256   1.000000000000e+00
    f_tp4_pp2__tp8_pp4_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp4_pp2__tp8_pp4_b64  structure__prefill_cap_tp4_pp2   1.000000000000e+00
    f_tp4_pp2__tp8_pp4_b64  structure__decode_cap_tp8_pp4_b64   1.000000000000e+00
    f_tp4_pp2__tp8_pp4_b64  structure__pair_tp4_pp2_tp8_pp4_b64   1.000000000000e+00
    f_tp4_pp2__tp8_pp4_b64  structure__served  -1.000000000000e+00
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
    f_tp8_pp1__tp8_pp2_b128  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp8_pp2_b128  structure__decode_cap_tp8_pp2_b128   1.000000000000e+00
    f_tp8_pp1__tp8_pp2_b128  structure__pair_tp8_pp1_tp8_pp2_b128   1.000000000000e+00
    f_tp8_pp1__tp8_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp8_pp2_b256  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp8_pp2_b256  structure__decode_cap_tp8_pp2_b256   1.000000000000e+00
    f_tp8_pp1__tp8_pp2_b256  structure__pair_tp8_pp1_tp8_pp2_b256   1.000000000000e+00
    f_tp8_pp1__tp8_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp8_pp2_b64  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp8_pp2_b64  structure__decode_cap_tp8_pp2_b64   1.000000000000e+00
    f_tp8_pp1__tp8_pp2_b64  structure__pair_tp8_pp1_tp8_pp2_b64   1.000000000000e+00
    f_tp8_pp1__tp8_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp8_pp4_b128  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp8_pp4_b128  structure__decode_cap_tp8_pp4_b128   1.000000000000e+00
    f_tp8_pp1__tp8_pp4_b128  structure__pair_tp8_pp1_tp8_pp4_b128   1.000000000000e+00
    f_tp8_pp1__tp8_pp4_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp8_pp4_b256  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp8_pp4_b256  structure__decode_cap_tp8_pp4_b256   1.000000000000e+00
    f_tp8_pp1__tp8_pp4_b256  structure__pair_tp8_pp1_tp8_pp4_b256   1.000000000000e+00
    f_tp8_pp1__tp8_pp4_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp1__tp8_pp4_b64  structure__prefill_cap_tp8_pp1   1.000000000000e+00
    f_tp8_pp1__tp8_pp4_b64  structure__decode_cap_tp8_pp4_b64   1.000000000000e+00
    f_tp8_pp1__tp8_pp4_b64  structure__pair_tp8_pp1_tp8_pp4_b64   1.000000000000e+00
    f_tp8_pp1__tp8_pp4_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp1_pp1_b128  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp1_pp1_b128  structure__decode_cap_tp1_pp1_b128   1.000000000000e+00
    f_tp8_pp2__tp1_pp1_b128  structure__pair_tp8_pp2_tp1_pp1_b128   1.000000000000e+00
    f_tp8_pp2__tp1_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp1_pp1_b256  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp1_pp1_b256  structure__decode_cap_tp1_pp1_b256   1.000000000000e+00
    f_tp8_pp2__tp1_pp1_b256  structure__pair_tp8_pp2_tp1_pp1_b256   1.000000000000e+00
    f_tp8_pp2__tp1_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp1_pp1_b64  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp1_pp1_b64  structure__decode_cap_tp1_pp1_b64   1.000000000000e+00
    f_tp8_pp2__tp1_pp1_b64  structure__pair_tp8_pp2_tp1_pp1_b64   1.000000000000e+00
    f_tp8_pp2__tp1_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp1_pp2_b128  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp1_pp2_b128  structure__decode_cap_tp1_pp2_b128   1.000000000000e+00
    f_tp8_pp2__tp1_pp2_b128  structure__pair_tp8_pp2_tp1_pp2_b128   1.000000000000e+00
    f_tp8_pp2__tp1_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp1_pp2_b256  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp1_pp2_b256  structure__decode_cap_tp1_pp2_b256   1.000000000000e+00
    f_tp8_pp2__tp1_pp2_b256  structure__pair_tp8_pp2_tp1_pp2_b256   1.000000000000e+00
    f_tp8_pp2__tp1_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp1_pp2_b64  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp1_pp2_b64  structure__decode_cap_tp1_pp2_b64   1.000000000000e+00
    f_tp8_pp2__tp1_pp2_b64  structure__pair_tp8_pp2_tp1_pp2_b64   1.000000000000e+00
    f_tp8_pp2__tp1_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp2_pp1_b128  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp2_pp1_b128  structure__decode_cap_tp2_pp1_b128   1.000000000000e+00
    f_tp8_pp2__tp2_pp1_b128  structure__pair_tp8_pp2_tp2_pp1_b128   1.000000000000e+00
    f_tp8_pp2__tp2_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp2_pp1_b256  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp2_pp1_b256  structure__decode_cap_tp2_pp1_b256   1.000000000000e+00
    f_tp8_pp2__tp2_pp1_b256  structure__pair_tp8_pp2_tp2_pp1_b256   1.000000000000e+00
    f_tp8_pp2__tp2_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp2_pp1_b64  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp2_pp1_b64  structure__decode_cap_tp2_pp1_b64   1.000000000000e+00
    f_tp8_pp2__tp2_pp1_b64  structure__pair_tp8_pp2_tp2_pp1_b64   1.000000000000e+00
    f_tp8_pp2__tp2_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp2_pp2_b128  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp2_pp2_b128  structure__decode_cap_tp2_pp2_b128   1.000000000000e+00
    f_tp8_pp2__tp2_pp2_b128  structure__pair_tp8_pp2_tp2_pp2_b128   1.000000000000e+00
    f_tp8_pp2__tp2_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp2_pp2_b256  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp2_pp2_b256  structure__decode_cap_tp2_pp2_b256   1.000000000000e+00
    f_tp8_pp2__tp2_pp2_b256  structure__pair_tp8_pp2_tp2_pp2_b256   1.000000000000e+00
    f_tp8_pp2__tp2_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp2_pp2_b64  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp2_pp2_b64  structure__decode_cap_tp2_pp2_b64   1.000000000000e+00
    f_tp8_pp2__tp2_pp2_b64  structure__pair_tp8_pp2_tp2_pp2_b64   1.000000000000e+00
    f_tp8_pp2__tp2_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp4_pp1_b128  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp4_pp1_b128  structure__decode_cap_tp4_pp1_b128   1.000000000000e+00
    f_tp8_pp2__tp4_pp1_b128  structure__pair_tp8_pp2_tp4_pp1_b128   1.000000000000e+00
    f_tp8_pp2__tp4_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp4_pp1_b256  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp4_pp1_b256  structure__decode_cap_tp4_pp1_b256   1.000000000000e+00
    f_tp8_pp2__tp4_pp1_b256  structure__pair_tp8_pp2_tp4_pp1_b256   1.000000000000e+00
    f_tp8_pp2__tp4_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp4_pp1_b64  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp4_pp1_b64  structure__decode_cap_tp4_pp1_b64   1.000000000000e+00
    f_tp8_pp2__tp4_pp1_b64  structure__pair_tp8_pp2_tp4_pp1_b64   1.000000000000e+00
    f_tp8_pp2__tp4_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp4_pp2_b128  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp4_pp2_b128  structure__decode_cap_tp4_pp2_b128   1.000000000000e+00
    f_tp8_pp2__tp4_pp2_b128  structure__pair_tp8_pp2_tp4_pp2_b128   1.000000000000e+00
    f_tp8_pp2__tp4_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp4_pp2_b256  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp4_pp2_b256  structure__decode_cap_tp4_pp2_b256   1.000000000000e+00
    f_tp8_pp2__tp4_pp2_b256  structure__pair_tp8_pp2_tp4_pp2_b256   1.000000000000e+00
    f_tp8_pp2__tp4_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp4_pp2_b64  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp4_pp2_b64  structure__decode_cap_tp4_pp2_b64   1.000000000000e+00
    f_tp8_pp2__tp4_pp2_b64  structure__pair_tp8_pp2_tp4_pp2_b64   1.000000000000e+00
    f_tp8_pp2__tp4_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp8_pp1_b128  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp8_pp1_b128  structure__decode_cap_tp8_pp1_b128   1.000000000000e+00
    f_tp8_pp2__tp8_pp1_b128  structure__pair_tp8_pp2_tp8_pp1_b128   1.000000000000e+00
    f_tp8_pp2__tp8_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp8_pp1_b256  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp8_pp1_b256  structure__decode_cap_tp8_pp1_b256   1.000000000000e+00
    f_tp8_pp2__tp8_pp1_b256  structure__pair_tp8_pp2_tp8_pp1_b256   1.000000000000e+00
    f_tp8_pp2__tp8_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp8_pp1_b64  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp8_pp1_b64  structure__decode_cap_tp8_pp1_b64   1.000000000000e+00
    f_tp8_pp2__tp8_pp1_b64  structure__pair_tp8_pp2_tp8_pp1_b64   1.000000000000e+00
    f_tp8_pp2__tp8_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp8_pp2_b128  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp8_pp2_b128  structure__decode_cap_tp8_pp2_b128   1.000000000000e+00
    f_tp8_pp2__tp8_pp2_b128  structure__pair_tp8_pp2_tp8_pp2_b128   1.000000000000e+00
    f_tp8_pp2__tp8_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp8_pp2_b256  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp8_pp2_b256  structure__decode_cap_tp8_pp2_b256   1.000000000000e+00
    f_tp8_pp2__tp8_pp2_b256  structure__pair_tp8_pp2_tp8_pp2_b256   1.000000000000e+00
    f_tp8_pp2__tp8_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp8_pp2_b64  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp8_pp2_b64  structure__decode_cap_tp8_pp2_b64   1.000000000000e+00
    f_tp8_pp2__tp8_pp2_b64  structure__pair_tp8_pp2_tp8_pp2_b64   1.000000000000e+00
    f_tp8_pp2__tp8_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp8_pp4_b128  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp8_pp4_b128  structure__decode_cap_tp8_pp4_b128   1.000000000000e+00
    f_tp8_pp2__tp8_pp4_b128  structure__pair_tp8_pp2_tp8_pp4_b128   1.000000000000e+00
    f_tp8_pp2__tp8_pp4_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp8_pp4_b256  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp8_pp4_b256  structure__decode_cap_tp8_pp4_b256   1.000000000000e+00
    f_tp8_pp2__tp8_pp4_b256  structure__pair_tp8_pp2_tp8_pp4_b256   1.000000000000e+00
    f_tp8_pp2__tp8_pp4_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp2__tp8_pp4_b64  structure__prefill_cap_tp8_pp2   1.000000000000e+00
    f_tp8_pp2__tp8_pp4_b64  structure__decode_cap_tp8_pp4_b64   1.000000000000e+00
    f_tp8_pp2__tp8_pp4_b64  structure__pair_tp8_pp2_tp8_pp4_b64   1.000000000000e+00
    f_tp8_pp2__tp8_pp4_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp1_pp1_b128  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp1_pp1_b128  structure__decode_cap_tp1_pp1_b128   1.000000000000e+00
    f_tp8_pp4__tp1_pp1_b128  structure__pair_tp8_pp4_tp1_pp1_b128   1.000000000000e+00
    f_tp8_pp4__tp1_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp1_pp1_b256  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp1_pp1_b256  structure__decode_cap_tp1_pp1_b256   1.000000000000e+00
    f_tp8_pp4__tp1_pp1_b256  structure__pair_tp8_pp4_tp1_pp1_b256   1.000000000000e+00
    f_tp8_pp4__tp1_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp1_pp1_b64  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp1_pp1_b64  structure__decode_cap_tp1_pp1_b64   1.000000000000e+00
    f_tp8_pp4__tp1_pp1_b64  structure__pair_tp8_pp4_tp1_pp1_b64   1.000000000000e+00
    f_tp8_pp4__tp1_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp1_pp2_b128  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp1_pp2_b128  structure__decode_cap_tp1_pp2_b128   1.000000000000e+00
    f_tp8_pp4__tp1_pp2_b128  structure__pair_tp8_pp4_tp1_pp2_b128   1.000000000000e+00
    f_tp8_pp4__tp1_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp1_pp2_b256  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp1_pp2_b256  structure__decode_cap_tp1_pp2_b256   1.000000000000e+00
    f_tp8_pp4__tp1_pp2_b256  structure__pair_tp8_pp4_tp1_pp2_b256   1.000000000000e+00
    f_tp8_pp4__tp1_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp1_pp2_b64  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp1_pp2_b64  structure__decode_cap_tp1_pp2_b64   1.000000000000e+00
    f_tp8_pp4__tp1_pp2_b64  structure__pair_tp8_pp4_tp1_pp2_b64   1.000000000000e+00
    f_tp8_pp4__tp1_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp2_pp1_b128  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp2_pp1_b128  structure__decode_cap_tp2_pp1_b128   1.000000000000e+00
    f_tp8_pp4__tp2_pp1_b128  structure__pair_tp8_pp4_tp2_pp1_b128   1.000000000000e+00
    f_tp8_pp4__tp2_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp2_pp1_b256  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp2_pp1_b256  structure__decode_cap_tp2_pp1_b256   1.000000000000e+00
    f_tp8_pp4__tp2_pp1_b256  structure__pair_tp8_pp4_tp2_pp1_b256   1.000000000000e+00
    f_tp8_pp4__tp2_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp2_pp1_b64  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp2_pp1_b64  structure__decode_cap_tp2_pp1_b64   1.000000000000e+00
    f_tp8_pp4__tp2_pp1_b64  structure__pair_tp8_pp4_tp2_pp1_b64   1.000000000000e+00
    f_tp8_pp4__tp2_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp2_pp2_b128  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp2_pp2_b128  structure__decode_cap_tp2_pp2_b128   1.000000000000e+00
    f_tp8_pp4__tp2_pp2_b128  structure__pair_tp8_pp4_tp2_pp2_b128   1.000000000000e+00
    f_tp8_pp4__tp2_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp2_pp2_b256  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp2_pp2_b256  structure__decode_cap_tp2_pp2_b256   1.000000000000e+00
    f_tp8_pp4__tp2_pp2_b256  structure__pair_tp8_pp4_tp2_pp2_b256   1.000000000000e+00
    f_tp8_pp4__tp2_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp2_pp2_b64  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp2_pp2_b64  structure__decode_cap_tp2_pp2_b64   1.000000000000e+00
    f_tp8_pp4__tp2_pp2_b64  structure__pair_tp8_pp4_tp2_pp2_b64   1.000000000000e+00
    f_tp8_pp4__tp2_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp4_pp1_b128  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp4_pp1_b128  structure__decode_cap_tp4_pp1_b128   1.000000000000e+00
    f_tp8_pp4__tp4_pp1_b128  structure__pair_tp8_pp4_tp4_pp1_b128   1.000000000000e+00
    f_tp8_pp4__tp4_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp4_pp1_b256  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp4_pp1_b256  structure__decode_cap_tp4_pp1_b256   1.000000000000e+00
    f_tp8_pp4__tp4_pp1_b256  structure__pair_tp8_pp4_tp4_pp1_b256   1.000000000000e+00
    f_tp8_pp4__tp4_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp4_pp1_b64  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp4_pp1_b64  structure__decode_cap_tp4_pp1_b64   1.000000000000e+00
    f_tp8_pp4__tp4_pp1_b64  structure__pair_tp8_pp4_tp4_pp1_b64   1.000000000000e+00
    f_tp8_pp4__tp4_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp4_pp2_b128  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp4_pp2_b128  structure__decode_cap_tp4_pp2_b128   1.000000000000e+00
    f_tp8_pp4__tp4_pp2_b128  structure__pair_tp8_pp4_tp4_pp2_b128   1.000000000000e+00
    f_tp8_pp4__tp4_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp4_pp2_b256  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp4_pp2_b256  structure__decode_cap_tp4_pp2_b256   1.000000000000e+00
    f_tp8_pp4__tp4_pp2_b256  structure__pair_tp8_pp4_tp4_pp2_b256   1.000000000000e+00
    f_tp8_pp4__tp4_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp4_pp2_b64  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp4_pp2_b64  structure__decode_cap_tp4_pp2_b64   1.000000000000e+00
    f_tp8_pp4__tp4_pp2_b64  structure__pair_tp8_pp4_tp4_pp2_b64   1.000000000000e+00
    f_tp8_pp4__tp4_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp8_pp1_b128  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp8_pp1_b128  structure__decode_cap_tp8_pp1_b128   1.000000000000e+00
    f_tp8_pp4__tp8_pp1_b128  structure__pair_tp8_pp4_tp8_pp1_b128   1.000000000000e+00
    f_tp8_pp4__tp8_pp1_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp8_pp1_b256  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp8_pp1_b256  structure__decode_cap_tp8_pp1_b256   1.000000000000e+00
    f_tp8_pp4__tp8_pp1_b256  structure__pair_tp8_pp4_tp8_pp1_b256   1.000000000000e+00
    f_tp8_pp4__tp8_pp1_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp8_pp1_b64  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp8_pp1_b64  structure__decode_cap_tp8_pp1_b64   1.000000000000e+00
    f_tp8_pp4__tp8_pp1_b64  structure__pair_tp8_pp4_tp8_pp1_b64   1.000000000000e+00
    f_tp8_pp4__tp8_pp1_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp8_pp2_b128  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp8_pp2_b128  structure__decode_cap_tp8_pp2_b128   1.000000000000e+00
    f_tp8_pp4__tp8_pp2_b128  structure__pair_tp8_pp4_tp8_pp2_b128   1.000000000000e+00
    f_tp8_pp4__tp8_pp2_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp8_pp2_b256  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp8_pp2_b256  structure__decode_cap_tp8_pp2_b256   1.000000000000e+00
    f_tp8_pp4__tp8_pp2_b256  structure__pair_tp8_pp4_tp8_pp2_b256   1.000000000000e+00
    f_tp8_pp4__tp8_pp2_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp8_pp2_b64  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp8_pp2_b64  structure__decode_cap_tp8_pp2_b64   1.000000000000e+00
    f_tp8_pp4__tp8_pp2_b64  structure__pair_tp8_pp4_tp8_pp2_b64   1.000000000000e+00
    f_tp8_pp4__tp8_pp2_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp8_pp4_b128  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp8_pp4_b128  structure__decode_cap_tp8_pp4_b128   1.000000000000e+00
    f_tp8_pp4__tp8_pp4_b128  structure__pair_tp8_pp4_tp8_pp4_b128   1.000000000000e+00
    f_tp8_pp4__tp8_pp4_b128  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp8_pp4_b256  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp8_pp4_b256  structure__decode_cap_tp8_pp4_b256   1.000000000000e+00
    f_tp8_pp4__tp8_pp4_b256  structure__pair_tp8_pp4_tp8_pp4_b256   1.000000000000e+00
    f_tp8_pp4__tp8_pp4_b256  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    f_tp8_pp4__tp8_pp4_b64  structure__prefill_cap_tp8_pp4   1.000000000000e+00
    f_tp8_pp4__tp8_pp4_b64  structure__decode_cap_tp8_pp4_b64   1.000000000000e+00
    f_tp8_pp4__tp8_pp4_b64  structure__pair_tp8_pp4_tp8_pp4_b64   1.000000000000e+00
    f_tp8_pp4__tp8_pp4_b64  structure__served  -1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp1_pp1_b128  structure__use_decode_tp1_pp1_b128   1.000000000000e+00
    n_dec_tp1_pp1_b128  structure__decode_cap_tp1_pp1_b128  -1.299000000000e+03
    n_dec_tp1_pp1_b128  gpus__total   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp1_pp1_b256  structure__use_decode_tp1_pp1_b256   1.000000000000e+00
    n_dec_tp1_pp1_b256  structure__decode_cap_tp1_pp1_b256  -2.048000000000e+03
    n_dec_tp1_pp1_b256  gpus__total   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp1_pp1_b64  structure__use_decode_tp1_pp1_b64   1.000000000000e+00
    n_dec_tp1_pp1_b64  structure__decode_cap_tp1_pp1_b64  -3.770000000000e+02
    n_dec_tp1_pp1_b64  gpus__total   1.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp1_pp2_b128  structure__use_decode_tp1_pp2_b128   1.000000000000e+00
    n_dec_tp1_pp2_b128  structure__decode_cap_tp1_pp2_b128  -2.669000000000e+03
    n_dec_tp1_pp2_b128  gpus__total   2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp1_pp2_b256  structure__use_decode_tp1_pp2_b256   1.000000000000e+00
    n_dec_tp1_pp2_b256  structure__decode_cap_tp1_pp2_b256  -2.983000000000e+03
    n_dec_tp1_pp2_b256  gpus__total   2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp1_pp2_b64  structure__use_decode_tp1_pp2_b64   1.000000000000e+00
    n_dec_tp1_pp2_b64  structure__decode_cap_tp1_pp2_b64  -8.100000000000e+02
    n_dec_tp1_pp2_b64  gpus__total   2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp2_pp1_b128  structure__use_decode_tp2_pp1_b128   1.000000000000e+00
    n_dec_tp2_pp1_b128  structure__decode_cap_tp2_pp1_b128  -1.076000000000e+03
    n_dec_tp2_pp1_b128  gpus__total   2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp2_pp1_b256  structure__use_decode_tp2_pp1_b256   1.000000000000e+00
    n_dec_tp2_pp1_b256  structure__decode_cap_tp2_pp1_b256  -1.522000000000e+03
    n_dec_tp2_pp1_b256  gpus__total   2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp2_pp1_b64  structure__use_decode_tp2_pp1_b64   1.000000000000e+00
    n_dec_tp2_pp1_b64  structure__decode_cap_tp2_pp1_b64  -5.910000000000e+02
    n_dec_tp2_pp1_b64  gpus__total   2.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp2_pp2_b128  structure__use_decode_tp2_pp2_b128   1.000000000000e+00
    n_dec_tp2_pp2_b128  structure__decode_cap_tp2_pp2_b128  -4.113000000000e+03
    n_dec_tp2_pp2_b128  gpus__total   4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp2_pp2_b256  structure__use_decode_tp2_pp2_b256   1.000000000000e+00
    n_dec_tp2_pp2_b256  structure__decode_cap_tp2_pp2_b256  -2.311000000000e+03
    n_dec_tp2_pp2_b256  gpus__total   4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp2_pp2_b64  structure__use_decode_tp2_pp2_b64   1.000000000000e+00
    n_dec_tp2_pp2_b64  structure__decode_cap_tp2_pp2_b64  -2.148000000000e+03
    n_dec_tp2_pp2_b64  gpus__total   4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp4_pp1_b128  structure__use_decode_tp4_pp1_b128   1.000000000000e+00
    n_dec_tp4_pp1_b128  structure__decode_cap_tp4_pp1_b128  -3.636000000000e+03
    n_dec_tp4_pp1_b128  gpus__total   4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp4_pp1_b256  structure__use_decode_tp4_pp1_b256   1.000000000000e+00
    n_dec_tp4_pp1_b256  structure__decode_cap_tp4_pp1_b256  -4.497000000000e+03
    n_dec_tp4_pp1_b256  gpus__total   4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp4_pp1_b64  structure__use_decode_tp4_pp1_b64   1.000000000000e+00
    n_dec_tp4_pp1_b64  structure__decode_cap_tp4_pp1_b64  -3.320000000000e+03
    n_dec_tp4_pp1_b64  gpus__total   4.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp4_pp2_b128  structure__use_decode_tp4_pp2_b128   1.000000000000e+00
    n_dec_tp4_pp2_b128  structure__decode_cap_tp4_pp2_b128  -9.150000000000e+03
    n_dec_tp4_pp2_b128  gpus__total   8.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp4_pp2_b256  structure__use_decode_tp4_pp2_b256   1.000000000000e+00
    n_dec_tp4_pp2_b256  structure__decode_cap_tp4_pp2_b256  -8.187000000000e+03
    n_dec_tp4_pp2_b256  gpus__total   8.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp4_pp2_b64  structure__use_decode_tp4_pp2_b64   1.000000000000e+00
    n_dec_tp4_pp2_b64  structure__decode_cap_tp4_pp2_b64  -3.755000000000e+03
    n_dec_tp4_pp2_b64  gpus__total   8.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp8_pp1_b128  structure__use_decode_tp8_pp1_b128   1.000000000000e+00
    n_dec_tp8_pp1_b128  structure__decode_cap_tp8_pp1_b128  -9.600000000000e+03
    n_dec_tp8_pp1_b128  gpus__total   8.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp8_pp1_b256  structure__use_decode_tp8_pp1_b256   1.000000000000e+00
    n_dec_tp8_pp1_b256  structure__decode_cap_tp8_pp1_b256  -1.445000000000e+04
    n_dec_tp8_pp1_b256  gpus__total   8.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp8_pp1_b64  structure__use_decode_tp8_pp1_b64   1.000000000000e+00
    n_dec_tp8_pp1_b64  structure__decode_cap_tp8_pp1_b64  -6.265000000000e+03
    n_dec_tp8_pp1_b64  gpus__total   8.000000000000e+00
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp8_pp2_b128  structure__use_decode_tp8_pp2_b128   1.000000000000e+00
    n_dec_tp8_pp2_b128  structure__decode_cap_tp8_pp2_b128  -1.410200000000e+04
    n_dec_tp8_pp2_b128  gpus__total   1.600000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp8_pp2_b256  structure__use_decode_tp8_pp2_b256   1.000000000000e+00
    n_dec_tp8_pp2_b256  structure__decode_cap_tp8_pp2_b256  -1.682200000000e+04
    n_dec_tp8_pp2_b256  gpus__total   1.600000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp8_pp2_b64  structure__use_decode_tp8_pp2_b64   1.000000000000e+00
    n_dec_tp8_pp2_b64  structure__decode_cap_tp8_pp2_b64  -9.427000000000e+03
    n_dec_tp8_pp2_b64  gpus__total   1.600000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp8_pp4_b128  structure__use_decode_tp8_pp4_b128   1.000000000000e+00
    n_dec_tp8_pp4_b128  structure__decode_cap_tp8_pp4_b128  -1.847200000000e+04
    n_dec_tp8_pp4_b128  gpus__total   3.200000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp8_pp4_b256  structure__use_decode_tp8_pp4_b256   1.000000000000e+00
    n_dec_tp8_pp4_b256  structure__decode_cap_tp8_pp4_b256  -2.094200000000e+04
    n_dec_tp8_pp4_b256  gpus__total   3.200000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_dec_tp8_pp4_b64  structure__use_decode_tp8_pp4_b64   1.000000000000e+00
    n_dec_tp8_pp4_b64  structure__decode_cap_tp8_pp4_b64  -1.955000000000e+04
    n_dec_tp8_pp4_b64  gpus__total   3.200000000000e+01
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
    n_pre_tp8_pp2  structure__use_prefill_tp8_pp2   1.000000000000e+00
    n_pre_tp8_pp2  structure__prefill_cap_tp8_pp2  -2.341100000000e+04
    n_pre_tp8_pp2  gpus__total   1.600000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    n_pre_tp8_pp4  structure__use_prefill_tp8_pp4   1.000000000000e+00
    n_pre_tp8_pp4  structure__prefill_cap_tp8_pp4  -6.142400000000e+04
    n_pre_tp8_pp4  gpus__total   3.200000000000e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    served_units  structure__served   1.000000000000e+00
    served_units  link__kv   1.058303827986e-04
    served_units  OBJ        1.000000000000e-03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp1_pp1_b128  structure__use_decode_tp1_pp1_b128  -6.400000000000e+01
    u_dec_tp1_pp1_b128  memory__decode_tp1_pp1_b128   1.830068875931e+02
    u_dec_tp1_pp1_b128  slo__tpot_tp1_pp1_b128   5.935491537443e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp1_pp1_b256  structure__use_decode_tp1_pp1_b256  -6.400000000000e+01
    u_dec_tp1_pp1_b256  memory__decode_tp1_pp1_b256   2.245859097099e+02
    u_dec_tp1_pp1_b256  slo__tpot_tp1_pp1_b256   3.025420747765e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp1_pp1_b64  structure__use_decode_tp1_pp1_b64  -6.400000000000e+01
    u_dec_tp1_pp1_b64  memory__decode_tp1_pp1_b64   1.618964356628e+02
    u_dec_tp1_pp1_b64  slo__tpot_tp1_pp1_b64   3.877154264603e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp1_pp2_b128  structure__use_decode_tp1_pp2_b128  -3.200000000000e+01
    u_dec_tp1_pp2_b128  memory__decode_tp1_pp2_b128   9.196087547079e+01
    u_dec_tp1_pp2_b128  slo__tpot_tp1_pp2_b128   3.825550841224e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp1_pp2_b256  structure__use_decode_tp1_pp2_b256  -3.200000000000e+01
    u_dec_tp1_pp2_b256  memory__decode_tp1_pp2_b256   1.136099107283e+02
    u_dec_tp1_pp2_b256  slo__tpot_tp1_pp2_b256   8.755954657957e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp1_pp2_b64  structure__use_decode_tp1_pp2_b64  -3.200000000000e+01
    u_dec_tp1_pp2_b64  memory__decode_tp1_pp2_b64   8.192074114794e+01
    u_dec_tp1_pp2_b64  slo__tpot_tp1_pp2_b64   4.062100989332e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp2_pp1_b128  structure__use_decode_tp2_pp1_b128  -3.200000000000e+01
    u_dec_tp2_pp1_b128  memory__decode_tp2_pp1_b128   9.285804515154e+01
    u_dec_tp2_pp1_b128  slo__tpot_tp2_pp1_b128   1.835776924968e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp2_pp1_b256  structure__use_decode_tp2_pp1_b256  -3.200000000000e+01
    u_dec_tp2_pp1_b256  memory__decode_tp2_pp1_b256   1.140297764221e+02
    u_dec_tp2_pp1_b256  slo__tpot_tp2_pp1_b256   2.629880454767e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp2_pp1_b64  structure__use_decode_tp2_pp1_b64  -3.200000000000e+01
    u_dec_tp2_pp1_b64  memory__decode_tp2_pp1_b64   8.371116762690e+01
    u_dec_tp2_pp1_b64  slo__tpot_tp2_pp1_b64   2.617226401744e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp2_pp2_b128  structure__use_decode_tp2_pp2_b128  -1.600000000000e+01
    u_dec_tp2_pp2_b128  memory__decode_tp2_pp2_b128   4.911837387588e+01
    u_dec_tp2_pp2_b128  slo__tpot_tp2_pp2_b128   4.512642326707e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp2_pp2_b256  structure__use_decode_tp2_pp2_b256  -1.600000000000e+01
    u_dec_tp2_pp2_b256  memory__decode_tp2_pp2_b256   5.942666141795e+01
    u_dec_tp2_pp2_b256  slo__tpot_tp2_pp2_b256   6.050242206423e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp2_pp2_b64  structure__use_decode_tp2_pp2_b64  -1.600000000000e+01
    u_dec_tp2_pp2_b64  memory__decode_tp2_pp2_b64   4.240506495609e+01
    u_dec_tp2_pp2_b64  slo__tpot_tp2_pp2_b64   3.649683602145e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp4_pp1_b128  structure__use_decode_tp4_pp1_b128  -1.600000000000e+01
    u_dec_tp4_pp1_b128  memory__decode_tp4_pp1_b128   4.916902584085e+01
    u_dec_tp4_pp1_b128  slo__tpot_tp4_pp1_b128   4.602102187374e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp4_pp1_b256  structure__use_decode_tp4_pp1_b256  -1.600000000000e+01
    u_dec_tp4_pp1_b256  memory__decode_tp4_pp1_b256   5.813665771854e+01
    u_dec_tp4_pp1_b256  slo__tpot_tp4_pp1_b256   5.039307492137e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp4_pp1_b64  structure__use_decode_tp4_pp1_b64  -1.600000000000e+01
    u_dec_tp4_pp1_b64  memory__decode_tp4_pp1_b64   4.243678328257e+01
    u_dec_tp4_pp1_b64  slo__tpot_tp4_pp1_b64   2.249739534219e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp4_pp2_b128  structure__use_decode_tp4_pp2_b128  -8.000000000000e+00
    u_dec_tp4_pp2_b128  memory__decode_tp4_pp2_b128   2.527790063089e+01
    u_dec_tp4_pp2_b128  slo__tpot_tp4_pp2_b128   2.197410409737e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp4_pp2_b256  structure__use_decode_tp4_pp2_b256  -8.000000000000e+00
    u_dec_tp4_pp2_b256  memory__decode_tp4_pp2_b256   2.894372694960e+01
    u_dec_tp4_pp2_b256  slo__tpot_tp4_pp2_b256   5.793589370921e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp4_pp2_b64  structure__use_decode_tp4_pp2_b64  -8.000000000000e+00
    u_dec_tp4_pp2_b64  memory__decode_tp4_pp2_b64   2.348619044016e+01
    u_dec_tp4_pp2_b64  slo__tpot_tp4_pp2_b64   1.580932299098e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp8_pp1_b128  structure__use_decode_tp8_pp1_b128  -8.000000000000e+00
    u_dec_tp8_pp1_b128  memory__decode_tp8_pp1_b128   2.410738944472e+01
    u_dec_tp8_pp1_b128  slo__tpot_tp8_pp1_b128   3.636554633978e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp8_pp1_b256  structure__use_decode_tp8_pp1_b256  -8.000000000000e+00
    u_dec_tp8_pp1_b256  memory__decode_tp8_pp1_b256   3.128931629867e+01
    u_dec_tp8_pp1_b256  slo__tpot_tp8_pp1_b256   4.560610893718e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp8_pp1_b64  structure__use_decode_tp8_pp1_b64  -8.000000000000e+00
    u_dec_tp8_pp1_b64  memory__decode_tp8_pp1_b64   2.367146897475e+01
    u_dec_tp8_pp1_b64  slo__tpot_tp8_pp1_b64   8.421154749804e-03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp8_pp2_b128  structure__use_decode_tp8_pp2_b128  -4.000000000000e+00
    u_dec_tp8_pp2_b128  memory__decode_tp8_pp2_b128   1.460440171108e+01
    u_dec_tp8_pp2_b128  slo__tpot_tp8_pp2_b128   1.114622240845e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp8_pp2_b256  structure__use_decode_tp8_pp2_b256  -4.000000000000e+00
    u_dec_tp8_pp2_b256  memory__decode_tp8_pp2_b256   1.510934489819e+01
    u_dec_tp8_pp2_b256  slo__tpot_tp8_pp2_b256   4.699093037146e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp8_pp2_b64  structure__use_decode_tp8_pp2_b64  -4.000000000000e+00
    u_dec_tp8_pp2_b64  memory__decode_tp8_pp2_b64   1.112537044735e+01
    u_dec_tp8_pp2_b64  slo__tpot_tp8_pp2_b64   2.059817751585e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp8_pp4_b128  structure__use_decode_tp8_pp4_b128  -2.000000000000e+00
    u_dec_tp8_pp4_b128  memory__decode_tp8_pp4_b128   8.351969878690e+00
    u_dec_tp8_pp4_b128  slo__tpot_tp8_pp4_b128   3.660272715904e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp8_pp4_b256  structure__use_decode_tp8_pp4_b256  -2.000000000000e+00
    u_dec_tp8_pp4_b256  memory__decode_tp8_pp4_b256   1.061990366599e+01
    u_dec_tp8_pp4_b256  slo__tpot_tp8_pp4_b256   2.268666243794e-02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_dec_tp8_pp4_b64  structure__use_decode_tp8_pp4_b64  -2.000000000000e+00
    u_dec_tp8_pp4_b64  memory__decode_tp8_pp4_b64   7.053067112415e+00
    u_dec_tp8_pp4_b64  slo__tpot_tp8_pp4_b64   9.476751949415e-03
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp1_pp1  structure__use_prefill_tp1_pp1  -6.400000000000e+01
    u_pre_tp1_pp1  memory__prefill_tp1_pp1   1.546386236517e+02
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp1_pp2  structure__use_prefill_tp1_pp2  -3.200000000000e+01
    u_pre_tp1_pp2  memory__prefill_tp1_pp2   8.361986310481e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp2_pp1  structure__use_prefill_tp2_pp1  -3.200000000000e+01
    u_pre_tp2_pp1  memory__prefill_tp2_pp1   8.833044147510e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp2_pp2  structure__use_prefill_tp2_pp2  -1.600000000000e+01
    u_pre_tp2_pp2  memory__prefill_tp2_pp2   4.958876449555e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp4_pp1  structure__use_prefill_tp4_pp1  -1.600000000000e+01
    u_pre_tp4_pp1  memory__prefill_tp4_pp1   4.569378143772e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp4_pp2  structure__use_prefill_tp4_pp2  -8.000000000000e+00
    u_pre_tp4_pp2  memory__prefill_tp4_pp2   3.121555955296e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp8_pp1  structure__use_prefill_tp8_pp1  -8.000000000000e+00
    u_pre_tp8_pp1  memory__prefill_tp8_pp1   3.269813852940e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp8_pp2  structure__use_prefill_tp8_pp2  -4.000000000000e+00
    u_pre_tp8_pp2  memory__prefill_tp8_pp2   2.113751162104e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    u_pre_tp8_pp4  structure__use_prefill_tp8_pp4  -2.000000000000e+00
    u_pre_tp8_pp4  memory__prefill_tp8_pp4   1.481769190889e+01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp1_pp1_b128  structure__pair_tp1_pp1_tp1_pp1_b128  -5.111300000000e+04
    z_tp1_pp1__tp1_pp1_b128  slo__ttft_tp1_pp1_tp1_pp1_b128   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp1_pp1_b256  structure__pair_tp1_pp1_tp1_pp1_b256  -5.111300000000e+04
    z_tp1_pp1__tp1_pp1_b256  slo__ttft_tp1_pp1_tp1_pp1_b256   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp1_pp1_b64  structure__pair_tp1_pp1_tp1_pp1_b64  -2.412800000000e+04
    z_tp1_pp1__tp1_pp1_b64  slo__ttft_tp1_pp1_tp1_pp1_b64   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp1_pp2_b128  structure__pair_tp1_pp1_tp1_pp2_b128  -5.111300000000e+04
    z_tp1_pp1__tp1_pp2_b128  slo__ttft_tp1_pp1_tp1_pp2_b128   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp1_pp2_b256  structure__pair_tp1_pp1_tp1_pp2_b256  -5.111300000000e+04
    z_tp1_pp1__tp1_pp2_b256  slo__ttft_tp1_pp1_tp1_pp2_b256   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp1_pp2_b64  structure__pair_tp1_pp1_tp1_pp2_b64  -2.592000000000e+04
    z_tp1_pp1__tp1_pp2_b64  slo__ttft_tp1_pp1_tp1_pp2_b64   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp2_pp1_b128  structure__pair_tp1_pp1_tp2_pp1_b128  -3.443200000000e+04
    z_tp1_pp1__tp2_pp1_b128  slo__ttft_tp1_pp1_tp2_pp1_b128   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp2_pp1_b256  structure__pair_tp1_pp1_tp2_pp1_b256  -4.870400000000e+04
    z_tp1_pp1__tp2_pp1_b256  slo__ttft_tp1_pp1_tp2_pp1_b256   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp2_pp1_b64  structure__pair_tp1_pp1_tp2_pp1_b64  -1.891200000000e+04
    z_tp1_pp1__tp2_pp1_b64  slo__ttft_tp1_pp1_tp2_pp1_b64   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp2_pp2_b128  structure__pair_tp1_pp1_tp2_pp2_b128  -5.111300000000e+04
    z_tp1_pp1__tp2_pp2_b128  slo__ttft_tp1_pp1_tp2_pp2_b128   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp2_pp2_b256  structure__pair_tp1_pp1_tp2_pp2_b256  -3.697600000000e+04
    z_tp1_pp1__tp2_pp2_b256  slo__ttft_tp1_pp1_tp2_pp2_b256   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp2_pp2_b64  structure__pair_tp1_pp1_tp2_pp2_b64  -3.436800000000e+04
    z_tp1_pp1__tp2_pp2_b64  slo__ttft_tp1_pp1_tp2_pp2_b64   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp4_pp1_b128  structure__pair_tp1_pp1_tp4_pp1_b128  -5.111300000000e+04
    z_tp1_pp1__tp4_pp1_b128  slo__ttft_tp1_pp1_tp4_pp1_b128   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp4_pp1_b256  structure__pair_tp1_pp1_tp4_pp1_b256  -5.111300000000e+04
    z_tp1_pp1__tp4_pp1_b256  slo__ttft_tp1_pp1_tp4_pp1_b256   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp4_pp1_b64  structure__pair_tp1_pp1_tp4_pp1_b64  -5.111300000000e+04
    z_tp1_pp1__tp4_pp1_b64  slo__ttft_tp1_pp1_tp4_pp1_b64   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp4_pp2_b128  structure__pair_tp1_pp1_tp4_pp2_b128  -5.111300000000e+04
    z_tp1_pp1__tp4_pp2_b128  slo__ttft_tp1_pp1_tp4_pp2_b128   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp4_pp2_b256  structure__pair_tp1_pp1_tp4_pp2_b256  -5.111300000000e+04
    z_tp1_pp1__tp4_pp2_b256  slo__ttft_tp1_pp1_tp4_pp2_b256   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp4_pp2_b64  structure__pair_tp1_pp1_tp4_pp2_b64  -3.004000000000e+04
    z_tp1_pp1__tp4_pp2_b64  slo__ttft_tp1_pp1_tp4_pp2_b64   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp8_pp1_b128  structure__pair_tp1_pp1_tp8_pp1_b128  -5.111300000000e+04
    z_tp1_pp1__tp8_pp1_b128  slo__ttft_tp1_pp1_tp8_pp1_b128   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp8_pp1_b256  structure__pair_tp1_pp1_tp8_pp1_b256  -5.111300000000e+04
    z_tp1_pp1__tp8_pp1_b256  slo__ttft_tp1_pp1_tp8_pp1_b256   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp8_pp1_b64  structure__pair_tp1_pp1_tp8_pp1_b64  -5.012000000000e+04
    z_tp1_pp1__tp8_pp1_b64  slo__ttft_tp1_pp1_tp8_pp1_b64   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp8_pp2_b128  structure__pair_tp1_pp1_tp8_pp2_b128  -5.111300000000e+04
    z_tp1_pp1__tp8_pp2_b128  slo__ttft_tp1_pp1_tp8_pp2_b128   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp8_pp2_b256  structure__pair_tp1_pp1_tp8_pp2_b256  -5.111300000000e+04
    z_tp1_pp1__tp8_pp2_b256  slo__ttft_tp1_pp1_tp8_pp2_b256   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp8_pp2_b64  structure__pair_tp1_pp1_tp8_pp2_b64  -3.770800000000e+04
    z_tp1_pp1__tp8_pp2_b64  slo__ttft_tp1_pp1_tp8_pp2_b64   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp8_pp4_b128  structure__pair_tp1_pp1_tp8_pp4_b128  -3.694400000000e+04
    z_tp1_pp1__tp8_pp4_b128  slo__ttft_tp1_pp1_tp8_pp4_b128   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp8_pp4_b256  structure__pair_tp1_pp1_tp8_pp4_b256  -4.188400000000e+04
    z_tp1_pp1__tp8_pp4_b256  slo__ttft_tp1_pp1_tp8_pp4_b256   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp1__tp8_pp4_b64  structure__pair_tp1_pp1_tp8_pp4_b64  -3.910000000000e+04
    z_tp1_pp1__tp8_pp4_b64  slo__ttft_tp1_pp1_tp8_pp4_b64   4.216991089375e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp1_pp1_b128  structure__pair_tp1_pp2_tp1_pp1_b128  -5.111300000000e+04
    z_tp1_pp2__tp1_pp1_b128  slo__ttft_tp1_pp2_tp1_pp1_b128   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp1_pp1_b256  structure__pair_tp1_pp2_tp1_pp1_b256  -5.111300000000e+04
    z_tp1_pp2__tp1_pp1_b256  slo__ttft_tp1_pp2_tp1_pp1_b256   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp1_pp1_b64  structure__pair_tp1_pp2_tp1_pp1_b64  -2.412800000000e+04
    z_tp1_pp2__tp1_pp1_b64  slo__ttft_tp1_pp2_tp1_pp1_b64   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp1_pp2_b128  structure__pair_tp1_pp2_tp1_pp2_b128  -5.111300000000e+04
    z_tp1_pp2__tp1_pp2_b128  slo__ttft_tp1_pp2_tp1_pp2_b128   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp1_pp2_b256  structure__pair_tp1_pp2_tp1_pp2_b256  -5.111300000000e+04
    z_tp1_pp2__tp1_pp2_b256  slo__ttft_tp1_pp2_tp1_pp2_b256   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp1_pp2_b64  structure__pair_tp1_pp2_tp1_pp2_b64  -2.592000000000e+04
    z_tp1_pp2__tp1_pp2_b64  slo__ttft_tp1_pp2_tp1_pp2_b64   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp2_pp1_b128  structure__pair_tp1_pp2_tp2_pp1_b128  -3.443200000000e+04
    z_tp1_pp2__tp2_pp1_b128  slo__ttft_tp1_pp2_tp2_pp1_b128   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp2_pp1_b256  structure__pair_tp1_pp2_tp2_pp1_b256  -4.870400000000e+04
    z_tp1_pp2__tp2_pp1_b256  slo__ttft_tp1_pp2_tp2_pp1_b256   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp2_pp1_b64  structure__pair_tp1_pp2_tp2_pp1_b64  -1.891200000000e+04
    z_tp1_pp2__tp2_pp1_b64  slo__ttft_tp1_pp2_tp2_pp1_b64   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp2_pp2_b128  structure__pair_tp1_pp2_tp2_pp2_b128  -5.111300000000e+04
    z_tp1_pp2__tp2_pp2_b128  slo__ttft_tp1_pp2_tp2_pp2_b128   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp2_pp2_b256  structure__pair_tp1_pp2_tp2_pp2_b256  -3.697600000000e+04
    z_tp1_pp2__tp2_pp2_b256  slo__ttft_tp1_pp2_tp2_pp2_b256   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp2_pp2_b64  structure__pair_tp1_pp2_tp2_pp2_b64  -3.436800000000e+04
    z_tp1_pp2__tp2_pp2_b64  slo__ttft_tp1_pp2_tp2_pp2_b64   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp4_pp1_b128  structure__pair_tp1_pp2_tp4_pp1_b128  -5.111300000000e+04
    z_tp1_pp2__tp4_pp1_b128  slo__ttft_tp1_pp2_tp4_pp1_b128   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp4_pp1_b256  structure__pair_tp1_pp2_tp4_pp1_b256  -5.111300000000e+04
    z_tp1_pp2__tp4_pp1_b256  slo__ttft_tp1_pp2_tp4_pp1_b256   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp4_pp1_b64  structure__pair_tp1_pp2_tp4_pp1_b64  -5.111300000000e+04
    z_tp1_pp2__tp4_pp1_b64  slo__ttft_tp1_pp2_tp4_pp1_b64   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp4_pp2_b128  structure__pair_tp1_pp2_tp4_pp2_b128  -5.111300000000e+04
    z_tp1_pp2__tp4_pp2_b128  slo__ttft_tp1_pp2_tp4_pp2_b128   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp4_pp2_b256  structure__pair_tp1_pp2_tp4_pp2_b256  -5.111300000000e+04
    z_tp1_pp2__tp4_pp2_b256  slo__ttft_tp1_pp2_tp4_pp2_b256   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp4_pp2_b64  structure__pair_tp1_pp2_tp4_pp2_b64  -3.004000000000e+04
    z_tp1_pp2__tp4_pp2_b64  slo__ttft_tp1_pp2_tp4_pp2_b64   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp8_pp1_b128  structure__pair_tp1_pp2_tp8_pp1_b128  -5.111300000000e+04
    z_tp1_pp2__tp8_pp1_b128  slo__ttft_tp1_pp2_tp8_pp1_b128   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp8_pp1_b256  structure__pair_tp1_pp2_tp8_pp1_b256  -5.111300000000e+04
    z_tp1_pp2__tp8_pp1_b256  slo__ttft_tp1_pp2_tp8_pp1_b256   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp8_pp1_b64  structure__pair_tp1_pp2_tp8_pp1_b64  -5.012000000000e+04
    z_tp1_pp2__tp8_pp1_b64  slo__ttft_tp1_pp2_tp8_pp1_b64   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp8_pp2_b128  structure__pair_tp1_pp2_tp8_pp2_b128  -5.111300000000e+04
    z_tp1_pp2__tp8_pp2_b128  slo__ttft_tp1_pp2_tp8_pp2_b128   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp8_pp2_b256  structure__pair_tp1_pp2_tp8_pp2_b256  -5.111300000000e+04
    z_tp1_pp2__tp8_pp2_b256  slo__ttft_tp1_pp2_tp8_pp2_b256   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp8_pp2_b64  structure__pair_tp1_pp2_tp8_pp2_b64  -3.770800000000e+04
    z_tp1_pp2__tp8_pp2_b64  slo__ttft_tp1_pp2_tp8_pp2_b64   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp8_pp4_b128  structure__pair_tp1_pp2_tp8_pp4_b128  -3.694400000000e+04
    z_tp1_pp2__tp8_pp4_b128  slo__ttft_tp1_pp2_tp8_pp4_b128   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp8_pp4_b256  structure__pair_tp1_pp2_tp8_pp4_b256  -4.188400000000e+04
    z_tp1_pp2__tp8_pp4_b256  slo__ttft_tp1_pp2_tp8_pp4_b256   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp1_pp2__tp8_pp4_b64  structure__pair_tp1_pp2_tp8_pp4_b64  -3.910000000000e+04
    z_tp1_pp2__tp8_pp4_b64  slo__ttft_tp1_pp2_tp8_pp4_b64   9.947292469805e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp1_pp1_b128  structure__pair_tp2_pp1_tp1_pp1_b128  -5.111300000000e+04
    z_tp2_pp1__tp1_pp1_b128  slo__ttft_tp2_pp1_tp1_pp1_b128   8.440619367261e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp1_pp1_b256  structure__pair_tp2_pp1_tp1_pp1_b256  -5.111300000000e+04
    z_tp2_pp1__tp1_pp1_b256  slo__ttft_tp2_pp1_tp1_pp1_b256   8.440619367261e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp1_pp1_b64  structure__pair_tp2_pp1_tp1_pp1_b64  -2.412800000000e+04
    z_tp2_pp1__tp1_pp1_b64  slo__ttft_tp2_pp1_tp1_pp1_b64   8.440619367261e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp1_pp2_b128  structure__pair_tp2_pp1_tp1_pp2_b128  -5.111300000000e+04
    z_tp2_pp1__tp1_pp2_b128  slo__ttft_tp2_pp1_tp1_pp2_b128   8.440619367261e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp1_pp2_b256  structure__pair_tp2_pp1_tp1_pp2_b256  -5.111300000000e+04
    z_tp2_pp1__tp1_pp2_b256  slo__ttft_tp2_pp1_tp1_pp2_b256   8.440619367261e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp1_pp2_b64  structure__pair_tp2_pp1_tp1_pp2_b64  -2.592000000000e+04
    z_tp2_pp1__tp1_pp2_b64  slo__ttft_tp2_pp1_tp1_pp2_b64   8.440619367261e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp2_pp1_b128  structure__pair_tp2_pp1_tp2_pp1_b128  -3.443200000000e+04
    z_tp2_pp1__tp2_pp1_b128  slo__ttft_tp2_pp1_tp2_pp1_b128   8.400697988964e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp2_pp1_b256  structure__pair_tp2_pp1_tp2_pp1_b256  -4.870400000000e+04
    z_tp2_pp1__tp2_pp1_b256  slo__ttft_tp2_pp1_tp2_pp1_b256   8.400697988964e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp2_pp1_b64  structure__pair_tp2_pp1_tp2_pp1_b64  -1.891200000000e+04
    z_tp2_pp1__tp2_pp1_b64  slo__ttft_tp2_pp1_tp2_pp1_b64   8.400697988964e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp2_pp2_b128  structure__pair_tp2_pp1_tp2_pp2_b128  -5.111300000000e+04
    z_tp2_pp1__tp2_pp2_b128  slo__ttft_tp2_pp1_tp2_pp2_b128   8.400697988964e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp2_pp2_b256  structure__pair_tp2_pp1_tp2_pp2_b256  -3.697600000000e+04
    z_tp2_pp1__tp2_pp2_b256  slo__ttft_tp2_pp1_tp2_pp2_b256   8.400697988964e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp2_pp2_b64  structure__pair_tp2_pp1_tp2_pp2_b64  -3.436800000000e+04
    z_tp2_pp1__tp2_pp2_b64  slo__ttft_tp2_pp1_tp2_pp2_b64   8.400697988964e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp4_pp1_b128  structure__pair_tp2_pp1_tp4_pp1_b128  -5.111300000000e+04
    z_tp2_pp1__tp4_pp1_b128  slo__ttft_tp2_pp1_tp4_pp1_b128   8.400697988964e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp4_pp1_b256  structure__pair_tp2_pp1_tp4_pp1_b256  -5.111300000000e+04
    z_tp2_pp1__tp4_pp1_b256  slo__ttft_tp2_pp1_tp4_pp1_b256   8.400697988964e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp4_pp1_b64  structure__pair_tp2_pp1_tp4_pp1_b64  -5.111300000000e+04
    z_tp2_pp1__tp4_pp1_b64  slo__ttft_tp2_pp1_tp4_pp1_b64   8.400697988964e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp4_pp2_b128  structure__pair_tp2_pp1_tp4_pp2_b128  -5.111300000000e+04
    z_tp2_pp1__tp4_pp2_b128  slo__ttft_tp2_pp1_tp4_pp2_b128   8.400697988964e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp4_pp2_b256  structure__pair_tp2_pp1_tp4_pp2_b256  -5.111300000000e+04
    z_tp2_pp1__tp4_pp2_b256  slo__ttft_tp2_pp1_tp4_pp2_b256   8.400697988964e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp4_pp2_b64  structure__pair_tp2_pp1_tp4_pp2_b64  -3.004000000000e+04
    z_tp2_pp1__tp4_pp2_b64  slo__ttft_tp2_pp1_tp4_pp2_b64   8.400697988964e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp8_pp1_b128  structure__pair_tp2_pp1_tp8_pp1_b128  -5.111300000000e+04
    z_tp2_pp1__tp8_pp1_b128  slo__ttft_tp2_pp1_tp8_pp1_b128   8.400697988964e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp8_pp1_b256  structure__pair_tp2_pp1_tp8_pp1_b256  -5.111300000000e+04
    z_tp2_pp1__tp8_pp1_b256  slo__ttft_tp2_pp1_tp8_pp1_b256   8.400697988964e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp8_pp1_b64  structure__pair_tp2_pp1_tp8_pp1_b64  -5.012000000000e+04
    z_tp2_pp1__tp8_pp1_b64  slo__ttft_tp2_pp1_tp8_pp1_b64   8.400697988964e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp8_pp2_b128  structure__pair_tp2_pp1_tp8_pp2_b128  -5.111300000000e+04
    z_tp2_pp1__tp8_pp2_b128  slo__ttft_tp2_pp1_tp8_pp2_b128   8.400697988964e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp8_pp2_b256  structure__pair_tp2_pp1_tp8_pp2_b256  -5.111300000000e+04
    z_tp2_pp1__tp8_pp2_b256  slo__ttft_tp2_pp1_tp8_pp2_b256   8.400697988964e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp8_pp2_b64  structure__pair_tp2_pp1_tp8_pp2_b64  -3.770800000000e+04
    z_tp2_pp1__tp8_pp2_b64  slo__ttft_tp2_pp1_tp8_pp2_b64   8.400697988964e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp8_pp4_b128  structure__pair_tp2_pp1_tp8_pp4_b128  -3.694400000000e+04
    z_tp2_pp1__tp8_pp4_b128  slo__ttft_tp2_pp1_tp8_pp4_b128   8.400697988964e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp8_pp4_b256  structure__pair_tp2_pp1_tp8_pp4_b256  -4.188400000000e+04
    z_tp2_pp1__tp8_pp4_b256  slo__ttft_tp2_pp1_tp8_pp4_b256   8.400697988964e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp1__tp8_pp4_b64  structure__pair_tp2_pp1_tp8_pp4_b64  -3.910000000000e+04
    z_tp2_pp1__tp8_pp4_b64  slo__ttft_tp2_pp1_tp8_pp4_b64   8.400697988964e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp1_pp1_b128  structure__pair_tp2_pp2_tp1_pp1_b128  -5.111300000000e+04
    z_tp2_pp2__tp1_pp1_b128  slo__ttft_tp2_pp2_tp1_pp1_b128   6.660530718539e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp1_pp1_b256  structure__pair_tp2_pp2_tp1_pp1_b256  -5.111300000000e+04
    z_tp2_pp2__tp1_pp1_b256  slo__ttft_tp2_pp2_tp1_pp1_b256   6.660530718539e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp1_pp1_b64  structure__pair_tp2_pp2_tp1_pp1_b64  -2.412800000000e+04
    z_tp2_pp2__tp1_pp1_b64  slo__ttft_tp2_pp2_tp1_pp1_b64   6.660530718539e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp1_pp2_b128  structure__pair_tp2_pp2_tp1_pp2_b128  -5.111300000000e+04
    z_tp2_pp2__tp1_pp2_b128  slo__ttft_tp2_pp2_tp1_pp2_b128   6.660530718539e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp1_pp2_b256  structure__pair_tp2_pp2_tp1_pp2_b256  -5.111300000000e+04
    z_tp2_pp2__tp1_pp2_b256  slo__ttft_tp2_pp2_tp1_pp2_b256   6.660530718539e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp1_pp2_b64  structure__pair_tp2_pp2_tp1_pp2_b64  -2.592000000000e+04
    z_tp2_pp2__tp1_pp2_b64  slo__ttft_tp2_pp2_tp1_pp2_b64   6.660530718539e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp2_pp1_b128  structure__pair_tp2_pp2_tp2_pp1_b128  -3.443200000000e+04
    z_tp2_pp2__tp2_pp1_b128  slo__ttft_tp2_pp2_tp2_pp1_b128   6.620609340242e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp2_pp1_b256  structure__pair_tp2_pp2_tp2_pp1_b256  -4.870400000000e+04
    z_tp2_pp2__tp2_pp1_b256  slo__ttft_tp2_pp2_tp2_pp1_b256   6.620609340242e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp2_pp1_b64  structure__pair_tp2_pp2_tp2_pp1_b64  -1.891200000000e+04
    z_tp2_pp2__tp2_pp1_b64  slo__ttft_tp2_pp2_tp2_pp1_b64   6.620609340242e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp2_pp2_b128  structure__pair_tp2_pp2_tp2_pp2_b128  -5.111300000000e+04
    z_tp2_pp2__tp2_pp2_b128  slo__ttft_tp2_pp2_tp2_pp2_b128   6.620609340242e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp2_pp2_b256  structure__pair_tp2_pp2_tp2_pp2_b256  -3.697600000000e+04
    z_tp2_pp2__tp2_pp2_b256  slo__ttft_tp2_pp2_tp2_pp2_b256   6.620609340242e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp2_pp2_b64  structure__pair_tp2_pp2_tp2_pp2_b64  -3.436800000000e+04
    z_tp2_pp2__tp2_pp2_b64  slo__ttft_tp2_pp2_tp2_pp2_b64   6.620609340242e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp4_pp1_b128  structure__pair_tp2_pp2_tp4_pp1_b128  -5.111300000000e+04
    z_tp2_pp2__tp4_pp1_b128  slo__ttft_tp2_pp2_tp4_pp1_b128   6.620609340242e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp4_pp1_b256  structure__pair_tp2_pp2_tp4_pp1_b256  -5.111300000000e+04
    z_tp2_pp2__tp4_pp1_b256  slo__ttft_tp2_pp2_tp4_pp1_b256   6.620609340242e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp4_pp1_b64  structure__pair_tp2_pp2_tp4_pp1_b64  -5.111300000000e+04
    z_tp2_pp2__tp4_pp1_b64  slo__ttft_tp2_pp2_tp4_pp1_b64   6.620609340242e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp4_pp2_b128  structure__pair_tp2_pp2_tp4_pp2_b128  -5.111300000000e+04
    z_tp2_pp2__tp4_pp2_b128  slo__ttft_tp2_pp2_tp4_pp2_b128   6.620609340242e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp4_pp2_b256  structure__pair_tp2_pp2_tp4_pp2_b256  -5.111300000000e+04
    z_tp2_pp2__tp4_pp2_b256  slo__ttft_tp2_pp2_tp4_pp2_b256   6.620609340242e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp4_pp2_b64  structure__pair_tp2_pp2_tp4_pp2_b64  -3.004000000000e+04
    z_tp2_pp2__tp4_pp2_b64  slo__ttft_tp2_pp2_tp4_pp2_b64   6.620609340242e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp8_pp1_b128  structure__pair_tp2_pp2_tp8_pp1_b128  -5.111300000000e+04
    z_tp2_pp2__tp8_pp1_b128  slo__ttft_tp2_pp2_tp8_pp1_b128   6.620609340242e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp8_pp1_b256  structure__pair_tp2_pp2_tp8_pp1_b256  -5.111300000000e+04
    z_tp2_pp2__tp8_pp1_b256  slo__ttft_tp2_pp2_tp8_pp1_b256   6.620609340242e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp8_pp1_b64  structure__pair_tp2_pp2_tp8_pp1_b64  -5.012000000000e+04
    z_tp2_pp2__tp8_pp1_b64  slo__ttft_tp2_pp2_tp8_pp1_b64   6.620609340242e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp8_pp2_b128  structure__pair_tp2_pp2_tp8_pp2_b128  -5.111300000000e+04
    z_tp2_pp2__tp8_pp2_b128  slo__ttft_tp2_pp2_tp8_pp2_b128   6.620609340242e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp8_pp2_b256  structure__pair_tp2_pp2_tp8_pp2_b256  -5.111300000000e+04
    z_tp2_pp2__tp8_pp2_b256  slo__ttft_tp2_pp2_tp8_pp2_b256   6.620609340242e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp8_pp2_b64  structure__pair_tp2_pp2_tp8_pp2_b64  -3.770800000000e+04
    z_tp2_pp2__tp8_pp2_b64  slo__ttft_tp2_pp2_tp8_pp2_b64   6.620609340242e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp8_pp4_b128  structure__pair_tp2_pp2_tp8_pp4_b128  -3.694400000000e+04
    z_tp2_pp2__tp8_pp4_b128  slo__ttft_tp2_pp2_tp8_pp4_b128   6.620609340242e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp8_pp4_b256  structure__pair_tp2_pp2_tp8_pp4_b256  -4.188400000000e+04
    z_tp2_pp2__tp8_pp4_b256  slo__ttft_tp2_pp2_tp8_pp4_b256   6.620609340242e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp2_pp2__tp8_pp4_b64  structure__pair_tp2_pp2_tp8_pp4_b64  -3.910000000000e+04
    z_tp2_pp2__tp8_pp4_b64  slo__ttft_tp2_pp2_tp8_pp4_b64   6.620609340242e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp1_pp1_b128  structure__pair_tp4_pp1_tp1_pp1_b128  -5.111300000000e+04
    z_tp4_pp1__tp1_pp1_b128  slo__ttft_tp4_pp1_tp1_pp1_b128   6.835224404640e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp1_pp1_b256  structure__pair_tp4_pp1_tp1_pp1_b256  -5.111300000000e+04
    z_tp4_pp1__tp1_pp1_b256  slo__ttft_tp4_pp1_tp1_pp1_b256   6.835224404640e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp1_pp1_b64  structure__pair_tp4_pp1_tp1_pp1_b64  -2.412800000000e+04
    z_tp4_pp1__tp1_pp1_b64  slo__ttft_tp4_pp1_tp1_pp1_b64   6.835224404640e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp1_pp2_b128  structure__pair_tp4_pp1_tp1_pp2_b128  -5.111300000000e+04
    z_tp4_pp1__tp1_pp2_b128  slo__ttft_tp4_pp1_tp1_pp2_b128   6.835224404640e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp1_pp2_b256  structure__pair_tp4_pp1_tp1_pp2_b256  -5.111300000000e+04
    z_tp4_pp1__tp1_pp2_b256  slo__ttft_tp4_pp1_tp1_pp2_b256   6.835224404640e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp1_pp2_b64  structure__pair_tp4_pp1_tp1_pp2_b64  -2.592000000000e+04
    z_tp4_pp1__tp1_pp2_b64  slo__ttft_tp4_pp1_tp1_pp2_b64   6.835224404640e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp2_pp1_b128  structure__pair_tp4_pp1_tp2_pp1_b128  -3.443200000000e+04
    z_tp4_pp1__tp2_pp1_b128  slo__ttft_tp4_pp1_tp2_pp1_b128   6.795303026343e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp2_pp1_b256  structure__pair_tp4_pp1_tp2_pp1_b256  -4.870400000000e+04
    z_tp4_pp1__tp2_pp1_b256  slo__ttft_tp4_pp1_tp2_pp1_b256   6.795303026343e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp2_pp1_b64  structure__pair_tp4_pp1_tp2_pp1_b64  -1.891200000000e+04
    z_tp4_pp1__tp2_pp1_b64  slo__ttft_tp4_pp1_tp2_pp1_b64   6.795303026343e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp2_pp2_b128  structure__pair_tp4_pp1_tp2_pp2_b128  -5.111300000000e+04
    z_tp4_pp1__tp2_pp2_b128  slo__ttft_tp4_pp1_tp2_pp2_b128   6.795303026343e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp2_pp2_b256  structure__pair_tp4_pp1_tp2_pp2_b256  -3.697600000000e+04
    z_tp4_pp1__tp2_pp2_b256  slo__ttft_tp4_pp1_tp2_pp2_b256   6.795303026343e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp2_pp2_b64  structure__pair_tp4_pp1_tp2_pp2_b64  -3.436800000000e+04
    z_tp4_pp1__tp2_pp2_b64  slo__ttft_tp4_pp1_tp2_pp2_b64   6.795303026343e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp4_pp1_b128  structure__pair_tp4_pp1_tp4_pp1_b128  -5.111300000000e+04
    z_tp4_pp1__tp4_pp1_b128  slo__ttft_tp4_pp1_tp4_pp1_b128   6.775342337195e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp4_pp1_b256  structure__pair_tp4_pp1_tp4_pp1_b256  -5.111300000000e+04
    z_tp4_pp1__tp4_pp1_b256  slo__ttft_tp4_pp1_tp4_pp1_b256   6.775342337195e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp4_pp1_b64  structure__pair_tp4_pp1_tp4_pp1_b64  -5.111300000000e+04
    z_tp4_pp1__tp4_pp1_b64  slo__ttft_tp4_pp1_tp4_pp1_b64   6.775342337195e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp4_pp2_b128  structure__pair_tp4_pp1_tp4_pp2_b128  -5.111300000000e+04
    z_tp4_pp1__tp4_pp2_b128  slo__ttft_tp4_pp1_tp4_pp2_b128   6.775342337195e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp4_pp2_b256  structure__pair_tp4_pp1_tp4_pp2_b256  -5.111300000000e+04
    z_tp4_pp1__tp4_pp2_b256  slo__ttft_tp4_pp1_tp4_pp2_b256   6.775342337195e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp4_pp2_b64  structure__pair_tp4_pp1_tp4_pp2_b64  -3.004000000000e+04
    z_tp4_pp1__tp4_pp2_b64  slo__ttft_tp4_pp1_tp4_pp2_b64   6.775342337195e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp8_pp1_b128  structure__pair_tp4_pp1_tp8_pp1_b128  -5.111300000000e+04
    z_tp4_pp1__tp8_pp1_b128  slo__ttft_tp4_pp1_tp8_pp1_b128   6.775342337195e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp8_pp1_b256  structure__pair_tp4_pp1_tp8_pp1_b256  -5.111300000000e+04
    z_tp4_pp1__tp8_pp1_b256  slo__ttft_tp4_pp1_tp8_pp1_b256   6.775342337195e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp8_pp1_b64  structure__pair_tp4_pp1_tp8_pp1_b64  -5.012000000000e+04
    z_tp4_pp1__tp8_pp1_b64  slo__ttft_tp4_pp1_tp8_pp1_b64   6.775342337195e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp8_pp2_b128  structure__pair_tp4_pp1_tp8_pp2_b128  -5.111300000000e+04
    z_tp4_pp1__tp8_pp2_b128  slo__ttft_tp4_pp1_tp8_pp2_b128   6.775342337195e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp8_pp2_b256  structure__pair_tp4_pp1_tp8_pp2_b256  -5.111300000000e+04
    z_tp4_pp1__tp8_pp2_b256  slo__ttft_tp4_pp1_tp8_pp2_b256   6.775342337195e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp8_pp2_b64  structure__pair_tp4_pp1_tp8_pp2_b64  -3.770800000000e+04
    z_tp4_pp1__tp8_pp2_b64  slo__ttft_tp4_pp1_tp8_pp2_b64   6.775342337195e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp8_pp4_b128  structure__pair_tp4_pp1_tp8_pp4_b128  -3.694400000000e+04
    z_tp4_pp1__tp8_pp4_b128  slo__ttft_tp4_pp1_tp8_pp4_b128   6.775342337195e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp8_pp4_b256  structure__pair_tp4_pp1_tp8_pp4_b256  -4.188400000000e+04
    z_tp4_pp1__tp8_pp4_b256  slo__ttft_tp4_pp1_tp8_pp4_b256   6.775342337195e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp1__tp8_pp4_b64  structure__pair_tp4_pp1_tp8_pp4_b64  -3.910000000000e+04
    z_tp4_pp1__tp8_pp4_b64  slo__ttft_tp4_pp1_tp8_pp4_b64   6.775342337195e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp1_pp1_b128  structure__pair_tp4_pp2_tp1_pp1_b128  -5.111300000000e+04
    z_tp4_pp2__tp1_pp1_b128  slo__ttft_tp4_pp2_tp1_pp1_b128   3.786993048621e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp1_pp1_b256  structure__pair_tp4_pp2_tp1_pp1_b256  -5.111300000000e+04
    z_tp4_pp2__tp1_pp1_b256  slo__ttft_tp4_pp2_tp1_pp1_b256   3.786993048621e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp1_pp1_b64  structure__pair_tp4_pp2_tp1_pp1_b64  -2.412800000000e+04
    z_tp4_pp2__tp1_pp1_b64  slo__ttft_tp4_pp2_tp1_pp1_b64   3.786993048621e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp1_pp2_b128  structure__pair_tp4_pp2_tp1_pp2_b128  -5.111300000000e+04
    z_tp4_pp2__tp1_pp2_b128  slo__ttft_tp4_pp2_tp1_pp2_b128   3.786993048621e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp1_pp2_b256  structure__pair_tp4_pp2_tp1_pp2_b256  -5.111300000000e+04
    z_tp4_pp2__tp1_pp2_b256  slo__ttft_tp4_pp2_tp1_pp2_b256   3.786993048621e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp1_pp2_b64  structure__pair_tp4_pp2_tp1_pp2_b64  -2.592000000000e+04
    z_tp4_pp2__tp1_pp2_b64  slo__ttft_tp4_pp2_tp1_pp2_b64   3.786993048621e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp2_pp1_b128  structure__pair_tp4_pp2_tp2_pp1_b128  -3.443200000000e+04
    z_tp4_pp2__tp2_pp1_b128  slo__ttft_tp4_pp2_tp2_pp1_b128   3.747071670324e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp2_pp1_b256  structure__pair_tp4_pp2_tp2_pp1_b256  -4.870400000000e+04
    z_tp4_pp2__tp2_pp1_b256  slo__ttft_tp4_pp2_tp2_pp1_b256   3.747071670324e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp2_pp1_b64  structure__pair_tp4_pp2_tp2_pp1_b64  -1.891200000000e+04
    z_tp4_pp2__tp2_pp1_b64  slo__ttft_tp4_pp2_tp2_pp1_b64   3.747071670324e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp2_pp2_b128  structure__pair_tp4_pp2_tp2_pp2_b128  -5.111300000000e+04
    z_tp4_pp2__tp2_pp2_b128  slo__ttft_tp4_pp2_tp2_pp2_b128   3.747071670324e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp2_pp2_b256  structure__pair_tp4_pp2_tp2_pp2_b256  -3.697600000000e+04
    z_tp4_pp2__tp2_pp2_b256  slo__ttft_tp4_pp2_tp2_pp2_b256   3.747071670324e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp2_pp2_b64  structure__pair_tp4_pp2_tp2_pp2_b64  -3.436800000000e+04
    z_tp4_pp2__tp2_pp2_b64  slo__ttft_tp4_pp2_tp2_pp2_b64   3.747071670324e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp4_pp1_b128  structure__pair_tp4_pp2_tp4_pp1_b128  -5.111300000000e+04
    z_tp4_pp2__tp4_pp1_b128  slo__ttft_tp4_pp2_tp4_pp1_b128   3.727110981176e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp4_pp1_b256  structure__pair_tp4_pp2_tp4_pp1_b256  -5.111300000000e+04
    z_tp4_pp2__tp4_pp1_b256  slo__ttft_tp4_pp2_tp4_pp1_b256   3.727110981176e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp4_pp1_b64  structure__pair_tp4_pp2_tp4_pp1_b64  -5.111300000000e+04
    z_tp4_pp2__tp4_pp1_b64  slo__ttft_tp4_pp2_tp4_pp1_b64   3.727110981176e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp4_pp2_b128  structure__pair_tp4_pp2_tp4_pp2_b128  -5.111300000000e+04
    z_tp4_pp2__tp4_pp2_b128  slo__ttft_tp4_pp2_tp4_pp2_b128   3.727110981176e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp4_pp2_b256  structure__pair_tp4_pp2_tp4_pp2_b256  -5.111300000000e+04
    z_tp4_pp2__tp4_pp2_b256  slo__ttft_tp4_pp2_tp4_pp2_b256   3.727110981176e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp4_pp2_b64  structure__pair_tp4_pp2_tp4_pp2_b64  -3.004000000000e+04
    z_tp4_pp2__tp4_pp2_b64  slo__ttft_tp4_pp2_tp4_pp2_b64   3.727110981176e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp8_pp1_b128  structure__pair_tp4_pp2_tp8_pp1_b128  -5.111300000000e+04
    z_tp4_pp2__tp8_pp1_b128  slo__ttft_tp4_pp2_tp8_pp1_b128   3.727110981176e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp8_pp1_b256  structure__pair_tp4_pp2_tp8_pp1_b256  -5.111300000000e+04
    z_tp4_pp2__tp8_pp1_b256  slo__ttft_tp4_pp2_tp8_pp1_b256   3.727110981176e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp8_pp1_b64  structure__pair_tp4_pp2_tp8_pp1_b64  -5.012000000000e+04
    z_tp4_pp2__tp8_pp1_b64  slo__ttft_tp4_pp2_tp8_pp1_b64   3.727110981176e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp8_pp2_b128  structure__pair_tp4_pp2_tp8_pp2_b128  -5.111300000000e+04
    z_tp4_pp2__tp8_pp2_b128  slo__ttft_tp4_pp2_tp8_pp2_b128   3.727110981176e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp8_pp2_b256  structure__pair_tp4_pp2_tp8_pp2_b256  -5.111300000000e+04
    z_tp4_pp2__tp8_pp2_b256  slo__ttft_tp4_pp2_tp8_pp2_b256   3.727110981176e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp8_pp2_b64  structure__pair_tp4_pp2_tp8_pp2_b64  -3.770800000000e+04
    z_tp4_pp2__tp8_pp2_b64  slo__ttft_tp4_pp2_tp8_pp2_b64   3.727110981176e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp8_pp4_b128  structure__pair_tp4_pp2_tp8_pp4_b128  -3.694400000000e+04
    z_tp4_pp2__tp8_pp4_b128  slo__ttft_tp4_pp2_tp8_pp4_b128   3.727110981176e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp8_pp4_b256  structure__pair_tp4_pp2_tp8_pp4_b256  -4.188400000000e+04
    z_tp4_pp2__tp8_pp4_b256  slo__ttft_tp4_pp2_tp8_pp4_b256   3.727110981176e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp4_pp2__tp8_pp4_b64  structure__pair_tp4_pp2_tp8_pp4_b64  -3.910000000000e+04
    z_tp4_pp2__tp8_pp4_b64  slo__ttft_tp4_pp2_tp8_pp4_b64   3.727110981176e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp1_pp1_b128  structure__pair_tp8_pp1_tp1_pp1_b128  -5.111300000000e+04
    z_tp8_pp1__tp1_pp1_b128  slo__ttft_tp8_pp1_tp1_pp1_b128   7.552800622253e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp1_pp1_b256  structure__pair_tp8_pp1_tp1_pp1_b256  -5.111300000000e+04
    z_tp8_pp1__tp1_pp1_b256  slo__ttft_tp8_pp1_tp1_pp1_b256   7.552800622253e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp1_pp1_b64  structure__pair_tp8_pp1_tp1_pp1_b64  -2.412800000000e+04
    z_tp8_pp1__tp1_pp1_b64  slo__ttft_tp8_pp1_tp1_pp1_b64   7.552800622253e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp1_pp2_b128  structure__pair_tp8_pp1_tp1_pp2_b128  -5.111300000000e+04
    z_tp8_pp1__tp1_pp2_b128  slo__ttft_tp8_pp1_tp1_pp2_b128   7.552800622253e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp1_pp2_b256  structure__pair_tp8_pp1_tp1_pp2_b256  -5.111300000000e+04
    z_tp8_pp1__tp1_pp2_b256  slo__ttft_tp8_pp1_tp1_pp2_b256   7.552800622253e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp1_pp2_b64  structure__pair_tp8_pp1_tp1_pp2_b64  -2.592000000000e+04
    z_tp8_pp1__tp1_pp2_b64  slo__ttft_tp8_pp1_tp1_pp2_b64   7.552800622253e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp2_pp1_b128  structure__pair_tp8_pp1_tp2_pp1_b128  -3.443200000000e+04
    z_tp8_pp1__tp2_pp1_b128  slo__ttft_tp8_pp1_tp2_pp1_b128   7.512879243956e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp2_pp1_b256  structure__pair_tp8_pp1_tp2_pp1_b256  -4.870400000000e+04
    z_tp8_pp1__tp2_pp1_b256  slo__ttft_tp8_pp1_tp2_pp1_b256   7.512879243956e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp2_pp1_b64  structure__pair_tp8_pp1_tp2_pp1_b64  -1.891200000000e+04
    z_tp8_pp1__tp2_pp1_b64  slo__ttft_tp8_pp1_tp2_pp1_b64   7.512879243956e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp2_pp2_b128  structure__pair_tp8_pp1_tp2_pp2_b128  -5.111300000000e+04
    z_tp8_pp1__tp2_pp2_b128  slo__ttft_tp8_pp1_tp2_pp2_b128   7.512879243956e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp2_pp2_b256  structure__pair_tp8_pp1_tp2_pp2_b256  -3.697600000000e+04
    z_tp8_pp1__tp2_pp2_b256  slo__ttft_tp8_pp1_tp2_pp2_b256   7.512879243956e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp2_pp2_b64  structure__pair_tp8_pp1_tp2_pp2_b64  -3.436800000000e+04
    z_tp8_pp1__tp2_pp2_b64  slo__ttft_tp8_pp1_tp2_pp2_b64   7.512879243956e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp4_pp1_b128  structure__pair_tp8_pp1_tp4_pp1_b128  -5.111300000000e+04
    z_tp8_pp1__tp4_pp1_b128  slo__ttft_tp8_pp1_tp4_pp1_b128   7.492918554807e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp4_pp1_b256  structure__pair_tp8_pp1_tp4_pp1_b256  -5.111300000000e+04
    z_tp8_pp1__tp4_pp1_b256  slo__ttft_tp8_pp1_tp4_pp1_b256   7.492918554807e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp4_pp1_b64  structure__pair_tp8_pp1_tp4_pp1_b64  -5.111300000000e+04
    z_tp8_pp1__tp4_pp1_b64  slo__ttft_tp8_pp1_tp4_pp1_b64   7.492918554807e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp4_pp2_b128  structure__pair_tp8_pp1_tp4_pp2_b128  -5.111300000000e+04
    z_tp8_pp1__tp4_pp2_b128  slo__ttft_tp8_pp1_tp4_pp2_b128   7.492918554807e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp4_pp2_b256  structure__pair_tp8_pp1_tp4_pp2_b256  -5.111300000000e+04
    z_tp8_pp1__tp4_pp2_b256  slo__ttft_tp8_pp1_tp4_pp2_b256   7.492918554807e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp4_pp2_b64  structure__pair_tp8_pp1_tp4_pp2_b64  -3.004000000000e+04
    z_tp8_pp1__tp4_pp2_b64  slo__ttft_tp8_pp1_tp4_pp2_b64   7.492918554807e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp8_pp1_b128  structure__pair_tp8_pp1_tp8_pp1_b128  -5.111300000000e+04
    z_tp8_pp1__tp8_pp1_b128  slo__ttft_tp8_pp1_tp8_pp1_b128   7.482938210233e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp8_pp1_b256  structure__pair_tp8_pp1_tp8_pp1_b256  -5.111300000000e+04
    z_tp8_pp1__tp8_pp1_b256  slo__ttft_tp8_pp1_tp8_pp1_b256   7.482938210233e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp8_pp1_b64  structure__pair_tp8_pp1_tp8_pp1_b64  -5.012000000000e+04
    z_tp8_pp1__tp8_pp1_b64  slo__ttft_tp8_pp1_tp8_pp1_b64   7.482938210233e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp8_pp2_b128  structure__pair_tp8_pp1_tp8_pp2_b128  -5.111300000000e+04
    z_tp8_pp1__tp8_pp2_b128  slo__ttft_tp8_pp1_tp8_pp2_b128   7.482938210233e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp8_pp2_b256  structure__pair_tp8_pp1_tp8_pp2_b256  -5.111300000000e+04
    z_tp8_pp1__tp8_pp2_b256  slo__ttft_tp8_pp1_tp8_pp2_b256   7.482938210233e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp8_pp2_b64  structure__pair_tp8_pp1_tp8_pp2_b64  -3.770800000000e+04
    z_tp8_pp1__tp8_pp2_b64  slo__ttft_tp8_pp1_tp8_pp2_b64   7.482938210233e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp8_pp4_b128  structure__pair_tp8_pp1_tp8_pp4_b128  -3.694400000000e+04
    z_tp8_pp1__tp8_pp4_b128  slo__ttft_tp8_pp1_tp8_pp4_b128   7.482938210233e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp8_pp4_b256  structure__pair_tp8_pp1_tp8_pp4_b256  -4.188400000000e+04
    z_tp8_pp1__tp8_pp4_b256  slo__ttft_tp8_pp1_tp8_pp4_b256   7.482938210233e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp1__tp8_pp4_b64  structure__pair_tp8_pp1_tp8_pp4_b64  -3.910000000000e+04
    z_tp8_pp1__tp8_pp4_b64  slo__ttft_tp8_pp1_tp8_pp4_b64   7.482938210233e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp1_pp1_b128  structure__pair_tp8_pp2_tp1_pp1_b128  -5.111300000000e+04
    z_tp8_pp2__tp1_pp1_b128  slo__ttft_tp8_pp2_tp1_pp1_b128   5.760307132081e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp1_pp1_b256  structure__pair_tp8_pp2_tp1_pp1_b256  -5.111300000000e+04
    z_tp8_pp2__tp1_pp1_b256  slo__ttft_tp8_pp2_tp1_pp1_b256   5.760307132081e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp1_pp1_b64  structure__pair_tp8_pp2_tp1_pp1_b64  -2.412800000000e+04
    z_tp8_pp2__tp1_pp1_b64  slo__ttft_tp8_pp2_tp1_pp1_b64   5.760307132081e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp1_pp2_b128  structure__pair_tp8_pp2_tp1_pp2_b128  -5.111300000000e+04
    z_tp8_pp2__tp1_pp2_b128  slo__ttft_tp8_pp2_tp1_pp2_b128   5.760307132081e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp1_pp2_b256  structure__pair_tp8_pp2_tp1_pp2_b256  -5.111300000000e+04
    z_tp8_pp2__tp1_pp2_b256  slo__ttft_tp8_pp2_tp1_pp2_b256   5.760307132081e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp1_pp2_b64  structure__pair_tp8_pp2_tp1_pp2_b64  -2.592000000000e+04
    z_tp8_pp2__tp1_pp2_b64  slo__ttft_tp8_pp2_tp1_pp2_b64   5.760307132081e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp2_pp1_b128  structure__pair_tp8_pp2_tp2_pp1_b128  -3.443200000000e+04
    z_tp8_pp2__tp2_pp1_b128  slo__ttft_tp8_pp2_tp2_pp1_b128   5.720385753783e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp2_pp1_b256  structure__pair_tp8_pp2_tp2_pp1_b256  -4.870400000000e+04
    z_tp8_pp2__tp2_pp1_b256  slo__ttft_tp8_pp2_tp2_pp1_b256   5.720385753783e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp2_pp1_b64  structure__pair_tp8_pp2_tp2_pp1_b64  -1.891200000000e+04
    z_tp8_pp2__tp2_pp1_b64  slo__ttft_tp8_pp2_tp2_pp1_b64   5.720385753783e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp2_pp2_b128  structure__pair_tp8_pp2_tp2_pp2_b128  -5.111300000000e+04
    z_tp8_pp2__tp2_pp2_b128  slo__ttft_tp8_pp2_tp2_pp2_b128   5.720385753783e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp2_pp2_b256  structure__pair_tp8_pp2_tp2_pp2_b256  -3.697600000000e+04
    z_tp8_pp2__tp2_pp2_b256  slo__ttft_tp8_pp2_tp2_pp2_b256   5.720385753783e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp2_pp2_b64  structure__pair_tp8_pp2_tp2_pp2_b64  -3.436800000000e+04
    z_tp8_pp2__tp2_pp2_b64  slo__ttft_tp8_pp2_tp2_pp2_b64   5.720385753783e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp4_pp1_b128  structure__pair_tp8_pp2_tp4_pp1_b128  -5.111300000000e+04
    z_tp8_pp2__tp4_pp1_b128  slo__ttft_tp8_pp2_tp4_pp1_b128   5.700425064635e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp4_pp1_b256  structure__pair_tp8_pp2_tp4_pp1_b256  -5.111300000000e+04
    z_tp8_pp2__tp4_pp1_b256  slo__ttft_tp8_pp2_tp4_pp1_b256   5.700425064635e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp4_pp1_b64  structure__pair_tp8_pp2_tp4_pp1_b64  -5.111300000000e+04
    z_tp8_pp2__tp4_pp1_b64  slo__ttft_tp8_pp2_tp4_pp1_b64   5.700425064635e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp4_pp2_b128  structure__pair_tp8_pp2_tp4_pp2_b128  -5.111300000000e+04
    z_tp8_pp2__tp4_pp2_b128  slo__ttft_tp8_pp2_tp4_pp2_b128   5.700425064635e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp4_pp2_b256  structure__pair_tp8_pp2_tp4_pp2_b256  -5.111300000000e+04
    z_tp8_pp2__tp4_pp2_b256  slo__ttft_tp8_pp2_tp4_pp2_b256   5.700425064635e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp4_pp2_b64  structure__pair_tp8_pp2_tp4_pp2_b64  -3.004000000000e+04
    z_tp8_pp2__tp4_pp2_b64  slo__ttft_tp8_pp2_tp4_pp2_b64   5.700425064635e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp8_pp1_b128  structure__pair_tp8_pp2_tp8_pp1_b128  -5.111300000000e+04
    z_tp8_pp2__tp8_pp1_b128  slo__ttft_tp8_pp2_tp8_pp1_b128   5.690444720061e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp8_pp1_b256  structure__pair_tp8_pp2_tp8_pp1_b256  -5.111300000000e+04
    z_tp8_pp2__tp8_pp1_b256  slo__ttft_tp8_pp2_tp8_pp1_b256   5.690444720061e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp8_pp1_b64  structure__pair_tp8_pp2_tp8_pp1_b64  -5.012000000000e+04
    z_tp8_pp2__tp8_pp1_b64  slo__ttft_tp8_pp2_tp8_pp1_b64   5.690444720061e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp8_pp2_b128  structure__pair_tp8_pp2_tp8_pp2_b128  -5.111300000000e+04
    z_tp8_pp2__tp8_pp2_b128  slo__ttft_tp8_pp2_tp8_pp2_b128   5.690444720061e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp8_pp2_b256  structure__pair_tp8_pp2_tp8_pp2_b256  -5.111300000000e+04
    z_tp8_pp2__tp8_pp2_b256  slo__ttft_tp8_pp2_tp8_pp2_b256   5.690444720061e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp8_pp2_b64  structure__pair_tp8_pp2_tp8_pp2_b64  -3.770800000000e+04
    z_tp8_pp2__tp8_pp2_b64  slo__ttft_tp8_pp2_tp8_pp2_b64   5.690444720061e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp8_pp4_b128  structure__pair_tp8_pp2_tp8_pp4_b128  -3.694400000000e+04
    z_tp8_pp2__tp8_pp4_b128  slo__ttft_tp8_pp2_tp8_pp4_b128   5.690444720061e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp8_pp4_b256  structure__pair_tp8_pp2_tp8_pp4_b256  -4.188400000000e+04
    z_tp8_pp2__tp8_pp4_b256  slo__ttft_tp8_pp2_tp8_pp4_b256   5.690444720061e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp2__tp8_pp4_b64  structure__pair_tp8_pp2_tp8_pp4_b64  -3.910000000000e+04
    z_tp8_pp2__tp8_pp4_b64  slo__ttft_tp8_pp2_tp8_pp4_b64   5.690444720061e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp1_pp1_b128  structure__pair_tp8_pp4_tp1_pp1_b128  -5.111300000000e+04
    z_tp8_pp4__tp1_pp1_b128  slo__ttft_tp8_pp4_tp1_pp1_b128   4.433492036663e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp1_pp1_b256  structure__pair_tp8_pp4_tp1_pp1_b256  -5.111300000000e+04
    z_tp8_pp4__tp1_pp1_b256  slo__ttft_tp8_pp4_tp1_pp1_b256   4.433492036663e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp1_pp1_b64  structure__pair_tp8_pp4_tp1_pp1_b64  -2.412800000000e+04
    z_tp8_pp4__tp1_pp1_b64  slo__ttft_tp8_pp4_tp1_pp1_b64   4.433492036663e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp1_pp2_b128  structure__pair_tp8_pp4_tp1_pp2_b128  -5.111300000000e+04
    z_tp8_pp4__tp1_pp2_b128  slo__ttft_tp8_pp4_tp1_pp2_b128   4.433492036663e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp1_pp2_b256  structure__pair_tp8_pp4_tp1_pp2_b256  -5.111300000000e+04
    z_tp8_pp4__tp1_pp2_b256  slo__ttft_tp8_pp4_tp1_pp2_b256   4.433492036663e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp1_pp2_b64  structure__pair_tp8_pp4_tp1_pp2_b64  -2.592000000000e+04
    z_tp8_pp4__tp1_pp2_b64  slo__ttft_tp8_pp4_tp1_pp2_b64   4.433492036663e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp2_pp1_b128  structure__pair_tp8_pp4_tp2_pp1_b128  -3.443200000000e+04
    z_tp8_pp4__tp2_pp1_b128  slo__ttft_tp8_pp4_tp2_pp1_b128   4.393570658366e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp2_pp1_b256  structure__pair_tp8_pp4_tp2_pp1_b256  -4.870400000000e+04
    z_tp8_pp4__tp2_pp1_b256  slo__ttft_tp8_pp4_tp2_pp1_b256   4.393570658366e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp2_pp1_b64  structure__pair_tp8_pp4_tp2_pp1_b64  -1.891200000000e+04
    z_tp8_pp4__tp2_pp1_b64  slo__ttft_tp8_pp4_tp2_pp1_b64   4.393570658366e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp2_pp2_b128  structure__pair_tp8_pp4_tp2_pp2_b128  -5.111300000000e+04
    z_tp8_pp4__tp2_pp2_b128  slo__ttft_tp8_pp4_tp2_pp2_b128   4.393570658366e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp2_pp2_b256  structure__pair_tp8_pp4_tp2_pp2_b256  -3.697600000000e+04
    z_tp8_pp4__tp2_pp2_b256  slo__ttft_tp8_pp4_tp2_pp2_b256   4.393570658366e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp2_pp2_b64  structure__pair_tp8_pp4_tp2_pp2_b64  -3.436800000000e+04
    z_tp8_pp4__tp2_pp2_b64  slo__ttft_tp8_pp4_tp2_pp2_b64   4.393570658366e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp4_pp1_b128  structure__pair_tp8_pp4_tp4_pp1_b128  -5.111300000000e+04
    z_tp8_pp4__tp4_pp1_b128  slo__ttft_tp8_pp4_tp4_pp1_b128   4.373609969217e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp4_pp1_b256  structure__pair_tp8_pp4_tp4_pp1_b256  -5.111300000000e+04
    z_tp8_pp4__tp4_pp1_b256  slo__ttft_tp8_pp4_tp4_pp1_b256   4.373609969217e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp4_pp1_b64  structure__pair_tp8_pp4_tp4_pp1_b64  -5.111300000000e+04
    z_tp8_pp4__tp4_pp1_b64  slo__ttft_tp8_pp4_tp4_pp1_b64   4.373609969217e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp4_pp2_b128  structure__pair_tp8_pp4_tp4_pp2_b128  -5.111300000000e+04
    z_tp8_pp4__tp4_pp2_b128  slo__ttft_tp8_pp4_tp4_pp2_b128   4.373609969217e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp4_pp2_b256  structure__pair_tp8_pp4_tp4_pp2_b256  -5.111300000000e+04
    z_tp8_pp4__tp4_pp2_b256  slo__ttft_tp8_pp4_tp4_pp2_b256   4.373609969217e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp4_pp2_b64  structure__pair_tp8_pp4_tp4_pp2_b64  -3.004000000000e+04
    z_tp8_pp4__tp4_pp2_b64  slo__ttft_tp8_pp4_tp4_pp2_b64   4.373609969217e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp8_pp1_b128  structure__pair_tp8_pp4_tp8_pp1_b128  -5.111300000000e+04
    z_tp8_pp4__tp8_pp1_b128  slo__ttft_tp8_pp4_tp8_pp1_b128   4.363629624643e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp8_pp1_b256  structure__pair_tp8_pp4_tp8_pp1_b256  -5.111300000000e+04
    z_tp8_pp4__tp8_pp1_b256  slo__ttft_tp8_pp4_tp8_pp1_b256   4.363629624643e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp8_pp1_b64  structure__pair_tp8_pp4_tp8_pp1_b64  -5.012000000000e+04
    z_tp8_pp4__tp8_pp1_b64  slo__ttft_tp8_pp4_tp8_pp1_b64   4.363629624643e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp8_pp2_b128  structure__pair_tp8_pp4_tp8_pp2_b128  -5.111300000000e+04
    z_tp8_pp4__tp8_pp2_b128  slo__ttft_tp8_pp4_tp8_pp2_b128   4.363629624643e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp8_pp2_b256  structure__pair_tp8_pp4_tp8_pp2_b256  -5.111300000000e+04
    z_tp8_pp4__tp8_pp2_b256  slo__ttft_tp8_pp4_tp8_pp2_b256   4.363629624643e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp8_pp2_b64  structure__pair_tp8_pp4_tp8_pp2_b64  -3.770800000000e+04
    z_tp8_pp4__tp8_pp2_b64  slo__ttft_tp8_pp4_tp8_pp2_b64   4.363629624643e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp8_pp4_b128  structure__pair_tp8_pp4_tp8_pp4_b128  -3.694400000000e+04
    z_tp8_pp4__tp8_pp4_b128  slo__ttft_tp8_pp4_tp8_pp4_b128   4.363629624643e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp8_pp4_b256  structure__pair_tp8_pp4_tp8_pp4_b256  -4.188400000000e+04
    z_tp8_pp4__tp8_pp4_b256  slo__ttft_tp8_pp4_tp8_pp4_b256   4.363629624643e-01
    MARK      'MARKER'                 'INTEND'
    MARK      'MARKER'                 'INTORG'
    z_tp8_pp4__tp8_pp4_b64  structure__pair_tp8_pp4_tp8_pp4_b64  -3.910000000000e+04
    z_tp8_pp4__tp8_pp4_b64  slo__ttft_tp8_pp4_tp8_pp4_b64   4.363629624643e-01
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
    RHS       structure__use_prefill_tp8_pp2   0.000000000000e+00
    RHS       structure__prefill_cap_tp8_pp2   0.000000000000e+00
    RHS       memory__prefill_tp8_pp2   7.164000000000e+01
    RHS       structure__use_prefill_tp8_pp4   0.000000000000e+00
    RHS       structure__prefill_cap_tp8_pp4   0.000000000000e+00
    RHS       memory__prefill_tp8_pp4   7.164000000000e+01
    RHS       structure__use_decode_tp1_pp1_b64   0.000000000000e+00
    RHS       structure__decode_cap_tp1_pp1_b64   0.000000000000e+00
    RHS       memory__decode_tp1_pp1_b64   7.164000000000e+01
    RHS       slo__tpot_tp1_pp1_b64   1.309710775913e-01
    RHS       structure__use_decode_tp1_pp1_b128   0.000000000000e+00
    RHS       structure__decode_cap_tp1_pp1_b128   0.000000000000e+00
    RHS       memory__decode_tp1_pp1_b128   7.164000000000e+01
    RHS       slo__tpot_tp1_pp1_b128   1.309710775913e-01
    RHS       structure__use_decode_tp1_pp1_b256   0.000000000000e+00
    RHS       structure__decode_cap_tp1_pp1_b256   0.000000000000e+00
    RHS       memory__decode_tp1_pp1_b256   7.164000000000e+01
    RHS       slo__tpot_tp1_pp1_b256   1.309710775913e-01
    RHS       structure__use_decode_tp2_pp1_b64   0.000000000000e+00
    RHS       structure__decode_cap_tp2_pp1_b64   0.000000000000e+00
    RHS       memory__decode_tp2_pp1_b64   7.164000000000e+01
    RHS       slo__tpot_tp2_pp1_b64   1.309710775913e-01
    RHS       structure__use_decode_tp2_pp1_b128   0.000000000000e+00
    RHS       structure__decode_cap_tp2_pp1_b128   0.000000000000e+00
    RHS       memory__decode_tp2_pp1_b128   7.164000000000e+01
    RHS       slo__tpot_tp2_pp1_b128   1.309710775913e-01
    RHS       structure__use_decode_tp2_pp1_b256   0.000000000000e+00
    RHS       structure__decode_cap_tp2_pp1_b256   0.000000000000e+00
    RHS       memory__decode_tp2_pp1_b256   7.164000000000e+01
    RHS       slo__tpot_tp2_pp1_b256   1.309710775913e-01
    RHS       structure__use_decode_tp1_pp2_b64   0.000000000000e+00
    RHS       structure__decode_cap_tp1_pp2_b64   0.000000000000e+00
    RHS       memory__decode_tp1_pp2_b64   7.164000000000e+01
    RHS       slo__tpot_tp1_pp2_b64   1.309710775913e-01
    RHS       structure__use_decode_tp1_pp2_b128   0.000000000000e+00
    RHS       structure__decode_cap_tp1_pp2_b128   0.000000000000e+00
    RHS       memory__decode_tp1_pp2_b128   7.164000000000e+01
    RHS       slo__tpot_tp1_pp2_b128   1.309710775913e-01
    RHS       structure__use_decode_tp1_pp2_b256   0.000000000000e+00
    RHS       structure__decode_cap_tp1_pp2_b256   0.000000000000e+00
    RHS       memory__decode_tp1_pp2_b256   7.164000000000e+01
    RHS       slo__tpot_tp1_pp2_b256   1.309710775913e-01
    RHS       structure__use_decode_tp4_pp1_b64   0.000000000000e+00
    RHS       structure__decode_cap_tp4_pp1_b64   0.000000000000e+00
    RHS       memory__decode_tp4_pp1_b64   7.164000000000e+01
    RHS       slo__tpot_tp4_pp1_b64   1.309710775913e-01
    RHS       structure__use_decode_tp4_pp1_b128   0.000000000000e+00
    RHS       structure__decode_cap_tp4_pp1_b128   0.000000000000e+00
    RHS       memory__decode_tp4_pp1_b128   7.164000000000e+01
    RHS       slo__tpot_tp4_pp1_b128   1.309710775913e-01
    RHS       structure__use_decode_tp4_pp1_b256   0.000000000000e+00
    RHS       structure__decode_cap_tp4_pp1_b256   0.000000000000e+00
    RHS       memory__decode_tp4_pp1_b256   7.164000000000e+01
    RHS       slo__tpot_tp4_pp1_b256   1.309710775913e-01
    RHS       structure__use_decode_tp2_pp2_b64   0.000000000000e+00
    RHS       structure__decode_cap_tp2_pp2_b64   0.000000000000e+00
    RHS       memory__decode_tp2_pp2_b64   7.164000000000e+01
    RHS       slo__tpot_tp2_pp2_b64   1.309710775913e-01
    RHS       structure__use_decode_tp2_pp2_b128   0.000000000000e+00
    RHS       structure__decode_cap_tp2_pp2_b128   0.000000000000e+00
    RHS       memory__decode_tp2_pp2_b128   7.164000000000e+01
    RHS       slo__tpot_tp2_pp2_b128   1.309710775913e-01
    RHS       structure__use_decode_tp2_pp2_b256   0.000000000000e+00
    RHS       structure__decode_cap_tp2_pp2_b256   0.000000000000e+00
    RHS       memory__decode_tp2_pp2_b256   7.164000000000e+01
    RHS       slo__tpot_tp2_pp2_b256   1.309710775913e-01
    RHS       structure__use_decode_tp8_pp1_b64   0.000000000000e+00
    RHS       structure__decode_cap_tp8_pp1_b64   0.000000000000e+00
    RHS       memory__decode_tp8_pp1_b64   7.164000000000e+01
    RHS       slo__tpot_tp8_pp1_b64   1.309710775913e-01
    RHS       structure__use_decode_tp8_pp1_b128   0.000000000000e+00
    RHS       structure__decode_cap_tp8_pp1_b128   0.000000000000e+00
    RHS       memory__decode_tp8_pp1_b128   7.164000000000e+01
    RHS       slo__tpot_tp8_pp1_b128   1.309710775913e-01
    RHS       structure__use_decode_tp8_pp1_b256   0.000000000000e+00
    RHS       structure__decode_cap_tp8_pp1_b256   0.000000000000e+00
    RHS       memory__decode_tp8_pp1_b256   7.164000000000e+01
    RHS       slo__tpot_tp8_pp1_b256   1.309710775913e-01
    RHS       structure__use_decode_tp4_pp2_b64   0.000000000000e+00
    RHS       structure__decode_cap_tp4_pp2_b64   0.000000000000e+00
    RHS       memory__decode_tp4_pp2_b64   7.164000000000e+01
    RHS       slo__tpot_tp4_pp2_b64   1.309710775913e-01
    RHS       structure__use_decode_tp4_pp2_b128   0.000000000000e+00
    RHS       structure__decode_cap_tp4_pp2_b128   0.000000000000e+00
    RHS       memory__decode_tp4_pp2_b128   7.164000000000e+01
    RHS       slo__tpot_tp4_pp2_b128   1.309710775913e-01
    RHS       structure__use_decode_tp4_pp2_b256   0.000000000000e+00
    RHS       structure__decode_cap_tp4_pp2_b256   0.000000000000e+00
    RHS       memory__decode_tp4_pp2_b256   7.164000000000e+01
    RHS       slo__tpot_tp4_pp2_b256   1.309710775913e-01
    RHS       structure__use_decode_tp8_pp2_b64   0.000000000000e+00
    RHS       structure__decode_cap_tp8_pp2_b64   0.000000000000e+00
    RHS       memory__decode_tp8_pp2_b64   7.164000000000e+01
    RHS       slo__tpot_tp8_pp2_b64   1.309710775913e-01
    RHS       structure__use_decode_tp8_pp2_b128   0.000000000000e+00
    RHS       structure__decode_cap_tp8_pp2_b128   0.000000000000e+00
    RHS       memory__decode_tp8_pp2_b128   7.164000000000e+01
    RHS       slo__tpot_tp8_pp2_b128   1.309710775913e-01
    RHS       structure__use_decode_tp8_pp2_b256   0.000000000000e+00
    RHS       structure__decode_cap_tp8_pp2_b256   0.000000000000e+00
    RHS       memory__decode_tp8_pp2_b256   7.164000000000e+01
    RHS       slo__tpot_tp8_pp2_b256   1.309710775913e-01
    RHS       structure__use_decode_tp8_pp4_b64   0.000000000000e+00
    RHS       structure__decode_cap_tp8_pp4_b64   0.000000000000e+00
    RHS       memory__decode_tp8_pp4_b64   7.164000000000e+01
    RHS       slo__tpot_tp8_pp4_b64   1.309710775913e-01
    RHS       structure__use_decode_tp8_pp4_b128   0.000000000000e+00
    RHS       structure__decode_cap_tp8_pp4_b128   0.000000000000e+00
    RHS       memory__decode_tp8_pp4_b128   7.164000000000e+01
    RHS       slo__tpot_tp8_pp4_b128   1.309710775913e-01
    RHS       structure__use_decode_tp8_pp4_b256   0.000000000000e+00
    RHS       structure__decode_cap_tp8_pp4_b256   0.000000000000e+00
    RHS       memory__decode_tp8_pp4_b256   7.164000000000e+01
    RHS       slo__tpot_tp8_pp4_b256   1.309710775913e-01
    RHS       structure__pair_tp1_pp1_tp1_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp1_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp1_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp1_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp1_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp1_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp2_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp2_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp2_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp2_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp2_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp2_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp1_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp1_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp1_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp1_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp1_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp1_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp4_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp4_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp4_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp4_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp4_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp4_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp2_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp2_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp2_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp2_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp2_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp2_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp8_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp8_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp8_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp8_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp8_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp8_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp4_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp4_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp4_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp4_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp4_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp4_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp8_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp8_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp8_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp8_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp8_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp8_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp8_pp4_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp8_pp4_b64   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp8_pp4_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp8_pp4_b128   2.018999104781e+00
    RHS       structure__pair_tp1_pp1_tp8_pp4_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp1_tp8_pp4_b256   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp1_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp1_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp1_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp1_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp1_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp1_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp2_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp2_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp2_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp2_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp2_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp2_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp1_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp1_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp1_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp1_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp1_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp1_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp4_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp4_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp4_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp4_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp4_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp4_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp2_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp2_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp2_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp2_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp2_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp2_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp8_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp8_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp8_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp8_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp8_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp8_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp4_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp4_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp4_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp4_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp4_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp4_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp8_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp8_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp8_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp8_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp8_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp8_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp8_pp4_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp8_pp4_b64   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp8_pp4_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp8_pp4_b128   2.018999104781e+00
    RHS       structure__pair_tp2_pp1_tp8_pp4_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp1_tp8_pp4_b256   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp1_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp1_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp1_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp1_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp1_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp1_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp2_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp2_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp2_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp2_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp2_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp2_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp1_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp1_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp1_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp1_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp1_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp1_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp4_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp4_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp4_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp4_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp4_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp4_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp2_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp2_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp2_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp2_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp2_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp2_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp8_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp8_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp8_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp8_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp8_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp8_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp4_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp4_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp4_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp4_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp4_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp4_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp8_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp8_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp8_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp8_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp8_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp8_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp8_pp4_b64   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp8_pp4_b64   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp8_pp4_b128   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp8_pp4_b128   2.018999104781e+00
    RHS       structure__pair_tp1_pp2_tp8_pp4_b256   0.000000000000e+00
    RHS       slo__ttft_tp1_pp2_tp8_pp4_b256   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp1_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp1_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp1_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp1_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp1_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp1_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp2_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp2_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp2_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp2_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp2_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp2_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp1_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp1_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp1_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp1_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp1_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp1_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp4_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp4_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp4_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp4_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp4_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp4_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp2_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp2_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp2_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp2_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp2_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp2_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp8_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp8_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp8_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp8_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp8_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp8_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp4_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp4_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp4_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp4_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp4_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp4_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp8_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp8_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp8_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp8_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp8_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp8_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp8_pp4_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp8_pp4_b64   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp8_pp4_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp8_pp4_b128   2.018999104781e+00
    RHS       structure__pair_tp4_pp1_tp8_pp4_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp1_tp8_pp4_b256   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp1_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp1_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp1_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp1_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp1_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp1_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp2_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp2_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp2_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp2_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp2_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp2_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp1_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp1_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp1_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp1_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp1_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp1_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp4_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp4_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp4_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp4_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp4_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp4_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp2_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp2_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp2_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp2_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp2_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp2_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp8_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp8_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp8_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp8_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp8_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp8_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp4_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp4_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp4_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp4_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp4_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp4_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp8_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp8_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp8_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp8_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp8_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp8_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp8_pp4_b64   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp8_pp4_b64   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp8_pp4_b128   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp8_pp4_b128   2.018999104781e+00
    RHS       structure__pair_tp2_pp2_tp8_pp4_b256   0.000000000000e+00
    RHS       slo__ttft_tp2_pp2_tp8_pp4_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp1_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp1_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp1_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp1_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp1_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp1_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp2_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp2_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp2_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp2_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp2_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp2_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp1_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp1_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp1_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp1_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp1_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp1_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp4_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp4_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp4_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp4_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp4_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp4_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp2_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp2_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp2_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp2_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp2_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp2_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp8_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp8_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp8_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp8_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp8_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp8_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp4_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp4_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp4_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp4_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp4_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp4_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp8_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp8_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp8_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp8_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp8_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp8_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp8_pp4_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp8_pp4_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp8_pp4_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp8_pp4_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp1_tp8_pp4_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp1_tp8_pp4_b256   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp1_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp1_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp1_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp1_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp1_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp1_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp2_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp2_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp2_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp2_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp2_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp2_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp1_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp1_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp1_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp1_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp1_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp1_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp4_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp4_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp4_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp4_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp4_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp4_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp2_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp2_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp2_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp2_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp2_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp2_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp8_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp8_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp8_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp8_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp8_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp8_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp4_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp4_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp4_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp4_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp4_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp4_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp8_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp8_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp8_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp8_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp8_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp8_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp8_pp4_b64   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp8_pp4_b64   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp8_pp4_b128   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp8_pp4_b128   2.018999104781e+00
    RHS       structure__pair_tp4_pp2_tp8_pp4_b256   0.000000000000e+00
    RHS       slo__ttft_tp4_pp2_tp8_pp4_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp1_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp1_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp1_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp1_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp1_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp1_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp2_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp2_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp2_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp2_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp2_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp2_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp1_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp1_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp1_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp1_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp1_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp1_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp4_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp4_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp4_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp4_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp4_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp4_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp2_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp2_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp2_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp2_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp2_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp2_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp8_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp8_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp8_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp8_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp8_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp8_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp4_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp4_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp4_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp4_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp4_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp4_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp8_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp8_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp8_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp8_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp8_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp8_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp8_pp4_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp8_pp4_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp8_pp4_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp8_pp4_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp2_tp8_pp4_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp2_tp8_pp4_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp1_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp1_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp1_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp1_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp1_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp1_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp2_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp2_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp2_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp2_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp2_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp2_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp1_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp1_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp1_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp1_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp1_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp1_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp4_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp4_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp4_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp4_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp4_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp4_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp2_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp2_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp2_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp2_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp2_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp2_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp8_pp1_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp8_pp1_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp8_pp1_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp8_pp1_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp8_pp1_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp8_pp1_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp4_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp4_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp4_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp4_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp4_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp4_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp8_pp2_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp8_pp2_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp8_pp2_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp8_pp2_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp8_pp2_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp8_pp2_b256   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp8_pp4_b64   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp8_pp4_b64   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp8_pp4_b128   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp8_pp4_b128   2.018999104781e+00
    RHS       structure__pair_tp8_pp4_tp8_pp4_b256   0.000000000000e+00
    RHS       slo__ttft_tp8_pp4_tp8_pp4_b256   2.018999104781e+00
    RHS       structure__served   0.000000000000e+00
    RHS       link__kv   5.409308355984e+00
    RHS       gpus__total   6.400000000000e+01
BOUNDS
 UP BND       f_tp1_pp1__tp1_pp1_b128   5.111300000000e+04
 UP BND       f_tp1_pp1__tp1_pp1_b256   5.111300000000e+04
 UP BND       f_tp1_pp1__tp1_pp1_b64   2.412800000000e+04
 UP BND       f_tp1_pp1__tp1_pp2_b128   5.111300000000e+04
 UP BND       f_tp1_pp1__tp1_pp2_b256   5.111300000000e+04
 UP BND       f_tp1_pp1__tp1_pp2_b64   2.592000000000e+04
 UP BND       f_tp1_pp1__tp2_pp1_b128   3.443200000000e+04
 UP BND       f_tp1_pp1__tp2_pp1_b256   4.870400000000e+04
 UP BND       f_tp1_pp1__tp2_pp1_b64   1.891200000000e+04
 UP BND       f_tp1_pp1__tp2_pp2_b128   5.111300000000e+04
 UP BND       f_tp1_pp1__tp2_pp2_b256   3.697600000000e+04
 UP BND       f_tp1_pp1__tp2_pp2_b64   3.436800000000e+04
 UP BND       f_tp1_pp1__tp4_pp1_b128   5.111300000000e+04
 UP BND       f_tp1_pp1__tp4_pp1_b256   5.111300000000e+04
 UP BND       f_tp1_pp1__tp4_pp1_b64   5.111300000000e+04
 UP BND       f_tp1_pp1__tp4_pp2_b128   5.111300000000e+04
 UP BND       f_tp1_pp1__tp4_pp2_b256   5.111300000000e+04
 UP BND       f_tp1_pp1__tp4_pp2_b64   3.004000000000e+04
 UP BND       f_tp1_pp1__tp8_pp1_b128   5.111300000000e+04
 UP BND       f_tp1_pp1__tp8_pp1_b256   5.111300000000e+04
 UP BND       f_tp1_pp1__tp8_pp1_b64   5.012000000000e+04
 UP BND       f_tp1_pp1__tp8_pp2_b128   5.111300000000e+04
 UP BND       f_tp1_pp1__tp8_pp2_b256   5.111300000000e+04
 UP BND       f_tp1_pp1__tp8_pp2_b64   3.770800000000e+04
 UP BND       f_tp1_pp1__tp8_pp4_b128   3.694400000000e+04
 UP BND       f_tp1_pp1__tp8_pp4_b256   4.188400000000e+04
 UP BND       f_tp1_pp1__tp8_pp4_b64   3.910000000000e+04
 UP BND       f_tp1_pp2__tp1_pp1_b128   5.111300000000e+04
 UP BND       f_tp1_pp2__tp1_pp1_b256   5.111300000000e+04
 UP BND       f_tp1_pp2__tp1_pp1_b64   2.412800000000e+04
 UP BND       f_tp1_pp2__tp1_pp2_b128   5.111300000000e+04
 UP BND       f_tp1_pp2__tp1_pp2_b256   5.111300000000e+04
 UP BND       f_tp1_pp2__tp1_pp2_b64   2.592000000000e+04
 UP BND       f_tp1_pp2__tp2_pp1_b128   3.443200000000e+04
 UP BND       f_tp1_pp2__tp2_pp1_b256   4.870400000000e+04
 UP BND       f_tp1_pp2__tp2_pp1_b64   1.891200000000e+04
 UP BND       f_tp1_pp2__tp2_pp2_b128   5.111300000000e+04
 UP BND       f_tp1_pp2__tp2_pp2_b256   3.697600000000e+04
 UP BND       f_tp1_pp2__tp2_pp2_b64   3.436800000000e+04
 UP BND       f_tp1_pp2__tp4_pp1_b128   5.111300000000e+04
 UP BND       f_tp1_pp2__tp4_pp1_b256   5.111300000000e+04
 UP BND       f_tp1_pp2__tp4_pp1_b64   5.111300000000e+04
 UP BND       f_tp1_pp2__tp4_pp2_b128   5.111300000000e+04
 UP BND       f_tp1_pp2__tp4_pp2_b256   5.111300000000e+04
 UP BND       f_tp1_pp2__tp4_pp2_b64   3.004000000000e+04
 UP BND       f_tp1_pp2__tp8_pp1_b128   5.111300000000e+04
 UP BND       f_tp1_pp2__tp8_pp1_b256   5.111300000000e+04
 UP BND       f_tp1_pp2__tp8_pp1_b64   5.012000000000e+04
 UP BND       f_tp1_pp2__tp8_pp2_b128   5.111300000000e+04
 UP BND       f_tp1_pp2__tp8_pp2_b256   5.111300000000e+04
 UP BND       f_tp1_pp2__tp8_pp2_b64   3.770800000000e+04
 UP BND       f_tp1_pp2__tp8_pp4_b128   3.694400000000e+04
 UP BND       f_tp1_pp2__tp8_pp4_b256   4.188400000000e+04
 UP BND       f_tp1_pp2__tp8_pp4_b64   3.910000000000e+04
 UP BND       f_tp2_pp1__tp1_pp1_b128   5.111300000000e+04
 UP BND       f_tp2_pp1__tp1_pp1_b256   5.111300000000e+04
 UP BND       f_tp2_pp1__tp1_pp1_b64   2.412800000000e+04
 UP BND       f_tp2_pp1__tp1_pp2_b128   5.111300000000e+04
 UP BND       f_tp2_pp1__tp1_pp2_b256   5.111300000000e+04
 UP BND       f_tp2_pp1__tp1_pp2_b64   2.592000000000e+04
 UP BND       f_tp2_pp1__tp2_pp1_b128   3.443200000000e+04
 UP BND       f_tp2_pp1__tp2_pp1_b256   4.870400000000e+04
 UP BND       f_tp2_pp1__tp2_pp1_b64   1.891200000000e+04
 UP BND       f_tp2_pp1__tp2_pp2_b128   5.111300000000e+04
 UP BND       f_tp2_pp1__tp2_pp2_b256   3.697600000000e+04
 UP BND       f_tp2_pp1__tp2_pp2_b64   3.436800000000e+04
 UP BND       f_tp2_pp1__tp4_pp1_b128   5.111300000000e+04
 UP BND       f_tp2_pp1__tp4_pp1_b256   5.111300000000e+04
 UP BND       f_tp2_pp1__tp4_pp1_b64   5.111300000000e+04
 UP BND       f_tp2_pp1__tp4_pp2_b128   5.111300000000e+04
 UP BND       f_tp2_pp1__tp4_pp2_b256   5.111300000000e+04
 UP BND       f_tp2_pp1__tp4_pp2_b64   3.004000000000e+04
 UP BND       f_tp2_pp1__tp8_pp1_b128   5.111300000000e+04
 UP BND       f_tp2_pp1__tp8_pp1_b256   5.111300000000e+04
 UP BND       f_tp2_pp1__tp8_pp1_b64   5.012000000000e+04
 UP BND       f_tp2_pp1__tp8_pp2_b128   5.111300000000e+04
 UP BND       f_tp2_pp1__tp8_pp2_b256   5.111300000000e+04
 UP BND       f_tp2_pp1__tp8_pp2_b64   3.770800000000e+04
 UP BND       f_tp2_pp1__tp8_pp4_b128   3.694400000000e+04
 UP BND       f_tp2_pp1__tp8_pp4_b256   4.188400000000e+04
 UP BND       f_tp2_pp1__tp8_pp4_b64   3.910000000000e+04
 UP BND       f_tp2_pp2__tp1_pp1_b128   5.111300000000e+04
 UP BND       f_tp2_pp2__tp1_pp1_b256   5.111300000000e+04
 UP BND       f_tp2_pp2__tp1_pp1_b64   2.412800000000e+04
 UP BND       f_tp2_pp2__tp1_pp2_b128   5.111300000000e+04
 UP BND       f_tp2_pp2__tp1_pp2_b256   5.111300000000e+04
 UP BND       f_tp2_pp2__tp1_pp2_b64   2.592000000000e+04
 UP BND       f_tp2_pp2__tp2_pp1_b128   3.443200000000e+04
 UP BND       f_tp2_pp2__tp2_pp1_b256   4.870400000000e+04
 UP BND       f_tp2_pp2__tp2_pp1_b64   1.891200000000e+04
 UP BND       f_tp2_pp2__tp2_pp2_b128   5.111300000000e+04
 UP BND       f_tp2_pp2__tp2_pp2_b256   3.697600000000e+04
 UP BND       f_tp2_pp2__tp2_pp2_b64   3.436800000000e+04
 UP BND       f_tp2_pp2__tp4_pp1_b128   5.111300000000e+04
 UP BND       f_tp2_pp2__tp4_pp1_b256   5.111300000000e+04
 UP BND       f_tp2_pp2__tp4_pp1_b64   5.111300000000e+04
 UP BND       f_tp2_pp2__tp4_pp2_b128   5.111300000000e+04
 UP BND       f_tp2_pp2__tp4_pp2_b256   5.111300000000e+04
 UP BND       f_tp2_pp2__tp4_pp2_b64   3.004000000000e+04
 UP BND       f_tp2_pp2__tp8_pp1_b128   5.111300000000e+04
 UP BND       f_tp2_pp2__tp8_pp1_b256   5.111300000000e+04
 UP BND       f_tp2_pp2__tp8_pp1_b64   5.012000000000e+04
 UP BND       f_tp2_pp2__tp8_pp2_b128   5.111300000000e+04
 UP BND       f_tp2_pp2__tp8_pp2_b256   5.111300000000e+04
 UP BND       f_tp2_pp2__tp8_pp2_b64   3.770800000000e+04
 UP BND       f_tp2_pp2__tp8_pp4_b128   3.694400000000e+04
 UP BND       f_tp2_pp2__tp8_pp4_b256   4.188400000000e+04
 UP BND       f_tp2_pp2__tp8_pp4_b64   3.910000000000e+04
 UP BND       f_tp4_pp1__tp1_pp1_b128   5.111300000000e+04
 UP BND       f_tp4_pp1__tp1_pp1_b256   5.111300000000e+04
 UP BND       f_tp4_pp1__tp1_pp1_b64   2.412800000000e+04
 UP BND       f_tp4_pp1__tp1_pp2_b128   5.111300000000e+04
 UP BND       f_tp4_pp1__tp1_pp2_b256   5.111300000000e+04
 UP BND       f_tp4_pp1__tp1_pp2_b64   2.592000000000e+04
 UP BND       f_tp4_pp1__tp2_pp1_b128   3.443200000000e+04
 UP BND       f_tp4_pp1__tp2_pp1_b256   4.870400000000e+04
 UP BND       f_tp4_pp1__tp2_pp1_b64   1.891200000000e+04
 UP BND       f_tp4_pp1__tp2_pp2_b128   5.111300000000e+04
 UP BND       f_tp4_pp1__tp2_pp2_b256   3.697600000000e+04
 UP BND       f_tp4_pp1__tp2_pp2_b64   3.436800000000e+04
 UP BND       f_tp4_pp1__tp4_pp1_b128   5.111300000000e+04
 UP BND       f_tp4_pp1__tp4_pp1_b256   5.111300000000e+04
 UP BND       f_tp4_pp1__tp4_pp1_b64   5.111300000000e+04
 UP BND       f_tp4_pp1__tp4_pp2_b128   5.111300000000e+04
 UP BND       f_tp4_pp1__tp4_pp2_b256   5.111300000000e+04
 UP BND       f_tp4_pp1__tp4_pp2_b64   3.004000000000e+04
 UP BND       f_tp4_pp1__tp8_pp1_b128   5.111300000000e+04
 UP BND       f_tp4_pp1__tp8_pp1_b256   5.111300000000e+04
 UP BND       f_tp4_pp1__tp8_pp1_b64   5.012000000000e+04
 UP BND       f_tp4_pp1__tp8_pp2_b128   5.111300000000e+04
 UP BND       f_tp4_pp1__tp8_pp2_b256   5.111300000000e+04
 UP BND       f_tp4_pp1__tp8_pp2_b64   3.770800000000e+04
 UP BND       f_tp4_pp1__tp8_pp4_b128   3.694400000000e+04
 UP BND       f_tp4_pp1__tp8_pp4_b256   4.188400000000e+04
 UP BND       f_tp4_pp1__tp8_pp4_b64   3.910000000000e+04
 UP BND       f_tp4_pp2__tp1_pp1_b128   5.111300000000e+04
 UP BND       f_tp4_pp2__tp1_pp1_b256   5.111300000000e+04
 UP BND       f_tp4_pp2__tp1_pp1_b64   2.412800000000e+04
 UP BND       f_tp4_pp2__tp1_pp2_b128   5.111300000000e+04
 UP BND       f_tp4_pp2__tp1_pp2_b256   5.111300000000e+04
 UP BND       f_tp4_pp2__tp1_pp2_b64   2.592000000000e+04
 UP BND       f_tp4_pp2__tp2_pp1_b128   3.443200000000e+04
 UP BND       f_tp4_pp2__tp2_pp1_b256   4.870400000000e+04
 UP BND       f_tp4_pp2__tp2_pp1_b64   1.891200000000e+04
 UP BND       f_tp4_pp2__tp2_pp2_b128   5.111300000000e+04
 UP BND       f_tp4_pp2__tp2_pp2_b256   3.697600000000e+04
 UP BND       f_tp4_pp2__tp2_pp2_b64   3.436800000000e+04
 UP BND       f_tp4_pp2__tp4_pp1_b128   5.111300000000e+04
 UP BND       f_tp4_pp2__tp4_pp1_b256   5.111300000000e+04
 UP BND       f_tp4_pp2__tp4_pp1_b64   5.111300000000e+04
 UP BND       f_tp4_pp2__tp4_pp2_b128   5.111300000000e+04
 UP BND       f_tp4_pp2__tp4_pp2_b256   5.111300000000e+04
 UP BND       f_tp4_pp2__tp4_pp2_b64   3.004000000000e+04
 UP BND       f_tp4_pp2__tp8_pp1_b128   5.111300000000e+04
 UP BND       f_tp4_pp2__tp8_pp1_b256   5.111300000000e+04
 UP BND       f_tp4_pp2__tp8_pp1_b64   5.012000000000e+04
 UP BND       f_tp4_pp2__tp8_pp2_b128   5.111300000000e+04
 UP BND       f_tp4_pp2__tp8_pp2_b256   5.111300000000e+04
 UP BND       f_tp4_pp2__tp8_pp2_b64   3.770800000000e+04
 UP BND       f_tp4_pp2__tp8_pp4_b128   3.694400000000e+04
 UP BND       f_tp4_pp2__tp8_pp4_b256   4.188400000000e+04
 UP BND       f_tp4_pp2__tp8_pp4_b64   3.910000000000e+04
 UP BND       f_tp8_pp1__tp1_pp1_b128   5.111300000000e+04
 UP BND       f_tp8_pp1__tp1_pp1_b256   5.111300000000e+04
 UP BND       f_tp8_pp1__tp1_pp1_b64   2.412800000000e+04
 UP BND       f_tp8_pp1__tp1_pp2_b128   5.111300000000e+04
 UP BND       f_tp8_pp1__tp1_pp2_b256   5.111300000000e+04
 UP BND       f_tp8_pp1__tp1_pp2_b64   2.592000000000e+04
 UP BND       f_tp8_pp1__tp2_pp1_b128   3.443200000000e+04
 UP BND       f_tp8_pp1__tp2_pp1_b256   4.870400000000e+04
 UP BND       f_tp8_pp1__tp2_pp1_b64   1.891200000000e+04
 UP BND       f_tp8_pp1__tp2_pp2_b128   5.111300000000e+04
 UP BND       f_tp8_pp1__tp2_pp2_b256   3.697600000000e+04
 UP BND       f_tp8_pp1__tp2_pp2_b64   3.436800000000e+04
 UP BND       f_tp8_pp1__tp4_pp1_b128   5.111300000000e+04
 UP BND       f_tp8_pp1__tp4_pp1_b256   5.111300000000e+04
 UP BND       f_tp8_pp1__tp4_pp1_b64   5.111300000000e+04
 UP BND       f_tp8_pp1__tp4_pp2_b128   5.111300000000e+04
 UP BND       f_tp8_pp1__tp4_pp2_b256   5.111300000000e+04
 UP BND       f_tp8_pp1__tp4_pp2_b64   3.004000000000e+04
 UP BND       f_tp8_pp1__tp8_pp1_b128   5.111300000000e+04
 UP BND       f_tp8_pp1__tp8_pp1_b256   5.111300000000e+04
 UP BND       f_tp8_pp1__tp8_pp1_b64   5.012000000000e+04
 UP BND       f_tp8_pp1__tp8_pp2_b128   5.111300000000e+04
 UP BND       f_tp8_pp1__tp8_pp2_b256   5.111300000000e+04
 UP BND       f_tp8_pp1__tp8_pp2_b64   3.770800000000e+04
 UP BND       f_tp8_pp1__tp8_pp4_b128   3.694400000000e+04
 UP BND       f_tp8_pp1__tp8_pp4_b256   4.188400000000e+04
 UP BND       f_tp8_pp1__tp8_pp4_b64   3.910000000000e+04
 UP BND       f_tp8_pp2__tp1_pp1_b128   5.111300000000e+04
 UP BND       f_tp8_pp2__tp1_pp1_b256   5.111300000000e+04
 UP BND       f_tp8_pp2__tp1_pp1_b64   2.412800000000e+04
 UP BND       f_tp8_pp2__tp1_pp2_b128   5.111300000000e+04
 UP BND       f_tp8_pp2__tp1_pp2_b256   5.111300000000e+04
 UP BND       f_tp8_pp2__tp1_pp2_b64   2.592000000000e+04
 UP BND       f_tp8_pp2__tp2_pp1_b128   3.443200000000e+04
 UP BND       f_tp8_pp2__tp2_pp1_b256   4.870400000000e+04
 UP BND       f_tp8_pp2__tp2_pp1_b64   1.891200000000e+04
 UP BND       f_tp8_pp2__tp2_pp2_b128   5.111300000000e+04
 UP BND       f_tp8_pp2__tp2_pp2_b256   3.697600000000e+04
 UP BND       f_tp8_pp2__tp2_pp2_b64   3.436800000000e+04
 UP BND       f_tp8_pp2__tp4_pp1_b128   5.111300000000e+04
 UP BND       f_tp8_pp2__tp4_pp1_b256   5.111300000000e+04
 UP BND       f_tp8_pp2__tp4_pp1_b64   5.111300000000e+04
 UP BND       f_tp8_pp2__tp4_pp2_b128   5.111300000000e+04
 UP BND       f_tp8_pp2__tp4_pp2_b256   5.111300000000e+04
 UP BND       f_tp8_pp2__tp4_pp2_b64   3.004000000000e+04
 UP BND       f_tp8_pp2__tp8_pp1_b128   5.111300000000e+04
 UP BND       f_tp8_pp2__tp8_pp1_b256   5.111300000000e+04
 UP BND       f_tp8_pp2__tp8_pp1_b64   5.012000000000e+04
 UP BND       f_tp8_pp2__tp8_pp2_b128   5.111300000000e+04
 UP BND       f_tp8_pp2__tp8_pp2_b256   5.111300000000e+04
 UP BND       f_tp8_pp2__tp8_pp2_b64   3.770800000000e+04
 UP BND       f_tp8_pp2__tp8_pp4_b128   3.694400000000e+04
 UP BND       f_tp8_pp2__tp8_pp4_b256   4.188400000000e+04
 UP BND       f_tp8_pp2__tp8_pp4_b64   3.910000000000e+04
 UP BND       f_tp8_pp4__tp1_pp1_b128   5.111300000000e+04
 UP BND       f_tp8_pp4__tp1_pp1_b256   5.111300000000e+04
 UP BND       f_tp8_pp4__tp1_pp1_b64   2.412800000000e+04
 UP BND       f_tp8_pp4__tp1_pp2_b128   5.111300000000e+04
 UP BND       f_tp8_pp4__tp1_pp2_b256   5.111300000000e+04
 UP BND       f_tp8_pp4__tp1_pp2_b64   2.592000000000e+04
 UP BND       f_tp8_pp4__tp2_pp1_b128   3.443200000000e+04
 UP BND       f_tp8_pp4__tp2_pp1_b256   4.870400000000e+04
 UP BND       f_tp8_pp4__tp2_pp1_b64   1.891200000000e+04
 UP BND       f_tp8_pp4__tp2_pp2_b128   5.111300000000e+04
 UP BND       f_tp8_pp4__tp2_pp2_b256   3.697600000000e+04
 UP BND       f_tp8_pp4__tp2_pp2_b64   3.436800000000e+04
 UP BND       f_tp8_pp4__tp4_pp1_b128   5.111300000000e+04
 UP BND       f_tp8_pp4__tp4_pp1_b256   5.111300000000e+04
 UP BND       f_tp8_pp4__tp4_pp1_b64   5.111300000000e+04
 UP BND       f_tp8_pp4__tp4_pp2_b128   5.111300000000e+04
 UP BND       f_tp8_pp4__tp4_pp2_b256   5.111300000000e+04
 UP BND       f_tp8_pp4__tp4_pp2_b64   3.004000000000e+04
 UP BND       f_tp8_pp4__tp8_pp1_b128   5.111300000000e+04
 UP BND       f_tp8_pp4__tp8_pp1_b256   5.111300000000e+04
 UP BND       f_tp8_pp4__tp8_pp1_b64   5.012000000000e+04
 UP BND       f_tp8_pp4__tp8_pp2_b128   5.111300000000e+04
 UP BND       f_tp8_pp4__tp8_pp2_b256   5.111300000000e+04
 UP BND       f_tp8_pp4__tp8_pp2_b64   3.770800000000e+04
 UP BND       f_tp8_pp4__tp8_pp4_b128   3.694400000000e+04
 UP BND       f_tp8_pp4__tp8_pp4_b256   4.188400000000e+04
 UP BND       f_tp8_pp4__tp8_pp4_b64   3.910000000000e+04
 UP BND       n_dec_tp1_pp1_b128   6.400000000000e+01
 UP BND       n_dec_tp1_pp1_b256   6.400000000000e+01
 UP BND       n_dec_tp1_pp1_b64   6.400000000000e+01
 UP BND       n_dec_tp1_pp2_b128   3.200000000000e+01
 UP BND       n_dec_tp1_pp2_b256   3.200000000000e+01
 UP BND       n_dec_tp1_pp2_b64   3.200000000000e+01
 UP BND       n_dec_tp2_pp1_b128   3.200000000000e+01
 UP BND       n_dec_tp2_pp1_b256   3.200000000000e+01
 UP BND       n_dec_tp2_pp1_b64   3.200000000000e+01
 UP BND       n_dec_tp2_pp2_b128   1.600000000000e+01
 UP BND       n_dec_tp2_pp2_b256   1.600000000000e+01
 UP BND       n_dec_tp2_pp2_b64   1.600000000000e+01
 UP BND       n_dec_tp4_pp1_b128   1.600000000000e+01
 UP BND       n_dec_tp4_pp1_b256   1.600000000000e+01
 UP BND       n_dec_tp4_pp1_b64   1.600000000000e+01
 UP BND       n_dec_tp4_pp2_b128   8.000000000000e+00
 UP BND       n_dec_tp4_pp2_b256   8.000000000000e+00
 UP BND       n_dec_tp4_pp2_b64   8.000000000000e+00
 UP BND       n_dec_tp8_pp1_b128   8.000000000000e+00
 UP BND       n_dec_tp8_pp1_b256   8.000000000000e+00
 UP BND       n_dec_tp8_pp1_b64   8.000000000000e+00
 UP BND       n_dec_tp8_pp2_b128   4.000000000000e+00
 UP BND       n_dec_tp8_pp2_b256   4.000000000000e+00
 UP BND       n_dec_tp8_pp2_b64   4.000000000000e+00
 UP BND       n_dec_tp8_pp4_b128   2.000000000000e+00
 UP BND       n_dec_tp8_pp4_b256   2.000000000000e+00
 UP BND       n_dec_tp8_pp4_b64   2.000000000000e+00
 UP BND       n_pre_tp1_pp1   6.400000000000e+01
 UP BND       n_pre_tp1_pp2   3.200000000000e+01
 UP BND       n_pre_tp2_pp1   3.200000000000e+01
 UP BND       n_pre_tp2_pp2   1.600000000000e+01
 UP BND       n_pre_tp4_pp1   1.600000000000e+01
 UP BND       n_pre_tp4_pp2   8.000000000000e+00
 UP BND       n_pre_tp8_pp1   8.000000000000e+00
 UP BND       n_pre_tp8_pp2   4.000000000000e+00
 UP BND       n_pre_tp8_pp4   2.000000000000e+00
 UP BND       served_units   5.111300000000e+04
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
 BV BND       u_dec_tp8_pp2_b128
 BV BND       u_dec_tp8_pp2_b256
 BV BND       u_dec_tp8_pp2_b64
 BV BND       u_dec_tp8_pp4_b128
 BV BND       u_dec_tp8_pp4_b256
 BV BND       u_dec_tp8_pp4_b64
 BV BND       u_pre_tp1_pp1
 BV BND       u_pre_tp1_pp2
 BV BND       u_pre_tp2_pp1
 BV BND       u_pre_tp2_pp2
 BV BND       u_pre_tp4_pp1
 BV BND       u_pre_tp4_pp2
 BV BND       u_pre_tp8_pp1
 BV BND       u_pre_tp8_pp2
 BV BND       u_pre_tp8_pp4
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
 BV BND       z_tp1_pp1__tp8_pp2_b128
 BV BND       z_tp1_pp1__tp8_pp2_b256
 BV BND       z_tp1_pp1__tp8_pp2_b64
 BV BND       z_tp1_pp1__tp8_pp4_b128
 BV BND       z_tp1_pp1__tp8_pp4_b256
 BV BND       z_tp1_pp1__tp8_pp4_b64
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
 BV BND       z_tp1_pp2__tp8_pp2_b128
 BV BND       z_tp1_pp2__tp8_pp2_b256
 BV BND       z_tp1_pp2__tp8_pp2_b64
 BV BND       z_tp1_pp2__tp8_pp4_b128
 BV BND       z_tp1_pp2__tp8_pp4_b256
 BV BND       z_tp1_pp2__tp8_pp4_b64
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
 BV BND       z_tp2_pp1__tp8_pp2_b128
 BV BND       z_tp2_pp1__tp8_pp2_b256
 BV BND       z_tp2_pp1__tp8_pp2_b64
 BV BND       z_tp2_pp1__tp8_pp4_b128
 BV BND       z_tp2_pp1__tp8_pp4_b256
 BV BND       z_tp2_pp1__tp8_pp4_b64
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
 BV BND       z_tp2_pp2__tp8_pp2_b128
 BV BND       z_tp2_pp2__tp8_pp2_b256
 BV BND       z_tp2_pp2__tp8_pp2_b64
 BV BND       z_tp2_pp2__tp8_pp4_b128
 BV BND       z_tp2_pp2__tp8_pp4_b256
 BV BND       z_tp2_pp2__tp8_pp4_b64
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
 BV BND       z_tp4_pp1__tp8_pp2_b128
 BV BND       z_tp4_pp1__tp8_pp2_b256
 BV BND       z_tp4_pp1__tp8_pp2_b64
 BV BND       z_tp4_pp1__tp8_pp4_b128
 BV BND       z_tp4_pp1__tp8_pp4_b256
 BV BND       z_tp4_pp1__tp8_pp4_b64
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
 BV BND       z_tp4_pp2__tp8_pp2_b128
 BV BND       z_tp4_pp2__tp8_pp2_b256
 BV BND       z_tp4_pp2__tp8_pp2_b64
 BV BND       z_tp4_pp2__tp8_pp4_b128
 BV BND       z_tp4_pp2__tp8_pp4_b256
 BV BND       z_tp4_pp2__tp8_pp4_b64
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
 BV BND       z_tp8_pp1__tp8_pp2_b128
 BV BND       z_tp8_pp1__tp8_pp2_b256
 BV BND       z_tp8_pp1__tp8_pp2_b64
 BV BND       z_tp8_pp1__tp8_pp4_b128
 BV BND       z_tp8_pp1__tp8_pp4_b256
 BV BND       z_tp8_pp1__tp8_pp4_b64
 BV BND       z_tp8_pp2__tp1_pp1_b128
 BV BND       z_tp8_pp2__tp1_pp1_b256
 BV BND       z_tp8_pp2__tp1_pp1_b64
 BV BND       z_tp8_pp2__tp1_pp2_b128
 BV BND       z_tp8_pp2__tp1_pp2_b256
 BV BND       z_tp8_pp2__tp1_pp2_b64
 BV BND       z_tp8_pp2__tp2_pp1_b128
 BV BND       z_tp8_pp2__tp2_pp1_b256
 BV BND       z_tp8_pp2__tp2_pp1_b64
 BV BND       z_tp8_pp2__tp2_pp2_b128
 BV BND       z_tp8_pp2__tp2_pp2_b256
 BV BND       z_tp8_pp2__tp2_pp2_b64
 BV BND       z_tp8_pp2__tp4_pp1_b128
 BV BND       z_tp8_pp2__tp4_pp1_b256
 BV BND       z_tp8_pp2__tp4_pp1_b64
 BV BND       z_tp8_pp2__tp4_pp2_b128
 BV BND       z_tp8_pp2__tp4_pp2_b256
 BV BND       z_tp8_pp2__tp4_pp2_b64
 BV BND       z_tp8_pp2__tp8_pp1_b128
 BV BND       z_tp8_pp2__tp8_pp1_b256
 BV BND       z_tp8_pp2__tp8_pp1_b64
 BV BND       z_tp8_pp2__tp8_pp2_b128
 BV BND       z_tp8_pp2__tp8_pp2_b256
 BV BND       z_tp8_pp2__tp8_pp2_b64
 BV BND       z_tp8_pp2__tp8_pp4_b128
 BV BND       z_tp8_pp2__tp8_pp4_b256
 BV BND       z_tp8_pp2__tp8_pp4_b64
 BV BND       z_tp8_pp4__tp1_pp1_b128
 BV BND       z_tp8_pp4__tp1_pp1_b256
 BV BND       z_tp8_pp4__tp1_pp1_b64
 BV BND       z_tp8_pp4__tp1_pp2_b128
 BV BND       z_tp8_pp4__tp1_pp2_b256
 BV BND       z_tp8_pp4__tp1_pp2_b64
 BV BND       z_tp8_pp4__tp2_pp1_b128
 BV BND       z_tp8_pp4__tp2_pp1_b256
 BV BND       z_tp8_pp4__tp2_pp1_b64
 BV BND       z_tp8_pp4__tp2_pp2_b128
 BV BND       z_tp8_pp4__tp2_pp2_b256
 BV BND       z_tp8_pp4__tp2_pp2_b64
 BV BND       z_tp8_pp4__tp4_pp1_b128
 BV BND       z_tp8_pp4__tp4_pp1_b256
 BV BND       z_tp8_pp4__tp4_pp1_b64
 BV BND       z_tp8_pp4__tp4_pp2_b128
 BV BND       z_tp8_pp4__tp4_pp2_b256
 BV BND       z_tp8_pp4__tp4_pp2_b64
 BV BND       z_tp8_pp4__tp8_pp1_b128
 BV BND       z_tp8_pp4__tp8_pp1_b256
 BV BND       z_tp8_pp4__tp8_pp1_b64
 BV BND       z_tp8_pp4__tp8_pp2_b128
 BV BND       z_tp8_pp4__tp8_pp2_b256
 BV BND       z_tp8_pp4__tp8_pp2_b64
 BV BND       z_tp8_pp4__tp8_pp4_b128
 BV BND       z_tp8_pp4__tp8_pp4_b256
 BV BND       z_tp8_pp4__tp8_pp4_b64
ENDATA
