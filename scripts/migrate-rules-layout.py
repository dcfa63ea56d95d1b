#!/usr/bin/env python3
"""One-off migration of rules/ to one home per concern (run once, kept in the history).

Before: rules/actions.yaml (every action), rules/i18n/reasons*.properties (every reason text), and
per rule in its .drl the annotations @nameEn, @trigger, @triggerEn and @reason.
After: beside each rules/<area>/<concern>.drl, a <concern>.yaml holding the actions its rules
suggest and, per rule, its English name, trigger texts and reason texts in French and English.
Texts shared by several concerns move to the shared file they belong to: each indicator's signal
sentence to thresholds.yaml, the two sentences the scoring adds to weights.yaml.

Usage: python3 scripts/migrate-rules-layout.py rules
"""
import re
import sys
from pathlib import Path

MOVED = ("nameEn", "trigger", "triggerEn", "reason")
ANNOTATION = re.compile(r'^\s*@(\w+)\((.*)\)\s*$')


def properties(path):
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, _, value = line.partition("=")
        out[key.strip()] = value.encode("ascii", "backslashreplace").decode("unicode_escape") \
            if "\\u" in value else value
    return out


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def action_blocks(path):
    """Each action's lines, verbatim, by id (section comments and blank lines dropped)."""
    blocks, current = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^  - id: (\S+)", line)
        if m:
            current = m.group(1)
            blocks[current] = [line]
        elif current and (line.startswith("    ") or not line.strip()):
            blocks[current].append(line)
        elif line.startswith("  #"):
            continue  # a section heading, even when it stands inside an action (it did once)
    out = {k: "\n".join(v).rstrip() for k, v in blocks.items()}
    kept = sum(1 for b in out.values() for line in b.splitlines() if line.strip())
    data = sum(1 for line in path.read_text(encoding="utf-8").splitlines()
               if line.startswith("  ") and line.strip() and not line.startswith("  #"))
    if kept != data:
        raise SystemExit(f"{kept} lines of actions kept out of {data}")
    return out


def rules_of(drl):
    """Per rule of a DRL file: its name, its annotations, and the text without the moved ones."""
    rules, kept, current = [], [], None
    for line in drl.splitlines():
        m = re.match(r'^rule "(.+)"\s*$', line)
        if m:
            current = {"name": m.group(1)}
            rules.append(current)
        a = ANNOTATION.match(line)
        if current is not None and a and a.group(1) in MOVED:
            current[a.group(1)] = a.group(2)
            continue
        if line.strip() == "when":
            current = None
        kept.append(line)
    return rules, "\n".join(kept) + "\n"


def literal(arg):
    m = re.fullmatch(r'"(.*)"', arg.strip())
    if not m:
        raise SystemExit("not a string literal: " + arg)
    return m.group(1).replace('\\"', '"')


def main(root):
    root = Path(root)
    fr = properties(root / "i18n/reasons.properties")
    en = properties(root / "i18n/reasons_en.properties")
    blocks = action_blocks(root / "actions.yaml")
    declared = re.findall(r"^  - (\S+\.drl)", (root / "ruleset.yaml").read_text(encoding="utf-8"), re.M)
    parsed = {}
    for path in declared:
        rules, text = rules_of((root / path).read_text(encoding="utf-8"))
        actions = re.findall(r'@action\("([^"]+)"\)', (root / path).read_text(encoding="utf-8"))
        parsed[path] = (rules, text, actions)
    # an action lives with the concern whose rules suggest it most often (the first such file on a tie)
    owner = {}
    for action in blocks:
        counts = [(parsed[p][2].count(action), -i, p) for i, p in enumerate(declared)]
        best = max(counts)
        if best[0] == 0:
            raise SystemExit("no rule suggests " + action)
        owner[action] = best[2]
        if sum(1 for c in counts if c[0]) > 1:
            print(f"{action}: suggested from several files, kept in {best[2]}")
    used_keys = set()
    for path in declared:
        rules, text, _ = parsed[path]
        out = [f"# Les actions que suggèrent les règles de {Path(path).name} et les textes de ces règles,",
               "# en français et en anglais (le nom anglais, le déclencheur, la raison affichée).", ""]
        mine = [a for a in blocks if owner[a] == path]
        if mine:
            out.append("actions:")
            for a in mine:
                out.append(blocks[a])
                out.append("")
        out.append("rules:")
        for r in rules:
            out.append(f"  - name: {quoted(r['name'])}")
            out.append(f"    en: {quoted(literal(r['nameEn']))}")
            out.append("    trigger:")
            out.append(f"      fr: {quoted(literal(r['trigger']))}")
            out.append(f"      en: {quoted(literal(r['triggerEn']))}")
            if "reason" in r:
                key = literal(r["reason"])
                used_keys.add(key)
                out.append("    reason:")
                out.append(f"      fr: {quoted(fr[key])}")
                out.append(f"      en: {quoted(en[key])}")
        (root / path).write_text(text, encoding="utf-8")
        (root / path).with_suffix(".yaml").write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")
    # each indicator's signal sentence beside its thresholds
    thresholds = (root / "thresholds.yaml").read_text(encoding="utf-8").splitlines()
    result, indicator = [], None
    for line in thresholds:
        m = re.match(r"^  (\w+):\s*$", line)
        if m:
            indicator = m.group(1)
        if indicator and line.startswith("    basis:") and "signal." + indicator in fr:
            key = "signal." + indicator
            used_keys.add(key)
            result += ["    reason:", f"      fr: {quoted(fr[key])}", f"      en: {quoted(en[key])}"]
            indicator = None
        result.append(line)
    (root / "thresholds.yaml").write_text("\n".join(result) + "\n", encoding="utf-8")
    # the two sentences the scoring adds, beside the factors they report
    weights = (root / "weights.yaml").read_text(encoding="utf-8").rstrip("\n")
    weights += "\n\n" + "\n".join([
        "# Les phrases que le calcul ajoute à une raison : un déclencheur compté en partie parce qu'un plus",
        "# fort a déjà ouvert l'action (trigger.corroborationFactor), un signal auquel l'action ne répond",
        "# qu'en partie (trigger.indirectFactor, trigger.moderateBurdenFactor).",
        "texts:",
        "  corroborating:",
        f"    fr: {quoted(fr['corroborating'])}",
        f"    en: {quoted(en['corroborating'])}",
        "  indirect:",
        f"    fr: {quoted(fr['indirect'])}",
        f"    en: {quoted(en['indirect'])}",
    ]) + "\n"
    (root / "weights.yaml").write_text(weights, encoding="utf-8")
    used_keys |= {"corroborating", "indirect"}
    left = sorted(set(fr) - used_keys)
    if left:
        raise SystemExit("reason texts no rule uses: " + ", ".join(left))
    (root / "actions.yaml").unlink()
    for p in (root / "i18n").iterdir():
        p.unlink()
    (root / "i18n").rmdir()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "rules")
