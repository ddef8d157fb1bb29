import Foundation
import MinutesCore

extension Store {
  /// Documents read together, on all cores.
  static let batch = 64

  /// A document read, or why it is no minutes.
  enum ReadOutcome: Sendable {
    case success(DocumentReading)
    case failure(String)
  }

  /// A file to read: its path, name, size, time, fingerprint and decoded text.
  struct Incoming {
    var path: String
    var name: String
    var bytes: Int
    var mtime: Int
    var hash: String
    var text: DocumentText
  }

  /// Imports documents: new content is added, a corrected version of a meeting (same committee,
  /// date and kind) replaces the old reading, unchanged content is skipped. Each new document
  /// is read once, here; then only what it touches is linked again (`relink`). All in one
  /// transaction.
  /// - Parameter people: A people file to keep in the store (replacing the one kept); the
  ///   register is then linked again in full even when no document changed.
  public func importDocuments(_ paths: [String], people: PeopleFile? = nil, now: String) throws -> ImportSummary {
    var summary = ImportSummary()
    try db.transaction {
      if let people { try setPeopleFile(people) }
      try rereadIfStale()
      // Read under the write lock: an import that waited for another sees what that one added.
      var known = try KnownFiles(db, many: paths.count > Store.batch)
      var directory = try storedCommittees()
      var added: [Int] = []
      var removed: [Int] = []
      var pending: [Incoming] = []
      func flush() throws {
        let read = Store.read(
          pending.enumerated().map { ($0.offset, $0.element.name, $0.element.path, $0.element.text) }, committees: &directory)
        for (i, result) in read {
          let f = pending[i]
          let reading: DocumentReading
          switch result {
          case .success(let r): reading = r
          case .failure(let reason):
            summary.failed.append((f.path, reason))
            known.forget(f.hash)
            continue
          }
          let m = reading.meeting
          let ck = CommitteeDirectory.key(m.committee)
          let date = m.date?.description
          // The document it replaces goes when the register is linked again, with all that
          // was read and linked of it.
          let previous = try db.prepare(
            "SELECT id, name FROM documents WHERE committee_key = ? AND date IS ? AND kind = ?"
          ).rows([.text(ck), .opt(date), .text(m.kind.rawValue)]) { ($0.int(0), $0.text(1)) }
            .filter { !removed.contains($0.0) }
          if let (id, old) = previous.first, date != nil {
            summary.replaced.append((f.path, old))
            if let k = added.firstIndex(of: id) { added.remove(at: k) }
            removed.append(id)
          } else {
            summary.added.append(f.path)
          }
          try db.prepare(
            """
            INSERT INTO documents(name, path, content_hash, committee, committee_key, date, kind,
              imported_at, bytes, mtime, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
          ).run([
            .text(f.name), .text(f.path), .text(f.hash), .text(m.committee), .text(ck), .opt(date),
            .text(m.kind.rawValue), .text(now), .int(f.bytes), .int(f.mtime), .text(f.text.text),
          ])
          let id = Int(db.lastInsertID)
          try saveReading(reading, document: id)
          added.append(id)
        }
        pending = []
      }
      for path in paths {
        let (size, mtime) = Store.stat(path)
        if let s = try known.seen(path), s.bytes == size, s.mtime == mtime, mtime != 0 {
          summary.unchanged.append(path)
          continue
        }
        let bytes: [UInt8]
        switch SourceLoader.read(path) {
        case .success(let b): bytes = b
        case .failure(let e):
          summary.failed.append((path, e.reason))
          summary.unopened.append(path)
          continue
        }
        let hash = SourceLoader.fingerprint(bytes)
        if try !known.insert(hash) {
          // Same content under a new path or time: remember the file so it is not read again.
          try db.prepare("UPDATE documents SET path = ?, mtime = ? WHERE content_hash = ?")
            .run([.text(path), .int(mtime), .text(hash)])
          summary.unchanged.append(path)
          continue
        }
        let name = (path as NSString).lastPathComponent
        switch SourceLoader.decode(bytes, path: path) {
        case .success(let d):
          pending.append(Incoming(path: path, name: name, bytes: bytes.count, mtime: mtime, hash: hash, text: d))
        case .failure(let e):
          summary.failed.append((path, e.reason))
          continue
        }
        if pending.count == Store.batch { try flush() }
      }
      try flush()
      if !added.isEmpty || !removed.isEmpty || people != nil {
        // The actions of the readings replaced, to carry their identity to the new readings.
        let old = removed.isEmpty ? [] : try actions(ofDocuments: removed)
        try relink(added: added, removed: removed, full: people != nil)
        let carry = try carryIdentities(from: old, to: added)
        if !carry.relink.isEmpty { try relink(added: carry.relink, removed: [], full: false) }
        summary.carried = carry.carried
        summary.waiting = carry.waiting
      }
    }
    summary.meetings = try count("meetings")
    summary.actions = try count("actions")
    return summary
  }

  /// Reads documents on all cores, each into its reading with its decisions read against the
  /// committees known so far (which the documents' own names join); the order is kept.
  /// - Returns: Each document's reading, or why it is no minutes.
  static func read(_ documents: [(Int, String, String, DocumentText)], committees: inout CommitteeDirectory)
    -> [(Int, ReadOutcome)]
  {
    final class Results: @unchecked Sendable {
      var items: [ReadOutcome?]
      init(_ n: Int) { items = Array(repeating: nil, count: n) }
    }
    let results = Results(documents.count)
    results.items.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let out = buffer
      DispatchQueue.concurrentPerform(iterations: documents.count) { i in
        let (_, name, path, text) = documents[i]
        do {
          // The path lets the reader take a committee or date from the file's or folder's name.
          let m = try MinutesParser.parse(text, source: name, options: ParseOptions(path: path))
          out[i] = .success(DocumentReading(m))
        } catch let e as MinutesError {
          out[i] = .failure(e.reason)
        } catch {
          out[i] = .failure(String(describing: error))
        }
      }
    }
    var readings = results.items.map { $0 ?? .failure("") }
    for case .success(let r) in readings {
      for m in r.committees { committees.add(m.name, isHeader: m.isHeader) }
    }
    let directory = committees
    readings.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let out = buffer
      DispatchQueue.concurrentPerform(iterations: out.count) { i in
        if case .success(var r) = out[i] {
          r.readDecisions(directory)
          out[i] = .success(r)
        }
      }
    }
    return zip(documents, readings).map { ($0.0, $1) }
  }

  /// Keeps a document's reading, and the committee names and people it names.
  func saveReading(_ r: DocumentReading, document: Int) throws {
    let coder = StoreCoder()
    try db.insert(ReadingsTable.table, ReadingsTable.values(r, document: document, coder: coder))
    for (i, m) in r.committees.enumerated() {
      try db.insert(DocumentCommitteesTable.table, [.int(document), .int(i), .text(m.name), .bool(m.isHeader)])
    }
    try db.insert(DocumentPeopleTable.table, [.int(document), .blob(coder.encode(r.people))])
  }

  /// Replaces a document's reading (its decisions read again).
  func updateReading(_ r: DocumentReading, document: Int) throws {
    try db.prepare("UPDATE readings SET reading = ? WHERE document = ?").run([.blob(StoreCoder().encode(r)), .int(document)])
  }

  /// Forgets every reading and what was derived from them.
  func clearAnalyses() throws {
    try db.requireTransaction()
    for t in StoreSchema.analyses + StoreSchema.linked + StoreSchema.derived {
      try db.exec("DELETE FROM \(t.name)")
    }
  }

  /// The committee directory the store's register was last linked with.
  func storedCommittees() throws -> CommitteeDirectory {
    var c = CommitteeDirectory()
    let rows = try db.prepare("SELECT name, header FROM committees ORDER BY key").rows { ($0.text(0), $0.int(1) == 1) }
    for (name, header) in rows { c.add(name, isHeader: header) }
    return c
  }
}

extension Store {
  /// `?, ?, ?` for a list of `n` values.
  static func marks(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ", ") }

  /// The committee directory's rows as the store holds them.
  static func storedCommitteeEntries(_ db: SQLiteDatabase) throws -> [(key: String, name: String, isHeader: Bool)] {
    try db.prepare("SELECT key, name, header FROM committees ORDER BY key").rows { ($0.text(0), $0.text(1), $0.int(2) == 1) }
  }

  /// Links the register again after documents were added (read, with their readings kept) or
  /// removed (their documents deleted, their readings still kept), or in full (inside the
  /// caller's transaction).
  func relink(added: [Int], removed: [Int], full: Bool) throws {
    var linker = try StoreLinker(db: db, full: full)
    try linker.run(added: added, removed: removed, peopleFile: try peopleFile())
  }
}

/// What an import knows of the files the store holds: each content by its fingerprint, and
/// the size and time of the file last read from a path. An import of many files reads them all
/// at once; one of a few (the weekly referat) asks the store's indexes file by file, so that it
/// costs the same however many documents the store holds.
struct KnownFiles {
  let db: SQLiteDatabase
  /// Every fingerprint and path, when read at once.
  private var hashes: Set<String>?
  private var paths: [String: (bytes: Int, mtime: Int)]?
  /// Fingerprints this import met that the store did not hold.
  private var added: Set<String> = []

  init(_ db: SQLiteDatabase, many: Bool) throws {
    self.db = db
    guard many else { return }
    hashes = Set(try db.prepare("SELECT content_hash FROM documents").rows { $0.text(0) })
    var paths: [String: (bytes: Int, mtime: Int)] = [:]
    for (p, b, t) in try db.prepare("SELECT path, bytes, mtime FROM documents ORDER BY id").rows([], { ($0.text(0), $0.int(1), $0.int(2)) }) {
      paths[p] = (b, t)
    }
    self.paths = paths
  }

  /// The size and modification time of the file last read from `path`.
  func seen(_ path: String) throws -> (bytes: Int, mtime: Int)? {
    if let paths { return paths[path] }
    return try db.prepare("SELECT bytes, mtime FROM documents WHERE path = ? ORDER BY id DESC LIMIT 1")
      .rows([.text(path)]) { (bytes: $0.int(0), mtime: $0.int(1)) }.first
  }

  /// Notes a content; whether it was new (neither stored nor met earlier in this import).
  mutating func insert(_ hash: String) throws -> Bool {
    let stored: Bool
    if let hashes {
      stored = hashes.contains(hash)
    } else {
      stored = !(try db.prepare("SELECT 1 FROM documents WHERE content_hash = ?").rows([.text(hash)]) { $0.int(0) }).isEmpty
    }
    return !stored && added.insert(hash).inserted
  }

  /// Forgets a content this import could not read, so that another file with it is tried.
  mutating func forget(_ hash: String) { added.remove(hash) }
}
