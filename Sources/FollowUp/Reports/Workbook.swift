import MinutesCore

/// A minimal SpreadsheetML (Office Open XML) workbook: sheets of text, numbers and dates with
/// a bold, frozen header row, an auto-filter, column widths and marked rows; written as a
/// stored ZIP. Everything the xlsx format needs is in this file and `StoredZip.swift`.
struct Workbook {
  /// A cell.
  enum Cell {
    case empty
    case text(String)
    case number(Int)
    case date(Day)
  }

  /// One sheet: a header row and rows, each optionally marked.
  struct Sheet {
    var name: String
    var header: [String]
    var rows: [[Cell]]
    var marked: [Bool]
  }

  var sheets: [Sheet] = []
  /// The document's title and description (docProps/core.xml).
  var title = ""
  var subject = ""
  /// When it was made.
  var created: UTCTime

  /// Rows a sheet holds at most (Excel's limit, the header included).
  static let maxRows = 1_048_576

  /// The days since 1899-12-30, Excel's day 0 (the 1900 date system).
  static func serial(_ d: Day) -> Int { d.ordinal + 25_569 }

  /// Escapes XML text and drops characters XML 1.0 cannot hold.
  static func xml(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\t", "\n": out.unicodeScalars.append(u)
      default:
        if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF { out += " " } else { out.unicodeScalars.append(u) }
      }
    }
    return out
  }

  /// `A`, `B`, ... `Z`, `AA` ...
  static func column(_ i: Int) -> String {
    var n = i + 1
    var s = ""
    while n > 0 {
      let r = (n - 1) % 26
      s = String(UnicodeScalar(UInt8(65 + r))) + s
      n = (n - 1) / 26
    }
    return s
  }

  /// A sheet name Excel accepts: no `: \ / ? * [ ]`, at most 31 characters, unique.
  static func sheetNames(_ wanted: [String]) -> [String] {
    var used = Set<String>()
    return wanted.map { w in
      var base = String(w.map { ":\\/?*[]".contains($0) ? "-" : $0 }).trimmingCharacters(in: ["'", " "])
      if base.isEmpty { base = "Ark" }
      base = String(base.prefix(31))
      var name = base
      var n = 2
      while used.contains(name.lowercased()) {
        let suffix = " (\(n))"
        name = String(base.prefix(31 - suffix.count)) + suffix
        n += 1
      }
      used.insert(name.lowercased())
      return name
    }
  }

  /// Style indexes in styles.xml.
  enum Style: Int {
    case normal = 0, header, date, marked, markedDate
  }

  static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
    <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>\
    <fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
    <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
    <font><b/><sz val="11"/><color rgb="FFC00000"/><name val="Calibri"/><family val="2"/></font></fonts>\
    <fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
    <fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill>\
    <fill><patternFill patternType="solid"><fgColor rgb="FFFDE2E2"/><bgColor indexed="64"/></patternFill></fill></fills>\
    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
    <cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
    <xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
    <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
    <xf numFmtId="0" fontId="2" fillId="3" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
    <xf numFmtId="164" fontId="2" fillId="3" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/></cellXfs>\
    <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
    </styleSheet>
    """

  /// Column widths in characters: the longest text of the column, between 6 and 60.
  static func widths(_ sheet: Sheet) -> [Int] {
    sheet.header.indices.map { i in
      var w = sheet.header[i].count + 2
      for r in sheet.rows {
        switch r[safe: i] ?? .empty {
        case .text(let s): w = max(w, s.count + 1)
        case .number(let n): w = max(w, String(n).count + 1)
        case .date: w = max(w, 11)
        case .empty: break
        }
      }
      return min(60, max(6, w))
    }
  }

  func sheetXML(_ input: Sheet) -> String {
    // Past Excel's last row a sheet would not open: the rest is cut.
    var sheet = input
    if sheet.rows.count >= Workbook.maxRows { sheet.rows = Array(sheet.rows.prefix(Workbook.maxRows - 1)) }
    let lastColumn = Workbook.column(max(0, sheet.header.count - 1))
    let lastRow = sheet.rows.count + 1
    var s = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
      xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
      <dimension ref="A1:\(lastColumn)\(lastRow)"/>\
      <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
      <selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>\
      <sheetFormatPr defaultRowHeight="15"/><cols>
      """
    for (i, w) in Workbook.widths(sheet).enumerated() {
      s += "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(w)\" customWidth=\"1\"/>"
    }
    s += "</cols><sheetData>\n"
    func text(_ ref: String, _ t: String, _ style: Style) -> String {
      let v = Workbook.xml(String(t.prefix(32_767)))
      let space = t.first == " " || t.last == " " || t.contains("\n") ? " xml:space=\"preserve\"" : ""
      return "<c r=\"\(ref)\" s=\"\(style.rawValue)\" t=\"inlineStr\"><is><t\(space)>\(v)</t></is></c>"
    }
    s += "<row r=\"1\">" + sheet.header.enumerated().map { i, h in text("\(Workbook.column(i))1", h, .header) }.joined() + "</row>\n"
    for (ri, row) in sheet.rows.enumerated() {
      let r = ri + 2
      let marked = sheet.marked[safe: ri] ?? false
      s += "<row r=\"\(r)\">"
      for (ci, cell) in row.enumerated() {
        let ref = "\(Workbook.column(ci))\(r)"
        switch cell {
        case .empty:
          if marked { s += "<c r=\"\(ref)\" s=\"\(Style.marked.rawValue)\"/>" }
        case .text(let t): s += text(ref, t, marked ? .marked : .normal)
        case .number(let n): s += "<c r=\"\(ref)\" s=\"\((marked ? Style.marked : .normal).rawValue)\"><v>\(n)</v></c>"
        case .date(let d): s += "<c r=\"\(ref)\" s=\"\((marked ? Style.markedDate : .date).rawValue)\"><v>\(Workbook.serial(d))</v></c>"
        }
      }
      s += "</row>\n"
    }
    s += "</sheetData><autoFilter ref=\"A1:\(lastColumn)\(lastRow)\"/>"
    s += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
    s += "<pageSetup orientation=\"landscape\"/></worksheet>\n"
    return s
  }

  /// The parts of the package, in order.
  var parts: [(name: String, text: String)] {
    let names = Workbook.sheetNames(sheets.map(\.name))
    var list: [(String, String)] = []
    var types = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
      <Default Extension="xml" ContentType="application/xml"/>\
      <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
      <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
      <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
      """
    for i in sheets.indices {
      types += "<Override PartName=\"/xl/worksheets/sheet\(i + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    }
    types += "</Types>\n"
    list.append(("[Content_Types].xml", types))
    list.append(("_rels/.rels", """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
      <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
      </Relationships>

      """))
    list.append(("docProps/core.xml", """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
      xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
      <dc:title>\(Workbook.xml(title))</dc:title><dc:description>\(Workbook.xml(subject))</dc:description>\
      <dc:creator>followup</dc:creator><dc:language>da-DK</dc:language>\
      <dcterms:created xsi:type="dcterms:W3CDTF">\(created.iso)</dcterms:created>\
      <dcterms:modified xsi:type="dcterms:W3CDTF">\(created.iso)</dcterms:modified></cp:coreProperties>

      """))
    var workbook = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
      xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
      <bookViews><workbookView/></bookViews><sheets>
      """
    var rels = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      """
    var defined = ""
    for (i, sheet) in sheets.enumerated() {
      workbook += "<sheet name=\"\(Workbook.xml(names[i]))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
      rels += "<Relationship Id=\"rId\(i + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
      let quoted = "'" + names[i].replacing("'", with: "''") + "'"
      let last = Workbook.column(max(0, sheet.header.count - 1))
      defined += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(i)\" hidden=\"1\">\(Workbook.xml(quoted))!$A$1:$\(last)$\(sheet.rows.count + 1)</definedName>"
    }
    workbook += "</sheets>" + (defined.isEmpty ? "" : "<definedNames>\(defined)</definedNames>") + "</workbook>\n"
    rels += "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>\n"
    list.append(("xl/workbook.xml", workbook))
    list.append(("xl/_rels/workbook.xml.rels", rels))
    list.append(("xl/styles.xml", Workbook.styles + "\n"))
    for (i, sheet) in sheets.enumerated() { list.append(("xl/worksheets/sheet\(i + 1).xml", sheetXML(sheet))) }
    return list
  }

  /// The .xlsx file.
  var bytes: [UInt8] {
    var zip = StoredZip(modified: created)
    for (name, text) in parts { zip.add(name, text) }
    return zip.bytes
  }
}
