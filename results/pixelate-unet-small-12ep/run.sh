#!/usr/bin/env bash
# Cold diffusion with pixelation (average-pooled to round(28/k) cells, k 1 -> 14 px, cosine, T=50), trained with noise
# sigma=0.01 added to the pixelated input (IHDM), sampled from a GMM fitted to fully pixelated training images;
# the network, recipe and 4 500 steps of results/unet-small-30min (UNet 16/32/64, AdamW 1e-3, warm-up + cosine, EMA).
# First made with: diffusion_run --config configs/pixelate-unet-small-12ep.json --out results/pixelate-unet-small-12ep
# The select-* stages (500 samples, seed 100) compare samplers and randomness options; the final-* stage was added
# by `python tools/choose_final.py results/pixelate-unet-small-12ep 10000` (lowest classifier FID among the select-* sets
# from a prior) and draws new samples (seed 1). Notebooks 07 and 08 read this directory. Regenerate everything (each
# stage is skipped when its outputs exist and match config.json), from the repository root:
set -e
diffusion_run --out results/pixelate-unet-small-12ep
