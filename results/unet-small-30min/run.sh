#!/usr/bin/env bash
# Candidate for the 30-minute CPU budget (configs/unet-small-30min.json; its epoch count was chosen from measured ms/step so the
# cosine learning-rate schedule ends near the budget; --max-minutes 30 enforces it), then 1000 DDIM-50 samples from
# the EMA weights and the full metrics suite with Inception FID at N=1000.
# Everything above is now in config.json beside this script (migrated once by tools/migrate_results.py, since removed: see git history); the commands
# this directory was first made with were:
# was: diffusion_train --config configs/unet-small-30min.json --out results/unet-small-30min --max-minutes 30 --quiet
# was: diffusion_sample --run results/unet-small-30min --n 1000 --out results/unet-small-30min/samples.npz --sampler ddim --steps 50 --seed 0 --grid results/unet-small-30min/samples.png --quiet
# was: diffusion_evaluate --samples results/unet-small-30min/samples.npz --out results/unet-small-30min/metrics.json --n 1000 --inception --quiet
# Added for notebook 10 (the noise dial): two selection sets like every dial setting's (DDIM-50 at eta 0 and eta 1,
# N = 1000, seed 100, scored against the validation split), the Gaussian side of its like-for-like comparison.
# Then its 50-call final for notebook 10, chosen on those two sets by tools/choose_final.py (the lower classifier
# FID: eta 1): 10 000 new samples (seed 1), scored against the test split (Inception FID on the first 1000); made with
#   python tools/choose_final.py results/unet-small-30min && diffusion_run --out results/unet-small-30min
# Regenerate it (each stage is skipped when its outputs exist and match the config), from the repository root:
set -e
diffusion_run --out results/unet-small-30min
