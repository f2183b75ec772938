#!/usr/bin/env bash
# The real-vs-real floor at N=1000: the first 1000 training images (seeded 80/20 split, seed 0) scored as if they
# were generated, against the first 1000 test images. Run from the repository root: bash results/floor-train-vs-test-n1000/run.sh
set -e
d=results/floor-train-vs-test-n1000
python -c "from diffusion_nbs.data import load_mnist, save_samples_npz; save_samples_npz(load_mnist(seed=0).train_x[:1000], '$d/samples.npz')"
diffusion_evaluate --samples $d/samples.npz --out $d/metrics.json --n 1000 --inception --quiet
