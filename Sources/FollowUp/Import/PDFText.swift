import Foundation
import MinutesCore

/// Turns a PDF into text with `pdftotext -layout` (Debian package `poppler-utils`), and removes
/// what pages add: running headers and footers, page numbers, hyphenation at line ends.
public enum PDFText {
  /// Runs `pdftotext`; a clear error names the package when it is missing.
  public static func extract(path: String) -> Result<String, MinutesError> {
    guard let tool = findTool("pdftotext") else {
      return .failure(
        .unreadable(
          file: path,
          reason:
            "en PDF kræver pdftotext, som ikke er installeret (Debian: apt-get install poppler-utils)"))
    }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: tool)
    p.arguments = ["-layout", "-enc", "UTF-8", path, "-"]
    let out = Pipe()
    p.standardOutput = out
    // Its warnings are not read: a pipe nobody empties would stop it once full.
    p.standardError = FileHandle.nullDevice
    do {
      try p.run()
    } catch {
      return .failure(.unreadable(file: path, reason: "pdftotext kunne ikke startes: \(error)"))
    }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else {
      return .failure(.unreadable(file: path, reason: "pdftotext fejlede (status \(p.terminationStatus))"))
    }
    return .success(String(decoding: data, as: UTF8.self))
  }

  static func findTool(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
      let full = "\(dir)/\(name)"
      if FileManager.default.isExecutableFile(atPath: full) { return full }
    }
    return nil
  }

  /// Removes page furniture from `pdftotext -layout` output: lines that repeat on most pages
  /// at a page's top or bottom, bare page numbers (`3`, `Side 3 af 12`), and joins words
  /// hyphenated at a line end.
  public static func clean(_ text: String) -> String {
    let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map {
      $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    // Lines seen at the top or bottom (first/last 3 non-blank lines) of at least half the pages.
    var counts: [String: Int] = [:]
    for page in pages {
      let nonBlank = page.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
      for l in Set(nonBlank.prefix(3) + nonBlank.suffix(3)) {
        counts[furnitureKey(l), default: 0] += 1
      }
    }
    let threshold = max(2, (pages.count + 1) / 2)
    var outPages: [String] = []
    for page in pages {
      let nonBlankIdx = page.indices.filter { !page[$0].trimmingCharacters(in: .whitespaces).isEmpty }
      let edge = Set(nonBlankIdx.prefix(3) + nonBlankIdx.suffix(3))
      var lines: [String] = []
      for (i, l) in page.enumerated() {
        let t = l.trimmingCharacters(in: .whitespaces)
        if edge.contains(i), pages.count >= 2, counts[furnitureKey(l), default: 0] >= threshold {
          continue
        }
        if edge.contains(i), isPageNumber(t) { continue }
        lines.append(l)
      }
      outPages.append(lines.joined(separator: "\n"))
    }
    return dehyphenate(outPages.joined(separator: "\n\u{0C}"))
  }

  /// Digits replaced, so "Side 3 af 12" and "Side 4 af 12" are one furniture line.
  static func furnitureKey(_ l: String) -> String {
    String(l.trimmingCharacters(in: .whitespaces).map { $0.isNumber ? "#" : $0 })
  }

  static func isPageNumber(_ t: String) -> Bool {
    if !t.isEmpty, t.count <= 4, t.allSatisfy(\.isNumber) { return true }
    let l = t.lowercased()
    if l.hasPrefix("side "), l.count <= 16, l.dropFirst(5).allSatisfy({ $0.isNumber || $0 == " " || $0 == "a" || $0 == "f" || $0 == "/" }) {
      return true
    }
    return false
  }

  /// `lokalfor-` + `slag` → `lokalforslag` where the next line starts in lower case.
  static func dehyphenate(_ text: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var i = 0
    while i + 1 < lines.count {
      let a = lines[i].trimmingCharacters(in: .whitespaces)
      let b = lines[i + 1].trimmingCharacters(in: .whitespaces)
      if a.count > 2, a.hasSuffix("-"), let c = a.dropLast().last, c.isLetter, c.isLowercase,
        let f = b.first, f.isLowercase
      {
        let word = b.prefix(while: { $0 != " " })
        if !["og", "eller", "samt", "til"].contains(String(word)) {
          lines[i] = String(a.dropLast()) + word
          lines[i + 1] = String(b.dropFirst(word.count)).trimmingCharacters(in: .whitespaces)
        }
      }
      i += 1
    }
    return lines.joined(separator: "\n")
  }
}
