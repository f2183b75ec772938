#!/usr/bin/env bash
# Issue 25, the README's main job on an fp32-only processor: the preset unet-small-30min-fast (notebook 06, Part 5:
# UNet 16/32/64, v objective, cosine schedule, batch 64, lr 1e-3, EMA 0.9995, 22 epochs = 16 500 steps; its final:
# 10 000 samples with the sampler chosen for the bf16 run on its validation selection sets, DPM-Solver++(2M) SDE,
# 20 calls, trailing spacing, seed 1, scored against the test split; Inception FID on the first 1000) with the
# precision forced to fp32. This CPU computes bf16 natively, so fp32 here is the path that `auto` takes on a
# processor without bf16; the minutes are this CPU's in fp32. Trained alone on the 2 CPU cores, except that in its
# first four epochs a notebook run at nice 19 shared them (it got 13 s of CPU in 10 minutes).
# The bf16 run (results/unet-small-30min-fast) was trained in an earlier session on the same kind of machine, so
# the ratio of the two runs' minutes is not measured in one run (notebook 06's benchmark is).
# Made with, from the repository root:
#   diffusion_run --config unet-small-30min-fast --speed fp32 --out results/unet-small-30min-fast-fp32
# Everything is now in config.json beside this script. Regenerate it (each stage is skipped when its outputs exist
# and match the config), from the repository root:
set -e
diffusion_run --out results/unet-small-30min-fast-fp32
