#!/usr/bin/env python3
"""Checks gold.json against the texts and runs score.py on the gold against itself (blind22's check.py, adapted
for HTML and Markdown sources). Run from anywhere: python3 build/check.py   Writes build/selfscore.txt."""
import json, re, os, sys, subprocess, unicodedata, html, glob
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, "..")
SCORE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "..", "shared", "tools", "score.py")
ACC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
g = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
T = os.path.join(ROOT, "texts")
def nz(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()

BLOCK = r"p|div|br|li|ul|ol|tr|td|th|table|thead|tbody|h[1-6]|section|article|header|footer|nav|main|aside|dl|dt|dd|hr|title|button"
def read_text(path):
    """The text a reader sees: HTML decoded by its declared charset, scripts/styles/head dropped, block tags as line
    breaks, inline tags removed, entities decoded. Markdown and plain text are read as they are (CRLF -> LF)."""
    raw = open(path, "rb").read()
    if path.endswith(".html"):
        m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", raw[:2048])
        enc = m.group(1).decode() if m else "utf-8"
        s = raw.decode(enc)
        s = re.sub(r"(?is)<(script|style|head)\b.*?</\1\s*>", "\n", s)
        s = re.sub(r"(?s)<!--.*?-->", "", s)
        s = re.sub(r"(?is)</?(?:%s)\b[^>]*>" % BLOCK, "\n", s)
        s = re.sub(r"(?s)<[^>]+>", "", s)
        s = html.unescape(s)
        lines = [l.strip() for l in s.split("\n")]
        return "\n".join(l for l in lines if l)
    return raw.decode("utf-8").replace("\r\n", "\n")

# item headings per file (in the reader's text); where a table of contents repeats a heading the last occurrence wins
HEAD = {
 "roskilde": r"^(\d)\. \S",
 "kalundborg-teknik": r"^(\d+)\. \S",
 "kalundborg-byraadet": r"^§ (\d+)\s",
 "fanoe": r"^Pkt\. (\d+) ",
 "region-nordjylland": r"^(\d)\n(?=\S)",
 "odsherred": r"^Punkt (\d+) – ",
 "rudersdal": r"^Punkt\s(\d+)$",
 "frederikshavn": r"^### (\d)\) ",
 "syddjurs": None,              # unnumbered '## Title' headings: numbered 1..n in order (the agenda list gives the numbers)
 "halsnaes": r"^## (\d)\. ",
 "assens": r"^(1[34]\d)\. ",
}
def municipality(src):
    return "-".join(src.split("-")[:2]) if src.startswith("region-") else src.split("-")[0]
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
segs = {}; texts = {}
files = sorted(os.listdir(T))
if len(files) != 11: err("expected 11 texts, found", len(files))
if sorted(m["source"] for m in g["meetings"]) != files: err("sources differ from files")
dates = [m["date"] for m in g["meetings"]]
if len(set(dates)) != len(dates): err("meeting dates not unique")
for m in g["meetings"]:
    if not m["date"].startswith("2030-"): err("meeting not in 2030", m["date"])
    if m["date"] not in m["source"]: err("date not in file name", m["source"])
    src = m["source"]; txt = read_text(os.path.join(T, src)); texts[src] = txt
    key = [k for k in HEAD if src.startswith(k)][0]
    d = {}
    if HEAD[key] is None:
        for i, x in enumerate(re.finditer(r"^## \S", txt, re.M), 1): d[i] = x.start()
        agenda = re.findall(r"^(\d)\.  (.+)$", txt, re.M)
        heads = re.findall(r"^## (.+)$", txt, re.M)
        if [t for _, t in agenda] != heads: err("agenda list and headings differ", src)
        if [int(n) for n, _ in agenda] != list(range(1, len(heads) + 1)): err("agenda numbering", src)
    else:
        for x in re.finditer(HEAD[key], txt, re.M): d[int(x.group(1))] = x.start()
    order = sorted(d.items(), key=lambda x: x[1]); S = {}
    for i, (n, pos) in enumerate(order):
        S[n] = txt[pos:(order[i + 1][1] if i + 1 < len(order) else len(txt))]
    segs[m["date"]] = (txt, S)
    if sorted(S) != sorted(it["number"] for it in m["items"]): err("item numbers", src, sorted(S))
    if not (7 <= len(m["items"]) <= 8): err("item count", src, len(m["items"]))
    ntxt = nz(txt)
    for a in m["attendees"]:
        if a not in ntxt: err("attendee missing", src, a)
    if len(set(m["attendees"])) != len(m["attendees"]): err("duplicate attendee", src)
    if m["location"] not in ntxt: err("location missing", src, m["location"])
    if m["committee"] not in ntxt: err("committee missing", src)
    if not re.fullmatch(r"\d\d:\d\d", m["startTime"]): err("startTime", src)
    for it in m["items"]:
        seg = nz(S.get(it["number"], ""))
        first = nz(S.get(it["number"], "").split("\n")[0] + " " + "\n".join(S.get(it["number"], "").split("\n")[1:3]))
        if nz(it["title"]) not in first: err("title not at the item heading", src, it["number"], it["title"])
        if it["journalNumber"] and it["journalNumber"] not in seg: err("journal number not in item", src, it["number"])
        for p in it["participants"]:
            if not any(x in seg for x in p.split("|")): err("participant missing", src, it["number"], p)
            if p in m["attendees"]: err("participant is an attendee", p)
        if it["outcome"] not in "approved noted discussed postponed referred rejected decided none".split(): err("outcome", src, it)
        if it["closed"] and "ukket" not in seg: err("closed item without a Lukket marker", src, it["number"])
        for pr in it["priorDecisions"]:
            if pr["outcome"] not in "approved noted discussed postponed referred rejected decided none".split(): err("prior outcome", pr)
alltxt = " ".join(nz(t) for t, _ in segs.values())
keys_seen = defaultdict(list)
for kind in ("actions", "optionalActions"):
    for a in g[kind]:
        txt, S = segs[a["meetingDate"]]; seg = nz(S.get(a["item"], ""))
        if nz(a["key"]) not in seg: err(kind, "key not in item", a["meetingDate"], a["item"], a["key"])
        keys_seen[(a["meetingDate"], a["item"])].append(a["key"])
        if kind == "actions":
            src = [m["source"] for m in g["meetings"] if m["date"] == a["meetingDate"]][0]
            if nz(a["sentence"]) not in seg: err("sentence not in item", a["meetingDate"], a["item"], a["sentence"])
            if a["key"] not in a["sentence"]: err("key not in sentence", a["id"])
            if a["source"] not in ("decision", "prior-decision", "case-text"): err("source", a["id"])
            if a["kind"] not in ("task", "referral", "presentation", "milestone"): err("kind", a["id"])
            if a["due"] and not re.fullmatch(r"\d{4}-\d\d-\d\d", a["due"]): err("due", a["id"])
            if a.get("dueRange") and not (a["dueRange"][0] <= a["due"] <= a["dueRange"][1]): err("dueRange", a["id"])
            for o in a["owners"]:
                if o["kind"] not in ("person", "role", "unit", "body", "external"): err("owner kind", a["id"], o)
                if o["surface"].lower() not in nz(txt).lower(): err("owner surface missing", a["id"], o)
                if o["kind"] == "person" and o["name"] not in nz(txt): err("owner person not named in the file", a["id"], o)
# a key must not be a substring of another key of the same item (the scorer would pair them arbitrarily)
for k, v in keys_seen.items():
    for x in v:
        for y in v:
            if x is not y and x != y and nz(x) in nz(y): err("key inside another key", k, x, "/", y)
# postponements: the phrase in the item that holds it (for a quoted deferral: the item quoting it)
for p in g["postponements"]:
    hits = []
    for m in g["meetings"]:
        for it in m["items"]:
            if m["date"] == p["meetingDate"] and it["number"] == p["item"] and p["source"] == "decision":
                hits.append((m["date"], it["number"]))
            if p["source"] == "prior-decision" and it["journalNumber"] == p["journalNumber"] and any(
                    pr["date"] == p["meetingDate"] and pr["item"] == p["item"] and pr["outcome"] == "postponed" for pr in it["priorDecisions"]):
                hits.append((m["date"], it["number"]))
    if len(hits) != 1: err("postponement not anchored to one item", p, hits); continue
    seg = nz(segs[hits[0][0]][1][hits[0][1]])
    if nz(p["phrase"]) not in seg: err("phrase missing", p)
    if p["journalNumber"] not in seg: err("postponement journal number not in item", p)
# cases and openPostponed recomputed from items and quoted prior decisions ((date, item) counted once)
tl = defaultdict(dict); title = {}; com = {}
for m in g["meetings"]:
    for it in m["items"]:
        if not it["journalNumber"]: continue
        title[it["journalNumber"]] = it["title"]
        tl[it["journalNumber"]][(m["date"], it["number"])] = (it["outcome"], m["committee"])
        for pr in it["priorDecisions"]:
            k = (pr["date"], pr["item"])
            if k in tl[it["journalNumber"]] and tl[it["journalNumber"]][k][0] != pr["outcome"]: err("quoted outcome differs", pr)
            tl[it["journalNumber"]].setdefault(k, (pr["outcome"], pr["body"]))
want_cases = {jn for jn, v in tl.items() if len(v) >= 2}
if want_cases != {c["journalNumber"] for c in g["cases"]}: err("cases", want_cases)
for c in g["cases"]:
    if {(a["date"], a["item"]) for a in c["appearances"]} != set(tl[c["journalNumber"]]): err("case appearances", c["journalNumber"])
    if c["title"] != title[c["journalNumber"]]: err("case title", c["journalNumber"])
want_open = {}
for jn, v in tl.items():
    last = max(v, key=lambda k: k[0])
    if v[last][0] == "postponed":
        want_open[jn] = (sum(1 for o, _ in v.values() if o == "postponed"), v[last][1])
got_open = {o["journalNumber"]: (o["count"], o["committee"]) for o in g["openPostponed"]}
if want_open != got_open: err("openPostponed", want_open, got_open)
for o in g["openPostponed"]:
    last = [p for p in g["postponements"] if p["journalNumber"] == o["journalNumber"]]
    last = max(last, key=lambda p: p["meetingDate"])
    if last["target"] != o["target"]: err("openPostponed target", o)
    if o["title"] != title[o["journalNumber"]]: err("openPostponed title", o)
# every postponed item has a postponement; every quoted postponed prior decision too
pk = {(p["meetingDate"], p["journalNumber"]) for p in g["postponements"]}
if len(pk) != len(g["postponements"]): err("postponement keys not unique")
for jn, v in tl.items():
    for (d, i), (o, _) in v.items():
        if o == "postponed" and (d, jn) not in pk: err("postponed without postponement", jn, d)
for p in g["postponements"]:
    if p["journalNumber"] not in tl: err("postponement journal number unknown", p)
    if p["target"] and p["target"] <= p["meetingDate"]: err("target before meeting", p)

# dates: distinct from the meetings and prior decisions of the other blind2* sets
OLD = set()
for p in sorted(glob.glob(os.path.join(ACC, "blind2*", "gold.json"))):
    if os.path.realpath(p) == os.path.realpath(os.path.join(ROOT, "gold.json")): continue
    og = json.load(open(p, encoding="utf-8"))
    OLD |= {m["date"] for m in og["meetings"]}
    OLD |= {pr["date"] for m in og["meetings"] for it in m["items"] for pr in it["priorDecisions"]}
for d in dates:
    if d in OLD: err("meeting date used in another blind2* set", d)
# a prior-decision date may equal a meeting date of this set only when it quotes that very meeting's item on the same case
bydate = {m["date"]: m for m in g["meetings"]}
for m in g["meetings"]:
    for it in m["items"]:
        for pr in it["priorDecisions"]:
            if pr["date"] in OLD: err("prior-decision date used in another set", pr)
            if pr["date"] in bydate:
                q = bydate[pr["date"]]
                qi = [x for x in q["items"] if x["number"] == pr["item"]]
                if not (qi and qi[0]["journalNumber"] == it["journalNumber"] and qi[0]["outcome"] == pr["outcome"]
                        and q["committee"] == pr["body"] and municipality(q["source"]) == municipality(m["source"])):
                    err("prior-decision date clashes with a meeting date", pr)
            if pr["date"] >= m["date"]: err("prior decision not earlier", pr)
# a journal number belongs to one municipality
seen = {}
for m in g["meetings"]:
    for it in m["items"]:
        jn = it["journalNumber"]
        if jn and seen.setdefault(jn, municipality(m["source"])) != municipality(m["source"]): err("journal number in two municipalities", jn)
# one municipality per file except the intended pair
mun = [municipality(m["source"]) for m in g["meetings"]]
if sorted(x for x in set(mun) if mun.count(x) > 1) != ["kalundborg"]: err("municipality reuse", mun)
print("text checks:", "OK" if not bad else f"{bad} errors")
out = subprocess.run([sys.executable, SCORE, os.path.join(ROOT, "gold.json"), os.path.join(ROOT, "gold.json")],
                     capture_output=True, text=True).stdout
print(out)
open(os.path.join(HERE, "selfscore.txt"), "w", encoding="utf-8").write(out)
vals = [float(l.split()[-1]) for l in out.splitlines()[:-1] if l.strip()]
if not vals or any(abs(v - 1.0) > 1e-9 for v in vals): print("SELF-SCORE NOT 1.000"); sys.exit(1)
sys.exit(1 if bad else 0)
