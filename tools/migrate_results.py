"""One-off migration of the committed runs in results/ to the pipeline layout (kept as the record of what was done).

Each run directory gets:
- config.json: the nested config (its old flat one migrated), with the training length the run actually had (warm
  restarts as `optim.restart_epochs`, a step budget where the old wall-clock stop ended it inside an epoch) and the
  sample and evaluation stages its old run.sh ran, so `diffusion_run --out results/NAME` regenerates it;
- training.json: how the training ended (from losses.csv and the old run.sh);
- corrected sample records (FILE.json): the steps that actually ran, the weights actually used (raw for runs
  trained without EMA), the stage, and the SHA-256 of the weights file;
- the stage and the SHA-256 of the sample file in each metrics JSON;
- run.sh: `diffusion_run --out results/NAME`, under the old script's comments.
Nothing is retrained, resampled or re-evaluated. Run from the repository root: python tools/migrate_results.py
"""
import csv, hashlib, json, re
from pathlib import Path

from diffusion_nbs.config import RunConfig
from diffusion_nbs.config_files import config_from_dict, is_flat_config
from diffusion_nbs.training import load_checkpoint, write_json, save_checkpoint

R = Path("results")
sha = lambda p: hashlib.sha256(Path(p).read_bytes()).hexdigest()

def S(out, n, sampler, steps=None, eta=0.0, batch_size=500, grid=None, weights="ema"):
    return dict(out=out, n=n, sampler=sampler, steps=steps, eta=eta, seed=0, batch_size=batch_size, weights=weights, start="prior",
                t_start=None, grid=grid)
def E(samples, out, n=None, inception=False):
    return dict(samples=samples, out=out, n=n, inception=inception, bootstrap=20, seed=0)

sweep = [S("samplers/ancestral.npz", 500, "ancestral", batch_size=100)] + \
        [S(f"samplers/ddim-{k}.npz", 500, "ddim", k, batch_size=100) for k in (10, 20, 50, 100)] + \
        [S(f"samplers/ddim-{k}-eta1.npz", 500, "ddim", k, 1.0, batch_size=100) for k in (20, 50, 100)]
RUNS = {  # name: (training overrides, sample stages, evaluation stages, how the old training ended)
    "starter-4ep": ({"train": {"epochs": 4}}, [S("samples.npz", 1000, "ddim", 50, batch_size=100, grid="samples.png")],
                    [E("samples.npz", "metrics.json", 1000, True)], "epochs"),
    "seed004-model2-1ep": ({"train": {"epochs": 1}}, [S("samples.npz", 1000, "ddim", 10, batch_size=100, grid="samples.png")],
                           [E("samples.npz", "metrics.json", 1000, True)], "epochs"),
    "starter-recipe-30min": ({}, [S("samples.npz", 1000, "ddim", 50, grid="samples.png")], [E("samples.npz", "metrics.json", 1000, True)], "epochs"),
    "unet-30min": ({"train": {"epochs": 5, "max_steps": 1501}}, [S("samples.npz", 1000, "ddim", 50, grid="samples.png", weights="raw")],
                   [E("samples.npz", "metrics.json", 1000, True)], "max_steps"),
    "unet-small-30min": ({}, [S("samples.npz", 1000, "ddim", 50, grid="samples.png")], [E("samples.npz", "metrics.json", 1000, True)], "epochs"),
    "unet-small-long": ({"train": {"epochs": 26}, "optim": {"restart_epochs": [12]}},
                        [S("samples.npz", 10000, "ddim", 50, batch_size=100, grid="samples.png"), S("samples-eta1.npz", 10000, "ddim", 50, 1.0)] + sweep,
                        [E("samples.npz", "metrics-10k.json", 10000), E("samples.npz", "metrics.json", 1000, True), E("samples-eta1.npz", "metrics-10k-eta1.json", 10000)]
                        + [E(s["out"], s["out"].replace(".npz", "-metrics.json")) for s in sweep], "epochs"),
    "unet-small-48ep": ({"train": {"epochs": 48}, "optim": {"restart_epochs": [12, 26]}},
                        [S("samples.npz", 10000, "ddim", 50, 1.0, grid="samples.png"), S("samples-ddim20-eta1.npz", 10000, "ddim", 20, 1.0)],
                        [E("samples.npz", "metrics-10k.json", 10000), E("samples.npz", "metrics.json", 1000, True),
                         E("samples-ddim20-eta1.npz", "metrics-10k-ddim20-eta1.json", 10000)], "epochs"),
    "unet-small-76ep": ({"train": {"epochs": 76}, "optim": {"restart_epochs": [12, 26, 48]}},
                        [S("samples.npz", 10000, "ddim", 50, 1.0, grid="samples.png")],
                        [E("samples.npz", "metrics-10k.json", 10000), E("samples.npz", "metrics.json", 1000, True)], "epochs"),
    "impulse-unet-small-12ep": ({}, [S("samples.npz", 1000, "naive", grid="samples.png"), S("samples-improved.npz", 1000, "improved", grid="samples-improved.png")],
                                [E("samples.npz", "metrics.json", 1000, True), E("samples-improved.npz", "metrics-improved.json", 1000)], "epochs"),
}

def merge(d, over):
    for k, v in over.items(): d[k] = {**d.get(k, {}), **v} if isinstance(v, dict) else v
    return d

for name, (over, samples, evals, stop) in RUNS.items():
    d = R / name
    old = json.loads((d / "config.json").read_text())
    base = config_from_dict(old, str(d)).to_dict() if is_flat_config(old) else old
    cfg = RunConfig.from_dict(merge({**base, "name": name}, {**over, "sample": samples, "evaluate": evals}), name)
    write_json(cfg.to_dict(), d / "config.json")
    with open(d / "losses.csv") as f: hist = list(csv.DictReader(f))
    ck = load_checkpoint(d / "model.pt")
    if "weights" not in ck or ck.get("config") != cfg.to_dict():   # model.pt: the new keys, the same weights
        used = "ema" if cfg.optim.ema_decay else "raw"
        save_checkpoint({"model": ck["model"], "config": cfg.to_dict(), "epoch": ck["epoch"], "step": sum(int(h["steps"]) for h in hist),
                         "weights": used}, d / "model.pt")
    steps = sum(int(h["steps"]) for h in hist)
    write_json(dict(stop=stop, stop_reason={"epochs": f"finished {cfg.train.epochs} epochs",
                                            "max_steps": f"step budget of {cfg.train.max_steps} steps reached"}[stop],
                    stopped_by_wall_clock=False, epochs=int(hist[-1]["epoch"]), steps=steps, device="cpu", torch_threads=None,
                    world_size=1, global_batch=cfg.optim.batch_size,
                    migrated="written by tools/migrate_results.py from losses.csv and the old run.sh" +
                             ("; the old run was stopped by --max-minutes 30 at this step, which max_steps reproduces" if stop == "max_steps" else "")),
               d / "training.json")
    diffusion = cfg.build_diffusion()
    for s in cfg.sample:
        rec_p = (d / s.out).with_suffix(".json"); old_rec = json.loads(rec_p.read_text())
        plan = diffusion.plan_sampling(s.sampler, s.steps, s.eta, s.t_start)
        used = "raw" if s.weights == "raw" or not cfg.optim.ema_decay else "ema"
        wfile = "checkpoint.pt" if s.weights == "raw" else "model.pt"
        assert old_rec["n"] == s.n and old_rec["sampler"] == plan.sampler and old_rec.get("eta", 0.0) == s.eta, (name, s.out, old_rec)
        rec = dict(run=name, stage=s.to_dict(), **plan.to_dict(), n=s.n, seed=s.seed, start=s.start, weights=used, weights_file=wfile,
                   weights_sha256=sha(d / "model.pt") if wfile == "model.pt" else None, diffusion=repr(diffusion),
                   device=old_rec.get("device"), torch_threads=old_rec.get("torch_threads"), seconds=old_rec.get("seconds"),
                   ms_per_image=old_rec.get("ms_per_image"))
        if s.weights == "raw": rec["note"] = ("drawn from the raw weights of checkpoint.pt, which is not committed (model.pt holds the EMA): "
                                             "these samples cannot be checked against their weights without retraining")
        write_json(rec, rec_p)
    for e in cfg.evaluate:
        m = json.loads((d / e.out).read_text())
        assert m["n"] == (e.n or json.loads((d / e.samples).with_suffix(".json").read_text())["n"]) and ("fid_inception" in m) == e.inception, (name, e.out)
        m.update(samples=e.samples, samples_sha256=sha(d / e.samples), stage=e.to_dict())
        write_json(m, d / e.out)
    old_sh = (d / "run.sh").read_text()
    comments = [l for l in old_sh.splitlines() if l.startswith("#") and not l.startswith("#!") and "Run from the repository root" not in l]
    old_cmds = [l for l in old_sh.splitlines() if l and not l.startswith("#") and l not in ("set -e",) and not l.startswith("d=")]
    (d / "run.sh").write_text("#!/usr/bin/env bash\n" + "\n".join(c for c in comments if not c.startswith("# was:")) +
                              "\n# Everything above is now in config.json beside this script (migrated by tools/migrate_results.py); the commands\n"
                              "# this directory was first made with were:\n" + "\n".join("# was: " + re.sub(r"\$d", f"results/{name}", c) for c in old_cmds) +
                              f"\n# Regenerate it (each stage is skipped when its outputs exist and match the config), from the repository root:\n"
                              f"set -e\ndiffusion_run --out results/{name}\n")
    print(f"{name}: config, training.json, {len(cfg.sample)} sample records, {len(cfg.evaluate)} metrics files, run.sh")
