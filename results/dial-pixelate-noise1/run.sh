#!/usr/bin/env bash
# The noise dial (notebook 10): configs/dial/dial-pixelate-noise1.json — noisy pixelation (notebook 07a): the
# pixelation of notebook 07 on T = 50 steps with a cosine severity, noise scale 1 (a prior of pure noise), the x0
# objective — with the 30-minute Gaussian recipe's UNet 16/32/64, optimiser and 12 epochs (4 500 steps of batch
# 128), and its two selection sets (DDIM-50 at eta 0 and eta 1, N = 1000, seed 100, scored against the validation
# split); then the final chosen on them by tools/choose_final.py (the lower classifier FID: eta 1), 10 000 new
# samples (seed 1) scored against the test split (Inception FID on the first 1000).
# It was made with, from the repository root:
#   diffusion_run --config configs/dial/dial-pixelate-noise1.json --out results/dial-pixelate-noise1
# and got its final with:
#   python tools/choose_final.py results/dial-pixelate-noise1
#   diffusion_run --out results/dial-pixelate-noise1
# Its training ran alone on the 2 CPU cores; the final's sampling shared them with short notebook runs (its ms/image
# is not a timing). Everything is now in config.json beside this script. Regenerate it
# (each stage is skipped when its outputs exist and match the config), from the repository root:
set -e
diffusion_run --out results/dial-pixelate-noise1
