import Foundation
import GongbaoKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A corpus file with what change detection needs: size and modification time.
struct ScannedFile: Sendable, Hashable {
    /// The path to read, as `Corpus.files` gives it.
    var path: String
    /// The path relative to the root it was found under (the file name for a file given directly).
    var source: String
    /// The path with symlinks resolved: the file's identity in the index.
    var canonical: String
    var size: Int64
    /// Modification time in nanoseconds since 1970.
    var mtime: Int64
}

/// Lists the page files of a corpus exactly as `Corpus.files(in:warn:)` does
/// (same files, same order, same warnings) but with one `stat` per entry and
/// no per-file path resolution, so a warm open of 10,000 pages stays fast.
enum CorpusScanner {
    static func scan(_ paths: [String], warn: (CorpusWarning) -> Void) throws -> [ScannedFile] {
        var result: [ScannedFile] = []
        var seen = Set<String>()
        for path in paths {
            var st = stat()
            guard stat(path, &st) == 0 else { throw CorpusError.missingPath(path) }
            if !isDirectory(st) {
                let canonical = realPath(path) ?? path
                if seen.insert(canonical).inserted {
                    let source = (path as NSString).lastPathComponent
                    result.append(ScannedFile(path: path, source: source, canonical: canonical, size: Int64(st.st_size), mtime: mtime(st)))
                }
                continue
            }
            var found: [ScannedFile] = []
            var visited = Set<String>()
            let fd = open(path, O_RDONLY | O_DIRECTORY)
            if fd < 0 {
                warn(CorpusWarning(path: path, reason: "cannot list directory (permission denied?)"))
            } else {
                walk(fd: fd, directory: path, canonical: realPath(path) ?? path, relative: "",
                     visited: &visited, into: &found, warn: warn)
            }
            found.sort { $0.source.utf8.lexicographicallyPrecedes($1.source.utf8) }
            for file in found where seen.insert(file.canonical).inserted {
                result.append(file)
            }
        }
        return result
    }

    /// Walks the directory open at `fd` (and closes it). Entries are stat'ed
    /// relative to the directory, and canonical paths are extended name by
    /// name, resolving only symbolic links: one system call per entry.
    private static func walk(
        fd: Int32, directory: String, canonical: String, relative: String, visited: inout Set<String>,
        into found: inout [ScannedFile], warn: (CorpusWarning) -> Void
    ) {
        guard visited.insert(canonical).inserted else {
            close(fd)
            warn(CorpusWarning(path: directory, reason: "directory already visited (symlink loop)"))
            return
        }
        defer { visited.remove(canonical) }
        guard let dir = fdopendir(fd) else {
            close(fd)
            warn(CorpusWarning(path: directory, reason: "cannot list directory (permission denied?)"))
            return
        }
        defer { closedir(dir) }
        var entries: [(name: String, isLink: Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            let type = entry.pointee.d_type
            entries.append((name, type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN)))
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        for (name, maybeLink) in entries {
            let full = prefix + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var st = stat()
            guard fstatat(fd, name, &st, 0) == 0 else { continue } // dangling link
            let childCanonical = maybeLink ? (realPath(full) ?? full) : (canonical.hasSuffix("/") ? canonical : canonical + "/") + name
            if isDirectory(st) {
                let child = openat(fd, name, O_RDONLY | O_DIRECTORY)
                if child < 0 {
                    warn(CorpusWarning(path: full, reason: "cannot list directory (permission denied?)"))
                    continue
                }
                walk(fd: child, directory: full, canonical: childCanonical, relative: rel,
                     visited: &visited, into: &found, warn: warn)
            } else if name.lowercased().hasSuffix(".txt") {
                found.append(ScannedFile(
                    path: full, source: rel, canonical: childCanonical,
                    size: Int64(st.st_size), mtime: mtime(st)
                ))
            }
        }
    }

    private static func isDirectory(_ st: stat) -> Bool {
        (st.st_mode & S_IFMT) == S_IFDIR
    }

    private static func mtime(_ st: stat) -> Int64 {
        #if canImport(Darwin)
        Int64(st.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(st.st_mtimespec.tv_nsec)
        #else
        Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        #endif
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
