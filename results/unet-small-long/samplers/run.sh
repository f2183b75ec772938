#!/usr/bin/env bash
# The sampler comparison on the 26-epoch model: these sample sets and their metrics are now stages of
# results/unet-small-long/config.json (migrated once by tools/migrate_results.py, since removed: see git history). The script that first made them was:
# was: # Ancestral (all T=1000 steps, the coursework's sampler) versus DDIM with k = 10, 20, 50, 100 steps, deterministic
# was: # (eta 0) and stochastic (eta 1: fresh noise each step, like the ancestral sampler, at k steps), from the headline
# was: # model's EMA weights: 500 samples each, same seed, classifier metrics at N=500 (quality), and the time per image
# was: # recorded by diffusion_sample in NAME.json (the uncontended times are in bench/speed-cpu.json).
# was: # Run from the repository root after results/unet-small-long/run.sh: bash results/unet-small-long/samplers/run.sh
# was: set -e
# was: r=results/unet-small-long; d=$r/samplers
# was: diffusion_sample --run $r --n 500 --batch-size 100 --out $d/ancestral.npz --sampler ancestral --seed 0 --quiet
# was: diffusion_evaluate --samples $d/ancestral.npz --out $d/ancestral-metrics.json --quiet
# was: for k in 10 20 50 100; do
# was:   diffusion_sample --run $r --n 500 --batch-size 100 --out $d/ddim-$k.npz --sampler ddim --steps $k --seed 0 --quiet
# was:   diffusion_evaluate --samples $d/ddim-$k.npz --out $d/ddim-$k-metrics.json --quiet
# was: done
# was: for k in 20 50 100; do
# was:   diffusion_sample --run $r --n 500 --batch-size 100 --out $d/ddim-$k-eta1.npz --sampler ddim --steps $k --eta 1 --seed 0 --quiet
# was:   diffusion_evaluate --samples $d/ddim-$k-eta1.npz --out $d/ddim-$k-eta1-metrics.json --quiet
# was: done
# Regenerate them (stages that are up to date are skipped), from the repository root:
set -e
diffusion_run --out results/unet-small-long
