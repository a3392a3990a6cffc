#!/usr/bin/env python3
"""Turns bench/run's hyperfine exports into bench/results.json and a Markdown table."""
import json, os, statistics, sys

out, count, small = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
root = os.path.dirname(os.path.abspath(__file__))

def timing(name):
    path = os.path.join(out, name + ".json")
    if not os.path.exists(path):
        return None
    result = json.load(open(path))["results"][0]
    return {"mean_s": result["mean"], "median_s": result["median"], "min_s": result["min"], "runs": len(result["times"])}

def rss(name):
    path = os.path.join(out, name + ".rss")
    try:
        return int(open(path).read().strip().splitlines()[-1]) // 1024
    except (OSError, ValueError, IndexError):
        return None

def size_mb(n):
    total = 0
    for folder in ("raw",):
        d = os.path.join(out, f"corpus-{n}", folder)
        total += sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d) if f.endswith(".txt"))
    return total / 1e6

results = {"count": count, "small": small, "corpora": {}}
rows = []
for n in (small, count):
    mb = size_mb(n)
    entry = {"raw_mb": round(mb, 1)}
    for name in ("normalize", "lint", "lint-md", "markdownlint", "prettier", "cat"):
        t = timing(f"{name}-{n}")
        if t:
            t["mb_per_s"] = round(mb / t["mean_s"], 1)
            peak = rss(f"{name}-{n}")
            if peak:
                t["peak_rss_mb"] = peak
            entry[name] = t
    results["corpora"][str(n)] = entry
    nc = entry.get("normalize", {}).get("mean_s", 0) + entry.get("lint", {}).get("mean_s", 0)
    for name, label in (("normalize", "natocorpus normalize"), ("lint", "natocorpus lint (raw)"), ("lint-md", "natocorpus lint (normalized .md)"),
                        ("markdownlint", "markdownlint-cli2 (normalized .md)"), ("prettier", "prettier --check (normalized .md)"), ("cat", "cat raw+normalized > /dev/null")):
        t = entry.get(name)
        if not t:
            continue
        ratio = f"{t['mean_s'] / nc:.2f}" if name in ("markdownlint", "prettier", "cat") and nc else ""
        rows.append(f"| {n} | {label} | {t['mean_s']:.2f} | {t['mb_per_s']} | {t.get('peak_rss_mb', '')} | {ratio} |")
    results["corpora"][str(n)]["lint_plus_normalize_s"] = round(nc, 3)

for name in (f"check-warm-{count}", f"check-edited-{count}", "startup"):
    t = timing(name)
    if t:
        results[name] = t
        rows.append(f"| {count if 'check' in name else 1} | {name.replace(f'-{count}', '')} | {t['mean_s']:.3f} (median {t['median_s']:.3f}) | | | |")

small_rss = results["corpora"][str(small)].get("normalize", {}).get("peak_rss_mb")
big_rss = results["corpora"][str(count)].get("normalize", {}).get("peak_rss_mb")
if small_rss and big_rss:
    results["normalize_rss_ratio"] = round(big_rss / small_rss, 2)

json.dump(results, open(os.path.join(root, "results.json"), "w"), indent=2, sort_keys=True)
print("| texts | job | mean s | MB/s | peak RSS MB | peer time / natocorpus (lint+normalize) |")
print("| --- | --- | --- | --- | --- | --- |")
print("\n".join(rows))
if small_rss and big_rss:
    print(f"\npeak RSS of normalize, {count} vs {small} texts: {results['normalize_rss_ratio']}x")
