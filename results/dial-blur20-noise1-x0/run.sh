#!/usr/bin/env bash
# The noise dial's blurring-diffusion setting with the x0 objective (notebook 10): configs/dial/dial-blur20-noise1-x0.json
# — blur sigma_B,max 20 px, noise scale 1, cosine schedule, T = 1000, the network predicts x0 (the eps objective's run at
# the same setting, results/dial-blur20-noise1, samples noise) — with the 30-minute Gaussian recipe's UNet 16/32/64,
# optimiser and 12 epochs (4 500 steps of batch 128); its two selection sets (DDIM-50 at eta 0 and eta 1, N = 1000,
# seed 100, scored against the validation split); then the final chosen on them by tools/choose_final.py (the lower
# classifier FID: eta 0), 10 000 new samples (seed 1), scored against the test split (Inception FID on the first 1000).
# It was first made with, from the repository root:
#   diffusion_run --config configs/dial/dial-blur20-noise1-x0.json --out results/dial-blur20-noise1-x0
#   python tools/choose_final.py results/dial-blur20-noise1-x0
#   diffusion_run --out results/dial-blur20-noise1-x0
# Its training shared the 2 CPU cores only with short probes; its final's ms/image is not a timing (a notebook test ran
# beside it). Everything is now in config.json beside this script.
# Regenerate it (each stage is skipped when its outputs exist and match the config), from the repository root:
set -e
diffusion_run --out results/dial-blur20-noise1-x0
