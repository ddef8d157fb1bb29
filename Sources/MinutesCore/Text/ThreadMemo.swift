#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Answers of a pure function kept per thread, so that threads reading documents side by side
/// share nothing and need no lock. At most `limit` answers are kept on a thread; past that the
/// thread's answers are dropped and kept anew (a document's own repeats are what pays).
final class ThreadMemo<Key: Hashable, Value>: @unchecked Sendable {
  /// One thread's answers.
  private final class Table {
    var values: [Key: Value] = [:]
  }

  private let key: pthread_key_t
  private let limit: Int

  init(limit: Int) {
    var k = pthread_key_t()
    let status = pthread_key_create(&k) { pointer in
      #if canImport(Darwin)
        Unmanaged<AnyObject>.fromOpaque(pointer).release()
      #else
        if let pointer { Unmanaged<AnyObject>.fromOpaque(pointer).release() }
      #endif
    }
    precondition(status == 0, "pthread_key_create: \(status)")
    self.key = k
    self.limit = limit
  }

  /// The answer for `key`, computed by `compute` when this thread has none.
  func value(_ k: Key, _ compute: (Key) -> Value) -> Value {
    let table: Table
    if let p = pthread_getspecific(key) {
      table = Unmanaged<Table>.fromOpaque(p).takeUnretainedValue()
    } else {
      table = Table()
      pthread_setspecific(key, Unmanaged.passRetained(table as AnyObject).toOpaque())
    }
    if let v = table.values[k] { return v }
    let v = compute(k)
    if table.values.count >= limit { table.values.removeAll(keepingCapacity: true) }
    table.values[k] = v
    return v
  }
}
