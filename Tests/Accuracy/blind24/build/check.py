#!/usr/bin/env python3
"""Checks gold.json against the texts and runs score.py on the gold against itself.
Run from anywhere: python3 Tests/Accuracy/blind24/build/check.py
(blind22's check.py, adapted: the texts are saved HTML pages and Markdown. HTML is reduced to its visible text with
html.parser after decoding the charset the page declares, dropping <script>, <style>, <nav>, <header>, <footer>,
<title>, with a line break at every block element and a tab between table cells; Markdown is reduced to the text a
reader sees (emphasis, escapes, pandoc attribute spans, link targets and smart dashes resolved, grid-table cells
joined). The text checks then run on that text, as blind22's run on the plain texts.)"""
import json, re, os, sys, subprocess, unicodedata
from collections import defaultdict
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, "..")
g = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
T = os.path.join(ROOT, "texts")
def nz(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()

# ---------------------------------------------------------------- HTML -> visible text
DROP = {"script", "style", "nav", "header", "footer", "title", "noscript", "template"}
BLOCK = {"p", "div", "section", "article", "aside", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl",
         "dt", "dd", "table", "tr", "tbody", "thead", "tfoot", "caption", "blockquote", "pre", "hr", "form", "fieldset",
         "figure", "figcaption", "address", "body", "html", "button", "center"}
VOID = {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source"}
class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = []
    def handle_starttag(self, tag, attrs):
        if self.skip:
            if tag == self.skip[-1] and tag not in VOID: self.skip.append(tag)
            return
        if tag in DROP: self.skip.append(tag); return
        if tag == "br" or tag in BLOCK: self.out.append("\n")
        elif tag in ("td", "th"): self.out.append("\t")
    def handle_startendtag(self, tag, attrs):
        if not self.skip and (tag == "br" or tag in BLOCK): self.out.append("\n")
    def handle_endtag(self, tag):
        if self.skip:
            if tag == self.skip[-1]: self.skip.pop()
            return
        if tag in BLOCK: self.out.append("\n")
    def handle_data(self, data):
        if not self.skip: self.out.append(re.sub(r"[ \t\r\n\f]+", " ", data))
    def text(self):
        lines = [l.strip() for l in "".join(self.out).split("\n")]
        return "\n".join(l for l in lines if l.strip())

def declared_charset(raw):
    head = raw[:4096].decode("ascii", "replace")
    m = re.search(r"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", head, re.I)
    return m.group(1).lower() if m else None

def html_text(path):
    raw = open(path, "rb").read()
    cs = declared_charset(raw)
    if not cs: err("no declared charset", path); cs = "utf-8"
    try:
        s = raw.decode(cs, "strict")
    except UnicodeDecodeError as e:
        err("page does not decode as its declared charset", os.path.basename(path), cs, e); s = raw.decode(cs, "replace")
    if cs != "utf-8":
        try:
            raw.decode("utf-8"); err("page declared", cs, "but is valid UTF-8", os.path.basename(path))
        except UnicodeDecodeError:
            pass
    p = Visible(); p.feed(s); p.close()
    return p.text(), cs

# ---------------------------------------------------------------- Markdown -> reader's text
def grid_tables(lines):
    """pandoc grid tables: the lines of one cell are joined with a space; a row becomes 'cell | cell'."""
    out, i = [], 0
    while i < len(lines):
        if re.match(r"^\+[-=+:]+\+\s*$", lines[i]):
            out.append(""); cols = None; i += 1
            while i < len(lines) and (lines[i].startswith("|") or lines[i].startswith("+")):
                l = lines[i]
                if l.startswith("+"):
                    if cols: out.append(" | ".join(" ".join(c).strip() for c in cols))
                    cols = None
                else:
                    cells = [c.strip() for c in l.strip().strip("|").split("|")]
                    if cols is None: cols = [[] for _ in cells]
                    for k, c in enumerate(cells[:len(cols)]):
                        if c: cols[k].append(c)
                i += 1
            out.append(""); continue
        out.append(lines[i]); i += 1
    return out

def md_text(path):
    s = open(path, encoding="utf-8").read()
    lines = grid_tables(s.split("\n"))
    s = "\n".join(lines)
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)(\{[^}]*\})?", "", s)          # images
    s = re.sub(r"\[\]\{[^}]*\}", "", s)                               # []{#_Toc .anchor}
    s = re.sub(r"\[([^\]]*)\]\{[^}]*\}", r"\1", s)                     # [text]{.underline}
    s = re.sub(r"\[([^\]]*)\]\(#[^)]*\)", r"\1", s)                    # internal links (TOC)
    s = re.sub(r"\\([^\w\s])", r"\1", s)                               # backslash escapes
    s = s.replace("**", "")
    s = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)\*(?!\w)", r"\1", s)     # *emphasis*
    s = re.sub(r"(?<=\S) -- (?=\S)", " \u2013 ", s)                    # pandoc smart dash
    s = re.sub(r"^> ?", "", s, flags=re.M)
    return s

# item headings per file; where a table of contents repeats a heading, the last occurrence is the item
HEAD = {
 "herlev": r"^(\d)\. \S",
 "silkeborg": r"^Punkt (\d)$",
 "skanderborg": r"^Sag nr\. (\d+)\s",
 "soenderborg": r"^(\d\d)\.\s",
 "kolding": r"^(\d\d)\. ",
 "randers": r"^Sag nr\. (\d+) ",
 "region-hovedstaden": r"^(\d)\.\s",
 "gladsaxe": r"^(\d)\. ",
 "holstebro": r"^# (\d)\. ",
 "horsens": r"^## (\d)\. ",
 "hedensted": r"^### Sag (\d+): ",
 "lyngby-taarbaek": r"^# Punkt (\d+) \u2013 ",
}
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
segs = {}
files = sorted(os.listdir(T))
if len(files) != 12: err("expected 12 texts, found", len(files))
if sum(f.endswith(".html") for f in files) != 8 or sum(f.endswith(".md") for f in files) != 4: err("expected 8 .html and 4 .md")
if sorted(m["source"] for m in g["meetings"]) != files: err("sources differ from files")
dates = [m["date"] for m in g["meetings"]]
if len(set(dates)) != len(dates): err("meeting dates not unique")
charsets = {}
for m in g["meetings"]:
    src = m["source"]; path = os.path.join(T, src)
    if not re.search(r"-" + re.escape(m["date"]) + r"\.(html|md)$", src): err("file name does not end in the meeting date", src)
    if src.endswith(".html"):
        txt, charsets[src] = html_text(path)
    else:
        txt = md_text(path)
    key = [k for k in HEAD if src.startswith(k)][0]
    d = {}
    for x in re.finditer(HEAD[key], txt, re.M): d[int(x.group(1))] = x.start()
    order = sorted(d.items(), key=lambda x: x[1]); S = {}
    for i, (n, pos) in enumerate(order):
        S[n] = txt[pos:(order[i + 1][1] if i + 1 < len(order) else len(txt))]
    segs[m["date"]] = (txt, S)
    if sorted(S) != sorted(it["number"] for it in m["items"]): err("item numbers", src, sorted(S))
    if not (5 <= len(m["items"]) <= 12): err("item count", src)
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
        if it["closed"] and it["outcome"] != "none": err("closed item with an outcome (the closed text is never needed)", src, it["number"])
alltxt = " ".join(nz(t) for t, _ in segs.values())
closed = {(m["date"], it["number"]) for m in g["meetings"] for it in m["items"] if it["closed"]}
for kind in ("actions", "optionalActions"):
    for a in g[kind]:
        if (a["meetingDate"], a["item"]) in closed: err(kind, "in a closed item", a)
        txt, S = segs[a["meetingDate"]]; seg = nz(S.get(a["item"], ""))
        if nz(a["key"]) not in seg: err(kind, "key not in item", a["meetingDate"], a["item"], a["key"])
        if kind == "actions":
            if nz(a["sentence"]) not in seg: err("sentence not in item", a["meetingDate"], a["item"], a["sentence"])
            if a["key"] not in a["sentence"]: err("key not in sentence", a["id"])
            for o in a["owners"]:
                if o["surface"].lower() not in nz(txt).lower(): err("owner surface missing", a["id"], o)
            if a.get("dueRange") and not (a["dueRange"][0] <= a["due"] <= a["dueRange"][1]): err("due outside its range", a["id"])
            if a["due"] and a["due"] <= a["meetingDate"] and a["source"] == "decision": err("due before the meeting", a["id"])
for p in g["postponements"]:
    seg = nz(segs[p["meetingDate"]][1][p["item"]]) if p["meetingDate"] in segs else alltxt
    if nz(p["phrase"]) not in seg: err("phrase missing", p)
# cases and openPostponed recomputed from the items and their quoted prior decisions
tl = defaultdict(list); title = {}
for m in g["meetings"]:
    for it in m["items"]:
        if not it["journalNumber"]: continue
        title[it["journalNumber"]] = it["title"]
        tl[it["journalNumber"]].append((m["date"], it["outcome"]))
        for pr in it["priorDecisions"]: tl[it["journalNumber"]].append((pr["date"], pr["outcome"]))
want_cases = {jn for jn, v in tl.items() if len(v) >= 2}
if want_cases != {c["journalNumber"] for c in g["cases"]}: err("cases", want_cases)
for c in g["cases"]:
    if len(c["appearances"]) != len(tl[c["journalNumber"]]): err("case appearances", c["journalNumber"])
want_open = {}
for jn, v in tl.items():
    v = sorted(v)
    if v[-1][1] == "postponed": want_open[jn] = sum(1 for _, o in v if o == "postponed")
got_open = {o["journalNumber"]: o["count"] for o in g["openPostponed"]}
if want_open != got_open: err("openPostponed", want_open, got_open)
pkeys = [(p["meetingDate"], p["journalNumber"]) for p in g["postponements"]]
if len(set(pkeys)) != len(pkeys): err("postponement keys not unique")
for p in g["postponements"]:
    if p["journalNumber"] and p["journalNumber"] not in tl: err("postponement journal number unknown", p)
# every postponed item and every quoted deferral has a postponement, and the reverse
want_pp = {(m["date"], it["journalNumber"]) for m in g["meetings"] for it in m["items"] if it["outcome"] == "postponed"}
want_pp |= {(pr["date"], it["journalNumber"]) for m in g["meetings"] for it in m["items"] for pr in it["priorDecisions"]
            if pr["outcome"] == "postponed"}
if want_pp != set(pkeys): err("postponements differ from postponed items", want_pp ^ set(pkeys))

# dates: all in 2027; distinct from earlier sets' meetings where those sets are present beside this one;
# no prior-decision date equals a meeting date
OLD = set()
for b in ("blind20", "blind21", "blind22"):
    p = os.path.join(ROOT, "..", b, "gold.json")
    if os.path.exists(p):
        og = json.load(open(p, encoding="utf-8"))
        OLD |= {m["date"] for m in og["meetings"]}
        OLD |= {pr["date"] for m in og["meetings"] for it in m["items"] for pr in it["priorDecisions"]}
for d in dates:
    if not d.startswith("2027-"): err("meeting not in 2027", d)
    if d in OLD: err("meeting date used in an earlier set", d)
for m in g["meetings"]:
    for it in m["items"]:
        for pr in it["priorDecisions"]:
            if pr["date"] in dates or pr["date"] in OLD: err("prior-decision date clashes with a meeting date", pr)
# a journal number belongs to one file only (cases are per municipality)
seen = {}
for m in g["meetings"]:
    for it in m["items"]:
        jn = it["journalNumber"]
        if jn and seen.setdefault(jn, m["source"]) != m["source"]: err("journal number in two files", jn)
# the forms the brief asks for
html = [f for f in files if f.endswith(".html")]
rawall = {f: open(os.path.join(T, f), "rb").read() for f in html}
if not any(c == "windows-1252" for c in charsets.values()): err("no windows-1252 page")
if not any(re.search(rb"&aelig;|&oslash;|&aring;", r) and b"&#248;" in r and b"&nbsp;" in r for r in rawall.values()):
    err("no page with &aelig;/&#248; entities and &nbsp;")
for tag in (b"<script", b"<style", b"<nav", b"<header", b"<footer"):
    if not any(tag in r.lower() for r in rawall.values()): err("no page has", tag)
print("text checks:", "OK" if not bad else f"{bad} errors",
      f"({len(files)} files, {sum(len(m['items']) for m in g['meetings'])} items, charsets: "
      + ", ".join(sorted(set(charsets.values()))) + ")")
# self-score
score = os.path.join(ROOT, "..", "..", "..", "..", "shared", "tools", "score.py")

out = subprocess.run([sys.executable, score, os.path.join(ROOT, "gold.json"), os.path.join(ROOT, "gold.json")],
                     capture_output=True, text=True).stdout
print(out)
open(os.path.join(HERE, "selfscore.txt"), "w", encoding="utf-8").write(out)
vals = [float(l.split()[-1]) for l in out.splitlines()[:-1] if l.strip()]
if not vals or any(abs(v - 1.0) > 1e-9 for v in vals): print("SELF-SCORE NOT 1.000"); sys.exit(1)
sys.exit(1 if bad else 0)
