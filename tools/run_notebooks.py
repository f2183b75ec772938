"""Execute notebooks in place so their outputs (figures, tables) are saved for the report site.

Cells flagged `#| slow` (full-length training) or `#| eval: false` are skipped, exactly as `nbdev_test` skips them.
Usage: python tools/run_notebooks.py [NOTEBOOK ...]   (default: every nbs/*.ipynb), then `nbdev_clean`.
"""
import os, re, sys, time
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell
from fastcore.xtras import working_directory

SKIP = re.compile(r"^#\|\s*(slow\b|eval:\s*false)", re.M)

def run(path: Path) -> float:
    nb = read_nb(path)
    skip = lambda cell: cell.cell_type != "code" or bool(SKIP.search(cell.source))
    start = time.time()
    with working_directory(path.parent):
        CaptureShell(path).run_all(nb, exc_stop=True, preproc=skip)
    write_nb(nb, path)
    return time.time() - start

if __name__ == "__main__":
    os.environ.setdefault("MPLBACKEND", "Agg")
    root = Path(__file__).resolve().parent.parent
    paths = [Path(p).resolve() for p in sys.argv[1:]] or sorted((root / "nbs").glob("*.ipynb"))
    for p in paths: print(f"{p.name}: {run(p):.1f} s", flush=True)
