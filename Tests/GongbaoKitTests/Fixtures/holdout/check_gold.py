#!/usr/bin/env python3
"""Check gold/seeds.json against the seed pages it annotates.

Copy of /work/shared/gold/check_gold.py for the held-out pages: the furniture list
names the held-out pages' furniture, and a space after a bare dateline (本报讯 近日) is allowed.
Third batch: furniture of h15/h17 added; a page is read as UTF-8
and, if that fails, as GB18030 (a superset of GBK: h17_novel.txt is stored in GBK).
CRLF pages need nothing extra: text mode turns CRLF into LF, so line numbers are unchanged.

Usage: python3 check_gold.py [--gold seeds.json] [--seeds DIR] [-v]

Every quoted string must be found in its page, inside the lines the article
claims. Strings are matched first verbatim on the raw lines; a string that a
hard line break cuts in two is accepted when it is found in the article text
with the line breaks (and the blank lines between fragments) removed, and is
reported as "joined". Exit status is 0 only when every check passes.
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"news", "feature", "photo", "continuation", "brief"}
ROLES = {"kicker", "title", "subtitle", "column"}
FIELDS = ["title", "kicker", "subtitle", "kind", "start_line", "end_line", "spans", "body_spans",
          "headline_lines", "column", "subheads", "boxes", "byline", "byline_line", "dateline",
          "first_sentence", "last_sentence", "regions", "orgs", "persons", "campaigns", "notes"]
REGION_KEYS = ["provinces", "prefectures", "counties", "townships", "mentioned", "localities"]
# Administrative suffixes each level may end with (sanity check on hand-typed names).
LEVEL_SUFFIX = {
    "provinces": ("省", "市", "自治区"),
    "prefectures": ("市", "州", "盟", "地区", "新区"),
    "counties": ("县", "区", "市", "旗"),
    "townships": ("乡", "镇", "街道"),
}
# Non-blank lines that belong to no article: page names and section tags.
FURNITURE = {
    "003_2d2613523c24e258.txt": {1: "工运纵横", 9: "■工会动态■", 11: "■他山之石■", 211: "■竞赛新跑道■"},
    # held-out pages (Tests/GongbaoKitTests/Fixtures/holdout): page names, page headers, section tags
    "h04_ocr.txt": {1: "职工之家", 8: "■工会动态■", 35: "■职工心声■"},
    "h06_novel.txt": {1: "2023年11月8日 星期三  工人日报  3", 49: "工会简讯"},
    "h07_novel.txt": {1: "要闻"},
    "h08_ocr.txt": {1: "综合新闻", 22: "■工会简讯■", 46: "■一线观察■", 68: "■劳动者风采■"},
    "h11_ocr.txt": {1: "工会视窗", 24: "■一线风采■"},
    "h12_plain.txt": {23: "图片新闻"},
    # third batch
    "h15_ocr.txt": {1: "基层传真", 26: "■工会动态■", 51: "■劳模风采■", 83: "■工会简讯■"},
    "h17_novel.txt": {1: "2024年5月9日  星期四  第6版  法治·维权"},
}
# Lines whose text ends inside an article but is followed by furniture on the same line.
CREDIT_TAILS = ("□", "本报", "新华社", "(本报", "（本报", "■")


class Page:
    def __init__(self, path):
        # UTF-8 first, then GB18030 (reads GBK pages such as h17_novel.txt)
        for enc in ("utf-8", "gb18030"):
            try:
                with open(path, encoding=enc) as fh:
                    self.lines = fh.read().split("\n")
                break
            except UnicodeDecodeError:
                continue
        else:
            raise UnicodeDecodeError("utf-8/gb18030", b"", 0, 1, f"cannot decode {path}")

    def line(self, n):
        return self.lines[n - 1]

    def nonblank(self):
        return [i for i, l in enumerate(self.lines, 1) if l.strip()]

    def raw(self, spans):
        return [self.line(i) for a, b in spans for i in range(a, b + 1)]

    def joined(self, spans):
        return "".join(l for l in self.raw(spans) if l.strip())


class Report:
    def __init__(self, verbose):
        self.errors, self.joined, self.verbose, self.checked = [], [], verbose, 0

    def fail(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def note_joined(self, where, field, s):
        self.joined.append(f"{where}: {field} {s[:30]}…")


def find(page, spans, s):
    """Return 'raw', 'joined' or None for where s occurs within spans."""
    if any(s in l for l in page.raw(spans)):
        return "raw"
    if s in page.joined(spans):
        return "joined"
    return None


def lines_of(spans):
    return {i for a, b in spans for i in range(a, b + 1)}


def check_article(page, fname, idx, a, rep):
    where = f"{fname}[{idx}] {a.get('title') or a.get('kind')}"
    missing = [k for k in FIELDS if k not in a]
    if missing:
        rep.fail(where, f"missing fields {missing}")
        return set()
    if a["kind"] not in KINDS:
        rep.fail(where, f"bad kind {a['kind']!r}")
    n = len(page.lines)
    spans, body = a["spans"], a["body_spans"]
    for sp in spans + body:
        if not (isinstance(sp, list) and len(sp) == 2 and 1 <= sp[0] <= sp[1] <= n):
            rep.fail(where, f"bad span {sp}")
            return set()
    own = lines_of(spans)
    if not lines_of(body) <= own:
        rep.fail(where, "body_spans not inside spans")
    # start/end: the contiguous block, or null for scattered articles
    s, e = a["start_line"], a["end_line"]
    if (s is None) != (e is None):
        rep.fail(where, "start_line/end_line must both be set or both null")
    elif s is not None:
        block_nb = {i for i in range(s, e + 1) if page.line(i).strip()}
        own_nb = {i for i in own if page.line(i).strip()}
        if own_nb != block_nb:
            rep.fail(where, f"spans do not fill block {s}-{e} exactly "
                            f"(extra {sorted(own_nb - block_nb)}, missing {sorted(block_nb - own_nb)})")
    elif len(spans) < 2:
        rep.fail(where, "null start/end needs several spans")
    # headline lines: exact text, inside spans, roles, and the title fields come from them
    hl_text = {}
    for h in a["headline_lines"]:
        if h["role"] not in ROLES:
            rep.fail(where, f"bad headline role {h['role']}")
        if h["line"] not in own:
            rep.fail(where, f"headline line {h['line']} outside spans")
        elif page.line(h["line"]) != h["text"]:
            rep.fail(where, f"headline line {h['line']} text differs from page")
        hl_text.setdefault(h["role"], []).append(h["text"])
    all_hl = [t for v in hl_text.values() for t in v]
    for field in ("title", "kicker", "subtitle", "column"):
        v = a[field]
        rep.checked += 1
        if not v:
            continue
        if not any(v in t for t in all_hl):
            rep.fail(where, f"{field} {v!r} not found in its headline lines")
        if find(page, spans, v) != "raw":
            rep.fail(where, f"{field} {v!r} not verbatim on one line within spans")
    if a["kind"] != "continuation" and a["kind"] != "photo" and not a["title"]:
        if "no headline" not in a["notes"] and "headline" not in a["notes"]:
            rep.fail(where, "empty title without a note explaining it")
    for sh in a["subheads"]:
        if sh["line"] not in lines_of(body) or page.line(sh["line"]) != sh["text"]:
            rep.fail(where, f"subhead {sh} wrong")
    for bx in a["boxes"]:
        if not (lines_of([[bx["start_line"], bx["end_line"]]]) <= own):
            rep.fail(where, f"box {bx} outside spans")
        elif bx["label"] not in page.line(bx["start_line"]):
            rep.fail(where, f"box label {bx['label']} not on line {bx['start_line']}")
    # byline and dateline
    for field in ("byline", "dateline"):
        v = a[field]
        rep.checked += 1
        if v and find(page, spans, v) != "raw":
            rep.fail(where, f"{field} {v!r} not verbatim within spans")
    if a["byline_line"] is not None:
        if a["byline_line"] not in own or (a["byline"] and a["byline"] not in page.line(a["byline_line"])):
            rep.fail(where, f"byline_line {a['byline_line']} does not hold the byline")
    # sentences: inside the body, first at its start, last at its end
    btxt = page.joined(body).lstrip()
    for field in ("first_sentence", "last_sentence"):
        v = a[field]
        rep.checked += 1
        if not v:
            rep.fail(where, f"empty {field}")
            continue
        w = find(page, body, v)
        if w is None:
            rep.fail(where, f"{field} not found in body lines: {v[:40]!r}")
        elif w == "joined":
            rep.note_joined(where, field, v)
    fs, ls = a["first_sentence"], a["last_sentence"]
    if fs and fs in btxt:
        lead = btxt[:btxt.index(fs)]
        # only the dateline and its parenthesised byline may precede the first sentence
        rest = lead[len(a["dateline"]):] if a["dateline"] and lead.startswith(a["dateline"]) else lead
        rest = rest.strip()  # holdout copy: '本报讯 近日,…' has a space, no parentheses, after the dateline
        if rest and not re.fullmatch(r"[(（][^()（）]*[)）]", rest):
            rep.fail(where, f"first_sentence is not at the start of the body (preceded by {lead[:30]!r})")
    if ls and ls in btxt:
        tail = btxt[btxt.rindex(ls) + len(ls):].strip()
        # allowed after the last sentence: a credit/dateline, or an unfinished fragment
        # (the last complete sentence is recorded when the page cuts the body off)
        if tail and not tail.startswith(CREDIT_TAILS) and any(c in tail for c in "。！？!?"):
            rep.fail(where, f"last_sentence is not at the end of the body (followed by {tail[:30]!r})")
    # entities: each string occurs in the article
    for field in ("orgs", "persons", "campaigns"):
        if len(set(a[field])) != len(a[field]):
            rep.fail(where, f"duplicate entries in {field}")
        for v in a[field]:
            rep.checked += 1
            w = find(page, spans, v)
            if w is None:
                rep.fail(where, f"{field} entry {v!r} not found in the article")
            elif w == "joined":
                rep.note_joined(where, field, v)
    # regions: shape and level suffixes (names are normalised, so not matched verbatim)
    reg = a["regions"]
    if sorted(reg) != sorted(REGION_KEYS):
        rep.fail(where, f"regions keys {sorted(reg)}")
    else:
        for lvl, suf in LEVEL_SUFFIX.items():
            for name in reg[lvl]:
                if not name.endswith(suf):
                    rep.fail(where, f"{lvl} entry {name!r} lacks an administrative suffix")
        lower = reg["prefectures"] + reg["counties"] + reg["townships"]
        if lower and not reg["provinces"]:
            rep.fail(where, "lower-level regions without a province")
    return own


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=os.path.join(HERE, "seeds.json"))
    ap.add_argument("--seeds", default=None, help="folder with the seed pages")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    seeds = args.seeds
    if seeds is None:
        for cand in (os.path.join(HERE, "..", "seeds"),):
            if os.path.isdir(cand):
                seeds = cand
                break
    with open(args.gold, encoding="utf-8") as fh:
        gold = json.load(fh)
    rep = Report(args.verbose)
    for fname, arts in gold.items():
        path = os.path.join(seeds, fname)
        if not os.path.exists(path):
            rep.fail(fname, "page file not found")
            continue
        page = Page(path)
        owner = {}
        for i, a in enumerate(arts):
            for ln in check_article(page, fname, i, a, rep):
                if page.line(ln).strip():
                    if ln in owner:
                        rep.fail(fname, f"line {ln} claimed by articles {owner[ln]} and {i}")
                    owner[ln] = i
        firsts = [min(s[0] for s in a["spans"]) for a in arts]
        if firsts != sorted(firsts):
            rep.fail(fname, "articles are not ordered by their first line")
        furn = FURNITURE.get(fname, {})
        for ln, txt in furn.items():
            if page.line(ln).strip() != txt:
                rep.fail(fname, f"furniture line {ln} is {page.line(ln)!r}, expected {txt!r}")
        for ln in page.nonblank():
            if ln not in owner and ln not in furn:
                rep.fail(fname, f"line {ln} belongs to no article: {page.line(ln)[:30]!r}")
            if ln in owner and ln in furn:
                rep.fail(fname, f"furniture line {ln} is inside article {owner[ln]}")
        print(f"{fname}: {len(arts)} articles, {len(owner)} article lines, {len(furn)} furniture lines")
    if rep.verbose and rep.joined:
        print("strings matched only across hard line breaks:")
        for j in rep.joined:
            print("  " + j)
    print(f"{rep.checked} strings checked, {len(rep.joined)} matched across line breaks")
    if rep.errors:
        print(f"FAIL: {len(rep.errors)} problem(s)")
        for e in rep.errors:
            print("  " + e)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
