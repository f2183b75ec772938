"""Fastest to a good digit: the peers trained beside our main job, for the same wall-clock, on this machine.

The budget is our main job's training time measured in this run: its config's steps (16 500 for the README's main job,
`results/unet-small-30min-fast`), each timed here for a minute in its own precision (its `speed.autocast`), so our
steps and the peers' steps are timed on the same machine in the same state (--minutes overrides it). Each peer is set
up as its documentation suggests, scaled to 28x28 one-channel images, and trained on this project's 48 000 training
images (the validation and test splits are not touched) for that many minutes, one peer after another on a quiet
machine; then every model, ours included, draws N images with DDIM-50 at eta 0 (50 network calls) and this project's
evaluator scores them against the test split.
  - lucidrains: denoising-diffusion-pytorch's `Unet(dim=32, dim_mults=(1, 2, 4), channels=1)` and
    `GaussianDiffusion(timesteps=1000, sampling_timesteps=50)` (its defaults otherwise: v-objective, sigmoid
    schedule); Adam 8e-5, betas (0.9, 0.99), EMA 0.995 every 10 steps, as its `Trainer` sets them; batch 32 (README).
  - diffusers: `UNet2DModel` (the unconditional example's blocks cut to three levels for 28 px: 32/64/64, two layers
    each, attention at the middle level) and `DDPMScheduler` (1000 steps, linear beta, epsilon), AdamW 1e-4 with
    betas (0.95, 0.999) and weight decay 1e-6, 500 warm-up steps then cosine decay over the steps the budget allows,
    EMA up to 0.9999 with warm-up, batch 16: the defaults of `examples/unconditional_image_generation`; sampled
    with `DDIMScheduler`, eta 0.
Writes OUT/PEER/{samples.npz, samples.png, record.json, metrics.json} for each peer and for ours (OUT/ours), and
OUT/peers.json: the table's rows. A set whose files in OUT match the budget, N and evaluator is read, not redrawn
(--no-reuse redraws ours and retrains the peers); our steps' speed is measured in every run.
Usage: python bench/peers.py [--ours RUN] [--minutes M] [--n 1000] [--peers lucidrains,diffusers] [--out results/peers]
"""

import argparse, csv, json, platform, time
from pathlib import Path
import torch
from diffusion_nbs.data import load_mnist, save_samples_npz
from diffusion_nbs.metrics import evaluate_samples
from diffusion_nbs.run_dir import save_grid, write_json

MAIN_JOB = Path("results/unet-small-30min-fast")  # the README's main job
# one-minute timings of our steps in one session spread by about this much (three 15 s probes: 0.125-0.133 s)
TIMING_NOISE = 0.05


def our_row(run: Path) -> dict:
    "Our main job, from its committed run: its training minutes and steps there, its batch and precision."
    rows = list(csv.DictReader(open(run / "losses.csv")))
    cfg = json.loads((run / "config.json").read_text())
    steps = sum(int(r["steps"]) for r in rows)
    return dict(
        peer="diffusion_nbs (main job)",
        run=str(run),
        committed_minutes=sum(float(r["train_seconds"]) for r in rows) / 60,
        steps=steps,
        batch=cfg["optim"]["batch_size"],
        images=steps * cfg["optim"]["batch_size"],
    )


def timed_steps(step, seconds: float) -> tuple[int, float, object]:
    "Call `step` until `seconds` of its own time have passed (at least once): (calls, seconds, its last return)."
    steps, spent = 0, 0.0
    while steps == 0 or spent < seconds:
        t0 = time.perf_counter()
        last = step()
        steps, spent = steps + 1, spent + time.perf_counter() - t0
    return steps, spent, last


def same_evaluator(metrics: dict, inception: bool) -> bool:
    "Whether a committed metrics file was scored as this run scores (with or without Inception FID)."
    return ("fid_inception" in metrics) == inception


def our_step_seconds(run: Path, x: torch.Tensor, seconds: float = 60.0) -> dict:
    "Our main job's training step timed here now, in its config's precision: seconds per step and images/s."
    from diffusion_nbs.config_files import read_config
    from diffusion_nbs.training import build_state, train_step, training_precision

    cfg = read_config(run / "config.json")
    state, diffusion = build_state(cfg, len(x), "cpu"), cfg.build_diffusion()
    state.precision = training_precision(cfg.speed.autocast, torch.device("cpu"))
    g, b = torch.Generator().manual_seed(0), cfg.optim.batch_size
    step = lambda: train_step(
        state, cfg, diffusion, x[torch.randint(0, len(x), (b,), generator=g)]
    )
    step()  # warm-up
    steps, spent, _ = timed_steps(step, seconds)
    return dict(
        step_seconds_now=spent / steps,
        images_per_second_now=steps * b / spent,
        precision=state.precision,
    )


def our_samples(run: Path, n: int, out: Path, inception: bool, reuse: bool) -> dict:
    "Our main job's DDIM-50 (eta 0) set of `n` images, seed 0, scored like the peers' (read when its files match)."
    from diffusion_nbs.config import SampleStage
    from diffusion_nbs.data import load_samples_npz
    from diffusion_nbs.sampling import write_samples

    npz, met_p = out / "ours" / "samples.npz", out / "ours" / "metrics.json"
    rec_p = npz.with_suffix(".json")
    stage = SampleStage(n=n, sampler="ddim", steps=50, eta=0.0, seed=0)
    rec = json.loads(rec_p.read_text()) if rec_p.exists() else {}
    same = rec.get("run") == run.name and rec.get("stage") == stage.to_dict()
    if not (reuse and same and met_p.exists()):
        (out / "ours").mkdir(parents=True, exist_ok=True)
        rec = write_samples(
            run,
            stage,
            npz,
            out / "ours" / "samples.png",
            "cpu",
            progress=False,
            overwrite=True,
        )
        imgs = load_samples_npz(npz)
        write_json(
            evaluate_samples(imgs, n, inception=inception, memorisation=False), met_p
        )
    metrics = json.loads(met_p.read_text())
    if not same_evaluator(metrics, inception):
        raise SystemExit(
            f"{met_p} was scored {'without' if inception else 'with'} Inception FID: pass --no-reuse"
        )
    return dict(
        sampler="ddim-50", n=n, sample_seconds=rec["seconds"], metrics=metrics
    )


def lucidrains_peer():
    "(model, loss(x in [-0.5, 0.5]), sample(n) -> [-0.5, 0.5], optimiser, ema, batch)."
    from denoising_diffusion_pytorch import GaussianDiffusion, Unet
    from ema_pytorch import EMA

    net = Unet(dim=32, dim_mults=(1, 2, 4), channels=1)
    model = GaussianDiffusion(
        net, image_size=28, timesteps=1000, sampling_timesteps=50
    )
    opt = torch.optim.Adam(model.parameters(), lr=8e-5, betas=(0.9, 0.99))
    ema = EMA(model, beta=0.995, update_every=10)
    sample = lambda n: ema.ema_model.sample(batch_size=n) - 0.5  # it draws in [0, 1]
    return (
        model,
        (lambda x: model(x + 0.5)),
        sample,
        opt,
        (lambda: ema.update()),
        32,
        None,
    )


def diffusers_peer(total_steps: int):
    "The same tuple for diffusers' UNet2DModel + DDPMScheduler (see the module docstring)."
    from diffusers import DDIMScheduler, DDPMScheduler, UNet2DModel
    from diffusers.optimization import get_cosine_schedule_with_warmup
    from diffusers.training_utils import EMAModel

    net = UNet2DModel(
        sample_size=28,
        in_channels=1,
        out_channels=1,
        layers_per_block=2,
        block_out_channels=(32, 64, 64),
        down_block_types=("DownBlock2D", "AttnDownBlock2D", "DownBlock2D"),
        up_block_types=("UpBlock2D", "AttnUpBlock2D", "UpBlock2D"),
    )
    sched = DDPMScheduler(num_train_timesteps=1000, beta_schedule="linear")
    opt = torch.optim.AdamW(
        net.parameters(), lr=1e-4, betas=(0.95, 0.999), weight_decay=1e-6, eps=1e-8
    )
    lr = get_cosine_schedule_with_warmup(
        opt, num_warmup_steps=500, num_training_steps=max(total_steps, 501)
    )
    ema = EMAModel(
        net.parameters(),
        decay=0.9999,
        use_ema_warmup=True,
        inv_gamma=1.0,
        power=0.75,
    )

    def loss(x):
        x, eps = 2 * x, torch.randn_like(x)  # it trains in [-1, 1]
        t = torch.randint(0, 1000, (len(x),))
        return torch.nn.functional.mse_loss(
            net(sched.add_noise(x, eps, t), t).sample, eps
        )

    @torch.no_grad()
    def sample(n):
        shadow = UNet2DModel.from_config(net.config)
        ema.copy_to(shadow.parameters())
        ddim = DDIMScheduler.from_config(sched.config)
        ddim.set_timesteps(50)
        z = torch.randn(n, 1, 28, 28)
        for t in ddim.timesteps:
            z = ddim.step(shadow(z, t).sample, t, z, eta=0.0).prev_sample
        return z.clamp(-1, 1) / 2

    return net, loss, sample, opt, (lambda: ema.step(net.parameters())), 16, lr


def train_for(peer, x: torch.Tensor, seconds: float, seed: int = 0) -> dict:
    "Train a peer's tuple on `x` until `seconds` of training have passed; its steps, images and speed."
    model, loss_fn, _, opt, ema_step, batch, lr = peer
    g = torch.Generator().manual_seed(seed)
    model.train()

    def step():
        loss = loss_fn(x[torch.randint(0, len(x), (batch,), generator=g)])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        if lr is not None:
            lr.step()
        ema_step()
        return loss

    steps, spent, loss = timed_steps(step, seconds)
    return dict(
        steps=steps,
        images=steps * batch,
        seconds=spent,
        images_per_second=steps * batch / spent,
        last_loss=float(loss.detach()),
        parameters=sum(p.numel() for p in model.parameters()),
    )


def steps_in(make, x, seconds: float) -> int:
    "How many steps of a peer fit in `seconds` (timed on 20 steps), for a schedule that needs its length."
    probe = make(10**6)
    t = train_for(probe, x, 0.0)  # one step, warm-up
    t = train_for(probe, x, 20 * t["seconds"] + 1e-3)
    return int(seconds / (t["seconds"] / t["steps"]))


def reused_peer(
    name: str, seconds: float, n: int, out: Path, inception: bool
) -> dict | None:
    """A peer's committed row when its files exist and match this budget (within TIMING_NOISE: the budget is
    measured anew in every run), N and evaluator; else None."""
    rec_p, met_p = out / name / "record.json", out / name / "metrics.json"
    if not (rec_p.exists() and met_p.exists()):
        return None
    rec, metrics = json.loads(rec_p.read_text()), json.loads(met_p.read_text())
    same = abs(rec["seconds"] / seconds - 1) <= TIMING_NOISE and rec["n"] == n
    return (
        dict(rec, metrics=metrics)
        if same and same_evaluator(metrics, inception)
        else None
    )


def run_peer(
    name: str,
    x,
    seconds: float,
    n: int,
    out: Path,
    inception: bool,
    reuse: bool = True,
) -> dict:
    "Train, sample and score one peer; write its files; return its row (its files' row where they match)."
    if reuse and (row := reused_peer(name, seconds, n, out, inception)):
        print(
            f"{name}: reusing {out / name} (same budget, N and evaluator; --no-reuse retrains)"
        )
        return dict(row, reused=True)
    torch.manual_seed(0)
    peer = (
        lucidrains_peer()
        if name == "lucidrains"
        else diffusers_peer(steps_in(diffusers_peer, x, seconds))
    )
    rec = dict(peer=name, **train_for(peer, x, seconds))
    t0 = time.perf_counter()
    peer[0].eval()
    with torch.no_grad():
        imgs = torch.cat([peer[2](min(500, n - i)) for i in range(0, n, 500)]).clamp(
            -0.5, 0.5
        )
    rec.update(
        sampler="ddim-50",
        n=n,
        sample_seconds=time.perf_counter() - t0,
        minutes=rec["seconds"] / 60,
    )
    (out / name).mkdir(parents=True, exist_ok=True)
    save_samples_npz(imgs, out / name / "samples.npz")
    save_grid(imgs[:64], out / name / "samples.png")
    write_json(rec, out / name / "record.json")
    metrics = evaluate_samples(imgs, n, inception=inception, memorisation=False)
    write_json(metrics, out / name / "metrics.json")
    return dict(rec, metrics=metrics)


def table(rows: list[dict]) -> str:
    "The peer table (Markdown) with intervals, each peer's ratios to our main job (speed: measured in this run)."
    from diffusion_nbs.experiments import classifier_fid_text, inception_text
    from diffusion_nbs.metrics import score_text

    ours = rows[0]
    fid = lambda r: r["metrics"]["fid_classifier"]["value"]
    lines = [
        "| model | minutes | images seen | images/s vs ours | IS | classifier FID [95 %] | FID vs ours "
        "| Inception FID [95 %] |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        m = r["metrics"]
        lines.append(
            f"| {r['peer']} | {r['minutes']:.1f} | {r['images']:,} | "
            f"{r['images_per_second_now'] / ours['images_per_second_now']:.2f} | "
            f"{score_text(m['inception_score'])} | {classifier_fid_text(m['fid_classifier'])} | "
            f"{fid(r) / fid(ours):.2f} | {inception_text(m)} |"
        )
    return "\n".join(lines)


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--ours", default=str(MAIN_JOB), help="our main job's run directory"
    )
    ap.add_argument(
        "--minutes",
        type=float,
        default=None,
        help="training budget (default: our main job's steps, timed in this run)",
    )
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--peers", default="lucidrains,diffusers")
    ap.add_argument("--out", default="results/peers")
    ap.add_argument(
        "--inception", action=argparse.BooleanOptionalAction, default=True
    )
    ap.add_argument(
        "--reuse",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="keep a set whose files in --out match the budget, N and evaluator (default)",
    )
    return ap.parse_args()


if __name__ == "__main__":
    a = parse_args()
    run, out = Path(a.ours), Path(a.out)
    if not (run / "losses.csv").exists():
        raise SystemExit(
            f"{run} is not a trained run (no losses.csv): pass --ours RUN_DIR"
        )
    x = load_mnist(val_frac=0.2, seed=0).train_x
    ours = our_row(run) | our_step_seconds(run, x)
    ours["measured_minutes"] = ours["steps"] * ours["step_seconds_now"] / 60
    minutes = a.minutes if a.minutes is not None else ours["measured_minutes"]
    ours["minutes"] = minutes
    ours |= our_samples(run, a.n, out, a.inception, a.reuse)
    rows = [ours] + [
        run_peer(p, x, 60 * minutes, a.n, out, a.inception, a.reuse)
        for p in a.peers.split(",")
    ]
    for r in rows[1:]:
        r.setdefault("images_per_second_now", r["images_per_second"])
    summary = dict(
        minutes=minutes,
        budget="ours: steps x seconds per step timed in this run"
        if a.minutes is None
        else "--minutes",
        n=a.n,
        order="one after another",
        reused=[r["peer"] for r in rows if r.get("reused")],
        cpu=platform.processor() or platform.machine(),
        torch_threads=torch.get_num_threads(),
        rows=[{k: v for k, v in r.items() if k != "metrics"} for r in rows],
    )
    write_json(summary, out / "peers.json")
    print(table(rows))
