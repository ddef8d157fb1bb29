/// Reads the meeting header: the lines before the first item. Committee, date, time, place and
/// attendees come from labelled fields (`HeaderLabel`) or from title lines in any of the forms
/// councils use (`Referat til mødet i X den D kl. T i P`, `X - Referat`, `Møde i X` / `onsdag den
/// D kl. T` / `Mødelokale 1`, `Referat af Byrådets møde d. 16.12.2014`, `X D`).
struct HeaderReader {
  let lines: [MarkupLine]
  let end: Int
  /// Layout notes: which form each field was read in, with its line.
  var notes: [LayoutNote] = []

  /// The header is a form of two columns without colons (`HeaderLabel.isColumnForm`).
  let columns: Bool

  init(lines: [MarkupLine], end: Int) {
    self.lines = lines
    self.end = min(end, lines.count)
    self.columns = HeaderLabel.isColumnForm(lines[0..<self.end])
  }

  /// A header label as this header writes them.
  func label(_ text: String) -> (HeaderLabel.Field, String)? { HeaderLabel.read(text, columns: columns) }

  /// Words that say what kind of document it is.
  static let kindWords: [(String, Meeting.DocumentKind)] = [
    ("referat", .minutes), ("beslutningsprotokol", .minutes), ("protokol", .minutes),
    ("dagsorden", .agenda), ("indkaldelse", .agenda), ("der indkaldes", .agenda),
  ]

  /// Words around a committee's name in a title line (`Referat fra mødet i`, `- Dagsordener og
  /// referater`, `møde den`), removed from its start and its end, one word at a time.
  static let fillerWords: Set<String> = [
    "referat", "referater", "dagsorden", "dagsordener", "dagsordenen", "beslutningsprotokol",
    "beslutningsprotokollen", "protokol", "mødereferat", "mødesager", "og", "for", "fra", "til", "af",
    "med", "møde", "mødet", "møder", "i", "på", "ekstraordinært", "ekstraordinær", "ordinært",
    "ordinær", "åbent", "åben", "der", "indkaldes", "hermed", "indkaldelse", "oversigt", "over",
    "beslutninger", "-", "–", "—", ":", "|", "/", "den", "d.", "d", "kl.", "kl", "offentligt",
    "afholdt", "afholdes", "holdt", "onsdag", "mandag", "tirsdag", "torsdag", "fredag", "lørdag", "søndag",
  ]

  /// Reads the header. `labelsBody` and `labelsDate` are the body and day named most often by
  /// the document's own decision labels, for headers that name neither.
  mutating func read(source: String, fromPath: CommitteeName.FromPath) -> Meeting {
    var meeting = Meeting(source: source)
    let reader = TemporalReader(reference: Day(year: 2000, month: 1, day: 1) ?? Day(ordinal: 0))
    var inToc = false
    var kindSeen = false
    var candidates: [(name: String, score: Int, line: Int)] = []
    var dateLine: Int?
    var titleDate: (TemporalExpression, Int)?
    var titleDateNamesMeeting = false
    var yearlessLine: Int?
    var stackedAbove = false
    var loosePlace: (String, Int)?
    var placeLabelEmptyBeforeAttendees = false
    var previousTextLine: Int?
    var lastLabelField: HeaderLabel.Field?
    var stack: [HeaderLabel.Field] = []
    var proseAway: [String] = []
    var proseCame: [String] = []
    var i = 0
    while i < end {
      let line = lines[i]
      if line.isBlank || line.isRule {
        i += 1
        continue
      }
      let text = line.text
      let key = SectionHeading.key(text)
      if ["indholdsfortegnelse", "indhold", "dagsordenspunkter", "dagsordenpunkter", "punkter på dagsordenen"]
        .contains(key)
      {
        inToc = true
        i += 1
        continue
      }
      if let holder = HeaderReader.seatHolder(text) { seatHolders.append(holder) }
      if !line.isTableRow, let (away, came) = AttendeeList.proseAttendance(text) {
        proseAway += away
        proseCame += came
      }
      // A label in a table row: `| Mødedato | 3. marts 2021 |`.
      var labelled = line.isTableRow ? nil : label(text)
      // "Fra administrationen" / "deltog:   Direktør ...": a label a laid-out page wrapped over
      // two lines, the line above without a colon; the whole label is read.
      if let (field, v) = labelled, i > 0, !lines[i - 1].isBlank, !lines[i - 1].isTableRow, !lines[i - 1].text.contains(":"),
        text.prefix(while: { $0 != ":" }).split(separator: " ").count == 1,
        let (whole, wv) = label(lines[i - 1].text + " " + text), whole != field, wv == v
      {
        labelled = (whole, wv)
      }
      if line.isTableRow, line.cells.count >= 2, let (field, v) = label(line.cells[0]), v.isEmpty {
        labelled = (field, line.cells.dropFirst().filter { !$0.isEmpty }.joined(separator: " "))
      }
      // "Indkaldelse" over a list of names summons members; a title that says so ("Indkaldelse
      // til møde i X") or a lone word before other text does not.
      if let (field, v) = labelled, field == .summoned, v.isEmpty, !text.contains(":") {
        var k = i + 1
        while k < end, lines[k].isBlank { k += 1 }
        if k >= end || !looksLikeListEntry(lines[k]) { labelled = nil }
      }
      // "Bestyrelsen: Anne Holm, Ib Dam", or "Bestyrelsen:" over its members one a line: a
      // board's members; not "Bestyrelsen: Vi har ...".
      if let (field, v) = labelled, field == .attendees, DanishBytes.hasPrefixASCII(text, "bestyrelsen") {
        var k = i + 1
        while k < end, lines[k].isBlank { k += 1 }
        let listBelow = v.isEmpty && text.hasSuffix(":") && k < end && HeaderReader.isNameList(lines[k].text)
        if !HeaderReader.isNameList(v), !listBelow { labelled = nil }
      }
      // "Kommunalbestyrelsen:" / "Venstre: Frank Holm (borgmester), Karen Bork": the council's
      // own name over its members.
      if labelled == nil, !line.isTableRow, meeting.attendees.isEmpty, text.hasSuffix(":"), text.utf8.count <= 30,
        HeaderLabel.bodyNames.contains(String(text.dropLast()).lowercased().trimmingSpaces),
        let k = nextNonBlank(after: i), k < end, looksLikeListEntry(lines[k])
      {
        labelled = (.attendees, "")
      }
      // "Socialdemokratiet (A)" / "Jesper Dalgas, regionsrådsformand" / ...: members under their
      // parties' headings, with no label over them all.
      if labelled == nil, !line.isTableRow, meeting.attendees.isEmpty, HeaderLabel.isPartyHeading(text),
        let k = nextNonBlank(after: i), k < end, looksLikeListEntry(lines[k]), !HeaderLabel.isPartyHeading(lines[k].text)
      {
        labelled = (.attendees, "")
      }
      // "Socialdemokratiet (A): Eva Holm (borgmester), Ib Dam," / "Bo Lind, Ida Berg" / "Venstre
      // (V): ...": members in rows led by their party's name and letter, with no label over them
      // all (a heading without a colon over them, or none).
      if labelled == nil, !line.isTableRow, meeting.attendees.isEmpty, let close = text.prefix(60).firstIndex(of: ")"),
        HeaderLabel.isPartyHeading(String(text[...close])), let rest = AttendeeList.afterPartyLead(text),
        rest.contains(",") || {
          guard let k = nextNonBlank(after: i), k < end else { return false }
          return AttendeeList.afterPartyLead(lines[k].text) != nil
        }(),
        HeaderReader.isNameList(rest)
      {
        labelled = (.attendees, text)
      }
      if let (field, inlineValue) = labelled {
        inToc = false
        var value = inlineValue
        var j = i + 1
        if value.isEmpty {
          // The value on the next non-blank line, unless that is a label or a structural word.
          var k = i + 1
          while k < end, lines[k].isBlank { k += 1 }
          let isList = field == .attendees || field == .absentees || field == .guests || field == .summoned || field == .substitutes
          // (`Udvalg` / `Byrådet` / `Økonomiudvalget` / ...: a site's menu of its bodies under
          // the label's word, no value.)
          let second = k + 1 < end ? (lines[k + 1].isBlank && k + 2 < end ? k + 2 : k + 1) : k
          let menu = field == .committee && second > k && second < end && !lines[second].isBlank
            && DecisionLabel.looksLikeBody(lines[k].text) && DecisionLabel.looksLikeBody(lines[second].text)
          if k < end, !menu, label(lines[k].text) == nil, !isStructural(lines[k]),
            ItemHeading.keywordHeading(lines[k]) == nil, !isList || looksLikeListEntry(lines[k]),
            field != .attendees || !HeaderLabel.isPartyHeading(lines[k].text)
          {
            value = lines[k].text
            j = k + 1
          } else {
            j = k
          }
          if field == .place, k < end, let (next, _) = label(lines[k].text), next == .attendees {
            placeLabelEmptyBeforeAttendees = true
          }
        }
        var listLines = [value]
        // Lists of names continue on the following lines, across blank lines between entries; a
        // line right under one that did not end an entry (no full stop, no blank line between)
        // is the same entry wrapped ("Søren Søndergaard" / "Kjær").
        if field == .attendees || field == .absentees || field == .guests || field == .summoned || field == .substitutes {
          var k = j
          var blankBefore = value.isEmpty || j > i + 1 && lines[j - 1].isBlank
          while k < end {
            if lines[k].isBlank {
              blankBefore = true
              k += 1
              continue
            }
            let next = lines[k]
            // "Venstre (V)" / "Lars Kjær Hedegaard, 1. næstformand": the next party's members.
            if field == .attendees, HeaderLabel.isPartyHeading(next.text) {
              blankBefore = true
              k += 1
              j = k
              continue
            }
            // "Borgerrepræsentanter:" / "Rikke Lauritzen, ...": a group's label over its names, in
            // a list of who came; staff and those away end it.
            if field == .attendees, next.text.hasSuffix(":"), next.text.count <= 70,
              label(next.text) == nil || HeaderLabel.groupLabel(next.text)?.1.isEmpty == true, !next.text.dropLast().contains(":")
            {
              let lower = next.text.lowercased()
              if ["afbud", "fraværende", "forvaltning", "administration", "sekretariat", "referent", "dagsorden"].contains(where: { lower.contains($0) }) {
                break
              }
              blankBefore = true
              k += 1
              j = k
              continue
            }
            // "Lars Palle" / "(LP)", "Ole Olsen (OO)" / "(referent)": the note a line broke from its
            // name.
            if !blankBefore, let previous = listLines.last, !previous.isEmpty, next.text.utf8.count <= 30,
              next.text.hasPrefix("("), next.text.hasSuffix(")"), next.text.filter({ $0 == "(" }).count == 1
            {
              listLines[listLines.count - 1] = previous + " " + next.text
              k += 1
              j = k
              continue
            }
            // "..., Jesper Nimgård, Center for" / "Teknik & Miljø": what a member sits for, broken
            // after a word that needs one after it.
            if !blankBefore, let previous = listLines.last, let lastWord = previous.split(separator: " ").last,
              ItemBuilder.leadsOn.contains(lastWord.lowercased()), next.text.utf8.count <= 80, label(next.text) == nil,
              !isStructural(next), ClosedMarker.status(next.text) == nil, !next.text.hasSuffix(":")
            {
              listLines[listLines.count - 1] = previous + " " + next.text
              k += 1
              j = k
              continue
            }
            guard label(next.text) == nil, !isStructural(next), looksLikeListEntry(next), ClosedMarker.status(next.text) == nil
            else { break }
            // "Bente Jensen, Thyge Nielsen, Karsten" / "Uno Petersen ... deltog ikke i pkt. 14-19.":
            // after a blank line, a paragraph a converter wrapped is read whole; a sentence about
            // the names is no more of the list.
            if blankBefore, k + 1 < end, !lines[k + 1].isBlank, label(lines[k + 1].text) == nil, !next.isBullet, !lines[k + 1].isBullet,
              next.text.hasSuffix(",") || next.text.utf8.count >= 50 && !next.text.hasSuffix(".")
            {
              var paragraph = next.text
              var q = k + 1
              while q < end, q <= k + 6, !lines[q].isBlank, !lines[q].isBullet, label(lines[q].text) == nil {
                paragraph += " " + lines[q].text
                q += 1
                if paragraph.hasSuffix(".") { break }
              }
              let isEntry = looksLikeListEntry(next.with(text: paragraph))
              if !isEntry, paragraph.hasSuffix(".") { break }
              if isEntry, paragraph.hasSuffix("."), paragraph.split(separator: " ").contains(where: { $0.first?.isLowercase == true && $0 != "og" && $0 != "samt" }) {
                listLines.append(paragraph)
                blankBefore = false
                k = q
                j = k
                continue
              }
            }
            // "Deltagere: A, B, C." / "" / "Mødepunkt Referat": a list on the label's line that
            // ends with a full stop is complete.
            if listLines.count == 1, value.hasSuffix("."), value.contains(","), blankBefore { break }
            // A list wrapped over lines ("Claus Borg, ..., Søren Søndergaard" / "Kjær") goes on;
            // a name a line does not.
            let previous = last(listLines)
            // The next line goes on with the entry the previous one broke off: the previous
            // ends in a comma or `og`, or the next begins with a lone word before its comma.
            let firstPart = next.text.split(separator: ",").first.map(String.init) ?? next.text
            // A role after a dash also goes on ("Peter Holm –" / "graver, ...").
            // "... og Ib" / "H. Sørensen (IH).": a first name the break parted from the rest.
            let partedName = previous.split(separator: " ").last.map { NameGrammar.isFirstName(String($0)) } == true
              && next.text.split(separator: " ").first.map { w in w.first?.isUppercase == true && !NameGrammar.isFirstName(String(w).trimming(",.")) } == true
            // "Morten G." / "Hoffmann-Timmol, ...": an initial's full stop ends no entry.
            let endsWithInitial = previous.split(separator: " ").last.map { $0.count == 2 && $0.first?.isUppercase == true && $0.hasSuffix(".") } ?? false
            let wrapped = (previous.contains(",") || previous.contains(" og ") || previous.hasSuffix(" og"))
              && (previous.hasSuffix(",") || HeaderReader.endsWithOrdinal(previous) || previous.hasSuffix(" og") || previous.hasSuffix(" –") || previous.hasSuffix(" -") || partedName
                || endsWithInitial && next.text.first?.isUppercase == true
                || AttendeeList.names(in: firstPart).first.map { !$0.contains(" ") } ?? false
                || firstPart.first?.isLowercase == true && previous.hasSuffix("–"))
              // "Fraværende: Rasmus Lerche" / "Larsson": a surname alone on the line under a name.
              || next.text.split(separator: " ").count == 1 && next.text.first?.isUppercase == true
                && next.text.trimming(".").allSatisfy({ $0.isLetter || $0 == "-" }) && !NameGrammar.isFirstName(next.text.trimming("."))
                && !previous.hasSuffix(",") && previous.split(separator: " ").last.map { $0.first?.isUppercase == true } == true
              // "... og Gert Rosing deltog som" / "stedfortræder for Tonni Hansen": a sentence about
              // who came goes on in lower case.
              || firstPart.first?.isLowercase == true && !previous.hasSuffix(".") && previous.split(separator: " ").last.map { $0.first?.isLowercase == true } == true
            if !previous.isEmpty, !blankBefore, !next.isBullet, !previous.hasSuffix(".") || endsWithInitial || HeaderReader.endsWithOrdinal(previous),
              !startsWithGroupLabel(next.text), AttendeeList.afterPartyLead(next.text) == nil, wrapped
            {
              let last = previous
              let hyphen = last.hasSuffix("-") && !last.hasSuffix(" -")
              listLines[listLines.count - 1] = last + (hyphen ? "" : " ") + next.text
            } else {
              listLines.append(next.text)
            }
            blankBefore = false
            k += 1
            j = k
          }
        } else if field == .place, !value.isEmpty {
          // (`Holbækvej 141,` / `Kalundborg`: a place wrapped after its comma, alike.)
          while j < end, !lines[j].isBlank, label(lines[j].text) == nil, !lines[j].isDressed,
            lines[j - 1].hasHardBreak || (value.hasSuffix(",") && j == i + 1 && lines[j].text.utf8.count <= 40)
          {
            value += " " + lines[j].text
            j += 1
          }
        }
        // Labels first, values after ("Dato: Mødested: Afbud fra: Onsdag den 15-maj-2002
        // Kommunalbestyrelsens mødelokaler"): a date and a room under a names label belong to
        // the date and place labels stacked above it.
        if field == .attendees || field == .absentees, stackedAbove, !value.isEmpty, !HeaderReader.isNameList(value),
          let d = reader.expressions(in: value).first(where: { $0.kind == .day || $0.kind == .datetime })
        {
          if meeting.date == nil { meeting.date = d.start }
          if meeting.startTime == nil, let t = d.time { meeting.startTime = t }
          let rest = String(decoding: Array(value.utf8)[d.utf8Range.upperBound...], as: UTF8.self).trimmingSpaces
          if meeting.location == nil, !rest.isEmpty, rest.utf8.count <= 100 { meeting.location = HeaderReader.cleanPlace(rest) }
          notes.append(LayoutNote(part: "dato", form: "etiketter først, værdier efter", line: line.number))
          i = max(j, i + 1)
          stackedAbove = false
          continue
        }
        // "Mødelokale: Medlemmer: Afbud: 213, Mødelokale Henrik Holm, Eva Berg, Ib Dam Ib Dam":
        // labels first, their values run together after the last.
        if !value.isEmpty, !stack.isEmpty, readStacked(stack + [field], value: value, line: line.number, to: &meeting) {
          stack = []
          stackedAbove = false
          i = max(j, i + 1)
          continue
        }
        stack = value.isEmpty ? stack + [field] : []
        stackedAbove = value.isEmpty
        apply(field, value: value, listLines: listLines, line: line.number, to: &meeting)
        lastLabelField = field
        i = max(j, i + 1)
        continue
      }
      _ = lastLabelField
      stack = []
      // "Medlemmer Simon Lund deltog Jan Holm deltog Eva Berg afbud": who came, run together.
      // A converter may have wrapped the run ("... Morten Normann" / "Jørgensen deltog ..."):
      // the lines right under it go on with it while they hold a status word.
      if let first = text.split(separator: " ", maxSplits: 1).first, LineRepair.peopleLabels.contains(String(first)) {
        var joined = text
        var k = i + 1
        while k < end, !lines[k].isBlank, label(lines[k].text) == nil, joined.utf8.count <= 2000,
          lines[k].text.utf8.count <= 400,
          lines[k].text.split(separator: " ").contains(where: { ["deltog", "afbud", "fraværende", "fravær"].contains($0.lowercased()) })
        {
          joined += " " + lines[k].text
          k += 1
        }
        if let run = AttendeeList.statusRun(joined) {
          meeting.attendees += run.filter { !$0.isAbsent }.map(\.name)
          meeting.absentees += run.filter(\.isAbsent).map(\.name)
          notes.append(LayoutNote(part: "deltagere", form: "navn og fremmøde efter hinanden", line: line.number))
          i = k
          continue
        }
      }
      // "• Minna Vadskjær (MV)" / "• Lis Smidsholm (LS)" / ...: a list of people with no label
      // over it, in the header before any list of who came, is the members.
      if line.isBullet, !inToc, meeting.attendees.isEmpty, meeting.absentees.isEmpty {
        var k = i
        var run: [String] = []
        while k < end, lines[k].isBullet || lines[k].isBlank {
          if lines[k].isBullet { run.append(lines[k].text) }
          k += 1
        }
        let entries = run.compactMap { AttendeeList.entries([$0]).first }
        let names = entries.map(\.name)
        if run.count >= 3, run.count <= 200, names.count == run.count, names.allSatisfy({ n in
          let words = n.split(separator: " ")
          return (2...5).contains(words.count) && NameGrammar.isFirstName(String(words[0]))
            && words.allSatisfy { $0.first?.isUppercase == true || ["von", "van", "de", "la"].contains($0) }
        }) {
          // ("[ ] Ib Dam (A)", "Ib Dam (A) - afbud": an entry marked away is none of them.)
          meeting.attendees = entries.filter { !$0.isAbsent }.map(\.name)
          meeting.absentees += entries.filter(\.isAbsent).map(\.name)
          notes.append(LayoutNote(part: "deltagere", form: "liste uden etiket", line: line.number))
        }
        // The run is read once, whatever it held: bullets are no title lines.
        i = k
        continue
      }
      // "Holm, Anne IA Dam, Bo S Berg, Carl A ...": the members run together on one line,
      // surname first, each with the party's letters after the given names.
      if !inToc, !line.isTableRow, meeting.attendees.isEmpty, meeting.absentees.isEmpty, let run = AttendeeList.surnameFirstRun(text) {
        meeting.attendees = run
        notes.append(LayoutNote(part: "deltagere", form: "efternavn først med parti, efter hinanden", line: line.number))
        i += 1
        continue
      }
      if inToc || line.isTableRow || line.isBullet {
        i += 1
        continue
      }
      // A title line: kind, committee, date, time, place.
      let lower = text.lowercased()
      if !kindSeen {
        for (w, kind) in HeaderReader.kindWords where lower.hasPrefix(w) || lower.contains(" - " + w)
          || lower.contains(" – " + w) || lower.contains(": " + w) || lower == w
        {
          // "Dagsordener og referater" names the page, not the document.
          if lower.contains("dagsordener og referater") { break }
          // "Dagsorden og referat", "Dagsorden med beslutninger": minutes.
          let minutesToo = lower.contains("referat") || lower.contains("beslutning") || lower.contains("protokol")
          meeting.kind = kind == .agenda && minutesToo ? .minutes : kind
          kindSeen = true
          notes.append(LayoutNote(part: "dokument", form: "titel med '\(w)'", line: line.number))
          break
        }
      }
      let exprs = reader.expressions(in: text)
      // "Publiceret 25-10-2017", "Senest opdateret ...": the page's date, not the meeting's.
      // "Referater Posted on man, december 23, 2019 23:30": a blog's post line.
      let published = ["publiceret", "opdateret", "senest", "offentliggjort", "udsendt", "printet", "udskrevet", "udgivet"]
        .contains { lower.hasPrefix($0) } || ["posted on", " publiceret ", " udgivet ", "published"].contains { lower.contains($0) }
      let days = exprs.filter { ($0.kind == .day || $0.kind == .datetime) && !$0.isYearInferred }
      // "REFERAT 29. august 2013 ... 6. møde i Udvalget ..., onsdag den 26. juni 2013": of two
      // days on one line, the one the file's name also gives is the meeting's.
      let date = published ? nil : (days.first(where: { $0.start != nil && $0.start == fromPath.date }) ?? days.first)
      // A later line with the same day and a clock gives the time the first did not.
      if let date, let (first, _) = titleDate, first.start == date.start, meeting.startTime == nil {
        // The day may stand twice on the line, its clock with the second ("den 4. januar 2024 -
        // d. 04-01-2024 kl. 08:30").
        let timed = date.time != nil ? date : exprs.first(where: { $0.kind == .datetime && $0.start == date.start && $0.time != nil })
        if let timed, let t = timed.time {
          meeting.startTime = t
          meeting.endTime = timed.endTime
        }
      }
      // Two dates in the header (a web page's date over the meeting's): the one the file's name
      // also gives is the meeting's.
      if let date, let (first, _) = titleDate, let named = fromPath.date, first.start != named, date.start == named {
        titleDate = nil
        // The time the other date gave goes with it.
        if let t = first.time, meeting.startTime == t {
          meeting.startTime = nil
          meeting.endTime = nil
        }
      }
      // "Grundejerforeningen blev stiftet den 12. maj 1978 ..." over "Referat af bestyrelsesmøde
      // 16. april 2024": a line that names the meeting gives its day over one that does not.
      // An entry of the agenda list (`2. Godkendelse af referat fra mødet den 10. september`)
      // names an earlier meeting.
      let namesMeeting = text.utf8.count <= 160 && ["møde", "referat", "generalforsamling", "afholdt", "mødedato"].contains { lower.contains($0) }
        && ItemHeading.numberedHeading(line) == nil && !lower.contains("godkendelse af referat")
      if let date, titleDate != nil, !titleDateNamesMeeting, namesMeeting, date.start != titleDate?.0.start {
        if let t = titleDate?.0.time, meeting.startTime == t {
          meeting.startTime = nil
          meeting.endTime = nil
        }
        titleDate = nil
      }
      if let date, titleDate == nil {
        titleDateNamesMeeting = namesMeeting
        titleDate = (date, line.number)
        dateLine = i
        // "den 4. januar 2024 - d. 04-01-2024 kl. 08:30 til 09:30": the day again with its clock.
        let timed = date.time == nil
          ? exprs.first(where: { $0.kind == .datetime && $0.start == date.start && $0.time != nil }) : nil
        if let t = date.time ?? timed?.time {
          meeting.startTime = meeting.startTime ?? t
          meeting.endTime = meeting.endTime ?? (timed ?? date).endTime
        }
      }
      // A date without its year ("Skolebestyrelsesmøde den 25. maj kl.18.30-21.00") still
      // separates the name from the time and the place.
      let anyDate = date ?? (published ? nil : exprs.first(where: { $0.kind == .day || $0.kind == .datetime }))
      if meeting.startTime == nil, let t = anyDate?.time {
        meeting.startTime = t
        meeting.endTime = anyDate?.endTime
        if anyDate?.isYearInferred == true { yearlessLine = yearlessLine ?? i }
      }
      // "den 11. december 18.00 – 22.00 i Hallen": a span of clock times after the day, no `kl.`.
      if let d = anyDate, d.time == nil, !published {
        let after = String(decoding: Array(text.utf8)[d.utf8Range.upperBound...], as: UTF8.self).trimmingSpaces
        if let end = LineRepair.timeRangeEnd(after), let (start, stop) = HeaderReader.clockSpan(String(after[..<end])) {
          if meeting.startTime == nil {
            meeting.startTime = start
            meeting.endTime = stop
          }
          let rest = String(after[end...]).trimmingSpaces
          if loosePlace == nil, rest.hasPrefix("i ") || rest.hasPrefix("på ") {
            loosePlace = (HeaderReader.cleanPlace(String(rest.drop(while: { $0 != " " }))), line.number)
          }
        }
      }
      // "17.00 – 19.30" on a line of its own in the header: the meeting's hours.
      if meeting.startTime == nil, let end = LineRepair.timeRangeEnd(text), end == text.endIndex,
        let (start, stop) = HeaderReader.clockSpan(text)
      {
        meeting.startTime = start
        meeting.endTime = stop
      }
      // "Louise Brandt kom kl. 8.30 under punkt 3": a member's arrival, not the meeting's start.
      let arrival = ["kom kl", "ankom", "forlod", "deltog fra", "mødte kl"].contains(where: { text.lowercased().contains($0) })
      if meeting.startTime == nil, !published, !arrival, let t = exprs.first(where: { $0.kind == .time }) {
        meeting.startTime = t.time
        meeting.endTime = t.endTime
      }
      // A decision label ("Beslutning Ældrerådet den 10-11-2016") is no title.
      // "1. Godkendelse af dagsorden" under the title `Referat`: an item's heading, no body.
      let isLabel = DecisionLabel.read(text, reference: nil) != nil
        || ItemHeading.numberedHeading(line).map { $0.style == .numbered } == true || ItemHeading.keywordHeading(line) != nil
      // A note in brackets after the date ("(ekstraordinær)") is the meeting's kind, not its body.
      if !isLabel, let (name, score) = committeeCandidate(text, dateExpression: anyDate), !name.hasPrefix("(") {
        var s = score
        // A body's name alone on its line (`Ældrerådet`).
        if date == nil, CommitteeName.namesBody(name), name.split(separator: " ").count <= 6,
          SectionHeading.key(text) == SectionHeading.key(name)
        {
          s += 1
        }
        // A line standing just before or after the document kind (`Odense Byråd` / `Åben` /
        // `Referat`, `Beslutningsprotokol` / `Regionsrådet`).
        if let k = nextNonBlank(after: i), k < end, isKindLine(lines[k]) || ClosedMarker.status(lines[k].text) != nil {
          s += 2
        } else if let k = previousNonBlank(before: i), isKindLine(lines[k]) {
          s += 2
        }
        if !fromPath.folded.isEmpty, matches(name, fromPath.folded) { s += 2 }
        // The document's first line naming a body (`Ældrerådet i Struer Kommune`, `Ældrerådets
        // møde`, `Bestyrelsesmøde – Antenneforeningen Kærby`): its title.
        if previousTextLine == nil, CommitteeName.namesBody(name) { s += 1 }
        // "Holstebro Kommune", "Region Sjælland" alone: whose body it is, below any body's name.
        if HeaderReader.namesMunicipality(name) { s -= 2 }
        candidates.append((name, s, line.number))
      }
      // "Mødet afholdt på Selmersbo", "Mødet holdes i Byrådssalen".
      if loosePlace == nil, DanishBytes.hasPrefixASCII(text, "mødet "), text.utf8.count <= 160 {
        let lowerText = text.lowercased()
        for verb in [
          "afholdt ", "blev afholdt ", "holdes ", "holdtes ", "afholdes ", "blev holdt ", "foregik ", "foregår ", "fandt sted ",
          "finder sted ",
        ] {
          guard let r = lowerText.range(of: "mødet " + verb) else { continue }
          let rest = String(text[r.upperBound...])
          if rest.hasPrefix("i ") || rest.hasPrefix("på ") {
            loosePlace = (HeaderReader.cleanPlace(String(rest.drop(while: { $0 != " " }))), line.number)
          }
          break
        }
        // "Mødet Torsdag , D2/Rådhus": the day and the place, the date lost.
        if loosePlace == nil, let second = lowerText.split(separator: " ").dropFirst().first,
          LineRepair.weekdays.contains(String(second)), let comma = text.range(of: ",", options: .backwards)
        {
          let place = HeaderReader.cleanPlace(String(text[comma.upperBound...]))
          if HeaderReader.looksLikeRoom(place), place.split(separator: " ").count <= 6 { loosePlace = (place, line.number) }
        }
      }
      // "... kl. 19:00 i Kommunalbestyrelsens mødesal", "... kl.18.30-21.00 - Personalerummet",
      // "... 13. januar 2010 Mødet startede kl. 17:00 i Mødelokale 1".
      let times = ([anyDate] + exprs.filter { $0.kind == .time }).compactMap { $0 }
      if let place = times.compactMap({ placeAfterTime(text, date: $0) }).first {
        loosePlace = loosePlace ?? (place, line.number)
      } else if let t = exprs.first(where: { $0.kind == .time }), let place = placeBeforeTime(text, time: t) {
        loosePlace = loosePlace ?? (place, line.number)
      } else if let d = anyDate, let place = placeBeforeDate(text, date: d) {
        loosePlace = loosePlace ?? (place, line.number)
      }
      previousTextLine = i
      i += 1
    }
    _ = previousTextLine
    // Members called where no list says who came, or where the list of participants names only
    // others (the officials who served the meeting).
    if !summoned.isEmpty {
      let called = Set(summoned.map { CommitteeName.fold($0) })
      if meeting.attendees.isEmpty || !meeting.attendees.contains(where: { called.contains(CommitteeName.fold($0)) }) {
        meeting.attendees = summoned
        notes.append(LayoutNote(part: "deltagere", form: "indkaldte medlemmer", line: summonedLine ?? 1))
      }
    }
    // The chair and the deputy named under their seats' labels sit beside the members listed.
    if !seatHolders.isEmpty, !meeting.attendees.isEmpty {
      let known = Set((meeting.attendees + meeting.absentees).map { CommitteeName.fold($0) })
      meeting.attendees = seatHolders.filter { !known.contains(CommitteeName.fold($0)) } + meeting.attendees
    }
    // "Alle medlemmer var til stede med undtagelse af X, der havde forfald. I hans sted deltog
    // stedfortræder Y.": the members told in prose under the list.
    proseAway += labelledProse.away
    proseCame += labelledProse.came
    if !meeting.attendees.isEmpty, !proseAway.isEmpty || !proseCame.isEmpty {
      let away = Set(proseAway.map { CommitteeName.fold($0) })
      let absentKnown = Set(meeting.absentees.map { CommitteeName.fold($0) })
      meeting.absentees += meeting.attendees.filter { away.contains(CommitteeName.fold($0)) && !absentKnown.contains(CommitteeName.fold($0)) }
      meeting.attendees.removeAll { away.contains(CommitteeName.fold($0)) }
      substitutes += proseCame
    }
    // Substitutes attend beside a list of members (with no list, attendees stay unknown).
    if !substitutes.isEmpty, !meeting.attendees.isEmpty {
      let listed = Set(meeting.attendees.map { CommitteeName.fold($0) })
      meeting.attendees += substitutes.filter { !listed.contains(CommitteeName.fold($0)) }
    }
    // The committee.
    if meeting.committee.isEmpty, let best = candidates.max(by: { $0.score < $1.score || ($0.score == $1.score && $0.line > $1.line) }),
      best.score >= 2
    {
      meeting.committee = best.name
      notes.append(LayoutNote(part: "udvalg", form: "titellinje", line: best.line))
    }
    // The date.
    if meeting.date == nil, let (d, line) = titleDate {
      meeting.date = d.start
      notes.append(LayoutNote(part: "dato", form: "titellinje", line: line))
    }
    // "📅 Tirsdag 28.11.2034 · 🕑 kl. 14.00 · 📍 Mødelokale 2, Skive Rådhus": a note tool's
    // fields marked by their signs; the pin's is the place.
    if meeting.location == nil,
      let k = lines.indices.prefix(end).first(where: { lines[$0].text.utf8.count <= 300 && lines[$0].text.contains("📍") })
    {
      let text = lines[k].text
      if let pin = text.range(of: "📍") {
        var place = text[pin.upperBound...]
        if let dot = place.range(of: " · ") ?? place.range(of: " | ") { place = place[..<dot.lowerBound] }
        let cleaned = HeaderReader.cleanPlace(String(place))
        if !cleaned.isEmpty {
          meeting.location = cleaned
          notes.append(LayoutNote(part: "sted", form: "efter stedets tegn", line: lines[k].number))
        }
      }
    }
    // The place: "kl. T i P", or a short line beside the date line.
    if meeting.location == nil, let (p, line) = loosePlace {
      meeting.location = HeaderReader.cleanPlace(p)
      notes.append(LayoutNote(part: "sted", form: "efter tidspunktet", line: line))
    }
    if meeting.location == nil, let d = dateLine {
      // The line after the date, or after the committee's line that follows it, or after the
      // time's own line (`Mandag den 24. marts 2025` / `Kl. 16.00 - 19.15` / `Regionshuset`), or
      // before it.
      var beside = [nextNonBlank(after: d)]
      // (Not past `Bestyrelsen:`, a label over the members.)
      if let n = beside[0], CommitteeName.namesBody(lines[n].text), !lines[n].text.hasSuffix(":") {
        beside.append(nextNonBlank(after: n))
      }
      if let n = beside[0], n < end {
        let text = lines[n].text
        let clock = text.lowercased().hasPrefix("kl. ") ? String(text.dropFirst(4)) : text
        if let t = LineRepair.timeRangeEnd(clock), clock[t...].allSatisfy(\.isWhitespace) { beside.append(nextNonBlank(after: n)) }
      }
      beside.append(previousNonBlank(before: d))
      // "Emne: Referat - Børne- og Ungeudvalget 8. marts 2034" / ... / "Onsdag den 8. marts 2034
      // kl. 15.30" / "Mødelokale Røsnæs, ...": another line with the meeting's day and its time.
      if let day = meeting.date {
        let reader = TemporalReader(reference: day)
        for k in lines.indices.prefix(end) where k > d && lines[k].text.utf8.count <= 120
          && lines[k].text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
        {
          let exprs = reader.expressions(in: lines[k].text)
          guard exprs.contains(where: { $0.start == day && ($0.time != nil || $0.kind == .datetime) }) else { continue }
          beside.append(nextNonBlank(after: k))
          break
        }
      }
      for k in beside {
        guard let k, k < end, isPlaceLine(lines[k], committee: meeting.committee) else { continue }
        meeting.location = HeaderReader.cleanPlace(lines[k].text)
        notes.append(LayoutNote(part: "sted", form: "linje ved datoen", line: lines[k].number))
        break
      }
    }
    // "Referat / til / mødet i Byrådet / den 6. februar 2014 kl. 18:30 / i Byrådssalen": the
    // place after its preposition, on the line under a line with the meeting's day.
    if meeting.location == nil, let day = meeting.date {
      for k in 0..<end where lines[k].text.hasPrefix("i ") && lines[k].text.utf8.count <= 120 {
        guard let p = previousNonBlank(before: k),
          reader.expressions(in: lines[p].text).contains(where: { $0.start == day }),
          isPlaceLine(lines[k], committee: meeting.committee)
        else { continue }
        meeting.location = HeaderReader.cleanPlace(lines[k].text)
        notes.append(LayoutNote(part: "sted", form: "linje under mødets dag", line: lines[k].number))
        break
      }
    }
    // Stacked labels: "Mødested: Deltagere: Borgmesterens mødelokale Johnny Søtrup (V), ...".
    if meeting.location == nil, placeLabelEmptyBeforeAttendees, let raw = rawAttendees,
      let (place, rest) = AttendeeList.splitLeadingPlace(raw)
    {
      meeting.location = HeaderReader.cleanPlace(place)
      meeting.attendees = AttendeeList.entries([rest]).filter { !$0.isAbsent }.map(\.name)
      notes.append(LayoutNote(part: "sted", form: "etiketter først, værdier efter", line: 1))
    }
    // "17.00-19.00": a place has letters.
    if let l = meeting.location, !l.contains(where: \.isLetter) { meeting.location = nil }
    // "MOD-2020-00240": a case number is no place.
    if let l = meeting.location, !l.contains(" "), CaseNumberReader.token(l) != nil { meeting.location = nil }
    // "Dato: 22. august" (a table's first row under the label, no year): where the file name
    // gives the meeting's day, that day, without the time read beside the other.
    if labelledDateWithoutYear, let named = fromPath.date, meeting.date != named {
      meeting.date = named
      meeting.startTime = nil
      meeting.endTime = nil
      notes.append(LayoutNote(part: "dato", form: "filnavn frem for dato uden år", line: 1))
    }
    return meeting
  }

  /// The attendee list's first value as written, for stacked labels.
  private var rawAttendees: String?
  /// Who hold the chair's and the deputy's seats, named under their labels.
  private var seatHolders: [String] = []

  /// Labels of a committee's seats over their holders.
  static let seatLabels = ["formand:", "næstformand:", "viceformand:"]

  /// `Formand: Jacob Holm (C)`, `Næstformand: Line Bak (V)`: a seat's label and one member's
  /// name, above or beside the members' list (`Medlemmer: ...`); the name, or nil.
  static func seatHolder(_ text: String) -> String? {
    guard text.utf8.count <= 80 else { return nil }
    let lower = text.lowercased()
    guard let label = seatLabels.first(where: { lower.hasPrefix($0) }) else { return nil }
    let value = String(text.dropFirst(label.count)).trimmingSpaces
    guard !value.isEmpty, isNameList(value) else { return nil }
    let entries = AttendeeList.entries([value])
    guard entries.count == 1, let entry = entries.first, !entry.isAbsent, AttendeeList.isPersonName(entry.name) else { return nil }
    return entry.name
  }
  /// The members called to the meeting, and where the list stands.
  private var summoned: [String] = []
  /// Who was away and who came instead, told in sentences under a label of who came
  /// (`Fremmøde` / `Der var afbud fra ...`).
  private var labelledProse: (away: [String], came: [String]) = ([], [])
  /// Who came in members' places, under their own label.
  private var substitutes: [String] = []
  private var summonedLine: Int?
  /// The labelled date had no year (`Dato: 22. august`): the file name's date goes before it.
  private var labelledDateWithoutYear = false

  /// Reads the value of labels stacked before it (`Mødelokale: Medlemmer: Afbud: <values>`):
  /// a room first, then the members, then the absent among them, repeated. Returns false when
  /// the value does not read so.
  mutating func readStacked(_ fields: [HeaderLabel.Field], value: String, line: Int, to meeting: inout Meeting) -> Bool {
    var rest = value
    var place: String?
    var fields = fields
    if fields.first == .place {
      guard let (p, r) = AttendeeList.splitLeadingRoom(value) else { return false }
      place = p
      rest = r
      fields.removeFirst()
    }
    guard fields == [.attendees, .absentees] || (fields == [.attendees] && place != nil) else { return false }
    var names = AttendeeList.names(in: rest)
    var absent: [String] = []
    // "... Kim Errebo Ingen Bemærkninger": nobody away (and an empty label after it).
    var noneAway = false
    if fields.count == 2, let last = names.last {
      let words = last.split(separator: " ")
      if let k = words.firstIndex(where: { ["Ingen", "ingen", "Intet", "intet"].contains($0) }), k >= 2 {
        names[names.count - 1] = words[..<k].joined(separator: " ")
        noneAway = true
      }
    }
    var members = names
    if fields.count == 2, !noneAway {
      guard let split = AttendeeList.splitRepeatedTail(names) else { return false }
      (members, absent) = split
    }
    if let place, meeting.location == nil { meeting.location = HeaderReader.cleanPlace(place) }
    meeting.attendees += members
    meeting.absentees += absent
    notes.append(LayoutNote(part: "deltagere", form: "etiketter først, værdier efter", line: line))
    return true
  }

  mutating func apply(
    _ field: HeaderLabel.Field, value: String, listLines: [String], line: Int, to meeting: inout Meeting
  ) {
    let reader = TemporalReader(reference: Day(year: 2000, month: 1, day: 1) ?? Day(ordinal: 0))
    switch field {
    case .date:
      // The label's word before the value: `Mødedato: 18.03.25` reads the year in two digits.
      let exprs = reader.expressions(in: "Dato: " + value)
      if meeting.date == nil, let d = exprs.first(where: { $0.kind == .day || $0.kind == .datetime }) {
        meeting.date = d.start
        labelledDateWithoutYear = d.isYearInferred
        if let t = d.time {
          meeting.startTime = t
          meeting.endTime = d.endTime
        }
        notes.append(LayoutNote(part: "dato", form: "etiket", line: line))
      } else if meeting.startTime == nil, let d = exprs.first(where: { $0.kind == .datetime }), d.start == meeting.date, let t = d.time {
        // A day read before without its time (a Markdown file's front matter, `dato: 2027-10-05`),
        // then the label with both.
        meeting.startTime = t
        meeting.endTime = d.endTime
      }
      if meeting.startTime == nil, let t = exprs.first(where: { $0.kind == .time }) {
        meeting.startTime = t.time
        meeting.endTime = t.endTime
      }
    case .time:
      // "03-11-2015 16:30:00": a date and a clock; the clock is the time, the date the day.
      let exprs = reader.expressions(in: value)
      if meeting.date == nil, let d = exprs.first(where: { $0.kind == .day || $0.kind == .datetime }) {
        meeting.date = d.start
        labelledDateWithoutYear = d.isYearInferred
      }
      if let t = exprs.first(where: { $0.time != nil }) {
        if meeting.startTime == nil {
          meeting.startTime = t.time
          meeting.endTime = t.endTime
        }
        return
      }
      var v = value
      for prefix in ["kl.", "Kl.", "kl", "Kl", "klokken"] where v.hasPrefix(prefix) {
        v = String(v.dropFirst(prefix.count)).trimmingSpaces
      }
      if let t = reader.expressions(in: "kl. " + v).first(where: { $0.time != nil }) {
        meeting.startTime = t.time
        meeting.endTime = t.endTime
      }
    case .place:
      // "Sted: BEMÆRK! Lukket møde kl. 16:30": a note to the members, not a place.
      let note = value.contains("!") || value.lowercased().hasPrefix("bemærk") || value.lowercased().hasPrefix("nb")
      if !value.isEmpty, !note, meeting.location == nil { meeting.location = HeaderReader.cleanPlace(value) }
    case .attendees:
      if rawAttendees == nil { rawAttendees = value }
      // "..., Burak Ulucan Dagsorden:": the next column's label run on after the list.
      var listLines = listLines
      if let first = listLines.first, first.hasSuffix(":"), let space = first.lastIndex(of: " ") {
        let word = first[first.index(after: space)...].dropLast().lowercased()
        if ["dagsorden", "referat", "indhold", "emne", "punkter"].contains(word) || SectionHeading.vocabulary[word] != nil {
          listLines[0] = String(first[..<space]).trimmingSpaces
        }
      }
      // "Alle var mødt, undtagen Liselotte Wesley Andersen og Ulla Dyhr, der havde meldt afbud.":
      // who came is not listed; who did not is.
      let lowerValue = value.lowercased()
      if lowerValue.hasPrefix("alle "), let r = lowerValue.range(of: "undtagen ") {
        var rest = String(value[r.upperBound...])
        if let end = rest.range(of: ", der ") ?? rest.range(of: " der ") { rest = String(rest[..<end.lowerBound]) }
        meeting.absentees += AttendeeList.names(in: rest.trimming(" ."))
        notes.append(LayoutNote(part: "deltagere", form: "alle undtagen", line: line))
        break
      }
      if lowerValue.hasPrefix("alle ") || lowerValue == "alle" { break }
      // "Fremmøde" / "Der var afbud fra Kaj Holm (A). For Kaj Holm mødte stedfortræder Eva Dam
      // (A).": sentences of who was away and who came instead, read with the header's prose, no
      // list of names.
      // "Til stede var Ib Dam (V) og Eva Bak (A). Kaj Holm (A) havde meldt afbud, …": the list in
      // the first sentence, the prose after it.
      listLines = listLines.compactMap { l in
        guard let (away, came) = AttendeeList.proseAttendance(l) else { return l }
        labelledProse.away += away
        labelledProse.came += came
        let sentences = SentenceSplitter.sentences(l)
        guard sentences.count >= 2, let first = sentences.first, AttendeeList.proseAttendance(first) == nil,
          AttendeeList.names(in: first).count >= 2
        else { return nil }
        return first
      }
      // "Anne Hansen, Bo Jensen og Carl Nielsen. Afbud fra Dorte Madsen.": who sent word, in a
      // sentence after the list.
      var absentLines: [String] = []
      listLines = listLines.map { l in
        guard let (present, absent) = AttendeeList.splitAbsenceSentence(l) else { return l }
        absentLines.append(absent)
        return present
      }
      meeting.absentees += AttendeeList.entries(absentLines).map(\.name)
      let entries = AttendeeList.entries(listLines.filter { !$0.isEmpty })
      meeting.attendees += entries.filter { !$0.isAbsent }.map(\.name)
      meeting.absentees += entries.filter(\.isAbsent).map(\.name)
      notes.append(LayoutNote(part: "deltagere", form: "etiket", line: line))
    case .absentees:
      // "Afbud: Kurt Holm, suppleant Martin Berg deltog": who came instead attends.
      var present: [String] = []
      for l in listLines where !l.isEmpty {
        let (_, came) = AttendeeList.absencesAndStandIns(l)
        present += came
      }
      let came = Set(present.map { CommitteeName.fold($0) })
      for l in listLines where !l.isEmpty {
        // "Bente Jensen og Ole Dam deltog ikke i pkt. 14-19": away for some items only.
        if l.lowercased().contains("ikke i pkt") || l.lowercased().contains("ikke i behandlingen") { continue }
        let (absent, standIns) = AttendeeList.absencesAndStandIns(l)
        // "Poul Weber - Jørgen Bastholm deltager som stedfortræder": the one away, not the pair.
        let away = standIns.isEmpty ? AttendeeList.entries([l]).map(\.name) : absent
        meeting.absentees += away.filter { !came.contains(CommitteeName.fold($0)) }
      }
      // Who came instead is an attendee where the members are listed; a note on one item's
      // absences in a document without a list says nothing of the meeting.
      if !meeting.attendees.isEmpty {
        let listed = Set(meeting.attendees.map { CommitteeName.fold($0) })
        meeting.attendees += present.filter { !listed.contains(CommitteeName.fold($0)) }
      }
    case .summoned:
      let entries = AttendeeList.entries(listLines.filter { !$0.isEmpty })
      summoned += entries.filter { !$0.isAbsent }.map(\.name)
      meeting.absentees += entries.filter(\.isAbsent).map(\.name)
      summonedLine = summonedLine ?? line
    case .committee:
      // "Udvalg: Hanne Bisgaard (A) (formand), Ejgil Krog (V), ...": the committee's members
      // under its word.
      if value.split(separator: ",").count >= 3, HeaderReader.isNameList(value), AttendeeList.names(in: value).count >= 3 {
        apply(.attendees, value: value, listLines: listLines, line: line, to: &meeting)
        return
      }
      if !value.isEmpty, meeting.committee.isEmpty {
        meeting.committee = CommitteeName.clean(value)
        notes.append(LayoutNote(part: "udvalg", form: "etiket", line: line))
      }
    case .substitutes:
      // "Stedfortræder: Jens Berg mødte for Kim Holm": who came and whom for, as under `Afbud`.
      let joined = listLines.filter { !$0.isEmpty }.joined(separator: ", ")
      let lower = joined.lowercased()
      let pairs = joined.split(separator: ",").map { $0.components(separatedBy: " for ") }
      if pairs.allSatisfy({ $0.count == 2 }), !["mødte", "deltog", "deltager", "møder"].contains(where: { lower.contains($0) }) {
        // "Stedfortrædere: Maria Søgaard (A) for Peter Hvam (A), Ole Kjær (V) for Line Bukh (V)":
        // under the label, who came, then whom for.
        for pair in pairs {
          substitutes += AttendeeList.names(in: pair[0])
          meeting.absentees += AttendeeList.names(in: pair[1])
        }
      } else if lower.contains(" for ") || lower.contains("i stedet") {
        let (away, came) = AttendeeList.absencesAndStandIns(joined)
        meeting.absentees += away
        substitutes += came
      } else {
        substitutes += AttendeeList.entries([joined]).filter { !$0.isAbsent }.map(\.name)
      }
    case .guests:
      // "Desuden mødt: Jørn Kvist, suppleant for Mogens Brix": a member's substitute among
      // those who also came attends.
      let parts = listLines.filter { !$0.isEmpty }.joined(separator: ", ").split(separator: ",").map { $0.trimmingSpaces }
      for (k, part) in parts.enumerated() where k > 0 {
        let lower = part.lowercased().trimming("() ")
        guard ["suppleant for ", "stedfortræder for "].contains(where: { lower.hasPrefix($0) }) else { continue }
        substitutes += AttendeeList.names(in: parts[k - 1])
      }
    case .chair, .secretary, .ignored:
      break
    }
  }

  // MARK: title lines

  /// The committee a title line names, with a score: 2 for a line with a document kind or
  /// `møde i`, 1 more for a body noun; nil when nothing is left that could be a name.
  func committeeCandidate(_ text: String, dateExpression: TemporalExpression?) -> (String, Int)? {
    guard text.utf8.count <= 300 else { return nil }
    // "Bemærkninger til dagsordenen:": a label, not a title.
    if text.hasSuffix(":"), !text.lowercased().contains("møde") { return nil }
    // "Hermed referat fra mødet i går. Evt. rettelser til mig senest fredag, ...": a mail's
    // sentences about the minutes, no title.
    // (`Bestyrelsesmøde i Bytinget. 10. november 2022. Foreningshuset.`: a title in short parts.)
    if text.split(separator: " ").count >= 12, text.contains(","), SentenceSplitter.sentences(text).count >= 2 { return nil }
    var s = text
    var score = 0
    if let d = dateExpression {
      let utf8 = Array(text.utf8)
      var before = String(decoding: utf8[0..<d.utf8Range.lowerBound], as: UTF8.self)
      let after = String(decoding: utf8[d.utf8Range.upperBound...], as: UTF8.self)
      // "Referat fra lokalrådsmøde den 30. november 2016": the date's span took the body's
      // meeting word; the body is in it.
      for word in d.text.split(separator: " ").prefix(while: { !$0.contains(where: \.isNumber) }) {
        let w = word.lowercased()
        if word.count > 5, w.hasSuffix("møde") || w.hasSuffix("mødet"), word.allSatisfy(\.isLetter) {
          before += " " + word
        }
      }
      // "12. februar 2024 - referat fra byrådet": the date first, the name after.
      s = before.trimming(" -–,:").isEmpty ? after : before
      score += 1
    }
    let lowerAll = s.lowercased()
    if HeaderReader.kindWords.contains(where: { lowerAll.contains($0.0) }) || lowerAll.contains("møde i ")
      || lowerAll.contains("mødet i ")
    {
      score += 2
    }
    // A page title's site name: "Referat - Økonomiudvalget | Xxx Kommune".
    if let bar = s.range(of: " | ") { s = String(s[..<bar.lowerBound]) }
    // "Netpublikator - Teknik- og Miljøudvalget - Referat - ": a page title's parts, the site's
    // name first; the one part that names a body.
    let parts = s.replacingOccurrences(of: " – ", with: " - ").components(separatedBy: " - ").map { $0.trimming(" -–,:") }
    if parts.count >= 3, !CommitteeName.namesBody(parts[0]) {
      let bodies = parts.filter { !$0.isEmpty && CommitteeName.namesBody($0) }
      if bodies.count == 1 { s = bodies[0] }
    }
    // "Hove Vandværk - Referat af generalforsamling": the association, then the document's kind
    // and the meeting.
    for dash in [" - ", " – "] {
      // ("Byrådet - Referat": the body, then the kind.)
      if let r = s.range(of: dash), case let right = s[r.upperBound...].split(separator: " "), right.count >= 3,
        ["referat", "mødereferat", "dagsorden", "protokol", "beslutningsprotokol"].contains(right[0].lowercased()),
        !CommitteeName.namesBody(String(s[..<r.lowerBound]))
      {
        s = String(s[r.upperBound...])
      }
    }

    // Filler words off both ends.
    var words = s.split(separator: " ").map(String.init)
    func isFiller(_ w: String) -> Bool {
      let key = w.lowercased().trimming(",.:;")
      if key.isEmpty || HeaderReader.fillerWords.contains(key) { return true }
      // A weekday, also misspelt ("trsdag"): no body's name ends in "dag".
      if key.hasSuffix("dag"), key.count <= 8, key.allSatisfy(\.isLetter) { return true }
      // "Dagsorden/referat".
      return key.contains("/") && key.split(separator: "/").allSatisfy { HeaderReader.fillerWords.contains(String($0)) }
    }
    // The body a meeting word names (`bestyrelsesmøde` → `Bestyrelsen`), if any.
    func bodyOfMeetingWord(_ w: String) -> String? {
      let l = w.lowercased()
      guard l.count > 6, l.hasSuffix("møde") || l.hasSuffix("mødet") else { return nil }
      var stem = String(l.dropLast(l.hasSuffix("mødet") ? 5 : 4))
      if stem.hasSuffix("s") { stem.removeLast() }
      guard CommitteeName.namesBody(stem) else { return nil }
      let d = CommitteeName.definite(stem)
      return d.prefix(1).uppercased() + d.dropFirst()
    }
    // "2. rådsmøde i Medicinrådet": the body after "møde i"; "bestyrelsesmøde i Langø Bådelaug",
    // "Bestyrelsesmøde – Holbæk Bådelaug": an association's board is the board.
    if let k = words.indices.dropLast().first(where: { i in
      let l = words[i].lowercased()
      return (l.hasSuffix("møde") || l.hasSuffix("mødet")) && (["i", "–", "-", "på", "hos"].contains(words[i + 1]))
    }), k + 2 < words.count {
      let owner = words[(k + 2)...].prefix { !$0.contains(where: \.isNumber) }.joined(separator: " ")
      if !CommitteeName.namesBody(owner), let body = bodyOfMeetingWord(words[k]) {
        words = [body]
      } else if words[k + 1] == "i" {
        words = Array(words[(k + 2)...])
      }
    } else if let k = words.indices.dropLast().first(where: { i in
      // "bestyrelsesmøde Fanø Marineforening", "menighedsrådsmøde, Sdr. Højrup": the body's
      // meeting, then the association or the parish it belongs to.
      let l = words[i].lowercased().trimming(",")
      return (l.hasSuffix("møde") || l.hasSuffix("mødet")) && words[i + 1].first?.isUppercase == true
    }), let body = bodyOfMeetingWord(words[k].trimming(",")) {
      let owner = words[(k + 1)...].prefix { !$0.contains(where: \.isNumber) }.joined(separator: " ").trimming(" ,")
      if !CommitteeName.namesBody(owner) { words = [body] }
    }
    while let f = words.first, isFiller(f) { words.removeFirst() }
    // The date's span may have taken "møde" ("sundheds møde den 17. april 2023").
    var beforeMeeting = dateExpression?.mentionsMeeting == true
    func dropMeetingNumber() {
      // "lokalrådsmøde nr 19": the meeting's number.
      if words.count >= 3, let l = words.last, l.allSatisfy(\.isNumber), ["nr", "nr."].contains(words[words.count - 2].lowercased()) {
        words.removeLast(2)
      }
    }
    while let l = words.last, isFiller(l) {
      if ["møde", "mødet"].contains(l.lowercased()) { beforeMeeting = true }
      words.removeLast()
      dropMeetingNumber()
    }
    dropMeetingNumber()
    // "Social og sundheds møde": the word before "møde" is a genitive.
    if beforeMeeting, var last = words.last, last.count > 3, last.hasSuffix("s"), !last.hasSuffix("ss") {
      last.removeLast()
      words[words.count - 1] = last
    }
    // "TÅRNBY KOMMUNE Åbent referat til Økonomiudvalget": what the document is, written after
    // the municipality, and the body after that.
    if let kind = words.indices.dropFirst().last(where: { k in
      HeaderReader.kindWords.contains { $0.0 == words[k].lowercased() }
    }) {
      var tail = Array(words[(kind + 1)...])
      while let f = tail.first, isFiller(f) { tail.removeFirst() }
      // "Læs referat fra Borgerforeningens bestyrelsesmøde": the body's meeting word too.
      let meetingOfBody = tail.last.map { bodyOfMeetingWord($0) != nil } ?? false
      if !tail.isEmpty, CommitteeName.namesBody(tail.joined(separator: " ")) || meetingOfBody { words = tail }
    }
    s = words.joined(separator: " ")
    // "Egebjerg Kommune Kommunalbestyrelsen": the municipality in front of the body.
    if let k = s.range(of: " Kommune ", options: .caseInsensitive), CommitteeName.namesBody(String(s[k.upperBound...])) {
      s = String(s[k.upperBound...])
    }
    // "Sct. Jørgens Sogn, Menighedsrådet": the parish or the association, then its body.
    // "Ådalsskolen - Skolebestyrelsen" likewise after a dash.
    if let comma = s.range(of: ", ", options: .backwards) ?? s.range(of: " - ", options: .backwards) ?? s.range(of: " – ", options: .backwards) {
      let body = String(s[comma.upperBound...])
      let owner = String(s[..<comma.lowerBound])
      if CommitteeName.namesBody(body), !CommitteeName.namesBody(owner), !body.contains(" "), !owner.hasSuffix("-") { s = body }
    }
    // "Ældrerådet i Struer Kommune", "Menighedsrådet ved Vor Frue Kirke", "Skolebestyrelsen,
    // Nørrebakkeskolen": the body, then where it belongs (`Udvalget for Teknik og Miljø` is a
    // name whole).
    for sep in [" i ", " ved ", ", "] {
      guard let r = s.range(of: sep) else { continue }
      let head = String(s[..<r.lowerBound])
      let lower = head.lowercased()
      if !head.contains(" "), CommitteeName.namesBody(head), lower.hasSuffix("et") || lower.hasSuffix("en"), lower != "udvalget",
        s[r.upperBound...].first?.isUppercase == true
      {
        s = head
        break
      }
    }
    s = CommitteeName.clean(s)
    guard !s.isEmpty, s.split(separator: " ").count <= 10 else { return nil }
    // "Byrådets" → "Byrådet"; "Skolebestyrelsesmøde" → "Skolebestyrelsen".
    if s.lowercased().hasSuffix("møde") || s.lowercased().hasSuffix("mødet") {
      var stem = String(s.dropLast(s.lowercased().hasSuffix("mødet") ? 5 : 4))
      if stem.hasSuffix("s") { stem.removeLast() }
      guard CommitteeName.namesBody(stem) else { return nil }
      // "menighedsmøde og ordinært menighedsrådsmøde": two meetings; the body's is the last.
      if stem.contains(" og "), let last = stem.split(separator: " ").last, CommitteeName.namesBody(String(last)) {
        stem = String(last)
      }
      s = CommitteeName.definite(stem)
      // "Borgerforeningens bestyrelsesmøde": the association's board is the board.
      let parts = s.split(separator: " ")
      if parts.count == 2, parts[0].hasSuffix("s"), parts[1].first?.isLowercase == true { s = String(parts[1]) }
      if let f = s.first, f.isLowercase { s = f.uppercased() + s.dropFirst() }
    }
    s = CommitteeName.withoutGenitive(s)
    // A name has letters and no sentence in it.
    guard s.contains(where: \.isLetter), !s.hasSuffix("."), !s.contains(": ") else { return nil }
    let verbs: Set<String> = ["blev", "er", "var", "har", "havde", "skal", "vil", "kan", "bliver", "gennemført", "afholdt", "afholdes"]
    if s.split(separator: " ").count > 8 || s.split(separator: " ").contains(where: { verbs.contains($0.lowercased()) }) {
      return nil
    }
    if s.contains(where: \.isNumber) { score -= 2 }
    // A page that lists an archive ("Oversigt over dagsordener og referater for ...").
    let lowerLine = text.lowercased()
    if lowerLine.contains("dagsordener") || lowerLine.contains("referater") || lowerLine.hasPrefix("oversigt") {
      score -= 3
    }
    if CommitteeName.namesBody(s) { score += 1 }
    let lowerName = s.lowercased()
    // "29. oktober hos Benjamin": where a meeting is held, not a body.
    if lowerName.hasPrefix("hos ") { return nil }
    if ["referat", "dagsorden", "åben", "åbent", "lukket", "indholdsfortegnelse", "punkt", "tid", "titel",
      "sag", "emne", "nr", "side", "dato", "bilag", "beslutning", "mødefakta", "dagsordenspunkter", "mødet",
    ].contains(lowerName) {
      return nil
    }
    return (s, score)
  }

  /// Whether `name` is the committee a file name spells.
  func matches(_ name: String, _ folded: String) -> Bool {
    let f = CommitteeName.fold(name)
    return !f.isEmpty && (folded.contains(f) || f.contains(folded) && folded.count >= 4 && f.count <= folded.count + 8)
  }

  /// `Sognegården onsdag 9. juni 2021 kl. 19:00`: a building or room opening the line the date
  /// closes.
  func placeBeforeDate(_ text: String, date: TemporalExpression) -> String? {
    let before = String(decoding: Array(text.utf8)[0..<date.utf8Range.lowerBound], as: UTF8.self).trimming(" ,-–:")
    let words = before.split(separator: " ")
    guard !words.isEmpty, words.count <= 4, words.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true }),
      HeaderReader.looksLikeRoom(before), !CommitteeName.namesBody(before)
    else { return nil }
    let lower = before.lowercased()
    if HeaderReader.kindWords.contains(where: { lower.contains($0.0) }) || lower.contains("møde") { return nil }
    return before
  }

  /// `Ekstraordinært møde - Mødelokale F7 kl. 12.00`: a place named before the time, after what
  /// the meeting is, when it reads like a room.
  func placeBeforeTime(_ text: String, time: TemporalExpression) -> String? {
    let before = String(decoding: Array(text.utf8)[0..<time.utf8Range.lowerBound], as: UTF8.self)
    let parts = before.components(separatedBy: " - ").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    guard let last = parts.last, HeaderReader.looksLikeRoom(last) else { return nil }
    return last
  }

  /// Words that name a room or a building.
  static let roomWords = [
    "lokale", "sal", "salen", "rådhus", "rådhuset", "stue", "stuen", "kontor", "center", "centret",
    "huset", "skole", "skolen", "bibliotek", "teams", "værelse", "kantine", "café", "cafe", "hal",
    "hallen", "mødelokale", "byrådssal", "auditorium", "kælder", "loft", "personalerummet", "rummet",
    "gården",
  ]

  /// Words of a room inside a building (`Mødelokale C`, `Udvalgsværelse 1`, `Byrådssalen`).
  static let innerRoomWords = ["lokale", "værelse", "sal", "salen", "stue", "stuen", "kontor", "rummet"]

  /// Words of a building (`Rådhuset`, `Sognegården`).
  static let buildingWords = ["rådhus", "rådhuset", "huset", "center", "centret", "skole", "skolen", "bibliotek", "gården"]

  /// Meeting kinds written after a place (`Mødesalen, Ringe - Ekstraordinært`, `- (EX. møde)`).
  static let meetingKinds: Set<String> = [
    "ekstraordinært", "ekstraordinær", "ekstraordinært møde", "ekstraordinær møde", "ex møde", "ex. møde",
    "ekstra møde", "ekstramøde", "ordinært møde", "ordinært",
  ]

  static func looksLikeRoom(_ s: String) -> Bool {
    guard s.utf8.count <= 80 else { return false }
    let lower = s.lowercased()
    return roomWords.contains { w in lower.split(separator: " ").contains { $0.hasSuffix(w) || $0.hasPrefix(w) } }
  }

  /// A place as written, without the preposition before it or a full stop after it
  /// (`i Regionshuset Viborg` → `Regionshuset Viborg`, `Regionshuset, mødelokale 4.`).
  static func cleanPlace(_ raw: String) -> String {
    var p = raw.trimmingSpaces
    // "Byrådssalen, Roskilde Rådhus        Slut:   kl. 19:00": a field beside it on a laid-out
    // page, after a wide gap.
    if let gap = p.range(of: "   ") {
      let after = p[gap.upperBound...].drop(while: { $0 == " " })
      if let colon = after.prefix(30).firstIndex(of: ":"), after.first?.isUppercase == true,
        !after[..<colon].contains(where: \.isNumber)
      {
        p = String(p[..<gap.lowerBound]).trimmingSpaces
      }
    }
    // "BusinessPark Struer Afbud fra/fraværende: - ...": the next field's label on a flattened
    // page ends the place.
    let words = p.split(separator: " ")
    if words.count >= 2, p.utf8.count <= 400,
      let k = words.indices.dropFirst().first(where: { k in
        guard words[k].first?.isUppercase == true else { return false }
        let w = words[k].lowercased().split(separator: "/").first.map { String($0).trimming(":") } ?? ""
        if ["afbud", "fraværende", "deltagere", "medlemmer", "mødeleder", "referent", "tilstede", "fravær"].contains(w) {
          return true
        }
        // "Byrådssalen, Tønder Rådhus Starttidspunkt for møde: 19:00": any field's label of
        // up to four words with its colon.
        return HeaderLabel.inlineLabel(words, at: k) != nil
      })
    {
      p = words[..<k].joined(separator: " ")
    }
    for lead in ["i ", "på ", "I ", "På "] where p.hasPrefix(lead) && p.count > lead.count + 2 {
      p = String(p.dropFirst(lead.count))
    }
    if p.hasSuffix(",") { p.removeLast() }
    // "Mødelokale 1, forhallen - (EX. møde)": what kind of meeting it is, not where.
    for dash in [" - ", " – "] {
      if let r = p.range(of: dash, options: .backwards) {
        let kind = p[r.upperBound...].lowercased().trimming(" ()")
        if meetingKinds.contains(kind) { p = String(p[..<r.lowerBound]).trimmingSpaces }
      }
    }
    if p.hasSuffix(")"), let open = p.lastIndex(of: "("),
      meetingKinds.contains(p[p.index(after: open)...].dropLast().lowercased().trimmingSpaces)
    {
      p = String(p[..<open]).trimmingSpaces
    }
    // "Rådhuset i Mødelokale C": the room in the building.
    if let r = p.range(of: " i "), p.utf8.count <= 80 {
      let outer = p[..<r.lowerBound].lowercased().split(separator: " ")
      let inner = p[r.upperBound...].lowercased().split(separator: " ")
      if outer.contains(where: { w in buildingWords.contains { w.hasSuffix($0) } }),
        !outer.contains(where: { w in innerRoomWords.contains { w.hasSuffix($0) } }),
        inner.contains(where: { w in innerRoomWords.contains { w.hasSuffix($0) } }), p[r.upperBound...].first?.isUppercase == true
      {
        p = String(p[r.upperBound...])
      }
    }
    // "Rådhuset Mødelokale 21 Furesø Kommune": the page's footer after the room.
    if p.hasSuffix(" Kommune"), let r = p.range(of: " ", options: .backwards, range: p.startIndex..<p.index(p.endIndex, offsetBy: -8)) {
      let head = String(p[..<r.lowerBound])
      if head.split(separator: " ").count >= 2 { p = head }
    }
    // A full stop ends the line, unless it ends an abbreviation ("Nykøbing Sj.").
    if p.hasSuffix("."), let last = p.split(separator: " ").last,
      !(last.count <= 4 && last.first?.isUppercase == true && last.dropLast().allSatisfy(\.isLetter))
    {
      p.removeLast()
    }
    return p.trimmingSpaces
  }

  /// `... kl. 19:00 i Kommunalbestyrelsens mødesal` → `Kommunalbestyrelsens mødesal`.
  /// `... den 22. februar 2016 i St. Magleby Stuen, Rådhuset kl. 10.00 – 12.00` → the place
  /// between the date (or its time) and the time, if any.
  /// `18.00 – 22.00`, `9:30-11`: the two clock times of a span.
  static func clockSpan(_ text: String) -> (ClockTime, ClockTime?)? {
    let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    guard numbers.count >= 2, let start = ClockTime(hour: numbers[0], minute: numbers[1]) else { return nil }
    let stop = numbers.count >= 4 ? ClockTime(hour: numbers[2], minute: numbers[3]) : nil
    return (start, stop)
  }

  func placeAfterTime(_ text: String, date: TemporalExpression) -> String? {
    let utf8 = Array(text.utf8)
    var after = String(decoding: utf8[date.utf8Range.upperBound...], as: UTF8.self).trimmingSpaces
    var place: String
    // ", Kl i Kommunalbestyrelsens mødesal", "kl på Molskroen": a time the transcript lost.
    for lost in [", Kl ", ", kl. ", ", kl ", "Kl ", "kl. ", "kl "] where after.hasPrefix(lost) {
      let rest = after.dropFirst(lost.count)
      if rest.hasPrefix("i ") || rest.hasPrefix("på ") { after = String(rest) }
    }
    after = after.trimmingSpaces
    if after.hasPrefix("i ") || after.hasPrefix("på ") {
      place = String(after.drop(while: { $0 != " " })).trimmingSpaces
    } else if after.hasPrefix("hos ") {
      place = after
    } else if date.time != nil, after.hasPrefix("- ") || after.hasPrefix("– ") || after.hasPrefix(", ") {
      place = String(after.dropFirst(2)).trimmingSpaces
    } else if date.time != nil, after.first?.isUppercase == true, after.split(separator: " ").count <= 6,
      HeaderReader.looksLikeRoom(after)
    {
      // "19-08-2015 kl. 08:15 Udvalgsværelse 1": the room straight after the time.
      place = after
    } else {
      return nil
    }
    // "... på Rådhuset i Mødelokale C. Mødet begyndte kl. 07:30": a sentence after it ends the place.
    place = HeaderReader.beforeNextSentence(place)
    for stop in [" kl.", " kl ", " klokken ", ", kl."] {
      if let r = place.range(of: stop) { place = String(place[..<r.lowerBound]) }
    }
    // "i Brobyværkhallen med dagsorden som udsendt ...": the sentence goes on past the place.
    for stop in [" med dagsorden", " med følgende", " med deltagelse", " hvor ", " og med ", " efter "] {
      if let r = place.range(of: stop) { place = String(place[..<r.lowerBound]) }
    }
    place = place.trimming(" .,")
    return place.isEmpty || place.count > 120 ? nil : place
  }

  /// The text before a sentence that follows it: `. ` and a capitalised word followed by one in
  /// lower case (`Mødelokale C. Mødet begyndte` → `Mødelokale C`; `St. Magleby Stuen` stays).
  static func beforeNextSentence(_ text: String) -> String {
    let words = text.split(separator: " ")
    guard words.count >= 3 else { return text }
    for k in 0..<(words.count - 2) where words[k].hasSuffix(".") {
      if words[k + 1].first?.isUppercase == true, words[k + 2].first?.isLowercase == true {
        return String(words[...k].joined(separator: " ").dropLast())
      }
    }
    return text
  }

  func isKindLine(_ line: MarkupLine) -> Bool {
    let key = SectionHeading.key(line.text)
    return HeaderReader.kindWords.contains { $0.0 == key }
  }

  func isStructural(_ line: MarkupLine) -> Bool {
    let key = SectionHeading.key(line.text)
    if key.hasPrefix("indholdsfortegnelse") { return true }
    return ["punkt", "titel", "indholdsfortegnelse", "indhold", "dagsorden", "referat"].contains(key)
      || ItemHeading.keywordHeading(line) != nil || SectionHeading.read(line) != nil
  }

  /// A line in a list of people: short, no sentence, names in it.
  func looksLikeListEntry(_ line: MarkupLine) -> Bool {
    let t = line.text
    guard t.utf8.count <= 4000, !line.isTableRow, !t.hasSuffix(":"), !PageFurniture.isFurniture(line),
      DecisionLabel.read(t, reference: nil) == nil
    else { return false }
    // A numbered list of members ("1. Overborgmester Frank Jensen (A)"), not an item heading.
    if let m = ItemHeading.numberedHeading(line) { return HeaderReader.isNameList(m.title) }
    // "Udvalget 2030-2033 - 14-03-2031 16:00": a page's running head, the body with the day and
    // the hour in digits, no one of a list.
    if HeaderReader.holdsDigitDayAndClock(t) { return false }
    // "Kasper Lund: Foreningen Sidesporet": a person, then what she sits for.
    if let colon = t.utf8.prefix(60).firstIndex(of: 0x3A), AttendeeList.isPersonName(String(t[..<colon])) { return true }
    // "Politiinspektør Annette Birch, Syd- og Sønderjyllands Politi": a title, a name, where the
    // member comes from.
    // ("Natur- og miljøchef Jesper Ahl": a title of two joined by `og`.)
    let firstWords = t.split(separator: " ", maxSplits: 3)
    let titled = AttendeeList.opensWithTitleOfTwo(firstWords) || AttendeeList.opensWithQualifiedTitle(firstWords)
    if let first = firstWords.first, titled || AttendeeList.isTitleWord(String(first)), !t.hasSuffix("."),
      let part = t.split(separator: ",").first, AttendeeList.isPersonName(AttendeeList.withoutLeadingRole(String(part)))
    {
      return true
    }
    // "Dagsordenspunkter" / "Indholdsfortegnelse": the list of items begins.
    if ["dagsordenspunkter", "dagsordenpunkter", "indholdsfortegnelse", "indhold", "dagsorden", "punkter"].contains(SectionHeading.key(t)) {
      return false
    }
    // "Ungekonsulent: Rasmus Toft (RT), referent": a job's label over its holder, staff.
    if let colon = t.utf8.prefix(40).firstIndex(of: 0x3A), !t[..<colon].contains(" "), NameGrammar.isRoleWord(t[..<colon].lowercased()) {
      return false
    }
    // "Politiske medlemmer: Jørgen Helbo (A), formand, Lone Tvede (V).": a group of two or three
    // words, then its names.
    if let colon = t.firstIndex(of: ":"), (2...3).contains(t[..<colon].split(separator: " ").count),
      t[..<colon].first?.isUppercase == true, HeaderLabel.read(t) == nil,
      HeaderReader.isNameList(String(t[t.index(after: colon)...]).trimming(" ."))
    {
      return true
    }
    // "Valg af referent.: Jeanette": an item of a board's notes with its outcome, not a group
    // of names (`Danske Handicaporganisationer: ...`).
    if ItemStartFinder.labelledTitle(t) != nil { return false }
    // "Poul Weber - Jørgen Bastholm deltager som stedfortræder.": an absence and who came instead.
    let lower = t.lowercased()
    // "Stedfortræder for Lone Dall: Jesper Friis (A)": who came for a member, in the list.
    if ["stedfortræder for ", "suppleant for ", "stedfortræder i stedet for "].contains(where: { lower.hasPrefix($0) }),
      let colon = t.firstIndex(of: ":"), HeaderReader.isNameList(String(t[t.index(after: colon)...]).trimmingSpaces)
    {
      return true
    }
    if t.utf8.count <= 200,
      lower.contains("stedfortræder") || lower.contains("suppleant") || lower.hasSuffix(" i stedet")
        || lower.contains(" mødte for ") || lower.contains(" deltog for ") || lower.contains(" i stedet for "),
      !AttendeeList.absencesAndStandIns(t).present.isEmpty
    {
      return true
    }
    // "Jens Bruhn (Ø) deltog ikke i mødet.": one away, told in a sentence.
    if t.utf8.count <= 200, lower.contains(" deltog ikke i mødet") || lower.contains(" mødte ikke"),
      !AttendeeList.absencesAndStandIns(t).absent.isEmpty
    {
      return true
    }
    // A sentence, not a name with a full stop ("Bente Hansen.").
    if !line.isBullet, t.hasSuffix("."), !t.contains(","), !startsWithGroupLabel(t), t.split(separator: " ").count > 4,
      !(t.contains(" og ") && t.split(separator: " ").count <= 9 && HeaderReader.isNameList(String(t.dropLast())))
    {
      return false
    }
    return HeaderReader.isNameList(t)
  }

  func last(_ lines: [String]) -> String { lines.last ?? "" }

  /// Whether a line holds a day in digits (`14-03-2031`, `14.03.2031`) and a clock (`16:00`).
  static func holdsDigitDayAndClock(_ t: String) -> Bool {
    guard t.utf8.count <= 200 else { return false }
    let words = t.split(separator: " ")
    let day = words.contains { w in
      let parts = w.split(separator: "-", omittingEmptySubsequences: false)
      let dotted = parts.count == 3 ? parts : w.split(separator: ".", omittingEmptySubsequences: false)
      return dotted.count == 3 && dotted.allSatisfy { $0.allSatisfy(\.isNumber) } && (1...2).contains(dotted[0].count)
        && (1...2).contains(dotted[1].count) && dotted[2].count == 4
    }
    let clock = words.contains { w in
      let parts = w.split(separator: ":", omittingEmptySubsequences: false)
      return parts.count == 2 && parts.allSatisfy { $0.count == 2 && $0.allSatisfy(\.isNumber) }
    }
    return day && clock
  }

  /// `Forældrevalgte: ...`: a group's name and a colon open the line.
  func startsWithGroupLabel(_ t: String) -> Bool {
    guard let colon = t.firstIndex(of: ":") else { return false }
    return t.distance(from: t.startIndex, to: colon) <= 40 && !t[..<colon].contains(" ")
  }

  /// "..., Eva Berg (A), 2.": a list's line that ends with an ordinal after a comma, its role on
  /// the next line.
  static func endsWithOrdinal(_ t: String) -> Bool {
    let words = t.split(separator: " ")
    guard words.count >= 3, let last = words.last, last.hasSuffix("."), (2...3).contains(last.count),
      last.dropLast().allSatisfy(\.isNumber), words[words.count - 2].hasSuffix(",")
    else { return false }
    return true
  }

  /// A list of names: every part between commas and `og` is a few words (a name, a party, a role).
  static func isNameList(_ raw: String) -> Bool {
    // "Mads Holm (C) - deltog fra kl. 9.45": a note of when a member came, not a time line.
    var t = AttendeeList.withoutDashedNote(AttendeeList.withoutPlotNumber(raw))
    // "Anne Holm, Ib Dam og" / "Eva Berg": a list a line broke after its `og` or comma.
    for tail in [" og", " samt", ","] where t.hasSuffix(tail) && t.utf8.count > tail.utf8.count + 2 {
      t = String(t.dropLast(tail.count))
      break
    }
    // "Bo Dam (V), 1. viceborgmester, Eva Berg (A), 2." / "viceborgmester, ...": a role's ordinal
    // the line broke from its role.
    if HeaderReader.endsWithOrdinal(t) { t = String(t.dropLast(t.split(separator: " ").last!.count)).trimming(" ,") }
    guard !t.lowercased().contains(" kl."), !AttendeeList.names(in: t).isEmpty else { return false }
    var value = t
    if let colon = t.firstIndex(of: ":"), t.distance(from: t.startIndex, to: colon) <= 40 {
      value = String(t[t.index(after: colon)...])
    }
    // Parenthesised notes (`(V)`, `(formand)`) are not words of a name.
    var plain = ""
    var depth = 0
    for c in value {
      if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if depth == 0 { plain.append(c) }
    }
    for part in plain.split(whereSeparator: { $0 == "," || $0 == ";" }) {
      for whole in NameGrammar.splitWords(String(part), at: ["og", "samt"]) {
        // A role beside the name after a dash ("Julie Dam – sognepræst") goes, staff too.
        guard let raw = AttendeeList.withoutDashedRole(whole) else { continue }
        // An absence note ("Næstformand- afbud") goes, as when the names are read.
        var piece = raw.trimming(" .;:-–")
        for w in AttendeeList.absenceWords where piece.lowercased().hasSuffix(w) {
          piece = String(piece.dropLast(w.count)).trimming(" .;:-–")
        }
        if piece.isEmpty { continue }
        // "Lene Bjerg (A) 1. viceborgmester": a seat with its ordinal after the party's letter, no
        // comma between (a site's role beside the name).
        let pieceWords = piece.split(separator: " ")
        if pieceWords.count >= 4, let role = pieceWords.last, let ordinal = pieceWords.dropLast().last,
          ordinal.hasSuffix("."), (2...3).contains(ordinal.count), ordinal.dropLast().allSatisfy(\.isNumber),
          AttendeeList.roleWords.contains(role.lowercased()) || NameGrammar.isRoleWord(role.lowercased())
        {
          piece = pieceWords.dropLast(2).joined(separator: " ")
        }
        // "1. næstformand": an ordinal before a role beside the name.
        if let dot = piece.firstIndex(of: "."), piece[..<dot].allSatisfy(\.isNumber), !piece[..<dot].isEmpty,
          let role = piece[piece.index(after: dot)...].split(separator: " ").first,
          AttendeeList.roleWords.contains(String(role).lowercased().trimming(".,:-–")) || NameGrammar.isRoleWord(String(role).lowercased().trimming(".,:-–"))
        {
          continue
        }
        let words = piece.split(separator: " ")
        // "Dagsorden og beslutning": the document's own words open what follows the list.
        if words.count == 1, HeaderReader.fillerWords.contains(piece.lowercased()) {
          return false
        }
        // A role phrase beside a name ("Suppleant for Brian Møller") belongs to the list.
        if let first = words.first, AttendeeList.roleWords.contains(String(first).lowercased().trimming(".,:-–")) {
          continue
        }
        // A note after a comma ("sag 129-138", "fra pkt. 3").
        if let f = words.first?.first, f.isLowercase { continue }
        // What the person sits for after the comma ("Foreningen af sommerhusejere ved ...",
        // "Center for Børn & Familier").
        if let f = words.first, f.lowercased().contains("forening") || CommitteeName.namesBody(String(f)) { continue }
        if AttendeeList.isOrganisation(piece) { continue }
        // "Kenneth Ølgaard, 3F", "Per Munkholm, HK": a union's or a body's letters after a name.
        if words.count == 1, piece.count <= 6, piece.allSatisfy({ $0.isUppercase || $0.isNumber }),
          piece.contains(where: \.isLetter)
        {
          continue
        }
        let name = AttendeeList.withoutNote(String(piece)).split(separator: " ")
        if name.contains(where: { $0.contains(where: \.isNumber) }) { return false }
        // "Pkt. Tekst": an abbreviation opens a table's header, not a name (an initial is one letter).
        if let f = name.first, f.hasSuffix("."), f.count >= 3 { return false }
        // A name's words are capitalised, but for particles ("Carl von Holst").
        let particles: Set<String> = ["von", "van", "de", "la", "le", "af", "du", "da", "di", "der", "den", "el", "al"]
        // ("DGI Midt- og Vestsjælland": `og` after a compound's first part.)
        if !name.indices.allSatisfy({ k in
          name[k].first?.isUppercase == true || particles.contains(String(name[k]))
            || (name[k] == "og" && k > 0 && name[k - 1].hasSuffix("-"))
        }) {
          return false
        }
        if name.count == words.count {
          // Two names a table's columns put on one line.
          if words.count > 6, AttendeeList.columnsOfNames(String(piece)).count < 2 { return false }
        } else if name.count < 2 || !name.allSatisfy({ $0.first?.isUppercase ?? false }) {
          // A sentence, not a name with a note ("I stedet for X deltog Y").
          return false
        }
      }
    }
    return true
  }

  /// A place line beside the date: short, not a label, title, kind or list.
  /// "Lyngby-Taarbæk Kommune", "Region Midtjylland": a municipality's or a region's name alone
  /// (two to four capitalised words, `Kommune` or `Region` first or last).
  static func namesMunicipality(_ text: String) -> Bool {
    let named = text.split(separator: " ")
    return (2...4).contains(named.count) && named.allSatisfy({ $0.first?.isUppercase == true })
      && [named.first, named.last].contains(where: { $0.map { ["kommune", "region"].contains($0.lowercased()) } == true })
  }

  func isPlaceLine(_ line: MarkupLine, committee: String) -> Bool {
    let t = line.text
    guard !t.isEmpty, t.utf8.count <= 100, !line.isTableRow, !line.isBullet, !t.hasSuffix(":") else {
      return false
    }
    if label(t) != nil || isKindLine(line) || isStructural(line) { return false }
    // "Kære alle", "Hej alle sammen", "Hermed referat ...": a letter's greeting, not a place.
    if let first = t.split(separator: " ").first?.lowercased().trimming(",!"), ["kære", "hej", "hermed", "goddag", "hejsa"].contains(first) {
      return false
    }
    // "Udvalg Dato Type Hent": the header of a table's columns.
    if t.split(separator: " ").filter({ HeaderLabel.table[$0.lowercased()] != nil }).count >= 2 { return false }
    if ClosedMarker.status(t) != nil || CommitteeName.namesBody(t) { return false }
    if ItemHeading.numberedHeading(line) != nil || ItemHeading.keywordHeading(line) != nil { return false }
    // "Lyngby-Taarbæk Kommune", "Region Midtjylland" alone: whose body it is, not where it met.
    if HeaderReader.namesMunicipality(t.trimming(" .,")) { return false }
    // "Dagsorden ifølge vedtægterne.": a sentence, not a place.
    if t.hasSuffix("."), let last = t.split(separator: " ").last, last.count > 4, last.dropLast().allSatisfy(\.isLowercase) {
      return false
    }
    // "Møderække: 31/8 - 29/9 - ...": another field's label, a place's comes from the label table.
    if let colon = t.firstIndex(of: ":"), t.distance(from: t.startIndex, to: colon) <= 25,
      !t[..<colon].contains(where: \.isNumber)
    {
      return false
    }
    let lower = t.lowercased()
    if HeaderReader.kindWords.contains(where: { lower.contains($0.0) }) || lower.contains("møde i ") { return false }
    if !committee.isEmpty, lower.contains(committee.lowercased()) { return false }
    let exprs = TemporalReader(reference: Day(year: 2000, month: 1, day: 1) ?? Day(ordinal: 0)).expressions(in: t)
    return exprs.isEmpty
  }

  func nextNonBlank(after i: Int) -> Int? {
    var j = i + 1
    while j < end {
      if !lines[j].isBlank && !lines[j].isRule { return j }
      j += 1
    }
    return nil
  }

  func previousNonBlank(before i: Int) -> Int? {
    var j = i - 1
    while j >= 0 {
      if !lines[j].isBlank && !lines[j].isRule { return j }
      j -= 1
    }
    return nil
  }
}
