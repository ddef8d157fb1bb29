import Foundation
import MinutesCore

/// A document read from disk: its meeting, or why it could not be read.
public struct LoadedDocument: Sendable {
  /// The path as given (or found in a folder).
  public var path: String
  /// The file name, used as the meeting's source.
  public var name: String
  /// The meeting, when the document could be read.
  public var meeting: Meeting?
  /// Why it could not be read.
  public var error: MinutesError?
  /// The SHA-like content fingerprint (FNV-1a 64 of the bytes), for idempotent imports.
  public var contentHash: String
  /// The number of bytes read.
  public var byteCount: Int
  /// The decoded, normalised text the meeting was read from.
  public var text: String? = nil
}

/// Finds and reads minutes from files and folders.
public enum SourceLoader {
  /// The file endings read in a folder; a named file is read whatever its ending.
  public static let readableExtensions: Set<String> = [
    "md", "txt", "markdown", "text", "pdf", "html", "htm", "xhtml",
  ]

  /// The endings of saved web pages, read as HTML whatever their first bytes (a page saved
  /// without its doctype); other files are read as HTML when they begin like a page.
  public static let webPageExtensions: Set<String> = ["html", "htm", "xhtml"]

  /// Expands folders (one level, sorted, hidden files skipped) into files.
  /// - Returns: The files, and the paths that were skipped with the reason.
  public static func expand(_ paths: [String]) -> (files: [String], skipped: [(String, String)]) {
    var files: [String] = []
    var skipped: [(String, String)] = []
    let fm = FileManager.default
    for path in paths {
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
        skipped.append((path, "no such file or folder"))
        continue
      }
      if isDir.boolValue {
        let names = ((try? fm.contentsOfDirectory(atPath: path)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") {
          let full = (path as NSString).appendingPathComponent(name)
          var sub: ObjCBool = false
          _ = fm.fileExists(atPath: full, isDirectory: &sub)
          if sub.boolValue { continue }
          let ext = (name as NSString).pathExtension.lowercased()
          if readableExtensions.contains(ext) {
            // A folder's README is about the folder, not a meeting.
            if name.lowercased().hasPrefix("readme") { continue }
            files.append(full)
          } else {
            skipped.append((full, "not a minutes file (.\(ext.isEmpty ? "?" : ext))"))
          }
        }
      } else {
        files.append(path)
      }
    }
    return (files, skipped)
  }

  /// Reads one file.
  public static func load(_ path: String) -> LoadedDocument {
    let name = (path as NSString).lastPathComponent
    guard let data = FileManager.default.contents(atPath: path) else {
      return LoadedDocument(
        path: path, name: name, meeting: nil,
        error: .unreadable(file: path, reason: "cannot open the file"), contentHash: "",
        byteCount: 0)
    }
    let bytes = [UInt8](data)
    let hash = fingerprint(bytes)
    let doc: DocumentText
    switch decode(bytes, path: path) {
    case .success(let d): doc = d
    case .failure(let e):
      return LoadedDocument(
        path: path, name: name, meeting: nil, error: e, contentHash: hash, byteCount: data.count)
    }
    do {
      let meeting = try MinutesParser.parse(doc, source: name)
      return LoadedDocument(
        path: path, name: name, meeting: meeting, error: nil, contentHash: hash,
        byteCount: data.count, text: doc.text)
    } catch let e as MinutesError {
      return LoadedDocument(
        path: path, name: name, meeting: nil, error: e, contentHash: hash, byteCount: data.count)
    } catch {
      return LoadedDocument(
        path: path, name: name, meeting: nil,
        error: .unreadable(file: path, reason: String(describing: error)), contentHash: hash,
        byteCount: data.count)
    }
  }

  /// Decodes a file's bytes (a PDF through `pdftotext`, a web page through `HTMLText`) into
  /// normalised text.
  public static func decode(_ bytes: [UInt8], path: String) -> Result<DocumentText, MinutesError> {
    if bytes.starts(with: Array("%PDF".utf8)) {
      switch PDFText.extract(path: path) {
      case .success(let text): return .success(DocumentText(normalizing: PDFText.clean(DocumentText.normalize(text))))
      case .failure(let e): return .failure(e)
      }
    }
    let ext = (path as NSString).pathExtension.lowercased()
    do {
      if webPageExtensions.contains(ext) {
        return .success(try DocumentText(decodingHTML: bytes, file: path))
      }
      return .success(try DocumentText(decoding: bytes, file: path))
    } catch let e as MinutesError {
      return .failure(e)
    } catch {
      return .failure(.unreadable(file: path, reason: String(describing: error)))
    }
  }

  /// FNV-1a 64 of the bytes, as 16 hex digits.
  public static func fingerprint(_ bytes: [UInt8]) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return hex(h)
  }

  static func hex(_ v: UInt64) -> String {
    let s = String(v, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }
}
