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

/// Reads from `fd` until `buffer` is full or the file ends; returns the bytes read.
private func readAll(_ fd: Int32, path: String, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    var done = 0
    while done < buffer.count {
        let n = restartingOnSignal { read(fd, buffer.baseAddress! + done, buffer.count - done) }
        guard n >= 0 else { throw IndexIOError(path, "read") }
        if n == 0 { break }
        done += n
    }
    return done
}

/// The bytes of the file at `path`.
func readFile(_ path: String) throws -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw IndexIOError(path, "open") }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw IndexIOError(path, "stat") }
    // Room for one byte more than `fstat` said: a full buffer means the file grew since.
    let expected = max(0, Int(st.st_size)) + 1
    var bytes = try [UInt8](unsafeUninitializedCapacity: expected) { raw, count in
        count = try readAll(fd, path: path, into: UnsafeMutableRawBufferPointer(raw))
    }
    guard bytes.count == expected else { return bytes }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = try chunk.withUnsafeMutableBytes { try readAll(fd, path: path, into: $0) }
        bytes += chunk[0..<n]
        if n < chunk.count { break }
    }
    return bytes
}
