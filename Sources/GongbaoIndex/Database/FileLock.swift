#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock (`flock`) held while one process updates an
/// index; another process waits, then finds the index current. The kernel
/// releases it when the holder dies, so a `kill -9` never leaves it stuck.
final class FileLock {
    private let fd: Int32

    init(path: String) throws {
        fd = open(path, O_RDWR | O_CREAT, 0o644)
        guard fd >= 0 else { throw IndexIOError(path, "open lock") }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let code = errno
            close(fd)
            throw IndexIOError(path, "lock", code: code)
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}

/// The bytes of the file at `path`.
func readFile(_ path: String) throws -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw IndexIOError(path, "open") }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw IndexIOError(path, "stat") }
    var bytes = [UInt8](repeating: 0, count: max(0, Int(st.st_size)))
    var done = 0
    try bytes.withUnsafeMutableBytes { raw in
        while done < raw.count {
            let n = read(fd, raw.baseAddress! + done, raw.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw IndexIOError(path, "read")
            }
            if n == 0 { break }
            done += n
        }
    }
    if done < bytes.count { bytes.removeSubrange(done...) }
    // The file grew since fstat: read the rest.
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
        if n < 0 { if errno == EINTR { continue }; throw IndexIOError(path, "read") }
        if n == 0 { break }
        bytes += chunk[0..<n]
    }
    return bytes
}
