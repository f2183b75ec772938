"""The package's shape, checked without importing it: three floors and no circle, short functions, no mocking.

    python tools/check_structure.py        # prints one line per problem; exit status 1 if there is any

- model  (tensors only): schedules, nets, diffusion, ddpm, blurring, degradations, noisy_cold, config
- run    (files, devices, the classifier): run_dir, config_files, classifier, training, distributed, sampling,
         metrics, experiments
- front  (argparse, exit codes): cli, pipeline
`data` (MNIST, grids, the .npz format) is the ground floor under all three. A module imports only its own floor
and the floors below; imports inside functions count; the import graph has no cycle.
"""
import ast, sys
from pathlib import Path

FLOORS = {"data": 0,
          **dict.fromkeys(["schedules", "nets", "diffusion", "ddpm", "sa_solver", "blurring", "degradations", "noisy_cold", "config"], 1),
          **dict.fromkeys(["run_dir", "config_files", "classifier", "training", "distributed", "sampling",
                           "metrics", "verdicts", "experiments"], 2),
          **dict.fromkeys(["cli", "pipeline"], 3)}
NAMES = {0: "data", 1: "model", 2: "run", 3: "front"}
MAX_FUNCTION_LINES = 50   # lines of a function's body: its signature, docstring, blank and comment lines not counted

def body_lines(n: ast.AST, lines: list[str]) -> int:
    "Code lines of a function's body (the formatter lays a long signature out one parameter a line)."
    body = n.body[1:] if n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant) \
        and isinstance(n.body[0].value.value, str) else n.body
    if not body: return 0
    span = lines[body[0].lineno - 1:n.end_lineno]
    return sum(1 for l in span if l.strip() and not l.strip().startswith("#"))

def imports(tree: ast.AST, modules: set[str]) -> set[str]:
    "The package modules a module imports, wherever the import statement is."
    out = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.ImportFrom) and n.module and (n.level or n.module.startswith("diffusion_nbs")):
            out.add(n.module.split(".")[-1])
        elif isinstance(n, ast.Import):
            out |= {a.name.split(".")[-1] for a in n.names if a.name.startswith("diffusion_nbs.")}
    return out & modules

def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    "One cycle of the import graph, or None."
    state = {}
    def visit(u, path):
        state[u] = "open"
        for v in sorted(graph[u]):
            if state.get(v) == "open": return path[path.index(v):] + [v]
            if v not in state and (c := visit(v, path + [v])): return c
        state[u] = "done"
    for m in sorted(graph):
        if m not in state and (c := visit(m, [m])): return c
    return None

def problems(pkg: Path) -> list[str]:
    files = {p.stem: p for p in pkg.glob("*.py") if p.stem not in ("__init__", "_modidx")}
    sources = {m: p.read_text() for m, p in files.items()}
    trees = {m: ast.parse(src) for m, src in sources.items()}
    graph = {m: imports(t, set(files)) - {m} for m, t in trees.items()}
    out = [f"{m}.py is on no floor: add it to FLOORS in tools/check_structure.py" for m in files if m not in FLOORS]
    for m, deps in graph.items():
        for d in sorted(deps):
            if m in FLOORS and d in FLOORS and FLOORS[d] > FLOORS[m]:
                out.append(f"{m} ({NAMES[FLOORS[m]]}) imports {d} ({NAMES[FLOORS[d]]}), a higher floor")
    if cycle := find_cycle(graph): out.append("import cycle: " + " -> ".join(cycle))
    for m, t in trees.items():
        for n in ast.walk(t):
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
                k = body_lines(n, sources[m].split("\n"))
                if k > MAX_FUNCTION_LINES: out.append(f"{m}.{n.name} is {k} lines (at most {MAX_FUNCTION_LINES})")
            if isinstance(n, (ast.Import, ast.ImportFrom)) and "mock" in ast.unparse(n):
                out.append(f"{m} imports unittest.mock: library code does not patch other code")
    return out

if __name__ == "__main__":
    found = problems(Path(__file__).resolve().parent.parent / "diffusion_nbs")
    print("\n".join(found) or "structure check: 3 floors, no import cycle, functions <= 50 lines, no mocking")
    sys.exit(1 if found else 0)
