#!/usr/bin/env bash
# The noise dial's middle (notebook 10): configs/dial/dial-blur20-noise01.json — blurring diffusion (notebook 03a)
# with blur sigma_B,max 20 px and noise scale 0.1, between inverse heat dissipation's 0.01 (dial-blur20-noise001) and
# full noise (dial-blur20-noise1-x0), cosine schedule, T = 1000, the x0 objective as at both ends — with the 30-minute
# Gaussian recipe's UNet 16/32/64, optimiser and 12 epochs (4 500 steps of batch 128), and its two selection sets
# (DDIM-50 at eta 0 and eta 1, N = 1000, seed 100, started from the GMM fitted to degraded training images, as at 0.01;
# scored against the validation split); then the final chosen on them by tools/choose_final.py (the lower classifier
# FID), 10 000 new samples (seed 1, from the same start), scored against the test split (Inception FID on the first
# 1000). Trained alone on the 2-core CPU (bf16 autocast, chosen by speed.autocast = auto). It was made with, from the
# repository root:
#   diffusion_run --config configs/dial/dial-blur20-noise01.json --out results/dial-blur20-noise01
#   python tools/choose_final.py results/dial-blur20-noise01
#   diffusion_run --out results/dial-blur20-noise01
# Everything is now in config.json beside this script. Regenerate it (each stage is skipped when its outputs exist and
# match the config), from the repository root:
set -e
diffusion_run --out results/dial-blur20-noise01
