"""Two tables of the cold-diffusion comparison (notebook 08), regenerated from the config beside them.

1. Report 002's per-digit reconstruction table, for every model listed: validation digits degraded to t = T (maximal)
   and t = T/2 (half), restored directly (one network call) and by each listed sampler walking down from t; the MSE
   per digit with percentile-bootstrap 95 % intervals.
2. Restore or generate: for every sample set of a listed run that started from degraded *validation* images, the
   distance of each sample to the clean original of its own start image against its nearest training image.

Usage, from the repository root: python tools/cold_tables.py --out results/cold-tables [--only LABEL ...]
(the first call writes the default settings.json there; later calls read it). `--only` recomputes the named models
of table 1 and keeps the others' committed rows (each is seeded, so a full run reproduces them); table 2 is always
recomputed.
"""
import argparse, json, time
from pathlib import Path

import torch

from diffusion_nbs.data import load_mnist, load_samples_npz
from diffusion_nbs.diffusion import reconstruct
from diffusion_nbs.metrics import reconstruction_mse_table
from diffusion_nbs.sampling import load_run, validation_starts
from diffusion_nbs.config import SampleStage
from diffusion_nbs.config_files import read_config
from diffusion_nbs.metrics import restore_or_generate
from diffusion_nbs.run_dir import write_json

DEFAULT = {
    "n": 300, "seed": 0, "n_boot": 1000,
    "models": {   # label: [run directory, [sampler, steps] ...]; direct restoration is always included
        "Gaussian": ["results/unet-small-30min", [["ddim", 50]]],
        "impulse": ["results/impulse-unet-small-12ep", [["naive", None], ["improved", None]]],
        "pixel shuffle": ["results/shuffle-unet-small-12ep", [["naive", None], ["improved", None]]],
        "blur": ["results/blur-unet-small-12ep", [["naive", None], ["improved", None]]],
        "mask": ["results/mask-unet-small-12ep", [["naive", None], ["improved", None]]],
        "pixelate": ["results/pixelate-unet-small-12ep", [["naive", None], ["improved", None]]],
    },
    "restore_or_generate": ["results/shuffle-unet-small-12ep", "results/seed004-impulse-unet-small-12ep",
                            "results/seed004-impulse-regularised-unet-small-12ep"],
}


def reconstruction(cfg: dict, data, only: list | None = None, previous: dict | None = None) -> dict:
    xs, ys = data.val_x[:cfg["n"]], data.val_y[:cfg["n"]]     # validation digits: the test split is the evaluation reference
    out = {}
    for label, (run, samplers) in cfg["models"].items():
        if only and label not in only:
            if label in (previous or {}): out[label] = previous[label]
            continue
        if not (Path(run) / "model.pt").exists(): print(f"skipped {label}: {run} is not trained"); continue
        _, diffusion, net, _ = load_run(run, device="cpu")
        out[label] = {"run": run, "T": diffusion.T}
        for level, t in (("max", diffusion.T), ("half", diffusion.T // 2)):
            recs, direct = {}, None
            for sampler, steps in samplers:
                g = torch.Generator().manual_seed(cfg["seed"])
                steps_t = None if steps is None else min(steps, t)
                _, direct, walked = reconstruct(diffusion, net, xs, t, sampler, steps_t, generator=g)
                recs[f"{sampler}" + (f"-{steps_t}" if steps_t else "")] = walked
            out[label][level] = {"t": t, **reconstruction_mse_table(xs, ys, cfg["n_boot"], cfg["seed"], direct=direct, **recs)}
            print(f"{label} t={t}: " + ", ".join(f"{k} {v['mean']:.4f}" for k, v in out[label][level].items() if isinstance(v, dict)))
    return out


def restore_generate(cfg: dict, data) -> dict:
    out = {}
    for run in cfg["restore_or_generate"]:
        run = Path(run)
        if not (run / "config.json").exists(): print(f"skipped {run}: no run"); continue
        rc = read_config(run / "config.json")
        for rec_file in sorted(run.glob("*.json")):
            rec = json.loads(rec_file.read_text())
            if not isinstance(rec, dict) or rec.get("start") != "validation" or "stage" not in rec: continue
            stage = SampleStage.from_dict(rec["stage"])
            samples = load_samples_npz(rec_file.with_suffix(".npz"))
            originals, _ = validation_starts(rc, stage.n, stage.seed)
            r = restore_or_generate(samples, originals, data.train_x)
            r.pop("per_sample")
            out[f"{run.name}/{rec_file.with_suffix('.npz').name}"] = {**r, "sampler": rec["sampler"], "steps": rec["steps"], "t_start": rec["t_start"]}
            print(run.name, rec_file.name, {k: round(v, 3) if isinstance(v, float) else v for k, v in r.items()})
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="results/cold-tables")
    ap.add_argument("--only", nargs="*", help="recompute only these models of the reconstruction table")
    args = ap.parse_args()
    out = Path(args.out); out.mkdir(parents=True, exist_ok=True)
    if not (out / "settings.json").exists(): write_json(DEFAULT, out / "settings.json")
    cfg = json.loads((out / "settings.json").read_text())
    torch.manual_seed(cfg["seed"])
    data = load_mnist()
    t0 = time.monotonic()
    previous = None
    if args.only:
        unknown = [m for m in args.only if m not in cfg["models"]]
        if unknown: raise SystemExit(f"--only {' '.join(unknown)}: not a model of {out / 'settings.json'} (models: {', '.join(cfg['models'])})")
        old = json.loads((out / "reconstruction.json").read_text()) if (out / "reconstruction.json").exists() else None
        if old is None or old["config"] != cfg: raise SystemExit(f"--only needs {out / 'reconstruction.json'} made with the same settings: run without --only")
        previous = old["tables"]
    write_json({"config": cfg, "tables": reconstruction(cfg, data, args.only, previous)}, out / "reconstruction.json")
    write_json({"config": cfg, "runs": restore_generate(cfg, data)}, out / "restore_or_generate.json")
    print(f"done in {time.monotonic() - t0:.0f} s")


if __name__ == "__main__":
    main()
