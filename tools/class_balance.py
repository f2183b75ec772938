"""Why cold samples over-produce some digits: the class balance of each cold run, taken apart (notebook 08).

For every cold run's final sampler, the shipped classifier's class histogram of five sets of images:
  1. validation digits themselves (the balance of the data: the reference);
  2. one network call from those digits degraded to t = T: what the network restores when the start is real;
  3. one network call from draws of the run's prior (the start its final set used: `prior` or `gmm`);
  4. the final sampler's walk from the degraded validation digits;
  5. the committed final set (the walk from the prior, N = 10 000);
and, for 4, which digit each walk ends as against the digit it started from (a 10 x 10 count matrix).
Comparing them says where the imbalance enters: the network at T (2 unbalanced), the prior (3 unbalanced where 2 is
not), or the walk (4 or 5 unbalanced where 2 and 3 are not). Each histogram carries its N, and its total-variation
distance from uniform a percentile-bootstrap 95 % interval (the images resampled, 200 times).
Usage, from the repository root: python tools/class_balance.py [--n 1000] [--out results/cold-tables/class-balance.json]
"""
import argparse, json
from pathlib import Path
import torch
from diffusion_nbs.classifier import load_classifier
from diffusion_nbs.config_files import read_config
from diffusion_nbs.data import load_mnist, load_samples_npz
from diffusion_nbs.degradations import GMMPrior
from diffusion_nbs.metrics import class_histogram, classifier_outputs, tv_from_uniform
from diffusion_nbs.sampling import load_run
from diffusion_nbs.run_dir import write_json

RUNS = {"impulse": "impulse-unet-small-12ep", "pixel shuffle": "shuffle-unet-small-12ep",
        "blur": "blur-unet-small-12ep", "mask": "mask-unet-small-12ep", "pixelate": "pixelate-unet-small-12ep"}


def balance(x: torch.Tensor, clf, n_boot: int = 200, seed: int = 0) -> dict:
    "Class histogram (%) of images `x`, its min and max, and TV from uniform with a bootstrap interval."
    logits = classifier_outputs(x, clf)[1]
    g = torch.Generator().manual_seed(seed)
    boots = torch.tensor([tv_from_uniform(class_histogram(logits[torch.randint(0, len(logits), (len(logits),),
                                                                                generator=g)]))
                          for _ in range(n_boot)])
    h = class_histogram(logits)
    return dict(n=len(x), histogram=[round(100 * p, 2) for p in h], min=100 * min(h), max=100 * max(h),
                tv=dict(value=tv_from_uniform(h), ci95=boots.quantile(torch.tensor([0.025, 0.975])).tolist(),
                        bootstrap=dict(resamples=n_boot, resampled=["generated"], seed=seed)))


def prior_draws(run: Path, diffusion, stage, data, n: int) -> torch.Tensor:
    "`n` starts at T drawn as the final stage draws them (its prior, its seed)."
    g = torch.Generator().manual_seed(stage.seed)
    if stage.start == "gmm":
        return GMMPrior(diffusion, data.train_x, seed=stage.seed).sample(n, g)
    return diffusion.initial(n, None, None, g, "cpu")[0]


def run_balance(run: Path, data, clf, n: int) -> dict:
    "The five histograms of one cold run (see the module docstring)."
    cfg, diffusion, net, _ = load_run(run, device="cpu")
    stage = next(s for s in read_config(run / "config.json").sample if s.out.startswith("final-"))
    g = torch.Generator().manual_seed(0)
    val = data.val_x[:n]
    x_T, field = diffusion.degrade(val, diffusion.T, g)                # as `reconstruct` does (notebook 02b)
    walk = diffusion.sample(net, n, stage.sampler, stage.steps, stage.eta, x_start=x_T, t_start=diffusion.T,
                            field=field, generator=g, options=stage.sampler_options())
    restore = lambda x: diffusion.restore(net, x, diffusion.T).clamp(-0.5, 0.5)
    return {"run": run.name, "sampler": stage.sampler, "start": stage.start, "options": stage.sampler_options(),
            "validation digits": balance(val, clf),
            "one call from degraded validation digits": balance(restore(x_T), clf),
            "one call from the prior": balance(restore(prior_draws(run, diffusion, stage, data, n)), clf),
            "walk from degraded validation digits": balance(walk, clf),
            "final set (walk from the prior)": balance(load_samples_npz(run / stage.out), clf),
            "walk confusion": confusion(data.val_y[:n], walk, clf)}


def confusion(start_labels: torch.Tensor, x: torch.Tensor, clf) -> list[list[int]]:
    "Counts [start digit][end digit]: which digits the walk from each degraded digit ends as."
    end = classifier_outputs(x, clf)[1].argmax(1)
    m = torch.zeros(10, 10, dtype=torch.long)
    m.index_put_((start_labels.long(), end), torch.ones_like(end), accumulate=True)
    return m.tolist()


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--out", default="results/cold-tables/class-balance.json")
    ap.add_argument("--only", nargs="*", default=list(RUNS), help="the runs to take apart (default: all five)")
    a = ap.parse_args()
    torch.manual_seed(0)
    data, clf = load_mnist(), load_classifier()
    out = Path(a.out)
    old = json.loads(out.read_text())["runs"] if out.exists() else {}   # the rows not recomputed are kept
    with torch.no_grad():
        res = {lab: run_balance(Path("results") / r, data, clf, a.n) for lab, r in RUNS.items() if lab in a.only}
    write_json(dict(n=a.n, runs={lab: res.get(lab, old.get(lab)) for lab in RUNS if lab in res or lab in old}), out)
    for lab, r in res.items():
        print(lab, {k: f"{v['min']:.1f}-{v['max']:.1f} % (TV {v['tv']['value']:.3f})" for k, v in r.items() if isinstance(v, dict) and "tv" in v})
