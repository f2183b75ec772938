#!/usr/bin/env bash
# The real-data reference at N=1000: real images scored as if they were generated, against the first 1000 test
# images, with the same suite and bootstrap (200 resamples of both sets) as every generated set. Two real draws:
#   samples.npz     — the first 1000 training images (seeded 80/20 split, seed 0)  -> metrics.json
#   validation.npz  — the first 1000 validation images (held out from training)    -> validation-metrics.json
# Their intervals say how far apart two real sets of this size land by chance. Run from the repository root:
#   bash results/real-reference-n1000/run.sh
set -e
d=results/real-reference-n1000
python -c "from diffusion_nbs.data import load_mnist, save_samples_npz; m = load_mnist(seed=0); save_samples_npz(m.train_x[:1000], '$d/samples.npz'); save_samples_npz(m.val_x[:1000], '$d/validation.npz')"
diffusion_evaluate --samples $d/samples.npz --out $d/metrics.json --n 1000 --inception --quiet --overwrite
diffusion_evaluate --samples $d/validation.npz --out $d/validation-metrics.json --n 1000 --inception --quiet --overwrite
