#!/usr/bin/env bash
# The peers beside our main job (notebook 06, Part 6): lucidrains' denoising-diffusion-pytorch and diffusers'
# UNet2DModel + DDPMScheduler, each set up as its documentation suggests (bench/peers.py says how), trained on the
# 48 000 training images for as many minutes as results/unet-small-30min trained, one after another on an otherwise
# idle machine, sampled with DDIM-50 at eta 0 (N = 1000) and scored against the test split; our main job's training
# speed is measured in every run. A peer whose files here match the budget, N and evaluator is read, not retrained.
# Committed so far: lucidrains (trained alone, about 50 CPU minutes with its sampling and scoring); this command
# trains diffusers (about 35 more) and reads lucidrains. Needs the test extras (pip install -e ".[dev]").
# Regenerate it, from the repository root:
set -e
python bench/peers.py --out results/peers
