extension String {
    /// Calls `body` with the string's UTF-8 bytes, read in place when the string is native (as
    /// every string the readers make is). `withUTF8` is mutating, so calling it on a parameter
    /// copied the string first: a retain and a release on every call of a hot path.
    @inlinable
    public func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
