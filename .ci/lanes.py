#!/usr/bin/env python3
"""Counts, per test lane, how many tests ran, passed, failed or were skipped, from the .trx files.
A lane is known by the attribute on the test method in the sources: [PostgresFact]/[PostgresTheory]
(PostgreSQL), [BrowserFact] (Chromium), [ScaleOutFact] (two instances behind nginx on PostgreSQL); every other test is in the default lane (SQLite, in-process)."""
import glob, os, re, sys
import xml.etree.ElementTree as ET

tests_dir, results_dir = sys.argv[1], sys.argv[2]
pattern = re.compile(r"\[(PostgresFact|PostgresTheory|BrowserFact|ScaleOutFact)\b[^\]]*\]\s*(?:\[[^\]]*\]\s*)*public\s+(?:async\s+)?[\w<>]+\s+(\w+)\s*\(")
lane_of = {}
for path in glob.glob(os.path.join(tests_dir, "**", "*.cs"), recursive=True):
    with open(path, encoding="utf-8") as f:
        for attribute, method in pattern.findall(f.read()):
            lane_of[method] = {"ScaleOutFact": "Scale-out"}.get(attribute, "PostgreSQL" if attribute.startswith("Postgres") else "Browser")

counts = {}
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for trx in glob.glob(os.path.join(results_dir, "*.trx")):
    for result in ET.parse(trx).getroot().iterfind(".//t:UnitTestResult", ns):
        name = result.get("testName", "")
        method = re.split(r"\(", name)[0].split(".")[-1]
        lane = lane_of.get(method, "Default (SQLite)")
        outcome = result.get("outcome", "Unknown")
        c = counts.setdefault(lane, {"Passed": 0, "Failed": 0, "NotExecuted": 0})
        c[outcome] = c.get(outcome, 0) + 1

for lane in ("Default (SQLite)", "PostgreSQL", "Browser", "Scale-out"):
    c = counts.get(lane, {})
    ran = c.get("Passed", 0) + c.get("Failed", 0)
    print(f"  {lane:18} ran {ran:4}  passed {c.get('Passed', 0):4}  failed {c.get('Failed', 0):4}  skipped {c.get('NotExecuted', 0):4}")
