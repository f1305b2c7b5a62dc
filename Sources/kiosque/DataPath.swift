#if canImport(Glibc)
import Glibc
#endif

/// Checks on the paths the commands are given, so a typo is an error naming the path
/// rather than an empty corpus or a usage line.
enum DataPath {
    /// A file-system problem, printed as is (no usage text: the arguments were well formed).
    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// Throws unless `path` exists and can be read (a directory must also be listable).
    static func checkReadable(_ path: String) throws(Failure) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw Failure(message: "\(path): cannot read the article data: \(String(cString: strerror(errno)))")
        }
        let isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
        guard access(path, isDirectory ? (R_OK | X_OK) : R_OK) == 0 else {
            throw Failure(message: "\(path): cannot read the article data: \(String(cString: strerror(errno)))")
        }
    }

    /// Creates `path` and its missing parents (like `mkdir -p`).
    static func makeDirectory(_ path: String) throws(Failure) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component + "/"
            var info = stat()
            if stat(prefix, &info) == 0 {
                guard (info.st_mode & S_IFMT) == S_IFDIR else { throw Failure(message: "\(prefix.dropLast()): exists and is not a directory") }
                continue
            }
            guard mkdir(prefix, 0o755) == 0 || errno == EEXIST else {
                throw Failure(message: "\(prefix.dropLast()): cannot create the directory: \(String(cString: strerror(errno)))")
            }
        }
    }
}
