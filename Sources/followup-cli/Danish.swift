/// Small pieces of Danish for messages.
enum Danish {
  /// `1 møde`, `2 møder`.
  static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
}
