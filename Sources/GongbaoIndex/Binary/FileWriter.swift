import CHints
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An error from a system call on an index file, with the path and `errno` text.
struct IndexIOError: Error, CustomStringConvertible {
    var path: String
    var operation: String
    var code: Int32

    init(_ path: String, _ operation: String, code: Int32 = errno) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    var description: String { "\(operation) \(path): \(String(cString: strerror(code)))" }
}

/// Sequential buffered writes to a file descriptor, tracking the offset.
final class FileWriter {
    let path: String
    let fd: Int32
    private(set) var offset: Int = 0
    private var buffer: [UInt8] = []
    private let bufferSize = 1 << 20
    /// Whether written data is sent on to the disk as it comes (for a file that will be synced).
    private let writesBack: Bool
    /// Bytes handed to the kernel, and how many of them it was asked to write back.
    private var written = 0
    private var writtenBack = 0
    /// Writeback is started in steps of this many bytes.
    private static let writebackStep = 8 << 20

    /// Creates (or truncates) the file at `path`. With `writesBack`, the kernel is
    /// asked to start writing each 8 MiB to disk as soon as it is written, so that
    /// `sync` at the end waits for the last few MiB instead of the whole file
    /// (at 100,000 articles the snapshot's `fsync` alone took half a second).
    init(creating path: String, writesBack: Bool = false) throws {
        self.path = path
        self.writesBack = writesBack
        fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw IndexIOError(path, "create") }
        buffer.reserveCapacity(bufferSize)
    }

    deinit { close(fd) }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > bufferSize { try flush() }
        if bytes.count >= bufferSize {
            try writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
        offset += bytes.count
    }

    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    func write<T: FixedWidthInteger>(array: [T]) throws {
        try array.map(\.littleEndian).withUnsafeBytes { try write($0) }
    }

    /// Pads with zeros to a multiple of 8.
    func align() throws {
        let pad = (8 - offset % 8) % 8
        if pad > 0 { try write([UInt8](repeating: 0, count: pad)) }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var done = 0
        while done < bytes.count {
            let n = restartingOnSignal { Glibc_write(fd, bytes.baseAddress! + done, bytes.count - done) }
            guard n >= 0 else { throw IndexIOError(path, "write") }
            done += n
        }
        written += bytes.count
        if writesBack, written - writtenBack >= Self.writebackStep {
            // A hint: where it fails, `sync` still writes everything.
            _ = gb_start_writeback(fd, Int64(writtenBack), Int64(written - writtenBack))
            writtenBack = written
        }
    }

    /// Writes `bytes` at `at` without moving the sequential offset (for the header).
    func write(_ bytes: [UInt8], at: Int) throws {
        try flush()
        try bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = restartingOnSignal { pwrite(fd, raw.baseAddress! + done, raw.count - done, off_t(at + done)) }
                guard n >= 0 else { throw IndexIOError(path, "write") }
                done += n
            }
        }
    }

    func sync() throws {
        try flush()
        guard fsync(fd) == 0 else { throw IndexIOError(path, "fsync") }
    }
}

@inline(__always)
private func Glibc_write(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, p, n)
    #else
    Darwin.write(fd, p, n)
    #endif
}

/// Runs a read or write system call again for as long as a signal interrupts it
/// (`EINTR`); returns its result.
@inline(__always)
func restartingOnSignal(_ call: () -> Int) -> Int {
    while true {
        let n = call()
        if n >= 0 || errno != EINTR { return n }
    }
}

/// Reads `count` bytes at `offset` of `fd` into `buffer` (resized); throws on a short read.
func readFully(_ fd: Int32, path: String, offset: Int, count: Int, into buffer: inout [UInt8]) throws {
    if buffer.count < count { buffer = [UInt8](repeating: 0, count: count) }
    try buffer.withUnsafeMutableBytes { raw in
        var done = 0
        while done < count {
            let n = restartingOnSignal { pread(fd, raw.baseAddress! + done, count - done, off_t(offset + done)) }
            guard n >= 0 else { throw IndexIOError(path, "read") }
            if n == 0 { throw IndexIOError(path, "read (short)", code: EIO) }
            done += n
        }
    }
}
