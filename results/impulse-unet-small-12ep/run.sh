#!/usr/bin/env bash
# Cold diffusion with impulse (salt-and-pepper) noise, density 0.05 -> 0.5 on a cosine schedule (T=150; at 0.5 every
# pixel is noise, so sampling starts from pure noise), trained with the 30-minute Gaussian winner's recipe
# (UNet 16/32/64, AdamW lr 1e-3, warm-up + cosine decay, EMA 0.999) for the same 12 epochs, then 1000 samples with each
# cold sampler (naive: the headline of this run, chosen before sampling; improved: for comparison) and the metrics at
# N=1000 (Inception FID for the naive sampler's samples). This run was stopped after epoch 2 (it slowed the
# headline run it shared the CPU with) and continued with `diffusion_train --out $d --resume`, which resumes exactly.
# Compared with results/unet-small-30min in nbs/08_comparison.ipynb.
# Run from the repository root: bash results/impulse-unet-small-12ep/run.sh   (about 40 minutes on a 2-core CPU)
set -e
d=results/impulse-unet-small-12ep
diffusion_train --config configs/impulse-unet-small-12ep.json --out $d --quiet
diffusion_sample --run $d --n 1000 --batch-size 500 --out $d/samples.npz --sampler naive --seed 0 --grid $d/samples.png --quiet
diffusion_evaluate --samples $d/samples.npz --out $d/metrics.json --n 1000 --inception --quiet
diffusion_sample --run $d --n 1000 --batch-size 500 --out $d/samples-improved.npz --sampler improved --seed 0 --grid $d/samples-improved.png --quiet
diffusion_evaluate --samples $d/samples-improved.npz --out $d/metrics-improved.json --n 1000 --quiet
