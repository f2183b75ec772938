#!/usr/bin/env bash
# The noise dial's small-noise column (notebook 10): configs/dial/dial-pixelate-noise001.json — noisy cold diffusion
# (notebook 07a) with pixelation (T = 50, cosine severity) and noise scale 0.01, the x0 objective — with the 30-minute Gaussian recipe's UNet 16/32/64, optimiser and 12 epochs
# (4 500 steps of batch 128), and its two selection sets (DDIM-50 at eta 0 and eta 1, N = 1000, seed 100, started
# from the GMM fitted to degraded training images: at this noise the end state is a degraded digit, not noise;
# scored against the validation split); then the final chosen on them by tools/choose_final.py (the lower
# classifier FID), 10 000 new samples (seed 1, from the same GMM prior), scored against the test split (Inception
# FID on the first 1000). It was made with, from the repository root:
#   diffusion_run --config configs/dial/dial-pixelate-noise001.json --out results/dial-pixelate-noise001
#   python tools/choose_final.py results/dial-pixelate-noise001
#   diffusion_run --out results/dial-pixelate-noise001
# Its training shared the 2 CPU cores with sampling (results/unet-small-76ep) and notebook tests, so the seconds in
# losses.csv are not a timing. Everything is now in config.json beside this script. Regenerate it (each stage is
# skipped when its outputs exist and match the config), from the repository root:
set -e
diffusion_run --out results/dial-pixelate-noise001
