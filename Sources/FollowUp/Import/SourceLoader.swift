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
  /// without its doctype) when they hold a tag; other files are read as HTML when they begin
  /// like a page.
  public static let webPageExtensions: Set<String> = ["html", "htm", "xhtml"]

  /// The files named and found in folders, and the paths that were not read, with why.
  public struct FileList: Sendable {
    /// The files to read, in order.
    public var files: [String] = []
    /// Paths that do not exist.
    public var missing: [String] = []
    /// Paths that exist but cannot be opened or listed, with the reason (`adgang nægtet`).
    public var unreadable: [(path: String, reason: String)] = []
    /// Files in a folder that are not minutes (by their ending), with the reason.
    public var ignored: [(path: String, reason: String)] = []
  }

  /// Expands folders (one level, sorted, hidden files skipped) into files, saying why a path
  /// could not be read: missing, or unreadable with the system's reason.
  public static func list(_ paths: [String]) -> FileList {
    var list = FileList()
    // A file named twice (a folder and a file in it, the same folder twice, a link) is read once.
    var seen: Set<[UInt64]> = []
    func once(_ st: stat) -> Bool { seen.insert([UInt64(st.st_dev), UInt64(st.st_ino)]).inserted }
    for path in paths {
      var st = stat()
      guard stat(path, &st) == 0 else {
        let code = errno
        if code == ENOENT || code == ENOTDIR {
          list.missing.append(path)
        } else {
          list.unreadable.append((path, reason(errno: code)))
        }
        continue
      }
      guard st.st_mode & S_IFMT == S_IFDIR else {
        if once(st) { list.files.append(path) }
        continue
      }
      guard let folder = opendir(path) else {
        list.unreadable.append((path, reason(errno: errno)))
        continue
      }
      var names: [String] = []
      while let entry = readdir(folder) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if !name.hasPrefix(".") { names.append(name) }
      }
      closedir(folder)
      for name in names.sorted() {
        let full = (path as NSString).appendingPathComponent(name)
        var sub = stat()
        let known = stat(full, &sub) == 0
        if known, sub.st_mode & S_IFMT == S_IFDIR { continue }
        let ext = (name as NSString).pathExtension.lowercased()
        if readableExtensions.contains(ext) {
          // A folder's README is about the folder, not a meeting.
          if name.lowercased().hasPrefix("readme") { continue }
          if !known || once(sub) { list.files.append(full) }
        } else {
          list.ignored.append((full, "ikke et referat (.\(ext.isEmpty ? "?" : ext))"))
        }
      }
    }
    return list
  }

  /// Expands folders (one level, sorted, hidden files skipped) into files.
  /// - Returns: The files, and the paths that were skipped with the reason.
  public static func expand(_ paths: [String]) -> (files: [String], skipped: [(String, String)]) {
    let l = list(paths)
    return (l.files, l.missing.map { ($0, "findes ikke") } + l.unreadable + l.ignored)
  }

  /// Why a file cannot be opened, from `errno`, in Danish.
  public static func reason(errno code: Int32) -> String {
    switch code {
    case EACCES, EPERM: return "adgang nægtet"
    case ENOENT, ENOTDIR: return "findes ikke"
    case EISDIR: return "er en mappe"
    case ELOOP: return "for mange symbolske lænker"
    case ENAMETOOLONG: return "navnet er for langt"
    case EMFILE, ENFILE: return "for mange åbne filer"
    case EIO: return "læsefejl på disken"
    case ENOMEM: return "ikke nok hukommelse"
    default: return "fejl \(code): " + String(cString: strerror(code))
    }
  }

  /// The bytes of a file, or why it cannot be read (`adgang nægtet`, `er en mappe`).
  public static func read(_ path: String) -> Result<[UInt8], MinutesError> {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return .failure(.unreadable(file: path, reason: reason(errno: errno))) }
    defer { close(fd) }
    var st = stat()
    if fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFDIR {
      return .failure(.unreadable(file: path, reason: reason(errno: EISDIR)))
    }
    var bytes: [UInt8] = []
    if st.st_size > 0 { bytes.reserveCapacity(Int(st.st_size)) }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
      if n == 0 { break }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(.unreadable(file: path, reason: reason(errno: errno)))
      }
      bytes.append(contentsOf: chunk[0..<n])
    }
    return .success(bytes)
  }

  /// Reads one file.
  /// - Parameters:
  ///   - path: The file.
  ///   - includeClosed: Read the text of closed items too (`--include-closed`).
  public static func load(_ path: String, includeClosed: Bool = false) -> LoadedDocument {
    let name = (path as NSString).lastPathComponent
    let bytes: [UInt8]
    switch read(path) {
    case .success(let b): bytes = b
    case .failure(let e):
      return LoadedDocument(path: path, name: name, meeting: nil, error: e, contentHash: "", byteCount: 0)
    }
    let data = bytes
    let hash = fingerprint(bytes)
    let doc: DocumentText
    switch decode(bytes, path: path) {
    case .success(let d): doc = d
    case .failure(let e):
      return LoadedDocument(
        path: path, name: name, meeting: nil, error: e, contentHash: hash, byteCount: data.count)
    }
    do {
      // The path lets the reader take a committee or date from the file's or folder's name.
      let meeting = try MinutesParser.parse(doc, source: name, options: ParseOptions(includeClosed: includeClosed, path: path))
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
      // A page's ending on a file without a single tag (text saved under another name) is text.
      if webPageExtensions.contains(ext), HTMLText.hasTag(bytes) {
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
