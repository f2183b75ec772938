#!/usr/bin/env bash
# The peers beside our main job (notebook 06, Part 6): lucidrains' denoising-diffusion-pytorch and diffusers'
# UNet2DModel + DDPMScheduler, each set up as its documentation suggests (bench/peers.py says how). The budget is
# our main job's training time measured in the same run: the README's main job (results/unet-small-30min-fast,
# 16 500 steps of batch 64 in its config's bf16) is timed for one minute of its own training steps, and each peer
# trains on the 48 000 training images for as many minutes as those steps take on this machine then; one after
# another on an otherwise idle 2-core machine. Every model, ours from its committed weights (seed 0), then draws
# 1000 images with DDIM-50 at eta 0 and is scored against the test split (Inception FID included).
# This run (session 19) took about two hours: two peers of about 36 training minutes each, their sampling and
# scoring. A set whose files here match the budget, N and evaluator is read, not redrawn (--no-reuse retrains the
# peers). Needs the test extras (pip install -e ".[dev]"). Regenerate it, from the repository root:
set -e
python bench/peers.py --out results/peers
