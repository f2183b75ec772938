"""Add a run's final sample stage: the selection candidate with the lowest classifier FID (--by is: highest IS).

The candidates are the run's `select-*` sample stages that start from a prior (their own seed; each scored with the
shipped classifier against the validation split, as its evaluate stage says: the test split never enters a choice).
The final stage runs the chosen candidate on new samples (seed 1) and is evaluated at N (classifier metrics) and at
N = 1000 with Inception FID, both against the test split. The chosen stage is written into the run's config.json, so
`diffusion_run --out RUN` then draws and scores it (and regenerates it later).
Usage, from the repository root: python tools/choose_final.py results/RUN [N=10000] [--by fid|is]
"""
import argparse, json
from pathlib import Path
from diffusion_nbs.experiments import stage_results


SCORES = {"fid": lambda m: m["fid_classifier"]["value"], "is": lambda m: -m["inception_score"]["mean"]}


def choose_final(run: Path, n: int = 10000, by: str = "fid") -> dict:
    rows = [r for r in stage_results(run, "select-*-metrics.json") if r["sampling"].get("start") != "validation"]
    if not rows: raise SystemExit(f"{run}: no evaluated select-* sample sets from a prior: run diffusion_run --out {run} first")
    if stale := [r["name"] for r in rows if r["metrics"].get("reference", "test") != "validation"]:
        raise SystemExit(f"{run}: {stale} were scored against the test split: choose on the validation split "
                         f"(evaluate stages with \"reference\": \"validation\", then diffusion_run --out {run})")
    best = min(rows, key=lambda r: SCORES[by](r["metrics"]))
    print(run.name, f"chosen by {by}:", best["name"], {r["name"]: round(abs(SCORES[by](r["metrics"])), 2) for r in rows})
    c = json.loads((run / "config.json").read_text())
    tag = "10k" if n == 10000 else f"{n // 1000}k" if n % 1000 == 0 else f"{n}"
    st = dict(best["sampling"]["stage"], out=f"final-{tag}.npz", n=n, seed=1, grid=f"final-{tag}.png")
    c["sample"] = [s for s in c["sample"] if not s["out"].startswith("final-")] + [st]
    c["evaluate"] = [e for e in c["evaluate"] if not e["samples"].startswith("final-")] + [
        dict(samples=st["out"], out=f"final-{tag}-metrics.json", n=n, inception=False, bootstrap=200, seed=0),
        dict(samples=st["out"], out=f"final-{tag}-inception-metrics.json", n=1000, inception=True, bootstrap=200, seed=0)]
    (run / "config.json").write_text(json.dumps(c, indent=2) + "\n")
    return st


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("run", type=Path, help="the run directory, e.g. results/RUN")
    ap.add_argument("n", type=int, nargs="?", default=10000, help="the final's N (default 10000)")
    ap.add_argument("--by", choices=sorted(SCORES), default="fid", help="lowest classifier FID or highest IS")
    a = ap.parse_args()
    choose_final(a.run, a.n, a.by)
