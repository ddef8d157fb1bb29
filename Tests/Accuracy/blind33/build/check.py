#!/usr/bin/env python3
"""Checks gold.json against the texts and runs score.py on the gold against itself (blind22's check.py, adapted).
Paths come from the environment:
  BLIND_ACCURACY_DIR  the folder that holds the other blind sets (default: ../.. from this build folder,
                      i.e. Tests/Accuracy when the set is copied there); only their meeting dates, prior-decision
                      dates and journal numbers are read
  SCORE_PY            the scorer (default: <set>/../../../../shared/tools/score.py)
Writes build/selfscore.txt."""
import json, re, os, sys, subprocess, unicodedata, html
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.normpath(os.path.join(HERE, ".."))
ACC = os.environ.get("BLIND_ACCURACY_DIR") or os.path.normpath(os.path.join(HERE, "..", ".."))
SCORE = os.environ.get("SCORE_PY") or os.path.normpath(os.path.join(ROOT, "..", "..", "..", "..", "shared", "tools", "score.py"))
g = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
T = os.path.join(ROOT, "texts")
def nz(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s.replace("\u00a0", " "))).strip()

def read_text(path):
    raw = open(path, "rb").read()
    try: s = raw.decode("utf-8")
    except UnicodeDecodeError: s = raw.decode("cp1252")          # the Lolland file is Windows-1252
    s = s.replace("\r\n", "\n")                                   # the Tønder file has CRLF line ends
    s = s.replace("\f", "\f\n")      # a page's first line follows the form feed; let ^ see it (check only)
    if path.endswith(".html"):                                    # saved web pages: a plain tag stripper
        s = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", s)
        s = re.sub(r"(?i)<br\s*/?>", "\n", s)
        s = re.sub(r"(?i)</?(p|div|li|ol|ul|dl|dt|dd|tr|td|th|table|h[1-6]|section|article|aside|header|footer|nav|main|blockquote|hr|title)\b[^>]*>", "\n", s)
        s = re.sub(r"<[^>]+>", "", s)
        s = html.unescape(s)
        s = "\n".join(l.strip() for l in s.split("\n"))
    # right-hand column markers of the layout transcripts interleave with wrapped titles
    s = re.sub(r"[ \t]{3,}(Åben sag|Lukket sag|Lukket punkt)[ \t]*$", "", s, flags=re.M)
    return s

# item headings per file; where a table of contents repeats a heading, the last occurrence is the item
HEAD = {
 "skive-oekonomiudvalget-2036-01-14.txt": r"^(\d)\.\s{7}\S",
 "toender-teknisk-udvalg-2036-02-12.txt": r"^(9|1[0-6])\. [A-ZÆØÅ]",
 "lolland-kommunalbestyrelsen-2036-03-27.txt": r"^Punkt nr\. (\d+) - ",
 "stevns-teknik-og-miljoeudvalget-2036-05-06.md": r"^(\d)\.  \*\*",
 "stevns-teknik-og-miljoeudvalget-2036-06-10.html": r"^(\d)\. \S",
 "odsherred-social-og-sundhedsudvalget-2036-08-20.txt": r"^\s+Punkt (\d+)\s{2,}\S",
 "kerteminde-oekonomiudvalget-2036-09-16.txt": r"^(1\d\d)\. \S",
 "faaborg-midtfyn-kultur-og-fritidsudvalget-2036-10-07.html": r"^(\d)\. \S",
 "morsoe-teknik-og-miljoeudvalget-2036-11-04.html": r"^(\d+)\. \S",
 "bornholm-boerne-og-skoleudvalget-2036-11-19.html": r"^(\d)\. \S",
 "laesoe-kommunalbestyrelsen-2036-12-11.md": r"^### (\d)\) ",
}
def muni(src): return src.split("-")[0] if not src.startswith("faaborg-midtfyn") else "faaborg-midtfyn"
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
segs = {}
files = sorted(f for f in os.listdir(T) if not f.startswith("."))
if len(files) != 11: err("expected 11 texts, found", len(files))
if sorted(m["source"] for m in g["meetings"]) != files: err("sources differ from files")
if sorted(HEAD) != files: err("heading patterns differ from files")
dates = [m["date"] for m in g["meetings"]]
if len(set(dates)) != len(dates): err("meeting dates not unique")
for d in dates:
    if not d.startswith("2036-"): err("meeting not in 2036", d)
ext = defaultdict(int)
for f in files: ext[f.rsplit(".", 1)[1]] += 1
if dict(ext) != {"txt": 5, "html": 4, "md": 2}: err("mix of forms", dict(ext))
if len({muni(f) for f in files}) != 10: err("expected 10 municipalities (one of them twice)")
for m in g["meetings"]:
    src = m["source"]; txt = read_text(os.path.join(T, src))
    if not src.endswith("-" + m["date"] + "." + src.rsplit(".", 1)[1]): err("file name does not end with the date", src)
    if not re.fullmatch(r"[a-z0-9.-]+", src): err("file name not ASCII lower case", src)
    d = {}
    for x in re.finditer(HEAD[src], txt, re.M): d[int(x.group(1))] = x.start()
    order = sorted(d.items(), key=lambda x: x[1]); S = {}
    for i, (n, pos) in enumerate(order):
        S[n] = txt[pos:(order[i + 1][1] if i + 1 < len(order) else len(txt))]
    segs[m["date"]] = (txt, S)
    if sorted(S) != sorted(it["number"] for it in m["items"]): err("item numbers", src, sorted(S))
    if not (5 <= len(m["items"]) <= 10): err("item count", src)
    if not any(it["closed"] for it in m["items"]): err("no closed item", src)
    if not any(it["priorDecisions"] for it in m["items"]): err("no quoted prior decision", src)
    ntxt = nz(txt)
    for a in m["attendees"]:
        if a not in ntxt: err("attendee missing", src, a)
    if len(set(m["attendees"])) != len(m["attendees"]): err("attendee twice", src)
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
            if pr["item"] is not None and str(pr["item"]) not in seg: err("prior item number not in item", src, it["number"])
src_of = {m["date"]: m["source"] for m in g["meetings"]}
com_of = {m["date"]: m["committee"] for m in g["meetings"]}
ids = [a["id"] for a in g["actions"]]
if len(set(ids)) != len(ids): err("action ids not unique")
for kind in ("actions", "optionalActions"):
    for a in g[kind]:
        txt, S = segs[a["meetingDate"]]; seg = nz(S.get(a["item"], ""))
        if nz(a["key"]) not in seg: err(kind, "key not in item", a["meetingDate"], a["item"], a["key"])
        if kind == "actions":
            if nz(a["sentence"]) not in seg: err("sentence not in item", a["meetingDate"], a["item"], a["sentence"])
            if a["key"] not in a["sentence"]: err("key not in sentence", a["id"])
            if a["committee"] != com_of[a["meetingDate"]]: err("action committee", a["id"])
            for o in a["owners"]:
                if o["surface"].lower() not in nz(txt).lower(): err("owner surface missing", a["id"], o)
                if o["kind"] == "person" and o["name"] not in nz(txt): err("owner person not named in the file", a["id"], o)
            if a.get("dueRange") and not (a["dueRange"][0] <= a["due"] <= a["dueRange"][1]): err("due outside its range", a["id"])
            if a["due"] and a["due"] < a["meetingDate"]: err("due before the meeting", a["id"])
# postponement phrases: in the deferring item, or (quoted deferral) in the item that quotes it
for p in g["postponements"]:
    if p["meetingDate"] in segs and p["source"] == "decision":
        seg = nz(segs[p["meetingDate"]][1][p["item"]])
    else:
        seg = " ".join(nz(S[it["number"]]) for m in g["meetings"] for it in m["items"] for (_, S) in [segs[m["date"]]]
                       if any(pr["date"] == p["meetingDate"] for pr in it["priorDecisions"]) and it["journalNumber"] == p["journalNumber"])
    if not seg or nz(p["phrase"]) not in seg: err("phrase missing", p)
# cases and openPostponed recomputed from the items and their quoted prior decisions
tl = defaultdict(dict); title = {}
for m in g["meetings"]:
    for it in m["items"]:
        if not it["journalNumber"]: continue
        title[it["journalNumber"]] = it["title"]
        tl[it["journalNumber"]][m["date"]] = it["outcome"]
        for pr in it["priorDecisions"]:
            if pr["date"] in tl[it["journalNumber"]] and tl[it["journalNumber"]][pr["date"]] != pr["outcome"]:
                err("prior outcome differs from the meeting's own", it["journalNumber"])
            tl[it["journalNumber"]].setdefault(pr["date"], pr["outcome"])
want_cases = {jn for jn, v in tl.items() if len(v) >= 2}
if want_cases != {c["journalNumber"] for c in g["cases"]}: err("cases", want_cases)
for c in g["cases"]:
    if len(c["appearances"]) != len(tl[c["journalNumber"]]): err("case appearances", c["journalNumber"])
    if {a["date"] for a in c["appearances"]} != set(tl[c["journalNumber"]]): err("case appearance dates", c["journalNumber"])
want_open = {}
for jn, v in tl.items():
    v = sorted(v.items())
    if v[-1][1] == "postponed": want_open[jn] = sum(1 for _, o in v if o == "postponed")
got_open = {o["journalNumber"]: o["count"] for o in g["openPostponed"]}
if want_open != got_open: err("openPostponed", want_open, got_open)
pkeys = [(p["meetingDate"], p["journalNumber"]) for p in g["postponements"]]
if len(set(pkeys)) != len(pkeys): err("postponement keys not unique")
for jn, v in tl.items():
    for d, o in v.items():
        if o == "postponed" and (d, jn) not in pkeys: err("deferral without postponement", d, jn)
for p in g["postponements"]:
    if p["journalNumber"] not in tl: err("postponement journal number unknown", p)
    if tl[p["journalNumber"]].get(p["meetingDate"]) != "postponed": err("postponement not a deferral", p)
# the shared case: two files of one municipality, deferred in the first, decided in the second
shared = [c for c in g["cases"] if len({src_of.get(a["date"]) for a in c["appearances"]} - {None}) == 2]
if len(shared) != 1: err("expected exactly one case shared by two files", [c["journalNumber"] for c in shared])
# a journal number belongs to one municipality only
seen = {}
for m in g["meetings"]:
    for it in m["items"]:
        jn = it["journalNumber"]
        if jn and seen.setdefault(jn, muni(m["source"])) != muni(m["source"]): err("journal number in two municipalities", jn)

# other blind sets: only their dates and journal numbers are read
OLD_DATES = set(); OLD_JN = set(); n_other = 0
if os.path.isdir(ACC):
    for b in sorted(os.listdir(ACC)):
        p = os.path.join(ACC, b, "gold.json")
        if not b.startswith("blind") or b == os.path.basename(ROOT) or not os.path.exists(p): continue
        og = json.load(open(p, encoding="utf-8")); n_other += 1
        for m in og.get("meetings", []):
            OLD_DATES.add(m.get("date"))
            for it in m.get("items", []):
                OLD_JN.add(it.get("journalNumber"))
                for pr in it.get("priorDecisions", []): OLD_DATES.add(pr.get("date"))
        for k in ("postponements", "openPostponed", "cases"):
            for x in og.get(k, []): OLD_JN.add(x.get("journalNumber"))
else:
    err("BLIND_ACCURACY_DIR not found", ACC)
OLD_DATES.discard(None); OLD_JN.discard(None)
print(f"compared with {n_other} other blind sets")
for d in dates:
    if d in OLD_DATES: err("meeting date used in another set", d)
for m in g["meetings"]:
    for it in m["items"]:
        for pr in it["priorDecisions"]:
            if pr["date"] in OLD_DATES: err("prior-decision date used in another set", pr)
            if pr["date"] in src_of and (muni(src_of[pr["date"]]) != muni(m["source"]) or com_of[pr["date"]] != pr["body"]):
                err("prior-decision date equals another meeting of this set", pr)
        if it["journalNumber"] in OLD_JN: err("journal number used in another set", it["journalNumber"])
# no absolute path in what this set wrote (other than through the environment)
for dp, _, fs in os.walk(ROOT):
    for f in fs:
        if f.endswith((".md", ".py", ".json", ".txt")) and "texts" not in dp:
            body = open(os.path.join(dp, f), encoding="utf-8", errors="replace").read()
            for l in body.splitlines():
                if re.search(r"(^|[\s`'\"=(])/(work|home|tmp|root|Users)/", l) and "BLIND_ACCURACY_DIR=" not in l:
                    err("absolute path in", f, l.strip()[:80])
print("text checks:", "OK" if not bad else f"{bad} errors")
# self-score
out = subprocess.run([sys.executable, SCORE, os.path.join(ROOT, "gold.json"), os.path.join(ROOT, "gold.json")],
                     capture_output=True, text=True).stdout
print(out)
open(os.path.join(HERE, "selfscore.txt"), "w", encoding="utf-8").write(out)
vals = [float(l.split()[-1]) for l in out.splitlines()[:-1] if l.strip()]
if not vals or any(abs(v - 1.0) > 1e-9 for v in vals): print("SELF-SCORE NOT 1.000"); sys.exit(1)
sys.exit(1 if bad else 0)
