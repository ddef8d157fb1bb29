#!/usr/bin/env python3
"""Reads back what followup writes with real readers: icalendar for .ics, openpyxl for .xlsx,
Python's email parser for .eml, the csv module for CSV, json for the schemaVersion.

Usage: check-formats.py PATH/TO/followup EXAMPLES_DIR
Imports the examples into a temporary store, writes each report in each format, and checks
them. Exits 1 on a failed check; skips (exit 0, with a message) when a reader is missing.
"""
import csv
import datetime
import email
import email.policy
import io
import json
import os
import subprocess
import sys
import tempfile

try:
    import icalendar
    import openpyxl
except ImportError as e:
    print(f"check-formats: skipped, a reader is missing ({e.name}); pip install icalendar openpyxl")
    sys.exit(0)

binary, examples = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix="followup-check-")
env = dict(os.environ, FOLLOWUP_DB=os.path.join(work, "store.db"), FOLLOWUP_TODAY="2024-10-03",
           FOLLOWUP_NOW="2024-10-03T08:00:00Z")
failures = []
passed = 0


def run(*args, binary_out=False):
    r = subprocess.run([binary, *args], env=env, capture_output=True, timeout=120)
    if r.returncode not in (0, 1):
        raise SystemExit(f"followup {' '.join(args)} failed ({r.returncode}): {r.stderr.decode()}")
    return r.stdout if binary_out else r.stdout.decode("utf-8")


def check(condition, what):
    global passed
    if condition:
        passed += 1
    else:
        failures.append(what)
        print(f"FAIL {what}")


people = os.path.join(work, "people.json")
with open(people, "w", encoding="utf-8") as f:
    json.dump({"people": [{"name": "Pia Ulv Helleland", "email": "pia@example.dk"},
                          {"name": "Louise Agerbo", "email": "la@example.dk"}]}, f)
run("import", "--people", people, examples)

reports = {
    "postponed": ["postponed"],
    "actions": ["actions"],
    "owner": ["actions", "--owner", "Pia Ulv Helleland"],
    "weekly": ["report", "--week", "2024-W40", "--as-of", "2024-10-03"],
    "month": ["report", "--month", "2024-10"],
    "range": ["report", "--from", "2024-09-01", "--to", "2024-10-06"],
    "case": ["case", "85.13.00G01-2-23"],
    "people": ["people"],
    "review": ["review"],
    "agenda": ["agenda", "--committee", "Direktionen", "--date", "2024-10-09"],
}

# JSON: every report carries its schemaVersion and matches its schema in docs/schemas.
try:
    import jsonschema
except ImportError:
    jsonschema = None
    print("check-formats: jsonschema is missing; the JSON is checked for schemaVersion only")
schemas = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "schemas")


def conforms(doc, schema, what):
    if jsonschema is None:
        return
    with open(os.path.join(schemas, schema + ".schema.json"), encoding="utf-8") as f:
        errors = list(jsonschema.Draft202012Validator(json.load(f)).iter_errors(doc))
    check(not errors, f"{what} against {schema}.schema.json: {errors[0].message if errors else ''}")


for name, args in reports.items():
    doc = json.loads(run(*args, "--format", "json"))
    check(doc.get("schemaVersion") == 1 and isinstance(doc.get("report"), str), f"{name}.json schemaVersion")
    conforms(doc, doc.get("report", "x"), f"{name}.json")
export = json.loads(run("export", "--format", "json", "--as-of", "2024-12-05", examples))
check(export.get("schemaVersion") == 1 and {"meetings", "actions", "postponements", "openPostponed", "cases"} <= export.keys(),
      "export schemaVersion and contract fields")
conforms(export, "export", "export")
stored = json.loads(run("export", "--as-of", "2024-12-05"))
conforms(stored, "export", "export of the store")
check(len(stored.get("actions", [])) == len(export.get("actions", [])), "the store's export holds every action")

# ICS: all-day VEVENTs by default, VTODOs on request, in a real parser.
for name, args in reports.items():
    for mode in ("event", "todo"):
        text = run(*args, "--format", "ics", "--ics", mode, "--remind", "2d")
        cal = icalendar.Calendar.from_ical(text)
        check(cal.get("VERSION") == "2.0" and cal.get("PRODID"), f"{name} {mode}: calendar header")
        kind = "VEVENT" if mode == "event" else "VTODO"
        items = list(cal.walk(kind))
        check(not list(cal.walk("VTODO" if mode == "event" else "VEVENT")), f"{name} {mode}: only {kind}")
        uids = [str(c.get("UID")) for c in items]
        check(len(uids) == len(set(uids)), f"{name} {mode}: UIDs unique")
        for c in items:
            check(isinstance(c.decoded("DTSTAMP"), datetime.datetime), f"{name} {mode}: DTSTAMP is a date-time")
            check(isinstance(c.get("SEQUENCE"), int), f"{name} {mode}: SEQUENCE")
            if mode == "event":
                start, end = c.decoded("DTSTART"), c.decoded("DTEND")
                check(type(start) is datetime.date and type(end) is datetime.date and end - start == datetime.timedelta(days=1),
                      f"{name}: {c.get('UID')} all-day DTSTART;VALUE=DATE")
                check(str(c.get("TRANSP")) == "TRANSPARENT", f"{name}: {c.get('UID')} transparent")
                check(str(c.get("STATUS")) in ("CONFIRMED", "CANCELLED"), f"{name}: {c.get('UID')} status")
                check(c.get("CATEGORIES") is not None, f"{name}: {c.get('UID')} categories")
                alarms = list(c.walk("VALARM"))
                check(str(c.get("STATUS")) == "CANCELLED" or (
                    len(alarms) == 1 and alarms[0].decoded("TRIGGER") == datetime.timedelta(days=-2)),
                      f"{name}: {c.get('UID')} reminder two days before")
            else:
                check(str(c.get("STATUS")) in ("NEEDS-ACTION", "COMPLETED"), f"{name}: {c.get('UID')} todo status")
        if name == "owner" and mode == "event":
            pia = [c for c in items if "indhenter yderligere" in str(c.get("SUMMARY"))]
            check(len(pia) == 1 and pia[0].decoded("DTSTART") == datetime.date(2024, 10, 9), "Pia's errand on 9 October")
            desc = str(pia[0].get("DESCRIPTION")) if pia else ""
            check("81.07.02G01-20-24" in desc and "pkt. 5" in desc and "Direktionen" in desc, "description names the source")
            cats = pia[0].get("CATEGORIES").cats if pia else []
            check("Pia Ulv Helleland" in cats and "Direktionen" in cats, "categories: owner and committee")

# XLSX: a real workbook, one sheet per table, bold frozen header, dates as dates, overdue marked.
expected_sheets = {
    "weekly": ["Møder i ugen", "Nye handlinger", "Frist i næste uge", "Overskredne handlinger", "Udsat to gange eller mere", "Udført"],
    "postponed": ["Skal på dagsordenen igen", "Sendt videre"],
    "actions": ["Handlinger"],
}
for name, args in reports.items():
    path = os.path.join(work, name + ".xlsx")
    with open(path, "wb") as f:
        f.write(run(*args, "--format", "xlsx", binary_out=True))
    wb = openpyxl.load_workbook(path)
    if name in expected_sheets:
        check(wb.sheetnames == expected_sheets[name], f"{name}.xlsx sheets {wb.sheetnames}")
    for ws in wb.worksheets:
        check(ws.freeze_panes == "A2", f"{name}.xlsx {ws.title}: header frozen")
        check(all(c.font.b for c in ws[1] if c.value is not None), f"{name}.xlsx {ws.title}: header bold")
        check(all(ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width for i in range(ws.max_column)),
              f"{name}.xlsx {ws.title}: column widths")
        headers = [c.value for c in ws[1]]
        for col, header in enumerate(headers):
            if header in ("Frist", "Mål", "Første gang", "Dato"):
                values = [ws.cell(row=r, column=col + 1).value for r in range(2, ws.max_row + 1)]
                check(all(v is None or isinstance(v, datetime.datetime) for v in values), f"{name}.xlsx {ws.title}: {header} as dates")
if True:
    wb = openpyxl.load_workbook(os.path.join(work, "weekly.xlsx"))
    ws = wb["Overskredne handlinger"]
    reds = [ws.cell(row=r, column=1).font.color.rgb for r in range(2, ws.max_row + 1)]
    check(ws.max_row > 1 and all(str(c).endswith("C00000") for c in reds), "overdue rows marked red")
    ws = wb["Nye handlinger"]
    check(isinstance(ws["A2"].value, datetime.datetime) and ws["A2"].value.year == 2024 and ws["A2"].number_format == "yyyy-mm-dd", "a due date is a date")

# CSV: RFC 4180 by default; --csv excel with semicolons and a BOM; one table a file with --out.
for name, args in reports.items():
    raw = run(*args, "--format", "csv", binary_out=True)
    check(not raw.startswith(b"\xef\xbb\xbf") and raw.endswith(b"\r\n"), f"{name}.csv: no BOM, CRLF")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    check(len({len(r) for r in rows}) == 1, f"{name}.csv: one rectangular table")
    raw = run(*args, "--format", "csv", "--csv", "excel", binary_out=True)
    check(raw.startswith(b"\xef\xbb\xbf"), f"{name} excel csv: BOM")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    check(len({len(r) for r in rows}) == 1 and len(rows[0]) > 1, f"{name} excel csv: semicolon columns")
out = os.path.join(work, "csv")
run("report", "--week", "2024-W40", "--format", "csv", "--out", out)
check(len([f for f in os.listdir(out) if f.endswith(".csv")]) == 6, "weekly --out: one CSV per table")

# EML: multipart/alternative with text and HTML, RFC 2047 subject, Date, Message-ID.
def parse_mail(raw, what):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    check(msg.get_content_type() == "multipart/alternative", f"{what}: multipart/alternative")
    parts = [p.get_content_type() for p in msg.iter_parts()]
    check(parts == ["text/plain", "text/html"], f"{what}: text and HTML parts {parts}")
    check(msg["Date"] is not None and msg["Date"].datetime is not None, f"{what}: Date")
    check(msg["Message-ID"] is not None and str(msg["Message-ID"]).startswith("<"), f"{what}: Message-ID")
    for p in msg.iter_parts():
        check(p.get_content_charset() == "utf-8", f"{what}: UTF-8")
        p.get_content()
    return msg

raw = run("report", "--week", "2024-W40", "--committee", "Direktionen", "--format", "eml",
          "--mail-from", "Direktionssekretariatet <sekretariat@example.dk>", "--mail-to", "Direktionen <direktionen@example.dk>",
          binary_out=True)
msg = parse_mail(raw, "weekly.eml")
check(str(msg["Subject"]) == "Ugerapport uge 40 2024 - Direktionen", f"subject {msg['Subject']}")
check(msg["To"].addresses[0].addr_spec == "direktionen@example.dk", "To")
text = msg.get_body(("plain",)).get_content()
check("Opfølgning på Lederforum" in text, "the text part holds the report in Danish")
html = msg.get_body(("html",)).get_content()
check("<table" in html and "Opfølgning på Lederforum" in html, "the HTML part holds the report")
for name, args in reports.items():
    parse_mail(run(*args, "--format", "eml", "--mail-to", "x@example.dk", binary_out=True), f"{name}.eml")
digest = os.path.join(work, "digest")
run("digest", "--week", "2024-W40", "--out", digest, "--mail-from", "Sekretariatet <s@example.dk>")
files = sorted(os.listdir(digest))
check(files == ["louise-agerbo.eml", "pia-ulv-helleland.eml"], f"digest files {files}")
for f in files:
    with open(os.path.join(digest, f), "rb") as fh:
        m = parse_mail(fh.read(), f)
    check(m["To"].addresses[0].addr_spec in ("pia@example.dk", "la@example.dk"), f"{f}: To the owner")
    check(str(m["Subject"]).startswith("Opfølgning uge 40 2024 - "), f"{f}: subject {m['Subject']}")

# Publish: every feed parses; the pages link only to files that exist.
site = os.path.join(work, "site")
run("publish", site, "--as-of", "2024-10-03", "--remind", "1d")
feeds = [os.path.join(dp, f) for dp, _, fs in os.walk(site) for f in fs if f.endswith(".ics")]
check(len(feeds) > 3, "a feed per owner and one for all")
for feed in feeds:
    with open(feed, "rb") as fh:
        cal = icalendar.Calendar.from_ical(fh.read())
    check(all(type(e.decoded("DTSTART")) is datetime.date for e in cal.walk("VEVENT")), f"{os.path.basename(feed)}: all-day events")

print(f"check-formats: {passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
