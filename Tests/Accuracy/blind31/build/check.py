#!/usr/bin/env python3
"""Checks gold.json against the texts and runs score.py on the gold against itself (blind22's check.py, adapted for
blind31: .txt/.md/.html texts, one Windows-1252 and one CRLF file, a case shared by two files of one municipality).
Paths come from the environment:
  BLIND_ACCURACY_DIR  the folder that holds the other blind sets (default: the set's parent, i.e. Tests/Accuracy
                      when the set is copied there); only their meeting dates, prior-decision dates and journal
                      numbers are read
  SCORE_PY            the scorer (default: <set>/../../../../shared/tools/score.py)
Writes build/selfscore.txt."""
import json, re, os, sys, subprocess, unicodedata, glob, html
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.normpath(os.path.join(HERE, ".."))
ACC = os.environ.get("BLIND_ACCURACY_DIR") or os.path.join(HERE, "..", "..")
SCORE = os.environ.get("SCORE_PY") or os.path.join(ROOT, "..", "..", "..", "..", "shared", "tools", "score.py")
g = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
T = os.path.join(ROOT, "texts")
def nz(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()
def detag(s):
    s = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)
ENC = {"haderslev": "cp1252"}
# item headings per file (raw text for .html); where a table of contents repeats a heading the last occurrence wins
HEAD = {
 "holbaek": r"^   Punkt (\d+) {2,}\S",
 "slagelse": r"^Punkt (\d+)$",
 "kalundborg-boerne-og-ungeudvalget-2034-03-08": r"^(\d\d)\. \S",
 "kalundborg-boerne-og-ungeudvalget-2034-04-12": r"^# (\d+)\. ",
 "haderslev": r"^(\d)\.\t",
 "horsens": r'<span class="nr">(\d+)\.</span>',
 "randers": r'<span class="item-number">(\d+)\.</span>',
 "ikast-brande": r'<button type="button">(\d+)\. ',
 "soenderborg": r'<h2 class="punktoverskrift">Punkt (\d+) - ',
 "faxe": r"^## (\d+)\. ",
 "skive": r"^### Pkt\. (\d+) ",
}
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
segs = {}
files = sorted(os.listdir(T))
if len(files) != 11: err("expected 11 texts, found", len(files))
ext = defaultdict(int)
for f in files:
    ext[f.rsplit(".", 1)[1]] += 1
    if not re.fullmatch(r"[a-z0-9-]+-2034-\d\d-\d\d\.(txt|md|html)", f): err("file name", f)
if dict(ext) != {"txt": 4, "html": 4, "md": 3}: err("mix of forms", dict(ext))
if sorted(m["source"] for m in g["meetings"]) != files: err("sources differ from files")
dates = [m["date"] for m in g["meetings"]]
if len(set(dates)) != len(dates): err("meeting dates not unique")
for m in g["meetings"]:
    if not m["source"].endswith(m["date"] + "." + m["source"].rsplit(".", 1)[1]): err("file date", m["source"])
    if not m["date"].startswith("2034-"): err("meeting not in 2034", m["date"])
raw = {}
for m in g["meetings"]:
    src = m["source"]
    b = open(os.path.join(T, src), "rb").read()
    enc = next((e for k, e in ENC.items() if src.startswith(k)), "utf-8")
    txt = b.decode(enc)
    if enc == "utf-8" and "\ufffd" in txt: err("bad utf-8", src)
    raw[src] = b
    txt = txt.replace("\r\n", "\n")
    key = max((k for k in HEAD if src.startswith(k)), key=len)
    d = {}
    for x in re.finditer(HEAD[key], txt, re.M): d[int(x.group(1))] = x.start()
    order = sorted(d.items(), key=lambda x: x[1]); S = {}
    for i, (n, pos) in enumerate(order):
        S[n] = txt[pos:(order[i + 1][1] if i + 1 < len(order) else len(txt))]
    if src.endswith(".html"):
        S = {n: detag(s) for n, s in S.items()}; full = detag(txt)
    else:
        full = txt
    segs[m["date"]] = (full, S)
    if sorted(S) != sorted(it["number"] for it in m["items"]): err("item numbers", src, sorted(S))
    if not (5 <= len(m["items"]) <= 10): err("item count", src)
    ntxt = nz(full)
    for a in m["attendees"]:
        if a not in ntxt: err("attendee missing", src, a)
    if m["location"] not in ntxt: err("location missing", src, m["location"])
    if m["committee"] not in ntxt: err("committee missing", src)
    if not any(it["closed"] for it in m["items"]): err("no closed item", src)
    if not any(it["priorDecisions"] for it in m["items"]): err("no quoted prior decision", src)
    for it in m["items"]:
        seg = nz(S.get(it["number"], ""))
        if nz(it["title"]) not in seg: err("title not in item", src, it["number"], it["title"])
        if it["journalNumber"] and it["journalNumber"] not in seg: err("journal number not in item", src, it["number"])
        for p in it["participants"]:
            if not any(x in seg for x in p.split("|")): err("participant missing", src, it["number"], p)
        if it["outcome"] not in "approved noted discussed postponed referred rejected decided none".split(): err("outcome", src, it)
        for pr in it["priorDecisions"]:
            dd = "%d. %s %s" % (int(pr["date"][8:]), "januar februar marts april maj juni juli august september oktober november december".split()[int(pr["date"][5:7]) - 1], pr["date"][:4])
            forms = [dd, pr["date"][8:] + "-" + pr["date"][5:7] + "-" + pr["date"][:4], pr["date"][8:] + "." + pr["date"][5:7] + "." + pr["date"][:4]]
            if not any(f in seg for f in forms): err("prior-decision date not in item", src, it["number"], pr["date"])
# the file forms the brief asks for
if not any(b.count(b"\r\n") > 20 and not src.startswith("haderslev") for src, b in raw.items()): err("no CRLF file")
if any(b"\r\n" in b for src, b in raw.items() if not src.startswith("kalundborg-boerne-og-ungeudvalget-2034-03-08")): err("CRLF in another file")
if b"\xe6" not in raw["haderslev-teknik-og-klimaudvalget-2034-04-18.txt"]: err("Haderslev is not Windows-1252")
if not all(re.search(rb"[\x80-\xff]", b) is None for src, b in raw.items() if src.startswith("randers")): err("Randers has raw non-ASCII")
if b"\f" not in raw["holbaek-klima-og-miljoeudvalget-2034-01-16.txt"] or b"\f" not in raw["slagelse-social-og-seniorudvalget-2034-02-07.txt"]: err("form feeds")
alltxt = " ".join(nz(t) for t, _ in segs.values())
for kind in ("actions", "optionalActions"):
    for a in g[kind]:
        txt, S = segs[a["meetingDate"]]; seg = nz(S.get(a["item"], ""))
        if nz(a["key"]) not in seg: err(kind, "key not in item", a["meetingDate"], a["item"], a["key"])
        if kind == "actions":
            if nz(a["sentence"]) not in seg: err("sentence not in item", a["meetingDate"], a["item"], a["sentence"])
            if a["key"] not in a["sentence"]: err("key not in sentence", a["id"])
            for o in a["owners"]:
                if o["surface"].lower() not in nz(txt).lower(): err("owner surface missing", a["id"], o)
                if o["kind"] == "person" and o["name"] not in nz(txt): err("owner not named in the file", a["id"], o)
            if a.get("dueRange") and not (a["dueRange"][0] <= a["due"] <= a["dueRange"][1]): err("due outside range", a["id"])
# where each quoted prior decision sits: (date, journal number) -> the segment of the item that quotes it
quoted = {}
for m in g["meetings"]:
    for it in m["items"]:
        for pr in it["priorDecisions"]:
            quoted[(pr["date"], it["journalNumber"])] = nz(segs[m["date"]][1][it["number"]])
for p in g["postponements"]:
    if p["source"] == "prior-decision": seg = quoted.get((p["meetingDate"], p["journalNumber"]), "")
    else: seg = nz(segs[p["meetingDate"]][1][p["item"]])
    if nz(p["phrase"]) not in seg: err("phrase missing", p)
# cases and openPostponed recomputed from the items and their quoted prior decisions; an appearance is (date, item),
# so a deferral quoted in a later file of the same set is not counted twice
tl = defaultdict(dict)
for m in g["meetings"]:
    for it in m["items"]:
        if not it["journalNumber"]: continue
        tl[it["journalNumber"]][(m["date"], it["number"])] = it["outcome"]
        for pr in it["priorDecisions"]:
            k = (pr["date"], pr["item"])
            if k in tl[it["journalNumber"]] and tl[it["journalNumber"]][k] != pr["outcome"]: err("quoted outcome differs", it["journalNumber"], k)
            tl[it["journalNumber"]].setdefault(k, pr["outcome"])
want_cases = {jn for jn, v in tl.items() if len(v) >= 2}
if want_cases != {c["journalNumber"] for c in g["cases"]}: err("cases", want_cases)
for c in g["cases"]:
    if {(a["date"], a["item"]) for a in c["appearances"]} != set(tl[c["journalNumber"]]): err("case appearances", c["journalNumber"])
want_open = {}
for jn, v in tl.items():
    last = max(v.items(), key=lambda kv: kv[0][0])
    if last[1] == "postponed": want_open[jn] = sum(1 for o in v.values() if o == "postponed")
got_open = {o["journalNumber"]: o["count"] for o in g["openPostponed"]}
if want_open != got_open: err("openPostponed", want_open, got_open)
pkeys = [(p["meetingDate"], p["journalNumber"]) for p in g["postponements"]]
if len(set(pkeys)) != len(pkeys): err("postponement keys not unique")
want_pp = {(d, jn) for jn, v in tl.items() for (d, _), o in v.items() if o == "postponed"}
if want_pp != set(pkeys): err("postponements differ from postponed items", want_pp ^ set(pkeys))
for p in g["postponements"]:
    if not p["journalNumber"]: err("postponement without journal number", p)

# dates and journal numbers kept apart from the other blind sets (only these fields of their gold are read)
OLD = set(); OLDJN = set(); others = []
for p in sorted(glob.glob(os.path.join(ACC, "blind*", "gold.json"))):
    if os.path.samefile(os.path.dirname(p), ROOT): continue
    og = json.load(open(p, encoding="utf-8")); others.append(p)
    OLD |= {m["date"] for m in og["meetings"]}
    OLD |= {pr["date"] for m in og["meetings"] for it in m["items"] for pr in it.get("priorDecisions", [])}
    OLDJN |= {it.get("journalNumber") for m in og["meetings"] for it in m["items"] if it.get("journalNumber")}
if not others: err("no other blind sets found under BLIND_ACCURACY_DIR")
mine_items = {(m["date"], it["number"]) for m in g["meetings"] for it in m["items"]}
for d in dates:
    if d in OLD: err("meeting date used in another set", d)
for m in g["meetings"]:
    for it in m["items"]:
        for pr in it["priorDecisions"]:
            if pr["date"] in OLD: err("prior-decision date used in another set", pr)
            # a prior decision may only share its date with a meeting of this set when it is that meeting's own item
            if pr["date"] in dates and (pr["date"], pr["item"]) not in mine_items: err("prior-decision date clashes with a meeting date", pr)
# a journal number belongs to one municipality only (Kalundborg's two files share one case)
seen = {}
muni = lambda s: s.split("-")[0]
for m in g["meetings"]:
    for it in m["items"]:
        jn = it["journalNumber"]
        if not jn: continue
        if jn in OLDJN: err("journal number used in another set", jn)
        if muni(seen.setdefault(jn, m["source"])) != muni(m["source"]): err("journal number in two municipalities", jn)
if len({muni(f) for f in files}) != 10: err("expected 10 municipalities (one with two files)")
print("text checks:", "OK" if not bad else f"{bad} errors", f"({len(others)} other sets read)")
# self-score
gp = os.path.join(ROOT, "gold.json")
out = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True).stdout
open(os.path.join(HERE, "selfscore.txt"), "w", encoding="utf-8").write(out)
print(out)
vals = [float(l.split()[-1]) for l in out.splitlines()[:-1] if l.strip()]
if not vals or any(abs(v - 1.0) > 1e-9 for v in vals): print("SELF-SCORE NOT 1.000"); sys.exit(1)
sys.exit(1 if bad else 0)
