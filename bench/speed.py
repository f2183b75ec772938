"""Training and sampling speed, measured in one run on this machine (a benchmark that prints figures, not a test).

Training: milliseconds per step at batch 128 for
  - the coursework starter's plain loop: torchvision `MNIST` + per-item `ToTensor`/`Normalize` + `DataLoader`,
    with the same model and loss (only the data path differs), at num_workers 0 and 4;
  - this project's `train()` (data held as one tensor, batches by index) for each preset.
Sampling: milliseconds per image for the ancestral sampler and DDIM at several step counts (and stochastic DDIM-50, eta=1).

Configs are preset names or JSON config files (the runs in results/ use both).

Usage: python bench/speed.py [--steps 20] [--configs starter,seed004-model2,...] [--sample-n 16] [--out bench/speed.json]
"""
import argparse, json, platform, tempfile, time
from pathlib import Path
import torch
from torch.utils.data import DataLoader
from torchvision import transforms
from torchvision.datasets import MNIST
from diffusion_nbs.data import export_mnist_idx, load_mnist
from diffusion_nbs.config_files import load_config
from diffusion_nbs.training import train

def plain_starter_ms_per_step(steps: int, num_workers: int, root: str) -> float:
    "The starter's loop: DataLoader over torchvision MNIST with per-item transforms."
    cfg = load_config("starter")
    tf = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.5,), (1.0,))])
    loader = DataLoader(MNIST(root, train=True, download=False, transform=tf), batch_size=128, shuffle=True,
                        num_workers=num_workers, drop_last=True)
    torch.manual_seed(0)
    net, diffusion = cfg.build_net(), cfg.build_diffusion()
    opt = torch.optim.Adam(net.parameters(), lr=cfg.optim.lr)
    it, times = iter(loader), []
    for i in range(steps + 3):                      # 3 warm-up steps (and worker start-up) not timed
        t0 = time.perf_counter()
        x, _ = next(it)
        opt.zero_grad(); loss = diffusion.training_loss(net, x); loss.backward(); opt.step()
        if i >= 3: times.append(time.perf_counter() - t0)
    return 1000 * sum(times) / len(times)

SWITCHES = {"fp32": {"autocast": "fp32"}, "bf16 autocast": {"autocast": "bf16"}, "channels-last": {"autocast": "fp32", "channels_last": True},
            "bf16 + channels-last": {"autocast": "bf16", "channels_last": True}, "torch.compile": {"autocast": "fp32", "compile": True}}

def project_ms_per_step(name: str, steps: int, data, speed: dict | None = None) -> float:
    "This project's `train()`: the second epoch's training time per step (the first warms up, and compiles)."
    cfg = load_config(name, epochs=2, grid=dict(n=0), batch_size=128, device="cpu", speed=speed or {})
    with tempfile.TemporaryDirectory() as d:
        res = train(cfg, d, data=data, progress=False)
    h = res.history[-1]
    return 1000 * h["train_seconds"] / h["steps"]

def sampling_ms_per_image(name: str, n: int, samplers) -> dict:
    cfg = load_config(name)
    net, diffusion = cfg.build_net().eval(), cfg.build_diffusion()
    out = {}
    for sampler, steps, eta in samplers:
        if sampler == "ancestral": steps = None
        t0 = time.perf_counter()
        diffusion.sample(net, n, sampler, steps, eta, generator=torch.Generator().manual_seed(0))
        out[f"{sampler}-{steps or diffusion.T}" + (f"-eta{eta:g}" if eta else "")] = round(1000 * (time.perf_counter() - t0) / n, 2)
    return out

if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--steps", type=int, default=20, help="timed training steps per measurement")
    ap.add_argument("--configs", default="starter,seed004-model2,unet,configs/unet-small-30min.json,configs/starter-recipe-30min.json")
    ap.add_argument("--sample-n", type=int, default=16, help="images per sampling measurement")
    ap.add_argument("--switch-configs", default="starter,configs/unet-small-30min.json", help="networks timed with each speed switch")
    ap.add_argument("--out", default=None, help="also write the figures as JSON here")
    a = ap.parse_args()
    configs = a.configs.split(",")
    res = {"machine": f"{platform.processor() or platform.machine()}, {torch.get_num_threads()} torch threads",
           "torch": torch.__version__, "batch_size": 128, "steps": a.steps, "train_ms_per_step": {}, "sample_ms_per_image": {}}
    with tempfile.TemporaryDirectory() as root:
        export_mnist_idx(root)
        for w in (0, 4):
            ms = plain_starter_ms_per_step(a.steps, w, root)
            res["train_ms_per_step"][f"starter, plain loop (DataLoader, num_workers={w})"] = round(ms, 1)
            print(f"starter plain loop, num_workers={w}: {ms:.1f} ms/step", flush=True)
    data = load_mnist(limit=128 * a.steps)
    for name in configs:
        ms = project_ms_per_step(name, a.steps, data)
        res["train_ms_per_step"][f"{name}, diffusion_nbs train()"] = round(ms, 1)
        res.setdefault("train_images_per_second", {})[name] = round(128 / ms * 1000, 1)
        print(f"{name} diffusion_nbs train(): {ms:.1f} ms/step = {128 / ms * 1000:.0f} images/s", flush=True)
    base = res["train_ms_per_step"]["starter, plain loop (DataLoader, num_workers=0)"]
    ours = res["train_ms_per_step"].get("starter, diffusion_nbs train()")
    if ours: print(f"starter: plain loop / diffusion_nbs = {base / ours:.2f}x (>1 means ours is faster)")
    for name in a.switch_configs.split(","):                          # each speed switch, as a ratio to the plain loop
        for label, speed in SWITCHES.items():
            ms = project_ms_per_step(name, a.steps, data, speed)
            res.setdefault("switch_ms_per_step", {}).setdefault(name, {})[label] = round(ms, 1)
            print(f"{name}, {label}: {ms:.1f} ms/step; plain starter loop / this = {base / ms:.2f}x", flush=True)
    for name in configs:
        res["sample_ms_per_image"][name] = s = sampling_ms_per_image(name, a.sample_n, [("ancestral", None, 0), ("ddim", 100, 0), ("ddim", 50, 0),
                                                                                  ("ddim", 50, 1.0), ("ddim", 20, 0), ("ddim", 10, 0),
                                                                                  ("dpm++2m", 10, 0)])
        print(f"{name} sampling, ms/image at batch {a.sample_n}: {s}", flush=True)
    if a.out: Path(a.out).write_text(json.dumps(res, indent=2) + "\n")
