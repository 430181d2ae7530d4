#!/usr/bin/env python3
"""Build GongbaoKit's compact gazetteer resource from the shared region tables.

Inputs (see shared/data/README.md for their provenance and quirks):
    regions.tsv          MCA 2025-12-31, four levels, the official hierarchy.
    regions_nbs2023.tsv  NBS 2023-06-30; only county-level units whose code is
                         absent from regions.tsv are taken from it (重庆's
                         江北区 and 渝北区, abolished in 2025, and the four
                         大兴安岭 districts that NBS codes but MCA does not).
                         Townships are never joined across the two files.

Output: Sources/GongbaoKit/Resources/gazetteer.txt (UTF-8, LF), the tree in
depth-first order, one node a line:

    <depth><digits><name>[<flag>]

    depth   one character '0'..'3': the node's depth in the tree (a province is
            0; a county hanging directly on a province is 1). The parent of a
            node is the nearest preceding line of depth - 1.
    digits  the node's significant code digits that follow its parent's
            (province 2, prefecture 4, county 6, township 9 significant
            digits in all). The code is parent digits + these, padded with
            zeros to 12; the level follows from the total count of digits.
    name    the official full name.
    flag    optional: '~' abolished (kept for older pages), '?' not an official
            division but coded by NBS (大兴安岭's 加格达奇区 etc.).

Lines starting with '#' are comments. Usage:

    python3 scripts/build_gazetteer.py [--data DIR] [--out FILE]

DIR defaults to ../shared/data next to the repository, or /work/shared/data.
The script uses only the standard library and checks its inputs' sha256.
"""

import argparse
import collections
import csv
import hashlib
import os
import sys

SHA256 = {
    "regions.tsv": "b22efcf518d9c6db0ea9e1fdab6405af6b2c274d101a55e8b8e9ea09c4c7a58d",
    "regions_nbs2023.tsv": "9a44584320d439544ca1b9a1153a688504681abdb19491e3d893e2ae7ddf92fb",
}
SIGNIFICANT = {"province": 2, "prefecture": 4, "county": 6, "township": 9}

# NBS placeholder rows: never a real place, never shown in a path.
NBS_PSEUDO = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# County-level NBS-only units taken although they are not official divisions:
# the seats of 大兴安岭地区 that news and addresses use as districts.
NBS_UNOFFICIAL_KEEP = {"加格达奇区", "松岭区", "新林区", "呼中区"}


def read_rows(path):
    with open(path, "rb") as f:
        data = f.read()
    digest = hashlib.sha256(data).hexdigest()
    expected = SHA256[os.path.basename(path)]
    if digest != expected:
        sys.exit("%s: sha256 %s, expected %s" % (path, digest, expected))
    return list(csv.DictReader(data.decode("utf-8").splitlines(), delimiter="\t"))


def default_data_dir():
    here = os.path.dirname(os.path.abspath(__file__))
    for candidate in (os.path.join(here, "..", "..", "shared", "data"), "/work/shared/data"):
        if os.path.exists(os.path.join(candidate, "regions.tsv")):
            return candidate
    sys.exit("cannot find regions.tsv; pass --data DIR")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=None, help="folder with regions.tsv and regions_nbs2023.tsv")
    ap.add_argument("--out", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "GongbaoKit", "Resources", "gazetteer.txt"))
    args = ap.parse_args()
    data = args.data or default_data_dir()

    mca = read_rows(os.path.join(data, "regions.tsv"))
    nbs = read_rows(os.path.join(data, "regions_nbs2023.tsv"))

    nodes = {}  # code -> dict(name, level, parent, flag)
    for r in mca:
        nodes[r["code"]] = dict(name=r["name"], level=r["level"], parent=r["parent_code"], flag="")

    nbs_by_code = {r["code"]: r for r in nbs}

    def real_parent(code):
        """Skip NBS placeholder rows up to a row that exists in MCA."""
        while code and code not in nodes:
            row = nbs_by_code.get(code)
            if row is None or row["name"] not in NBS_PSEUDO:
                return None
            code = row["parent_code"]
        return code

    added = []
    for r in nbs:
        if r["level"] != "county" or r["code"] in nodes:
            continue
        name = r["name"]
        if name in NBS_PSEUDO:
            continue
        if r["code"][4:6].startswith("7") and name not in NBS_UNOFFICIAL_KEEP:
            continue  # statistical-only: development zones, parks, 管理区 …
        if name.endswith(("群岛", "海域", "行政委员会", "开发区", "新区", "园区")):
            continue
        parent = real_parent(r["parent_code"])
        if parent is None or nodes[parent]["name"] == name:
            continue  # NBS padding rows repeat their prefecture (嘉峪关市 620201)
        flag = "?" if name in NBS_UNOFFICIAL_KEEP else "~"
        nodes[r["code"]] = dict(name=name, level="county", parent=parent, flag=flag)
        added.append((r["code"], name, flag))

    children = collections.defaultdict(list)
    roots = []
    for code in sorted(nodes):
        n = nodes[code]
        if n["parent"]:
            if n["parent"] not in nodes:
                sys.exit("dangling parent %s of %s" % (n["parent"], code))
            children[n["parent"]].append(code)
        else:
            roots.append(code)

    def significant(code):
        return code[:SIGNIFICANT[nodes[code]["level"]]]

    out_lines = [
        "# gongbao gazetteer: generated by scripts/build_gazetteer.py; do not edit.",
        "# Sources: regions.tsv (MCA 2025-12-31) sha256 %s" % SHA256["regions.tsv"],
        "#          regions_nbs2023.tsv (NBS 2023-06-30, abolished/NBS-only county-level units) sha256 %s"
        % SHA256["regions_nbs2023.tsv"],
        "# Line: <depth><code digits after the parent's><name>[~ abolished | ? unofficial]",
    ]
    count = collections.Counter()

    def emit(code, depth, parent_digits):
        n = nodes[code]
        digits = significant(code)
        if not digits.startswith(parent_digits):
            sys.exit("code %s does not extend its parent's digits %s" % (code, parent_digits))
        if any(c in n["name"] for c in "0123456789~?#\t") or n["name"] != n["name"].strip():
            sys.exit("name %r cannot be written" % n["name"])
        out_lines.append("%d%s%s%s" % (depth, digits[len(parent_digits):], n["name"], n["flag"]))
        count[n["level"]] += 1
        for child in children[code]:
            emit(child, depth + 1, digits)

    sys.setrecursionlimit(10000)
    for code in roots:
        emit(code, 0, "")

    out = os.path.abspath(args.out)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lines) + "\n")
    print("wrote %s: %s; from NBS: %s" % (
        out, ", ".join("%s %d" % (k, count[k]) for k in SIGNIFICANT),
        ", ".join("%s %s%s" % a for a in added)))


if __name__ == "__main__":
    main()
