#!/usr/bin/env bash
# Issue 14's recipe screen for the 30-minute CPU budget. The budget is a step count: the CPU's measured epoch time with
# bf16 autocast (batch 128: 65 s of steps + validation, 23 epochs in 30 min; batch 64: 79 s/epoch, 22 epochs) fixes each
# candidate's epochs (configs/recipe-screen/*.json). The candidates were trained on a borrowed H100 (device recorded in
# each training.json and select.json), all six at once, for those epochs; every one then drew the same selection set
# (2000 samples, seed 100, DDIM-50 eta 1), scored here with the classifier metrics. The rule, fixed before scoring:
# the highest IS wins (IS uses the shipped classifier only, no test images), provided the classes stay within 6-14 %.
# Caveat, stated in notebook 06: a wall-clock safety stop (--max-minutes 7.3, the GPU session's limit) ended epoch 12
# of every batch-64 candidate (epoch 23 of batch 128) early, and `diffusion_train --resume` went on from the next
# epoch, so the candidates ran 16 066-16 169 of their 16 500 steps (batch 128: 8 266 of 8 625). Two batch-32
# candidates (19 epochs, lr 1e-3 with and without min-SNR-5) were stopped at epoch 6 by the same limit and not scored.
# model.pt files were not brought back from that machine, so regenerating a candidate retrains it (minutes on a GPU).
# Regenerate, from the repository root (drop --device cuda on a CPU: about 30 min per candidate):
set -e
for c in c1-b128-lr1e-3 c2-b64-lr1e-3 c3-b64-lr2e-3 c4-b64-lr1e-3-minsnr5 c5-b64-lr2e-3-minsnr5 c6-b64-lr1e-3-ema9995; do
  diffusion_run --config configs/recipe-screen/$c.json --out results/recipe-screen/$c --device cuda
done
