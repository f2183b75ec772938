#!/usr/bin/env bash
# The headline: the 30-minute winner's recipe (configs/unet-small-30min.json) continued to 76 epochs.
# Phases 1-3 are results/unet-small-48ep/run.sh (30 min, then --resume --epochs 26, then --resume --epochs 48); this
# directory started as a copy of that run (config, checkpoint.pt, losses.csv, grids). Phase 4 resumes it to 76 epochs:
# the cosine learning-rate schedule is re-stretched to the new length (a third warm restart, from about 3e-4 at step
# 18000 of 28500, decaying to 0), with the optimiser state and EMA carried on; two torch threads (epochs 51-53 shared
# the CPU with another training run and took up to 3x longer).
# Then 10 000 stochastic DDIM-50 samples (eta 1, the sampler fixed for the 48-epoch headline before this run), the
# metrics at N=10000 (classifier) and N=1000 (with Inception FID).
# Everything above is now in config.json beside this script (migrated once by tools/migrate_results.py, since removed: see git history); the commands
# this directory was first made with were:
# was: diffusion_train --config configs/unet-small-30min.json --out results/unet-small-76ep --max-minutes 30 --quiet
# was: OMP_NUM_THREADS=1 diffusion_train --out results/unet-small-76ep --resume --epochs 26 --max-minutes 65 --quiet
# was: diffusion_train --out results/unet-small-76ep --resume --epochs 48 --max-minutes 70 --quiet
# was: diffusion_train --out results/unet-small-76ep --resume --epochs 76 --max-minutes 95 --quiet
# was: diffusion_sample --run results/unet-small-76ep --n 10000 --batch-size 500 --out results/unet-small-76ep/samples.npz --sampler ddim --steps 50 --eta 1 --seed 0 --grid results/unet-small-76ep/samples.png --quiet
# was: diffusion_evaluate --samples results/unet-small-76ep/samples.npz --out results/unet-small-76ep/metrics-10k.json --n 10000 --quiet
# was: diffusion_evaluate --samples results/unet-small-76ep/samples.npz --out results/unet-small-76ep/metrics.json --n 1000 --inception --quiet
# Issue 25, the 10-call sampler's second round: six more selection sets (N = 2000, seed 100, scored against the
# validation split) — DDIM-10 eta 1, DPM-Solver++(2M)-10 and its SDE twin, each with trailing and with quadratic
# spacing (config "spacing") — drawn on the 2-core CPU with diffusion_run below; the rule of notebook 06, Part 4
# (ten_call_choice: the highest IS among every 10-call set) picks the sampler whose 10 000 samples are scored.
# Issue 25, round 3: two more 10-call selection sets with trailing spacing, DPM-Solver++(3M) and its SDE twin (notebook
# 03), same N, seed and reference; the same rule (ten_call_choice) picks among every 10-call set, and the chosen
# sampler's 10 000 samples (seed 0, samples-STEM.npz) are scored against the test split (metrics-10k-STEM.json).
# The two selection sets ran alone on the machine; the 10 000-sample set ran beside a dial's training (its ms/image
# is not a timing).
# Issue 25, round 4: one more 10-call selection set, SA-Solver-10 with trailing spacing (notebook 03e; same N, seed and
# reference), drawn alone on the 2-core CPU; the same rule (ten_call_choice, the highest IS among every 10-call set)
# chose it, and its 10 000 samples (seed 0, samples-sa-solver-10-trailing.npz) were scored against the test split.
# Regenerate it (each stage is skipped when its outputs exist and match the config), from the repository root:
set -e
diffusion_run --out results/unet-small-76ep
