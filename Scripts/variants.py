#!/usr/bin/env python3
"""Scores the hand-annotated sets again as other exporters would have written them.

Each set of Scripts/accuracy.sh is written out once more in a variant form, exported with
`followup export --format json` and scored with the export contract's scorer beside the set as
it is. A reader that generalises scores (about) the same on both.

  python3 Scripts/variants.py                  every variant below
  python3 Scripts/variants.py wrap72 cp1252    some of them

Variants:
  crlf     Windows line ends
  cp1252   Windows-1252 bytes instead of UTF-8
  wrap72   lines wrapped at 72 columns, as a PDF's text or a mail (pages that a converter put on
           one line each are left as they are: wrapped, they would be no document anyone has)
  wrap56   the same at 56 columns
  pages    pages of 40 lines parted by form feeds, a running header and `Side N af M` on each
  html     a web page: blocks of lines as paragraphs, lines parted by <br>, letters as entities
  columns  a PDF's text laid out as on the page: a section's label in a column of its own, its
           text beside it and indented under it
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import textwrap

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
SCORER = os.path.join(ROOT, "..", "shared", "tools", "score.py")
if not os.path.exists(SCORER):
    SCORER = os.path.join(ROOT, "Tests", "Accuracy", "score.py")
BIN = os.environ.get("FOLLOWUP_BIN") or os.path.join(ROOT, ".build", "debug", "followup")
METRICS = ["item.found", "item.title", "meeting.attendees", "item.outcome", "action.f1", "action.owner"]
SETS = [
    ("seeds", "Tests/Accuracy/seeds.gold.json", "2025-01-01", "Examples/minutes"),
    ("layouts", "Tests/Accuracy/layouts.gold.json", "2025-10-28", "Tests/MinutesCoreTests/Fixtures/layouts"),
] + [
    ("blind%d" % n, "Tests/Accuracy/blind%d/gold.json" % n, day, "Tests/Accuracy/blind%d/texts" % n)
    for n, day in enumerate(
        [
            "2020-06-23", "2023-04-18", "2024-07-03", "2023-04-13", "2022-10-11", "2023-10-24", "2025-11-27",
            "2025-06-26", "2024-01-05", "2022-04-06", "2019-08-28", "2025-03-13", "2024-03-07", "2023-09-21",
            "2024-03-01", "2024-01-04", "2021-09-07", "2022-05-13",
        ],
        start=1,
    )
]


def flattened(text):
    """A transcript that kept one line a page: long lines, or lines opening with page numbers."""
    lines = [l for l in text.split("\n") if l.strip()]
    long_lines = sum(len(l) > 400 for l in lines)
    pages = [int(m) for m in re.findall(r"(?m)^(\d+)(?: |$)", text)][:3]
    return long_lines * 3 > len(lines) or pages == [1, 2, 3]


def variant(kind, text, markdown=False):
    """(text, encoding) of a document in the variant form."""
    if kind == "crlf":
        return text.replace("\r\n", "\n").replace("\n", "\r\n"), "utf-8"
    if kind == "cp1252":
        return text, "cp1252"
    if kind == "pages":
        # A PDF's text: pages of 40 lines parted by form feeds, the document's first line
        # repeated at each page's top as its running header, `Side N af M` at each foot.
        if flattened(text):
            return text, "utf-8"
        lines = text.split("\n")
        header = next((l.strip() for l in lines if l.strip()), "")[:70]
        pages = [lines[k : k + 40] for k in range(0, len(lines), 40)]
        out = []
        for n, page in enumerate(pages, start=1):
            top = [header, ""] if n > 1 else []
            out.append("\n".join(top + page + ["", "Side %d af %d" % (n, len(pages))]))
        return "\n\f".join(out), "utf-8"
    if kind == "html":
        # A web page as a simple exporter writes it: each block of lines a paragraph, its lines
        # parted by <br>, Danish letters as named entities.
        import html as htmllib
        # Flattened transcripts and pages that are already markup stay as they are.
        if flattened(text) or re.search(r"<(p|div|br|table)\b", text):
            return text, "utf-8"
        blocks, block = [], []
        for line in text.replace("\r\n", "\n").split("\n"):
            if line.strip():
                block.append(line.strip())
            elif block:
                blocks.append(block)
                block = []
        if block:
            blocks.append(block)
        def esc(t):
            t = htmllib.escape(t, quote=False)
            for a, b in (("æ", "&aelig;"), ("ø", "&oslash;"), ("å", "&aring;"), ("Æ", "&AElig;"), ("Ø", "&Oslash;"), ("Å", "&Aring;")):
                t = t.replace(a, b)
            return t
        def block_html(b):
            # Markdown's own marks as its HTML writer renders them: headings, lists, bold.
            out, items = [], []
            for l in b:
                m = re.match(r"(#{1,6}) (.*)", l)
                if l.startswith(("- ", "* ")):
                    items.append("<li>" + inline(l[2:]) + "</li>")
                    continue
                if items:
                    out.append("<ul>" + "".join(items) + "</ul>")
                    items = []
                if m:
                    out.append("<h%d>%s</h%d>" % (len(m.group(1)), inline(m.group(2)), len(m.group(1))))
                else:
                    out.append(inline(l) + "<br>")
            if items:
                out.append("<ul>" + "".join(items) + "</ul>")
            return "\n".join(out)
        def inline(t):
            return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", esc(t))
        if markdown:
            body = "\n".join("<div>" + block_html(b) + "</div>" for b in blocks)
        else:
            body = "\n".join("<p>" + "<br>\n".join(esc(l) for l in b) + "</p>" for b in blocks)
        return '<!DOCTYPE html>\n<html lang="da"><head><meta charset="utf-8"><title>Referat</title></head>\n<body>\n' + body + "\n</body></html>\n", "utf-8"
    if kind.startswith("wrap"):
        width = int(kind[4:])
        if flattened(text):
            return text, "utf-8"
        out = []
        for line in text.split("\n"):
            if len(line) <= width:
                out.append(line)
            else:
                out += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""]
        return "\n".join(out), "utf-8"
    if kind == "columns":
        # A PDF's text laid out as on the page (`pdftotext -layout`): a short section label in a
        # column of its own, its text beside it after a gap and indented under it.
        if flattened(text) or markdown:
            return text, "utf-8"
        lines = text.split("\n")
        out, k = [], 0
        while k < len(lines):
            line = lines[k].rstrip()
            j = k + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            nxt = lines[j] if j < len(lines) else ""
            if line.strip() in COLUMN_LABELS and nxt.strip() and nxt.strip() not in COLUMN_LABELS and j - k <= 2:
                # The label's text beside it; the section's further lines (paragraphs kept) under
                # that text, up to the next label or a heading at the margin after a blank line.
                out.append(line.strip().ljust(max(16, len(line.strip()) + 2)) + nxt.strip())
                k = j + 1
                while k < len(lines) and lines[k].strip() not in COLUMN_LABELS:
                    if not lines[k].strip():
                        if k + 1 < len(lines) and re.match(r"\s*(\d|Punkt|Pkt|Sag )", lines[k + 1]):
                            break
                        out.append("")
                    else:
                        out.append(" " * 16 + lines[k].strip())
                    k += 1
                continue
            out.append(line)
            k += 1
        return "\n".join(out), "utf-8"
    raise SystemExit("unknown variant '%s': crlf, cp1252, wrap72, wrap56, pages, html, columns" % kind)


# Section labels a page lays out in a column of their own.
COLUMN_LABELS = {
    "Beslutning", "Beslutning:", "Indstilling", "Indstilling:", "Sagsfremstilling", "Sagsfremstilling:", "Resume",
    "Resumé", "Bilag", "Bilag:", "Økonomi", "Referat:", "Sagsbeskrivelse", "Baggrund",
}


def scores(gold, asof, folder):
    export = subprocess.run(
        [BIN, "export", "--format", "json", "--as-of", asof, folder], capture_output=True, cwd=ROOT
    ).stdout
    with tempfile.NamedTemporaryFile("wb", suffix=".json", delete=False) as f:
        f.write(export)
    try:
        out = subprocess.run(
            [sys.executable, SCORER, os.path.join(ROOT, gold), f.name], capture_output=True, text=True
        ).stdout
    finally:
        os.unlink(f.name)
    values = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in METRICS:
            values[parts[0]] = float(parts[1])
    return values


def main():
    kinds = sys.argv[1:] or ["crlf", "cp1252", "wrap72", "wrap56", "pages", "html", "columns"]
    # FOLLOWUP_BIN: a copy of the binary, so that builds meanwhile do not change it mid-run.
    if not os.environ.get("FOLLOWUP_BIN"):
        subprocess.run(["swift", "build", "--product", "followup"], cwd=ROOT, check=True, capture_output=True)
    print("set       variant  " + "  ".join("%-17s" % m for m in METRICS))
    with tempfile.TemporaryDirectory() as tmp:
        for name, gold, asof, folder in SETS:
            base = scores(gold, asof, os.path.join(ROOT, folder))
            for kind in kinds:
                target = os.path.join(tmp, name + "-" + kind)
                os.makedirs(target)
                for file in sorted(os.listdir(os.path.join(ROOT, folder))):
                    path = os.path.join(ROOT, folder, file)
                    # The sets' notes on their sources are no minutes.
                    if not os.path.isfile(path) or file in ("README.md", "SOURCES.md"):
                        continue
                    raw = open(path, "rb").read()
                    try:
                        text = raw.decode("utf-8")
                    except UnicodeDecodeError:
                        text = raw.decode("cp1252")
                    out, encoding = variant(kind, text, markdown=file.endswith(".md"))
                    outname = os.path.splitext(file)[0] + ".html" if out.startswith("<!DOCTYPE") else file
                    with open(os.path.join(target, outname), "wb") as f:
                        f.write(out.encode(encoding, errors="replace"))
                got = scores(gold, asof, target)
                cells = []
                for m in METRICS:
                    a, b = base.get(m), got.get(m)
                    cell = "-" if a is None else ("%.2f" % a if a == b else "%.2f -> %.2f" % (a, b or 0))
                    cells.append("%-17s" % cell)
                print("%-9s %-8s %s" % (name, kind, "  ".join(cells)))


if __name__ == "__main__":
    main()
