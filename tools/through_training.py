"""Metrics through training: sample every snapshot of a run (trained with train.snapshot_epochs = k) with one fixed
sampler and seed, score each set with the classifier metrics, and write RUN/through-training.json (notebook 06).
Usage, from the repository root:
    python tools/through_training.py results/RUN [--n 1000] [--sampler ddim] [--steps 20] [--eta 1] [--seed 0]
"""
import argparse
from diffusion_nbs.experiments import metrics_through_training

if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("run"); ap.add_argument("--n", type=int, default=1000); ap.add_argument("--sampler", default="ddim")
    ap.add_argument("--steps", type=int, default=20); ap.add_argument("--eta", type=float, default=1.0); ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    try: res = metrics_through_training(a.run, a.n, a.sampler, a.steps, a.eta, a.seed, progress=True)
    except (FileNotFoundError, ValueError) as e: raise SystemExit(f"through_training: {e}")
    for r in res["snapshots"]:
        print(f"epoch {r['epoch']}: IS {r['inception_score']['mean']:.2f}, classifier FID {r['fid_classifier']['value']:.2f}")
