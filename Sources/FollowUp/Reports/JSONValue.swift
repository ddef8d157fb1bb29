import MinutesCore

/// A JSON value with ordered object keys, written without Foundation's encoder so that output
/// is byte-stable and `null` is explicit where the export contract asks for it.
public enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool { a.compact() == b.compact() }
  public func hash(into h: inout Hasher) { h.combine(compact()) }

  /// A string value, or `null` for `nil`.
  public static func str(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
  /// A day as `YYYY-MM-DD`, or `null`.
  public static func day(_ d: Day?) -> JSONValue { d.map { .string($0.description) } ?? .null }
  /// An integer, or `null`.
  public static func num(_ n: Int?) -> JSONValue { n.map { .int($0) } ?? .null }

  /// Writes the value; `indent` > 0 pretty-prints.
  public func write(to out: inout some TextOutputStream, indent: Int = 2, level: Int = 0) {
    switch self {
    case .null: out.write("null")
    case .bool(let b): out.write(b ? "true" : "false")
    case .int(let n): out.write(String(n))
    case .string(let s): JSONValue.writeString(s, to: &out)
    case .array(let items):
      if items.isEmpty {
        out.write("[]")
        return
      }
      out.write("[")
      for (i, v) in items.enumerated() {
        if i > 0 { out.write(",") }
        newline(&out, indent, level + 1)
        v.write(to: &out, indent: indent, level: level + 1)
      }
      newline(&out, indent, level)
      out.write("]")
    case .object(let pairs):
      if pairs.isEmpty {
        out.write("{}")
        return
      }
      out.write("{")
      for (i, (k, v)) in pairs.enumerated() {
        if i > 0 { out.write(",") }
        newline(&out, indent, level + 1)
        JSONValue.writeString(k, to: &out)
        out.write(indent > 0 ? ": " : ":")
        v.write(to: &out, indent: indent, level: level + 1)
      }
      newline(&out, indent, level)
      out.write("}")
    }
  }

  private func newline(_ out: inout some TextOutputStream, _ indent: Int, _ level: Int) {
    guard indent > 0 else { return }
    out.write("\n")
    out.write(String(repeating: " ", count: indent * level))
  }

  /// The value as compact JSON text.
  public func compact() -> String {
    var s = ""
    write(to: &s, indent: 0)
    return s
  }

  /// The value as indented JSON text.
  public func pretty() -> String {
    var s = ""
    write(to: &s, indent: 2)
    return s
  }

  static func writeString(_ s: String, to out: inout some TextOutputStream) {
    // Fast path: nothing to escape.
    var clean = true
    for c in s.utf8 where c < 0x20 || c == 0x22 || c == 0x5C || c == 0xE2 {
      clean = false
      break
    }
    if clean {
      out.write("\"")
      out.write(s)
      out.write("\"")
      return
    }
    var buf = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": buf += "\\\""
      case "\\": buf += "\\\\"
      case "\n": buf += "\\n"
      case "\r": buf += "\\r"
      case "\t": buf += "\\t"
      default:
        if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
          let hex = String(u.value, radix: 16)
          buf += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          buf.unicodeScalars.append(u)
        }
      }
    }
    buf += "\""
    out.write(buf)
  }
}
