#!/usr/bin/env python3
"""Checks gold.json against the texts and runs score.py on the gold against itself (blind22's check.py, adapted).

Paths come from the environment:
  BLIND_ACCURACY_DIR  folder holding the other blind sets (default: ../.. from this file, i.e. Tests/Accuracy
                      when the set is copied there); only their meeting/prior-decision dates and journal numbers
                      are read
  SCORE_PY            the scorer (default: <set>/../../../../shared/tools/score.py)
Writes build/selfscore.txt."""
import json, re, os, sys, subprocess, unicodedata, html, glob
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.normpath(os.path.join(HERE, ".."))
ACC = os.environ.get("BLIND_ACCURACY_DIR") or os.path.join(HERE, "..", "..")
SCORE = os.environ.get("SCORE_PY") or os.path.join(ROOT, "..", "..", "..", "..", "shared", "tools", "score.py")
g = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
T = os.path.join(ROOT, "texts")
def nz(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s.replace("\u00a0", " "))).strip()

BLOCK = r"(?:p|div|h[1-6]|li|tr|td|th|dt|dd|br|section|details|summary|table|ul|ol|dl|blockquote|header|footer|nav|aside|article|main|title)"
def view(name, raw):
    """The text a reader sees: decoded, LF line ends; HTML rendered to lines; Markdown marks dropped."""
    try: s = raw.decode("utf-8")
    except UnicodeDecodeError: s = raw.decode("cp1252")
    s = s.replace("\r\n", "\n")
    if name.endswith(".html"):
        s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
        s = re.sub(r"(?s)<!--.*?-->", " ", s)
        s = re.sub(r"<!\[(?:if [^\]]*|endif)\]>", "", s)
        s = re.sub(r"\s+", " ", s)                       # HTML whitespace collapses
        s = re.sub(r"(?i)</?%s\b[^>]*>" % BLOCK, "\n", s)
        s = re.sub(r"<[^>]+>", "", s)
        s = html.unescape(s).replace("\u00a0", " ")
        s = "\n".join(re.sub(r"[ \t]+", " ", l).strip() for l in s.split("\n"))
        s = re.sub(r"\n{2,}", "\n", s)
    elif name.endswith(".md"):
        s = re.sub(r"\\\n", "\n", s)
        s = s.replace("**", "").replace("`", "")
        s = re.sub(r"(?m)^> ?", "", s)
        s = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)\*", r"\1", s)
    return s

# item headings per file (in the reader's view); where a table of contents repeats a heading, the last one wins
HEAD = {
 "horsens-boerne-og-ungeudvalget-2044-01-19.txt": r"^(\d)\. [^\n]+\n\nSagsnr",
 "soenderborg-social-og-sundhedsudvalget-2044-02-16.txt": r"^Pkt\. (\d+) ",
 "holbaek-teknik-og-miljoeudvalget-2044-03-09.txt": r"^Punkt (3\d)  +\S",
 "holbaek-teknik-og-miljoeudvalget-2044-04-13.html": r"^(\d\d)\. [A-ZÆØÅ]",
 "herning-klima-og-planudvalget-2044-05-23.txt": r"^\f?(\d)\. \S",
 "faxe-kultur-og-fritidsudvalget-2044-06-07.txt": r"^Punkt (\d) \u2013 ",
 "silkeborg-beskaeftigelsesudvalget-2044-08-15.html": r"^(\d\d)\. [A-ZÆØÅ]",
 "hjoerring-boerne-og-ungeudvalget-2044-09-06.html": r"^(\d\d)\. [A-ZÆØÅ]",
 "varde-social-og-sundhedsudvalget-2044-10-11.html": r"^(\d)\. [A-ZÆØÅ]",
 "kalundborg-klima-og-planudvalget-2044-11-21.md": r"^# (\d+)\. ",
 "skanderborg-kultur-og-fritidsudvalget-2044-12-05.md": r"^## Punkt (\d): ",
}
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
segs = {}
files = sorted(os.listdir(T))
if len(files) != 11: err("expected 11 texts, found", len(files))
if sorted(m["source"] for m in g["meetings"]) != files: err("sources differ from files")
if sorted(HEAD) != files: err("heading table differs from files")
for f in files:
    if not re.fullmatch(r"[a-z0-9-]+-2044-\d\d-\d\d\.(txt|html|md)", f): err("file name", f)
munis = [re.sub(r"-(boerne|social|teknik|klima|kultur|beskaeftigelses).*", "", f) for f in files]
if len(set(munis)) != 10 or max(munis.count(x) for x in munis) != 2: err("municipalities: ten, one of them twice", munis)
exts = [f.rsplit(".", 1)[1] for f in files]
if (exts.count("txt"), exts.count("html"), exts.count("md")) != (5, 4, 2): err("forms", exts)
raws = {f: open(os.path.join(T, f), "rb").read() for f in files}
if sum(b"\r\n" in r for r in raws.values()) != 1: err("exactly one CRLF file expected")
def is_utf8(r):
    try: r.decode("utf-8"); return True
    except UnicodeDecodeError: return False
if sum(not is_utf8(r) for r in raws.values()) != 1: err("exactly one Windows-1252 file expected")
dates = [m["date"] for m in g["meetings"]]
if len(set(dates)) != len(dates): err("meeting dates not unique")
if any(not d.startswith("2044-") for d in dates): err("meetings must be in 2044")
if g["asOf"] != "2044-12-31": err("asOf")
for m in g["meetings"]:
    src = m["source"]; txt = view(src, raws[src])
    d = {}
    for x in re.finditer(HEAD[src], txt, re.M): d[int(x.group(1))] = x.start()
    order = sorted(d.items(), key=lambda x: x[1]); S = {}
    for i, (n, pos) in enumerate(order):
        S[n] = txt[pos:(order[i + 1][1] if i + 1 < len(order) else len(txt))]
    segs[m["date"]] = (txt, S)
    if sorted(S) != sorted(it["number"] for it in m["items"]): err("item numbers", src, sorted(S))
    if not (5 <= len(m["items"]) <= 10): err("item count", src)
    if not any(it["closed"] for it in m["items"]): err("no closed item", src)
    ntxt = nz(txt)
    for a in m["attendees"]:
        if a not in ntxt: err("attendee missing", src, a)
    if m["location"] not in ntxt: err("location missing", src, m["location"])
    if m["committee"] not in ntxt: err("committee missing", src)
    for it in m["items"]:
        seg = nz(S.get(it["number"], ""))
        if nz(it["title"]) not in seg: err("title not in item", src, it["number"], it["title"])
        if it["journalNumber"] and it["journalNumber"] not in seg: err("journal number not in item", src, it["number"])
        for p in it["participants"]:
            if not any(x in seg for x in p.split("|")): err("participant missing", src, it["number"], p)
        if it["outcome"] not in "approved noted discussed postponed referred rejected decided none".split(): err("outcome", src, it)
        for pr in it["priorDecisions"]:
            if pr["item"] is not None and not re.search(r"(?:pkt\.|punkt) %d\b" % pr["item"], seg): err("prior item number not in item", src, pr)
alltxt = " ".join(nz(t) for t, _ in segs.values())
for kind in ("actions", "optionalActions"):
    for a in g[kind]:
        txt, S = segs[a["meetingDate"]]; seg = nz(S.get(a["item"], ""))
        if nz(a["key"]) not in seg: err(kind, "key not in item", a["meetingDate"], a["item"], a["key"])
        if kind == "actions":
            if nz(a["sentence"]) not in seg: err("sentence not in item", a["meetingDate"], a["item"], a["sentence"])
            if a["key"] not in a["sentence"]: err("key not in sentence", a["id"])
            if a.get("dueText") and nz(a["dueText"]) not in nz(a["sentence"]): err("dueText not in sentence", a["id"])
            if a.get("dueRange") and not (a["dueRange"][0] <= a["due"] <= a["dueRange"][1]): err("due outside range", a["id"])
            for o in a["owners"]:
                if o["surface"].lower() not in nz(txt).lower(): err("owner surface missing", a["id"], o)
for p in g["postponements"]:
    # a quoted prior deferral is checked in the item that quotes it
    hold = [(m["date"], it["number"]) for m in g["meetings"] for it in m["items"]
            if it["journalNumber"] == p["journalNumber"] and (m["date"] == p["meetingDate"] or any(pr["date"] == p["meetingDate"] for pr in it["priorDecisions"]))]
    if not hold: err("postponement not held by an item", p); continue
    if not any(nz(p["phrase"]) in nz(segs[d][1][n]) for d, n in hold): err("phrase missing", p)
# cases and openPostponed recomputed from the items and their quoted prior decisions; an earlier meeting of this
# set quoted in a later one is one appearance, not two
tl = defaultdict(dict); title = {}
for m in g["meetings"]:
    for it in m["items"]:
        if not it["journalNumber"]: continue
        title[it["journalNumber"]] = it["title"]
        tl[it["journalNumber"]][(m["date"], it["number"])] = it["outcome"]
        for pr in it["priorDecisions"]:
            old = tl[it["journalNumber"]].get((pr["date"], pr["item"]))
            if old is not None and old != pr["outcome"]: err("quoted outcome differs from the meeting's own", it["journalNumber"], pr)
            tl[it["journalNumber"]][(pr["date"], pr["item"])] = pr["outcome"]
want_cases = {jn for jn, v in tl.items() if len(v) >= 2}
if want_cases != {c["journalNumber"] for c in g["cases"]}: err("cases", want_cases)
for c in g["cases"]:
    if {(a["date"], a["item"]) for a in c["appearances"]} != set(tl[c["journalNumber"]]): err("case appearances", c["journalNumber"])
want_open = {}
for jn, v in tl.items():
    v = sorted((d, o) for (d, _), o in v.items())
    if v[-1][1] == "postponed": want_open[jn] = sum(1 for _, o in v if o == "postponed")
got_open = {o["journalNumber"]: o["count"] for o in g["openPostponed"]}
if want_open != got_open: err("openPostponed", want_open, got_open)
pkeys = [(p["meetingDate"], p["journalNumber"]) for p in g["postponements"]]
if len(set(pkeys)) != len(pkeys): err("postponement keys not unique")
want_pp = {(d, jn) for jn, v in tl.items() for (d, _), o in v.items() if o == "postponed"}
if want_pp != set(pkeys): err("postponements differ from postponed items", want_pp ^ set(pkeys))
for p in g["postponements"]:
    if p["journalNumber"] and p["journalNumber"] not in tl: err("postponement journal number unknown", p)
# the shared case: two files of one municipality, deferred in the first and decided in the second
shared = [c for c in g["cases"] if len({a["date"] for a in c["appearances"]} & set(dates)) == 2]
if len(shared) != 1: err("expected exactly one case shared by two files of this set", [c["journalNumber"] for c in shared])

# other sets: only their meeting/prior-decision dates and journal numbers are read
OLD = set(); OLDJN = set(); nsets = 0
for p in sorted(glob.glob(os.path.join(ACC, "blind*", "gold.json"))):
    if os.path.realpath(os.path.dirname(p)) == os.path.realpath(ROOT): continue
    og = json.load(open(p, encoding="utf-8")); nsets += 1
    for m in og.get("meetings", []):
        OLD.add(m.get("date"))
        for it in m.get("items", []):
            if it.get("journalNumber"): OLDJN.add(it["journalNumber"])
            for pr in it.get("priorDecisions", []): OLD.add(pr.get("date"))
print(f"compared with {nsets} other sets")
if nsets == 0: err("no other blind sets found under BLIND_ACCURACY_DIR")
own_items = {(m["date"], it["number"]) for m in g["meetings"] for it in m["items"]}
for d in dates:
    if d in OLD: err("meeting date used in another set", d)
for m in g["meetings"]:
    for it in m["items"]:
        if it["journalNumber"] in OLDJN: err("journal number used in another set", it["journalNumber"])
        for pr in it["priorDecisions"]:
            if pr["date"] in OLD: err("prior-decision date used in another set", pr)
            # a prior-decision date may equal a meeting date of this set only for the shared case's own earlier meeting
            if pr["date"] in dates and (pr["date"], pr["item"]) not in own_items: err("prior-decision date clashes with a meeting date", pr)
# a journal number belongs to one municipality only
seen = {}
for m in g["meetings"]:
    mu = re.sub(r"-(boerne|social|teknik|klima|kultur|beskaeftigelses).*", "", m["source"])
    for it in m["items"]:
        jn = it["journalNumber"]
        if jn and seen.setdefault(jn, mu) != mu: err("journal number in two municipalities", jn)
# no absolute path in any file of the set
for dp, _, fs in os.walk(ROOT):
    for f in fs:
        if f.endswith((".txt", ".html", ".md", ".py", ".json")) and f != "selfscore.txt":
            body = open(os.path.join(dp, f), "rb").read().decode("utf-8", "replace")
            if re.search(r"(?<![\w.])/(?:work|home|tmp|Users)/", body): err("absolute path in", f)
print("text checks:", "OK" if not bad else f"{bad} errors")
out = subprocess.run([sys.executable, SCORE, os.path.join(ROOT, "gold.json"), os.path.join(ROOT, "gold.json")],
                     capture_output=True, text=True).stdout
print(out)
open(os.path.join(HERE, "selfscore.txt"), "w", encoding="utf-8").write(out)
vals = [float(l.split()[-1]) for l in out.splitlines()[:-1] if l.strip()]
if not vals or any(abs(v - 1.0) > 1e-9 for v in vals): print("SELF-SCORE NOT 1.000"); sys.exit(1)
sys.exit(1 if bad else 0)
