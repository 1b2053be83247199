#!/usr/bin/env python3
"""Run Coil's benchmarks under `coil` and `node` side by side and print ratios.

Usage: python3 benches/run.py [--coil PATH] [--node PATH] [--runs N] [--only NAME]
                              [--markdown]

* start-up: `hello.js` (and the scripts of STARTUP) run --runs times under
  each; median wall time and the peak RSS of the process (from wait4's
  rusage).
* every other benches/*.js script prints JSON lines {"name", "ms"} or
  {"name", "ops_per_sec"}; each runs once under each runtime (best of --repeat).

A ratio is node's time over coil's (or coil's rate over node's): above 1 means
coil is faster. For RSS the ratio is coil over node: below 1 means coil is
smaller. Never used as a test: figures go to docs/performance.md.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def measure_process(cmd):
    """Run cmd; return (wall seconds, peak RSS in KiB, stdout)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=HERE)
    out = proc.stdout.read()
    proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited with {os.waitstatus_to_exitcode(status)}")
    return wall, usage.ru_maxrss, out.decode()


# Start-up measured beyond hello world: (row label, script under benches/).
STARTUP = [
    ("require('fs') + log an object", os.path.join("startup", "require-fs-log.js")),
]


def startup(runtime, runs, script="hello.js"):
    walls, rss = [], []
    for _ in range(runs):
        wall, peak, _ = measure_process([runtime, script])
        walls.append(wall)
        rss.append(peak)
    return statistics.median(walls) * 1000, statistics.median(rss) / 1024


def json_bench(runtime, script, repeat):
    best = {}
    for _ in range(repeat):
        _, _, out = measure_process([runtime, script])
        for line in out.splitlines():
            line = line.strip()
            if not line.startswith("{"):
                continue
            row = json.loads(line)
            name = row["name"]
            if "ms" in row:
                value = ("ms", row["ms"])
                if name not in best or value[1] < best[name][1]:
                    best[name] = value
            elif "ops_per_sec" in row:
                value = ("ops", row["ops_per_sec"])
                if name not in best or value[1] > best[name][1]:
                    best[name] = value
            elif "mb_per_sec" in row:
                value = ("ops", row["mb_per_sec"])
                if name not in best or value[1] > best[name][1]:
                    best[name] = value
    return best


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--coil", default=os.path.join(ROOT, "target", "release", "coil"))
    parser.add_argument("--node", default=shutil.which("node") or "node")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    if not os.path.exists(args.coil):
        sys.exit(f"no coil binary at {args.coil}: build it with `cargo build --release -p coil_cli`")

    rows = []
    if not args.only or args.only == "startup":
        c_wall, c_rss = startup(args.coil, args.runs)
        n_wall, n_rss = startup(args.node, args.runs)
        rows.append(("startup wall (hello world)", f"{n_wall:.1f} ms", f"{c_wall:.1f} ms",
                     f"coil/node {c_wall / n_wall:.2f}x"))
        rows.append(("startup peak RSS", f"{n_rss:.1f} MiB", f"{c_rss:.1f} MiB",
                     f"coil/node {c_rss / n_rss:.2f}x"))
        for label, script in STARTUP:
            c_wall, c_rss = startup(args.coil, args.runs, script)
            n_wall, n_rss = startup(args.node, args.runs, script)
            rows.append((f"startup wall ({label})", f"{n_wall:.1f} ms", f"{c_wall:.1f} ms",
                         f"coil/node {c_wall / n_wall:.2f}x"))

    scripts = sorted(f for f in os.listdir(HERE) if f.endswith(".js") and f != "hello.js")
    for script in scripts:
        if args.only and args.only not in script:
            continue
        try:
            n = json_bench(args.node, script, args.repeat)
            c = json_bench(args.coil, script, args.repeat)
        except RuntimeError as err:
            rows.append((script, "error", str(err), ""))
            continue
        for name in n:
            if name not in c:
                rows.append((name, fmt(n[name]), "missing", ""))
                continue
            kind, nv = n[name]
            _, cv = c[name]
            speed = nv / cv if kind == "ms" else cv / nv
            rows.append((name, fmt(n[name]), fmt(c[name]), f"speed vs node {speed:.2f}x"))

    if args.markdown:
        print("| benchmark | node | coil | ratio |")
        print("|---|---|---|---|")
        for r in rows:
            print(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} |")
    else:
        width = max(len(r[0]) for r in rows)
        for r in rows:
            print(f"{r[0]:<{width}}  node {r[1]:>14}  coil {r[2]:>14}  {r[3]}")


def fmt(value):
    kind, v = value
    return f"{v:.1f} ms" if kind == "ms" else f"{v:,.0f}/s"


if __name__ == "__main__":
    main()
