/// Size limits on what a client may send; each has its own status when exceeded.
public struct HTTPLimits: Sendable, Hashable {
    /// Longest request line (method, target, version): beyond it, 414.
    public var maxRequestLineBytes = 8 * 1024
    /// Largest header section (all field lines): beyond it, 431.
    public var maxHeaderBytes = 32 * 1024
    /// Most header fields: beyond it, 431.
    public var maxHeaderCount = 100
    /// Largest request body: beyond it, 413 (announced lengths are refused unread).
    public var maxBodyBytes = 1024 * 1024

    public init() {}
}
