#!/usr/bin/env bash
# Ancestral (all T=1000 steps, the coursework's sampler) versus DDIM with k = 10, 20, 50, 100 steps, deterministic
# (eta 0) and stochastic (eta 1: fresh noise each step, like the ancestral sampler, at k steps), from the headline
# model's EMA weights: 500 samples each, same seed, classifier metrics at N=500 (quality), and the time per image
# recorded by diffusion_sample in NAME.json (the uncontended times are in bench/speed-cpu.json).
# Run from the repository root after results/unet-small-long/run.sh: bash results/unet-small-long/samplers/run.sh
set -e
r=results/unet-small-long; d=$r/samplers
diffusion_sample --run $r --n 500 --batch-size 100 --out $d/ancestral.npz --sampler ancestral --seed 0 --quiet
diffusion_evaluate --samples $d/ancestral.npz --out $d/ancestral-metrics.json --quiet
for k in 10 20 50 100; do
  diffusion_sample --run $r --n 500 --batch-size 100 --out $d/ddim-$k.npz --sampler ddim --steps $k --seed 0 --quiet
  diffusion_evaluate --samples $d/ddim-$k.npz --out $d/ddim-$k-metrics.json --quiet
done
for k in 20 50 100; do
  diffusion_sample --run $r --n 500 --batch-size 100 --out $d/ddim-$k-eta1.npz --sampler ddim --steps $k --eta 1 --seed 0 --quiet
  diffusion_evaluate --samples $d/ddim-$k-eta1.npz --out $d/ddim-$k-eta1-metrics.json --quiet
done
