#!/usr/bin/env python3
"""Checks gold.json against the texts and runs score.py on the gold against itself; writes build/selfscore.txt.
Run from anywhere: python3 Tests/Accuracy/blind28/build/check.py (blind22's check.py, adapted: HTML, Windows-1252,
CRLF and Markdown texts, unnumbered and lettered items, one case shared by two files of the same municipality).

Paths are relative to this script. Two environment variables serve a copy outside the repository:
  BLIND_ACCURACY_DIR  the folder holding the other blind2* sets (default: ../.. from this script)
  SCORE_PY            score.py (default: ../../../../../shared/tools/score.py from this script, as blind22)"""
import json, re, os, sys, glob, html, subprocess, unicodedata
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, "..")
g = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
T = os.path.join(ROOT, "texts")
def nz(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).replace("\u00a0", " ")).strip()

BLOCK = r"</?(?:p|div|h[1-6]|tr|table|thead|tbody|li|ul|ol|dl|dt|dd|br|hr|article|section|header|footer|main|nav|title)\b[^>]*>"
def read_text(path):
    raw = open(path, "rb").read()
    try:
        txt = raw.decode("utf-8")
    except UnicodeDecodeError:
        txt = raw.decode("cp1252")          # Varde: Word "plain text" in Windows-1252
    txt = txt.replace("\r\n", "\n")          # Tønder: CRLF
    if path.endswith(".html"):
        txt = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", txt)
        txt = re.sub(r"(?s)<!--.*?-->", "", txt)
        txt = re.sub(r"(?i)" + BLOCK, "\n", txt)
        txt = re.sub(r"(?i)</?t[dh]\b[^>]*>", " ", txt)
        txt = re.sub(r"<[^>]+>", "", txt)
        txt = html.unescape(txt)
        txt = "\n".join(l.strip() for l in txt.split("\n"))
    return txt

# item headings per file; where a table of contents repeats a heading, the last occurrence is the item
HEAD = {
 "region-sjaelland": r"^(\d\d)\. ",
 "toender": r"^§ (\d+)\. ",
 "slagelse-miljoe": r"^(\d\d) \((?:Åben|Lukket)\)",
 "varde": r"^Pkt\. (\d)\t",
 "slagelse-oekonomi": r"^(\d{3})\. ",
 "ringsted": r"^## Pkt\. (\d) – ",
 "mariagerfjord": r"^[^\n]+\nPunkt (\d+) · ",          # the title line comes before "Punkt NN · Sagsnr. …"
 "faxe": r"^### ()",                                   # unnumbered headings: numbered by the agenda (= order)
 "favrskov": r"^Pkt\. (\d) ",
 "laesoe": r"^Ad (\d)\) ",
 "ishoej": r"^([A-H])\. ",                             # lettered: A = 1, B = 2, …
 "skive": r"^Sagsnr\.: \S+ +(?:Åbent|Lukket)\nPunkt (\d+)  ",   # case number printed above the heading
}
def num(key, s, k):
    if key == "faxe": return k + 1
    if key == "ishoej": return ord(s) - ord("A") + 1
    return int(s)
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
segs = {}
files = sorted(os.listdir(T))
if len(files) != 12: err("expected 12 texts, found", len(files))
if sorted(m["source"] for m in g["meetings"]) != files: err("sources differ from files")
ext = defaultdict(int)
for f in files: ext[f.rsplit(".", 1)[1]] += 1
if dict(ext) != {"txt": 8, "html": 2, "md": 2}: err("file kinds", dict(ext))
dates = [m["date"] for m in g["meetings"]]
if len(set(dates)) != len(dates): err("meeting dates not unique")
if any(not d.startswith("2031-") for d in dates): err("meeting outside 2031")
muni = {}
for m in g["meetings"]:
    src = m["source"]; txt = read_text(os.path.join(T, src))
    key = [k for k in HEAD if src.startswith(k)][0]
    muni[m["date"]] = src.split("-")[0]
    d = {}
    hits = list(re.finditer(HEAD[key], txt, re.M))
    for k, x in enumerate(hits): d[num(key, x.group(1), k)] = x.start()
    order = sorted(d.items(), key=lambda x: x[1]); S = {}
    for i, (n, pos) in enumerate(order):
        S[n] = txt[pos:(order[i + 1][1] if i + 1 < len(order) else len(txt))]
    segs[m["date"]] = (txt, S)
    if sorted(S) != sorted(it["number"] for it in m["items"]): err("item numbers", src, sorted(S))
    if not (5 <= len(m["items"]) <= 12): err("item count", src)
    ntxt = nz(txt)
    for a in m["attendees"]:
        if a not in ntxt: err("attendee missing", src, a)
    if len(set(m["attendees"])) != len(m["attendees"]): err("attendee twice", src)
    if m["location"] not in ntxt: err("location missing", src, m["location"])
    if m["committee"] not in ntxt: err("committee missing", src)
    if not re.fullmatch(r"\d\d:\d\d", m["startTime"]): err("startTime", src)
    for it in m["items"]:
        seg = nz(S.get(it["number"], ""))
        if nz(it["title"]) not in seg: err("title not in item", src, it["number"], it["title"])
        if it["journalNumber"] and it["journalNumber"] not in seg: err("journal number not in item", src, it["number"])
        for p in it["participants"]:
            if not any(x in seg for x in p.split("|")): err("participant missing", src, it["number"], p)
        if it["outcome"] not in "approved noted discussed postponed referred rejected decided none".split(): err("outcome", src, it)
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
            if a.get("dueRange") and not (a["dueRange"][0] <= a["due"] <= a["dueRange"][1]): err("due outside range", a["id"])
            if a["due"] and a["due"] < a["meetingDate"]: err("due before meeting", a["id"])
for p in g["postponements"]:
    seg = nz(segs[p["meetingDate"]][1][p["item"]]) if p["meetingDate"] in segs else alltxt
    if nz(p["phrase"]) not in seg: err("phrase missing", p)
# cases and openPostponed recomputed from the items and their quoted prior decisions. A decision seen twice (a
# meeting of this set quoted in a later file of the same municipality) counts once: keyed by (date, item).
tl = defaultdict(dict)
for m in g["meetings"]:
    for it in m["items"]:
        if not it["journalNumber"]: continue
        tl[it["journalNumber"]][(m["date"], it["number"])] = it["outcome"]
        for pr in it["priorDecisions"]:
            tl[it["journalNumber"]][(pr["date"], pr["item"])] = pr["outcome"]
want_cases = {jn for jn, v in tl.items() if len(v) >= 2}
if want_cases != {c["journalNumber"] for c in g["cases"]}: err("cases", want_cases)
for c in g["cases"]:
    if {(a["date"], a["item"]) for a in c["appearances"]} != set(tl[c["journalNumber"]]): err("case appearances", c["journalNumber"])
want_open = {}
for jn, v in tl.items():
    v = sorted(v.items(), key=lambda x: x[0][0])
    if v[-1][1] == "postponed": want_open[jn] = sum(1 for _, o in v if o == "postponed")
got_open = {o["journalNumber"]: o["count"] for o in g["openPostponed"]}
if want_open != got_open: err("openPostponed", want_open, got_open)
want_pp = {(d, jn) for jn, v in tl.items() for (d, _), o in v.items() if o == "postponed"}
pkeys = [(p["meetingDate"], p["journalNumber"]) for p in g["postponements"]]
if len(set(pkeys)) != len(pkeys): err("postponement keys not unique")
if set(pkeys) != want_pp: err("postponements differ from postponed outcomes", set(pkeys) ^ want_pp)

# dates: distinct from the other blind2* sets' meeting and prior-decision dates
acc = os.environ.get("BLIND_ACCURACY_DIR") or os.path.join(ROOT, "..")
OLD = set(); nsets = 0
me = os.path.realpath(ROOT)
for p in sorted(glob.glob(os.path.join(acc, "blind2*", "gold.json"))):
    if os.path.realpath(os.path.dirname(p)) == me: continue
    og = json.load(open(p, encoding="utf-8")); nsets += 1
    OLD |= {m["date"] for m in og["meetings"]}
    OLD |= {pr["date"] for m in og["meetings"] for it in m["items"] for pr in it["priorDecisions"] if pr["date"]}
if not nsets: err("no other blind2* sets found under", acc, "(set BLIND_ACCURACY_DIR)")
for d in dates:
    if d in OLD: err("meeting date used in another blind2* set", d)
# a prior-decision date may equal a meeting date of this set only where it quotes that very meeting: same
# municipality, committee, item, journal number and outcome (Slagelse: MPKU 2031-03-10 #34 quoted by ØU 2031-05-19)
bydate = {m["date"]: m for m in g["meetings"]}
for m in g["meetings"]:
    for it in m["items"]:
        for pr in it["priorDecisions"]:
            if pr["date"] in OLD: err("prior-decision date used in another blind2* set", pr)
            if pr["date"] in bydate:
                q = bydate[pr["date"]]
                hit = [x for x in q["items"] if x["number"] == pr["item"]]
                if not (muni[q["date"]] == muni[m["date"]] and q["committee"] == pr["body"] and hit
                        and hit[0]["journalNumber"] == it["journalNumber"] and hit[0]["outcome"] == pr["outcome"]):
                    err("prior-decision date clashes with a meeting date", pr)
# a journal number belongs to one municipality only
seen = {}
for m in g["meetings"]:
    for it in m["items"]:
        jn = it["journalNumber"]
        if jn and seen.setdefault(jn, muni[m["date"]]) != muni[m["date"]]: err("journal number in two municipalities", jn)
if len({muni[d] for d in dates}) != 11: err("expected 11 municipalities/regions (one with two files)")
print("text checks:", "OK" if not bad else f"{bad} errors")
# self-score
score = os.environ.get("SCORE_PY") or os.path.join(ROOT, "..", "..", "..", "..", "shared", "tools", "score.py")
if not os.path.exists(score):
    print("score.py not found at", score, "(set SCORE_PY)"); sys.exit(1)
out = subprocess.run([sys.executable, score, os.path.join(ROOT, "gold.json"), os.path.join(ROOT, "gold.json")],
                     capture_output=True, text=True).stdout
print(out)
open(os.path.join(HERE, "selfscore.txt"), "w", encoding="utf-8").write(out)
vals = [float(l.split()[-1]) for l in out.splitlines()[:-1] if l.strip()]
if not vals or any(abs(v - 1.0) > 1e-9 for v in vals): print("SELF-SCORE NOT 1.000"); sys.exit(1)
sys.exit(1 if bad else 0)
