"""Re-run committed evaluation stages with the current metrics code (e.g. to add Inception FID intervals).

Each argument is a metrics JSON written by an evaluation stage; its stage (as the run's config.json now declares it,
else as stored in the file) is run again on the same sample file, which must still hash to the recorded SHA-256 (the samples are not redrawn), and the file is
rewritten. This is what `diffusion_run --out RUN` would write for that stage with today's code. A stage recorded
with fewer bootstrap resamples than today's default (`EvaluateStage().bootstrap`) is run with the default; the run's
config.json must say the same for the pipeline to find the stage up to date.
Usage, from the repository root: python tools/reevaluate.py results/RUN/metrics.json [...]
"""
import json, sys
from pathlib import Path
from diffusion_nbs.config import EvaluateStage
from diffusion_nbs.data import sha256_file
from diffusion_nbs.metrics import evaluate_file
from diffusion_nbs.run_dir import read_json, write_json


def reevaluate(path: Path) -> dict:
    old = json.loads(path.read_text())
    if "stage" not in old: raise SystemExit(f"{path}: no evaluation stage recorded: regenerate it with its run's run.sh")
    run = next((d for d in path.parents if (d / "config.json").exists()), path.parent)   # stage paths: from the run
    samples = run / old["stage"]["samples"] if (run / old["stage"]["samples"]).exists() else path.parent / old["samples"]
    if sha256_file(samples) != old["samples_sha256"]:
        raise SystemExit(f"{path}: {samples} changed since it was evaluated: regenerate the run with diffusion_run instead")
    config = read_json(run / "config.json") or {}
    planned = [e for e in config.get("evaluate", []) if e.get("out") == old["stage"].get("out")]
    stage = EvaluateStage.from_dict(planned[0] if planned else old["stage"])   # the run's config says what to run
    stage.bootstrap = max(stage.bootstrap, EvaluateStage().bootstrap)
    new = evaluate_file(samples, stage, path, overwrite=True)   # re-evaluating is the point
    if new["samples"] != old["samples"]:                             # keep the record's path to its samples
        new["samples"] = old["samples"]
        write_json(new, path)
    keys = ("fid_classifier", "fid_inception")
    print(path, {k: old.get(k) for k in keys}, "->", {k: new.get(k) for k in keys}, f"({new['seconds']} s)", flush=True)
    return new


if __name__ == "__main__":
    if len(sys.argv) < 2: raise SystemExit(__doc__)
    for p in sys.argv[1:]: reevaluate(Path(p))
