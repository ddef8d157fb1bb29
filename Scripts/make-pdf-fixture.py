#!/usr/bin/env python3
"""Writes a small PDF from a minutes text file, with a running header, a footer with page
numbers and a word hyphenated at a line end, so that PDF import can be tested against the text.

usage: make-pdf-fixture.py INPUT.txt OUTPUT.pdf
Standard Helvetica with WinAnsiEncoding carries the Danish letters; no tools needed.
"""
import sys, textwrap

def esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

def main(src, dst):
    lines = []
    for raw in open(src, encoding="utf-8").read().splitlines():
        if not raw.strip():
            lines.append("")
            continue
        lines.extend(textwrap.wrap(raw, 95, break_long_words=False, break_on_hyphens=False) or [""])
    per_page = 52
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    objs = []
    def add(body):
        objs.append(body)
        return len(objs)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    page_ids = []
    pages_id_placeholder = len(objs) + 1 + 2 * len(pages)
    for n, page in enumerate(pages, 1):
        ops = ["BT /F1 9 Tf 50 800 Td 11 TL", "(%s) Tj T*" % esc("Lemvig Kommune - Referat - Direktionen"), "T*"]
        for l in page:
            ops.append("(%s) Tj T*" % esc(l))
        ops.append("ET BT /F1 9 Tf 280 30 Td (%s) Tj ET" % esc("Side %d af %d" % (n, len(pages))))
        stream = "\n".join(ops).encode("cp1252", errors="replace")
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>"
                             % (pages_id_placeholder, content, font)).encode()))
    pages_id = add(("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % p for p in page_ids), len(page_ids))).encode())
    assert pages_id == pages_id_placeholder
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, xref)
    open(dst, "wb").write(out)

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
