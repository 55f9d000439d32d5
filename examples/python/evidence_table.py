# %% [markdown]
# # Evidence for one biomarker, as a table and a chart
#
# A notebook in "percent" format: VS Code (and Jupyter with jupytext) open it as cells; `python3
# evidence_table.py` runs it top to bottom. The same cells as a Jupyter notebook: evidence_table.ipynb beside it
# (made from this file by scripts/notebook_from_percent.py). It needs only `requests` (matplotlib for the chart, optional: without
# it the chart is drawn in text). Debian/Ubuntu: `apt-get install python3-requests python3-matplotlib`.
#
# Settings (environment variables, or the biomarker as the first command-line argument):
# - `EVIDENCE_GRAPH_URL`: the GraphQL endpoint (default http://localhost:4000/graphql, what `npm start` serves)
# - `BIOMARKER`: any name or synonym (default "NK cell cytotoxicity")
# - `PLOT_FILE`: where the chart is saved (default evidence.png)

# %%
import os
import sys

import requests

URL = os.environ.get("EVIDENCE_GRAPH_URL", "http://localhost:4000/graphql")
BIOMARKER = os.environ.get("BIOMARKER", "NK cell cytotoxicity")
if __name__ == "__main__" and len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
    BIOMARKER = sys.argv[1]
PLOT_FILE = os.environ.get("PLOT_FILE", "evidence.png")


def graphql(query, variables=None):
    """POST a query; answer its data, or raise with the API's error messages."""
    response = requests.post(URL, json={"query": query, "variables": variables or {}}, timeout=60)
    body = response.json()
    if body.get("errors"):
        raise RuntimeError("; ".join(error["message"] for error in body["errors"]))
    response.raise_for_status()
    return body["data"]


# %% [markdown]
# ## The question: what do studies report about the biomarker, and do they agree?
# `evidence(subject:)` answers one entry per (biomarker, other entity) pair, with the cross-study consensus and
# every finding: its relation, statistics, verbatim sentence and study.

# %%
EVIDENCE = """
query BiomarkerEvidence($subject: String!) {
  evidence(subject: $subject) {
    object { name }
    studyCount
    consensus
    findings {
      relation
      sign
      pValue
      pComparator
      significant
      statement
      study { slug year evidenceLevel pemCriterion doi pmid }
    }
  }
}
"""

pairs = graphql(EVIDENCE, {"subject": BIOMARKER})["evidence"]

# %% [markdown]
# ## One row per finding

# %%
rows = []
for pair in pairs:
    for finding in pair["findings"]:
        study = finding["study"]
        relation = finding["relation"] + (f" ({finding['sign'].lower()})" if finding["sign"] else "")
        p_value = f"{finding['pComparator'] or '='}{finding['pValue']:g}" if finding["pValue"] is not None else ""
        significant = {True: "yes", False: "no"}.get(finding["significant"], "?")
        rows.append({
            "object": pair["object"]["name"],
            "relation": relation,
            "p": p_value,
            "sig.": significant,
            "level": study["evidenceLevel"] or "",
            "PEM": (study["pemCriterion"] or "").lower().replace("_", " "),
            "year": str(study["year"] or ""),
            "study": f"doi:{study['doi']}" if study["doi"] else study["slug"],
        })


def print_table(rows, columns, max_width=42):
    widths = {c: min(max_width, max([len(c)] + [len(r[c]) for r in rows])) for c in columns}
    cut = lambda text, width: text if len(text) <= width else text[: width - 1] + "…"
    print("  ".join(c.ljust(widths[c]) for c in columns))
    print("  ".join("-" * widths[c] for c in columns))
    for row in rows:
        print("  ".join(cut(row[c], widths[c]).ljust(widths[c]) for c in columns))


print(f"Evidence for {BIOMARKER}: {len(rows)} findings in {len(pairs)} pairs")
print()
print_table(rows, ["object", "relation", "p", "sig.", "level", "PEM", "year", "study"])

# %% [markdown]
# ## Consensus per pair, and a chart of findings per relation

# %%
print()
print_table(
    [{"object": p["object"]["name"], "studies": str(p["studyCount"]), "consensus": p["consensus"]} for p in pairs],
    ["object", "studies", "consensus"],
)

counts = {}
for row in rows:
    key = row["relation"].split(" ")[0]
    counts[key] = counts.get(key, 0) + 1
labels = sorted(counts, key=lambda k: (-counts[k], k))

try:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
except ImportError:
    plt = None

print()
if plt is not None:
    figure, axes = plt.subplots(figsize=(7, 0.6 * len(labels) + 1.5))
    axes.barh(labels[::-1], [counts[k] for k in labels[::-1]], color="#0b7a75")
    axes.set_xlabel("findings")
    axes.set_title(f"{BIOMARKER}: findings by relation")
    figure.tight_layout()
    figure.savefig(PLOT_FILE, dpi=100)
    print(f"plot saved to {PLOT_FILE}")
    if "ipykernel" in sys.modules:  # in Jupyter, the chart is also shown below the cell
        from IPython.display import Image, display

        display(Image(filename=PLOT_FILE))
else:
    print("findings by relation (matplotlib is not installed: a text chart)")
    width = max(len(k) for k in labels) if labels else 0
    for key in labels:
        print(f"{key.ljust(width)} {'█' * counts[key]} {counts[key]}")
