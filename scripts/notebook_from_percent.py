"""The .ipynb of a "percent" script (cells marked `# %%`, markdown cells `# %% [markdown]`), written beside it.

The script is the source: edit it, then run `python3 scripts/notebook_from_percent.py examples/python/evidence_table.py`.
`--check` writes nothing and exits 1 when the notebook beside the script is not the one the script makes (the
test suite runs it). Needs nbformat (Debian: python3-nbformat).
"""
import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook


def cells_of(text):
    cells = []
    kind, lines = None, []

    def close():
        body = "\n".join(lines).strip("\n")
        if kind == "markdown":
            body = "\n".join(line[2:] if line.startswith("# ") else line.lstrip("#") for line in body.split("\n"))
        if kind is not None and body.strip():
            cells.append((kind, body))

    for line in text.split("\n"):
        if line.startswith("# %%"):
            close()
            kind, lines = ("markdown" if "[markdown]" in line else "code"), []
        elif kind is not None:
            lines.append(line)
    close()
    return cells


def notebook_of(script):
    notebook = new_notebook(
        metadata={
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
            "language_info": {"name": "python"},
            "source": f"Made from {script.name} by scripts/notebook_from_percent.py: edit the script, not this file.",
        }
    )
    for index, (kind, body) in enumerate(cells_of(script.read_text(encoding="utf-8"))):
        cell = new_markdown_cell(body) if kind == "markdown" else new_code_cell(body)
        cell["id"] = f"cell-{index}"  # stable ids: the same script makes the same notebook
        notebook.cells.append(cell)
    nbformat.validate(notebook)
    return nbformat.writes(notebook) + "\n"


def main(argv):
    check = "--check" in argv
    scripts = [Path(arg) for arg in argv if not arg.startswith("--")]
    if not scripts:
        print(__doc__, file=sys.stderr)
        return 2
    stale = []
    for script in scripts:
        target = script.with_suffix(".ipynb")
        made = notebook_of(script)
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != made:
                stale.append(str(target))
        else:
            target.write_text(made, encoding="utf-8")
            print(f"wrote {target}")
    for target in stale:
        print(f"{target} is not the notebook its script makes: run python3 scripts/notebook_from_percent.py on the script", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
