"""Write README.md from nbs/index.ipynb (what `nbdev_readme` does, without needing Quarto to render it).

Markdown cells are copied, with links to notebooks pointed into nbs/ (the README sits at the repository root);
code cells become ```python blocks (their outputs are left to the rendered site), except the hidden ones
(`#| echo: false`), whose Markdown outputs (the computed table and conclusions) are copied in their place. settings.ini points `readme_nb` at
no notebook, so that `nbdev_docs` leaves this README alone.
Usage: python tools/make_readme.py [--check]   (--check: exit 1 if README.md is out of date)
"""
import re, sys
from pathlib import Path
from execnb.nbio import read_nb

def readme_text(nb_path: Path) -> str:
    parts = []
    for cell in read_nb(nb_path).cells:
        src = cell.source.strip()
        if not src: continue
        if cell.cell_type == "markdown": parts.append(re.sub(r"\]\((?!https?:|nbs/|#)([\w.-]+\.ipynb)", r"](nbs/\1", src))
        elif cell.cell_type == "code" and not src.startswith("#|"): parts.append(f"```python\n{src}\n```")
        elif cell.cell_type == "code" and "echo: false" in src.splitlines()[0]:
            md = ["".join(o.get("data", {}).get("text/markdown", "")) for o in cell.get("outputs", [])]
            parts += [re.sub(r"\]\((?!https?:|nbs/|#)([\w.-]+\.ipynb)", r"](nbs/\1", t.strip()) for t in md if t.strip()]
    return "\n\n".join(parts) + "\n"

if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    text = readme_text(root / "nbs" / "index.ipynb")
    readme = root / "README.md"
    if "--check" in sys.argv:
        if readme.read_text() != text: sys.exit("README.md is out of date with nbs/index.ipynb: run python tools/make_readme.py")
    else: readme.write_text(text)
