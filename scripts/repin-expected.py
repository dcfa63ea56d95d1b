#!/usr/bin/env python3
"""Rewrites the pinned block (full ranking and data gaps) of scenarios/expected/*.yaml from what the
engine answers now, leaving the hand-written expectations above it untouched.

Run it only after a deliberate rule change, then read the diff: every moved line must be wanted.
Usage: mvn -B -q package -DskipTests && python3 scripts/repin-expected.py [SCENARIO.yaml ...]
"""
import glob
import json
import subprocess
import sys

MARK = "# Résultat figé :"
HEADER = """# Résultat figé : le classement complet (action, score, niveau) et les données manquantes
# signalées. Une modification des règles qui le change doit être voulue, et ce bloc revu.
"""


def number(x):
    return str(int(x)) if float(x).is_integer() else str(x)


def main(files):
    files = files or sorted(glob.glob("scenarios/*.yaml"))
    out = subprocess.run(["java", "-jar", "target/vigie-sociale.jar", "evaluate", "--format", "json", *files],
                         capture_output=True, check=True, text=True).stdout
    docs = json.loads(out)
    docs = docs if isinstance(docs, list) else [docs]
    for path, doc in zip(files, docs):
        expected = path.replace("scenarios/", "scenarios/expected/", 1)
        text = open(expected, encoding="utf-8").read()
        head = text[:text.index(MARK)] if MARK in text else text.rstrip("\n") + "\n\n"
        lines = [HEADER + "pinned:"]
        lines += [f"  - [{a['id']}, {number(a['score'])}, {a['level']}]" for a in doc["actions"]]
        if doc["dataGaps"]:
            lines.append("pinnedGaps:")
            lines += [f"  {g['field']}: [{', '.join(g['actions'])}]" for g in doc["dataGaps"]]
        else:
            lines.append("pinnedGaps: {}")
        open(expected, "w", encoding="utf-8").write(head + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
