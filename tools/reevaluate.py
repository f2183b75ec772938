"""Re-run committed evaluation stages with the current metrics code (e.g. to add Inception FID intervals).

Each argument is a metrics JSON written by an evaluation stage; its stage (stored in the file) is run again on the
same sample file, which must still hash to the recorded SHA-256 (the samples are not redrawn), and the file is
rewritten. This is what `diffusion_run --out RUN` would write for that stage with today's code.
Usage, from the repository root: python tools/reevaluate.py results/RUN/metrics.json [...]
"""
import json, sys
from pathlib import Path
from diffusion_nbs.config import EvaluateStage
from diffusion_nbs.data import sha256_file
from diffusion_nbs.metrics import evaluate_file


def reevaluate(path: Path) -> dict:
    old = json.loads(path.read_text())
    if "stage" not in old: raise SystemExit(f"{path}: no evaluation stage recorded: regenerate it with its run's run.sh")
    samples = path.parent / old["samples"]
    if sha256_file(samples) != old["samples_sha256"]:
        raise SystemExit(f"{path}: {samples} changed since it was evaluated: regenerate the run with diffusion_run instead")
    new = evaluate_file(samples, EvaluateStage.from_dict(old["stage"]), path, overwrite=True)   # re-evaluating is the point
    keys = ("fid_classifier", "fid_inception")
    print(path, {k: old.get(k) for k in keys}, "->", {k: new.get(k) for k in keys}, f"({new['seconds']} s)", flush=True)
    return new


if __name__ == "__main__":
    if len(sys.argv) < 2: raise SystemExit(__doc__)
    for p in sys.argv[1:]: reevaluate(Path(p))
