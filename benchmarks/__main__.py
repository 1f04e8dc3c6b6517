"""Run every benchmark in the same process run, print one table, write JSON and Markdown reports.

usage: python -m benchmarks [--shared ../shared] [--out benchmarks/results] [--only extraction,quotes]
"""
from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import platform
import sys
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path

from rich.console import Console
from rich.table import Table


def discover() -> list[str]:
    here = Path(__file__).parent
    return sorted(m.name.removeprefix("bench_") for m in pkgutil.iter_modules([str(here)])
                  if m.name.startswith("bench_"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results"))
    parser.add_argument("--only", default="")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    names = [n for n in discover() if not args.only or n in args.only.split(",")]
    report = {"started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
              "machine": {"python": platform.python_version(), "cpus": __import__("os").cpu_count(),
                          "platform": platform.platform()}, "benchmarks": {}}
    console = Console(stderr=True)
    for name in names:
        console.print(f"[bold]bench {name}[/bold] ...")
        t0 = time.perf_counter()
        try:
            mod = importlib.import_module(f"benchmarks.bench_{name}")
            figures = mod.run(args.shared, args.out)
            status = "ok"
        except Exception as exc:  # one broken benchmark must not hide the others
            traceback.print_exc()
            figures, status = {"error": f"{type(exc).__name__}: {exc}"}, "error"
        report["benchmarks"][name] = {"status": status, "seconds": round(time.perf_counter() - t0, 1),
                                      "figures": figures}
    (args.out / "report.json").write_text(json.dumps(report, indent=1))
    md = to_markdown(report)
    (args.out / "report.md").write_text(md)
    table = Table("benchmark", "figure", "value", title="wirewatch benchmarks")
    for name, entry in report["benchmarks"].items():
        for key, value in _flat(entry["figures"]):
            table.add_row(name, key, _fmt(value))
    Console().print(table)
    console.print(f"report: {args.out / 'report.json'} and {args.out / 'report.md'}")
    return 0 if all(e["status"] == "ok" for e in report["benchmarks"].values()) else 1


def _flat(figures, prefix=""):
    for key, value in figures.items():
        if isinstance(value, dict):
            yield from _flat(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def to_markdown(report: dict) -> str:
    lines = [f"# wirewatch benchmarks ({report['started']})", "",
             f"Python {report['machine']['python']}, {report['machine']['cpus']} CPUs, {report['machine']['platform']}", ""]
    for name, entry in report["benchmarks"].items():
        lines += [f"## {name} ({entry['status']}, {entry['seconds']} s)", "", "| figure | value |", "|---|---|"]
        lines += [f"| {k} | {_fmt(v)} |" for k, v in _flat(entry["figures"])]
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
