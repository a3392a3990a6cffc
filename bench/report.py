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
    timing = {"mean_s": result["mean"], "median_s": result["median"], "min_s": result["min"], "runs": len(result["times"])}
    if result.get("user") is not None and result.get("system") is not None:
        # CPU time of the command (user + system, mean of the runs): over wall time, how many cores it kept busy.
        timing["cpu_s"] = result["user"] + result["system"]
        timing["cpu_per_wall"] = round(timing["cpu_s"] / result["mean"], 2) if result["mean"] else None
    return timing

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
        cpu = f"{t['cpu_s']:.2f} ({t['cpu_per_wall']:.2f})" if name in ("normalize", "lint", "lint-md") and t.get("cpu_s") else ""
        rows.append(f"| {n} | {label} | {t['mean_s']:.2f} | {cpu} | {t['mb_per_s']} | {t.get('peak_rss_mb', '')} | {ratio} |")
    results["corpora"][str(n)]["lint_plus_normalize_s"] = round(nc, 3)

for name in (f"check-warm-{count}", f"check-touched-{count}", f"check-edited-{count}", "startup"):
    t = timing(name)
    if t:
        results[name] = t
        rows.append(f"| {count if 'check' in name else 1} | {name.replace(f'-{count}', '')} | {t['mean_s']:.3f} (median {t['median_s']:.3f}) | | | | |")

small_rss = results["corpora"][str(small)].get("normalize", {}).get("peak_rss_mb")
big_rss = results["corpora"][str(count)].get("normalize", {}).get("peak_rss_mb")
if small_rss and big_rss:
    results["normalize_rss_ratio"] = round(big_rss / small_rss, 2)

# The targets of issue 15, each met or missed with its figure.
targets = []
def target(label, value, goal, met, unit=""):
    if value is None:
        targets.append((label, "not measured", goal, None))
    else:
        targets.append((label, f"{value}{unit}", goal, met))
for n in (small, count):
    entry = results["corpora"][str(n)]
    nc = entry.get("lint_plus_normalize_s")
    peer = entry.get("markdownlint", {}).get("mean_s")
    ratio = round(peer / nc, 2) if nc and peer else None
    target(f"{n} texts: markdownlint-cli2 time / natocorpus lint+normalize", ratio, ">= 5", ratio is not None and ratio >= 5, "x")
    speed = round(entry["raw_mb"] / nc, 1) if nc else None
    target(f"{n} texts: MB/s of raw text through lint+normalize", speed, ">= 20", speed is not None and speed >= 20)
    cat = entry.get("cat", {}).get("mean_s")
    of_cat = round(nc / cat, 1) if nc and cat else None
    target(f"{n} texts: lint+normalize time / cat time", of_cat, "<= 3", of_cat is not None and of_cat <= 3, "x")
for name in ("normalize", "lint"):
    used = results["corpora"][str(count)].get(name, {}).get("cpu_per_wall")
    target(f"{count} texts: {name} CPU time / wall time", used, ">= 1.7", used is not None and used >= 1.7)
for name, label in ((f"check-warm-{count}", "check, nothing changed"), (f"check-touched-{count}", "check after touching every file")):
    value = results.get(name, {}).get("mean_s")
    target(f"{count} texts: {label} (s)", None if value is None else round(value, 3), "< 0.5", value is not None and value < 0.5)
value = results.get("startup", {}).get("median_s")
target("one-file lint start-up (median, s)", None if value is None else round(value, 3), "<= 0.15", value is not None and value <= 0.15)
ratio = results.get("normalize_rss_ratio")
target(f"peak RSS of normalize, {count} vs {small} texts", ratio, "<= 1.5", ratio is not None and ratio <= 1.5, "x")
results["targets"] = [{"target": label, "value": value, "goal": goal, "met": met} for label, value, goal, met in targets]

json.dump(results, open(os.path.join(root, "results.json"), "w"), indent=2, sort_keys=True)
print("| texts | job | mean s | CPU s (CPU/wall) | MB/s | peak RSS MB | peer time / natocorpus (lint+normalize) |")
print("| --- | --- | --- | --- | --- | --- | --- |")
print("\n".join(rows))
if small_rss and big_rss:
    print(f"\npeak RSS of normalize, {count} vs {small} texts: {results['normalize_rss_ratio']}x")
print("\n| target (issue 15) | figure | goal | |")
print("| --- | --- | --- | --- |")
for label, value, goal, met in targets:
    print(f"| {label} | {value} | {goal} | {'met' if met else 'not measured' if met is None else 'MISSED'} |")
