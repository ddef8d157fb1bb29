#!/usr/bin/env python3
"""Checks gold.json against the texts and runs score.py on the gold against itself (blind22's check.py, adapted).

Run from anywhere:
    BLIND_ACCURACY_DIR=<Tests/Accuracy> SCORE_PY=<shared/tools/score.py> python3 build/check.py
BLIND_ACCURACY_DIR defaults to ../.. from this file (the Accuracy folder when the set is copied there);
SCORE_PY defaults to <set>/../../../../shared/tools/score.py. Writes build/selfscore.txt.
From the other sets (BLIND_ACCURACY_DIR/blind*/gold.json) only meeting dates, prior-decision dates and journal
numbers are read."""
import json, re, os, sys, glob, html, subprocess, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.normpath(os.path.join(HERE, ".."))
ACC = os.environ.get("BLIND_ACCURACY_DIR") or os.path.join(HERE, "..", "..")
SCORE = os.environ.get("SCORE_PY") or os.path.join(ROOT, "..", "..", "..", "..", "shared", "tools", "score.py")
SETNAME = "blind36"
g = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
T = os.path.join(ROOT, "texts")
def nz(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()

def read_text(path):
    """The text a reader of the file sees: UTF-8 or else Windows-1252, CRLF folded, HTML reduced to its text."""
    raw = open(path, "rb").read()
    try: s = raw.decode("utf-8")
    except UnicodeDecodeError: s = raw.decode("cp1252")
    s = s.replace("\r\n", "\n")
    if path.endswith(".html"):
        s = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", "", s)
        s = re.sub(r"(?s)<!--.*?-->", "", s)
        s = re.sub(r"(?i)<br\s*/?>", "\n", s)
        s = re.sub(r"(?i)</?(p|div|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|nav|aside|main|dl|dt|dd|"
                   r"blockquote|form|head|title|body|html)\b[^>]*>", "\n", s)
        s = re.sub(r"(?i)</t[dh]\s*>", "\t", s)
        s = re.sub(r"<[^>]+>", "", s)
        s = html.unescape(s)
        s = "\n".join(l.strip() for l in s.split("\n"))
    return s

# item headings per file; where a table of contents repeats a heading, the last occurrence is the item
HEAD = {
 "lolland-": r"^## (\d)\. ",
 "bornholm-": r"^\f?   (\d+)\.\s{3,}\S",
 "samsoe-havnebestyrelsen-": r"^(\d)\. \S",
 "samsoe-oekonomiudvalget-": r"^(3[6-9]|4[0-4])\. \S",   # not "11. maj 2039" / "14. september 2039. …"
 "region-nordjylland-": r"^(\d)\. \S",
 "haderslev-": r"^Pkt\. (\d)\t",
 "fanoe-": r"^Punkt (\d+) \S",
 "morsoe-": r"^## (\d)\. ",
 "laesoe-": r"^(\d)\. \S",
 "lemvig-": r"^(\d) - \S",
 "region-sjaelland-": r"^(\d)\. \S",
}
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)

# ---- the set's shape
files = sorted(os.listdir(T))
if len(files) != 11: err("expected 11 texts, found", len(files))
ext = {}
for f in files:
    ext[f.rsplit(".", 1)[1]] = ext.get(f.rsplit(".", 1)[1], 0) + 1
    if not re.fullmatch(r"[a-z0-9-]+-2039-\d\d-\d\d\.(txt|html|md)", f): err("file name", f)
if ext != {"txt": 6, "html": 3, "md": 2}: err("file kinds", ext)
munis = {}
for f in files:
    muni = next(k for k in HEAD if f.startswith(k))
    muni = "samsoe" if muni.startswith("samsoe") else muni
    munis[muni] = munis.get(muni, 0) + 1
if sorted(munis.values()) != [1] * 9 + [2]: err("municipalities", munis)
raw = {f: open(os.path.join(T, f), "rb").read() for f in files}
if sum(1 for b in raw.values() if b"\r\n" in b) != 1: err("exactly one CRLF file expected")
def is_utf8(b):
    try: b.decode("utf-8"); return True
    except UnicodeDecodeError: return False
if sum(1 for b in raw.values() if not is_utf8(b)) != 1: err("exactly one Windows-1252 file expected")
if sorted(m["source"] for m in g["meetings"]) != files: err("sources differ from files")
dates = [m["date"] for m in g["meetings"]]
if len(set(dates)) != len(dates): err("meeting dates not unique")
for m in g["meetings"]:
    if not m["date"].startswith("2039-") or m["date"] not in m["source"]: err("meeting date", m["source"], m["date"])

# ---- meetings and items
segs = {}
for m in g["meetings"]:
    src = m["source"]; txt = read_text(os.path.join(T, src))
    key = next(k for k in HEAD if src.startswith(k))
    d = {}
    for x in re.finditer(HEAD[key], txt, re.M): d[int(x.group(1))] = x.start()
    order = sorted(d.items(), key=lambda x: x[1]); S = {}
    for i, (n, pos) in enumerate(order):
        S[n] = txt[pos:(order[i + 1][1] if i + 1 < len(order) else len(txt))]
    segs[m["date"]] = (txt, S)
    if sorted(S) != sorted(it["number"] for it in m["items"]): err("item numbers", src, sorted(S))
    if not (5 <= len(m["items"]) <= 10): err("item count", src)
    if not any(it["closed"] for it in m["items"]): err("no closed item", src)
    if not any(it["priorDecisions"] for it in m["items"]): err("no quoted prior decision", src)
    ntxt = nz(txt); header = nz(txt[:order[0][1]]) if order else ""
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
            # named in the item, or in the header next to the item's number ("deltog under pkt. 3 og 4", "pkt. 2–3")
            if not any(x in seg for x in p.split("|")) and not any(x in header for x in p.split("|")):
                err("participant missing", src, it["number"], p)
        if it["outcome"] not in "approved noted discussed postponed referred rejected decided none".split(): err("outcome", src, it)
        for pr in it["priorDecisions"]:
            if not it["journalNumber"]: err("prior decision on an item without journal number", src, it["number"])

def words_in_order(sentence, seg):
    pos = 0
    for w in nz(sentence).split(" "):
        pos = seg.find(w, pos)
        if pos < 0: return False
        pos += len(w)
    return True

byid = {m["date"]: m for m in g["meetings"]}
for kind in ("actions", "optionalActions"):
    for a in g[kind]:
        txt, S = segs[a["meetingDate"]]; seg = nz(S.get(a["item"], ""))
        if nz(a["key"]) not in seg: err(kind, "key not in item", a["meetingDate"], a["item"], a["key"])
        if kind == "actions":
            if nz(a["sentence"]) not in seg and not (a.get("tableRow") and words_in_order(a["sentence"], seg)):
                err("sentence not in item", a["meetingDate"], a["item"], a["sentence"])
            if a["key"] not in a["sentence"]: err("key not in sentence", a["id"])
            if a["committee"] != byid[a["meetingDate"]]["committee"]: err("action committee", a["id"])
            for o in a["owners"]:
                if o["surface"].lower() not in nz(txt).lower(): err("owner surface missing", a["id"], o)
            if a.get("dueRange") and not (a["dueRange"][0] <= a["due"] <= a["dueRange"][1]): err("due outside range", a["id"])
            if a["source"] == "prior-decision":
                it = next(x for x in byid[a["meetingDate"]]["items"] if x["number"] == a["item"])
                if not it["priorDecisions"]: err("prior-decision action on an item without a quoted decision", a["id"])

# postponements: the phrase occurs in the item that holds it (for a quoted deferral: the item that quotes it)
for p in g["postponements"]:
    if p["meetingDate"] in segs and p.get("source") != "prior-decision":
        seg = nz(segs[p["meetingDate"]][1][p["item"]])
        it = next(x for x in byid[p["meetingDate"]]["items"] if x["number"] == p["item"])
        if it["outcome"] != "postponed" or it["journalNumber"] != p["journalNumber"]: err("postponement vs item", p)
    else:
        holders = [(m, it) for m in g["meetings"] for it in m["items"] if it["journalNumber"] == p["journalNumber"]
                   and any(pr["date"] == p["meetingDate"] and pr["item"] == p["item"] and pr["outcome"] == "postponed"
                           for pr in it["priorDecisions"])]
        if len(holders) != 1: err("quoted postponement has no holder", p); continue
        seg = nz(segs[holders[0][0]["date"]][1][holders[0][1]["number"]])
    if nz(p["phrase"]) not in seg: err("phrase missing", p)

# cases and openPostponed recomputed from the items and their quoted prior decisions (one appearance per date+item)
tl = {}; title = {}
for m in g["meetings"]:
    for it in m["items"]:
        jn = it["journalNumber"]
        if not jn: continue
        title[jn] = it["title"]
        tl.setdefault(jn, {})[(m["date"], it["number"])] = it["outcome"]
        for pr in it["priorDecisions"]:
            tl[jn].setdefault((pr["date"], pr["item"]), pr["outcome"])
want_cases = {jn for jn, v in tl.items() if len(v) >= 2}
if want_cases != {c["journalNumber"] for c in g["cases"]}: err("cases", want_cases)
for c in g["cases"]:
    if {(a["date"], a["item"]) for a in c["appearances"]} != set(tl[c["journalNumber"]]): err("case appearances", c["journalNumber"])
want_open = {}
for jn, v in tl.items():
    v = sorted(v.items())
    if v[-1][1] == "postponed": want_open[jn] = sum(1 for _, o in v if o == "postponed")
got_open = {o["journalNumber"]: o["count"] for o in g["openPostponed"]}
if want_open != got_open: err("openPostponed", want_open, got_open)
want_pp = {(d, jn) for jn, v in tl.items() for (d, _), o in v.items() if o == "postponed"}
pkeys = [(p["meetingDate"], p["journalNumber"]) for p in g["postponements"]]
if len(set(pkeys)) != len(pkeys): err("postponement keys not unique")
if set(pkeys) != want_pp: err("postponements vs outcomes", set(pkeys) ^ want_pp)

# ---- apart from the other sets: dates and journal numbers only
OLD = set(); OLDJN = set()
for p in sorted(glob.glob(os.path.join(ACC, "blind*", "gold.json"))):
    if os.path.basename(os.path.dirname(p)) == SETNAME: continue
    og = json.load(open(p, encoding="utf-8"))
    for m in og.get("meetings", []):
        OLD.add(m.get("date"))
        for it in m.get("items", []):
            if it.get("journalNumber"): OLDJN.add(it["journalNumber"])
            for pr in it.get("priorDecisions", []): OLD.add(pr.get("date"))
if not OLD: err("no other sets found under", ACC)
for d in dates:
    if d in OLD: err("meeting date used in another set", d)
own = {(m["date"], it["number"], it["journalNumber"]) for m in g["meetings"] for it in m["items"]}
for m in g["meetings"]:
    for it in m["items"]:
        for pr in it["priorDecisions"]:
            if pr["date"] in OLD: err("prior-decision date used in another set", pr)
            # a quoted decision may carry a meeting date of this set only when it quotes that very meeting's item
            if pr["date"] in dates and (pr["date"], pr["item"], it["journalNumber"]) not in own:
                err("prior-decision date clashes with a meeting date", pr)
seen = {}
for m in g["meetings"]:
    for it in m["items"]:
        jn = it["journalNumber"]
        if not jn: continue
        if jn in OLDJN: err("journal number used in another set", jn)
        first = seen.setdefault(jn, m["source"])
        if first != m["source"] and not (first.startswith("samsoe-") and m["source"].startswith("samsoe-")):
            err("journal number in two files", jn)
shared = {jn for jn, v in tl.items() if len({d for d, _ in v} & set(dates)) >= 2}
if len(shared) != 1: err("expected exactly one case shared by two meetings of the set", shared)
print("text checks:", "OK" if not bad else f"{bad} errors")

# ---- self-score
r = subprocess.run([sys.executable, SCORE, os.path.join(ROOT, "gold.json"), os.path.join(ROOT, "gold.json")],
                   capture_output=True, text=True)
out = r.stdout
print(out, end="")
with open(os.path.join(HERE, "selfscore.txt"), "w", encoding="utf-8") as f:
    f.write("score.py gold.json gold.json (blind36)\n" + out)
vals = [float(l.split()[-1]) for l in out.splitlines()[:-1] if l.strip()]
if r.returncode != 0 or not vals or any(abs(v - 1.0) > 1e-9 for v in vals): print("SELF-SCORE NOT 1.000"); sys.exit(1)
sys.exit(1 if bad else 0)
