#!/usr/bin/env bash
# Issue 14's numerics check of the bf16 autocast switch (notebook 06, Part 5): the same short run (4 epochs on the
# first 9 600 training images, no sampling) in fp32 and in bf16, two seeds each, for the starter CNN and the small
# UNet (configs/bf16-check/). The switch passes if its validation losses differ from fp32's of the same seed by no
# more than the two fp32 seeds differ. Run one at a time on an otherwise idle machine (about 12 minutes in all here).
# Regenerate, from the repository root:
set -e
for net in starter unet; do for p in fp32 bf16; do for s in 0 1; do
  diffusion_run --config configs/bf16-check/$net-$p-seed$s.json --out results/bf16-check/$net-$p-seed$s --quiet
done; done; done
