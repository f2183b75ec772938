"""Check what can be checked of the Quarto site without Quarto.

1. _quarto.yml is valid YAML, is what nbs/_quarto.yml points to, and the CSS it names exists in nbs/.
2. nbdev's own preprocessing (what `nbdev_docs` runs before Quarto) succeeds on every notebook.
3. Every code cell that draws a figure has its figure saved in the notebook (the site shows saved outputs).
4. No saved output holds a warning, a traceback, a progress bar, a temporary or machine path, or an interval of the
   older kind ('†': 20 resamples of the generated set only; re-evaluate with tools/reevaluate.py) on a page whose prose
   does not say what '†' means.
5. Every saved figure fits the text column (display width <= 690 px), or its cell asks for a wider column
   (`#| column: page`, at most 1150 px).
6. Code fits the column: at most 5 % of the code cells the site shows have a line over 85 characters (a long
   literal that cannot be split); hidden cells (`#| echo: false`) are not shown and not counted.
7. Tables fit: every Markdown table (in a Markdown cell or a saved output) is at most as wide as its column
   (690 px, or the `#| column:` its cell asks for). A browser shrinks a column to its longest unbreakable word, so the
   narrowest a table can be is estimated as 8.5 px per character of each column's longest word + 16 px of padding per
   column (Quarto's table at the site's font; calibrated on the seven tables the 1280 px reading found too wide).
8. The package keeps the same line length (85): lines nbdev writes itself (`__all__`, the module docstring from the
   notebook's description, `_modidx.py`) are not counted.
Usage: python tools/check_site.py
"""
import re, shutil, sys
from pathlib import Path
import yaml
from execnb.nbio import read_nb

root = Path(__file__).resolve().parent.parent
nbs = root / "nbs"
problems = []

q = yaml.safe_load((root / "_quarto.yml").read_text())
if (nbs / "_quarto.yml").resolve() != (root / "_quarto.yml").resolve():
    problems.append("nbs/_quarto.yml must be a link to ../_quarto.yml (nbdev 2 reads it from nbs/)")
css = q.get("format", {}).get("html", {}).get("css")
if css and not (nbs / css).exists(): problems.append(f"_quarto.yml names css {css!r} but nbs/{css} does not exist")

from nbdev.quarto import nbdev_sidebar, refresh_quarto_yml
from nbdev.serve import proc_nbs
refresh_quarto_yml()                                   # nbs/nbdev.yml (committed) from settings.ini
nbdev_sidebar.__wrapped__(path=nbs, force=True)        # nbs/sidebar.yml (ignored: nbdev_docs rewrites it)
cache = proc_nbs(nbs, n_workers=0, force=True)
for nb in sorted(nbs.glob("*.ipynb")):
    if not (cache / nb.name).exists(): problems.append(f"nbdev preprocessing produced nothing for {nb.name}")
shutil.rmtree(cache, ignore_errors=True)

DRAWS = re.compile(r"\b(show_images|plot_\w+|plt\.(plot|figure|subplots|imshow|bar|hist))\(")
SKIP = re.compile(r"^#\|\s*(slow\b|eval:\s*false|export)", re.M)   # skipped cells and definitions draw nothing
n_fig = 0
for nb in sorted(nbs.glob("*.ipynb")):
    for i, cell in enumerate(read_nb(nb).cells):
        if cell.cell_type != "code" or SKIP.search(cell.source) or not DRAWS.search(cell.source): continue
        n_fig += 1
        if not any("image/png" in o.get("data", {}) for o in cell.get("outputs", [])):
            problems.append(f"{nb.name} cell {i}: draws a figure but has no saved image: run python tools/run_notebooks.py {nb.relative_to(root)}")
NOISE = re.compile(r"Warning|Traceback|/tmp/|/work/|/home/|site-packages|\d+it/s\]|\d+/\d+ \[\d\d:\d\d|\]†")
WIDTH = {None: 690, "body-outset": 780, "page": 1150, "page-inset": 1150, "screen": 1150}
for nb in sorted(nbs.glob("*.ipynb")):
    cells = read_nb(nb).cells
    # a '†' interval may be shown where the page's prose says what it is
    explained = any(c.cell_type == "markdown" and "†" in c.source for c in cells)
    noise = re.compile(NOISE.pattern.removesuffix("|\\]†")) if explained else NOISE
    for i, cell in enumerate(cells):
        if cell.cell_type != "code": continue
        col = re.search(r"^#\|\s*column:\s*([\w-]+)", cell.source, re.M)
        limit = WIDTH.get(col and col.group(1), 690)
        for o in cell.get("outputs", []):
            text = "".join(o.get("text", "")) + "".join(o.get("data", {}).get("text/plain", "")) + "".join(o.get("data", {}).get("text/markdown", ""))
            if o.get("output_type") == "error" or (m := noise.search(text)):
                problems.append(f"{nb.name} cell {i}: saved output holds {'an error' if o.get('output_type') == 'error' else repr(m.group(0))}: silence or rewrite it")
            w = o.get("metadata", {}).get("image/png", {}).get("width")
            if "image/png" in o.get("data", {}) and w is not None and w > limit:
                problems.append(f"{nb.name} cell {i}: figure is {w} px wide, the column {limit}: shrink figsize or add '#| column: page'")
CODE_WIDTH, SHOWN = 85, re.compile(r"^#\|\s*(echo:\s*false|include:\s*false|hide)\b", re.M)
shown = wide = 0
for nb in sorted(nbs.glob("*.ipynb")):
    for i, cell in enumerate(read_nb(nb).cells):
        if cell.cell_type != "code" or SHOWN.search(cell.source) or not cell.source.strip(): continue
        shown += 1
        wide += any(len(l) > CODE_WIDTH for l in cell.source.split("\n"))
if wide > 0.05 * shown:
    problems.append(f"{wide} of {shown} shown code cells have a line over {CODE_WIDTH} characters (at most 5 %): "
                    "split the line (ruff format wraps code, not strings or comments)")


def md_tables(text):
    """The Markdown tables in `text`, each as rows of cell texts (the separator row dropped)."""
    tables, rows = [], []
    for line in text.split("\n") + [""]:
        if line.strip().startswith("|"): rows.append(line.strip())
        elif rows: tables.append(rows); rows = []
    sep = re.compile(r"^\|[\s:|-]+\|$")
    return [[[c.strip() for c in r.strip("|").split("|")] for r in t if not sep.match(r)] for t in tables]


def shown_text(cell):
    """What a reader sees of a cell: links, tags, bold and code marks and $ dropped."""
    c = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", cell)
    return re.sub(r"<[^>]+>|\*\*|`|\$", "", c)


def table_px(rows):
    """Narrowest rendering of a table in px: each column as wide as its longest word, plus padding."""
    ncol = max(len(r) for r in rows)
    word = lambda j: max((len(w) for r in rows if j < len(r) for w in shown_text(r[j]).split()), default=0)
    return sum(8.5 * word(j) + 16 for j in range(ncol))


n_tab = 0
for nb in sorted(nbs.glob("*.ipynb")):
    for i, cell in enumerate(read_nb(nb).cells):
        col = re.search(r"^#\|\s*column:\s*([\w-]+)", cell.source, re.M) if cell.cell_type == "code" else None
        limit = WIDTH.get(col and col.group(1), 690)
        texts = [cell.source] if cell.cell_type == "markdown" else [
            "".join(o.get("data", {}).get("text/markdown", "")) for o in cell.get("outputs", [])]
        for t in (t for text in texts for t in md_tables(text)):
            n_tab += 1
            if (w := table_px(t)) > limit:
                problems.append(f"{nb.name} cell {i}: a table needs ~{w:.0f} px, the column has {limit}: fewer or narrower "
                                "columns (shorter words), or '#| column: page' on purpose")


def long_package_lines(path):
    """Lines of an exported module wider than CODE_WIDTH, nbdev's own lines left out."""
    lines, out, in_all = path.read_text().split("\n"), [], False
    for i, line in enumerate(lines):
        in_all = in_all or line.startswith("__all__")
        if in_all:
            in_all = not line.rstrip().endswith("]")
        elif not (i == 0 and line.startswith('"""')) and len(line) > CODE_WIDTH:
            out.append(i + 1)
    return out


pkg = [p for p in sorted((root / "diffusion_nbs").glob("*.py")) if p.name != "_modidx.py"]
for p in pkg:
    for i in long_package_lines(p):
        problems.append(f"diffusion_nbs/{p.name}:{i} is wider than {CODE_WIDTH} characters: "
                        "wrap it in its notebook, then nbdev_export")
for p in problems: print("site check:", p)
print(f"site check: {len(list(nbs.glob('*.ipynb')))} notebooks preprocessed, {n_fig} figure cells, "
      f"{wide} of {shown} shown code cells wider than {CODE_WIDTH} characters, {n_tab} tables, "
      f"{len(problems)} problems")
sys.exit(1 if problems else 0)
