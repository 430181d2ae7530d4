import Foundation

/// A problem with one corpus file that does not stop the others from loading.
public struct CorpusWarning: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "gongbao: skipping \(path): \(reason)" }
}

/// Errors that stop loading a corpus.
public enum CorpusError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A path given by the user does not exist.
    case missingPath(String)
    /// No path was given and neither `./seeds` nor `$GONGBAO_CORPUS` exists.
    case noDefaultCorpus

    public var description: String {
        switch self {
        case .missingPath(let p):
            "no such file or directory: \(p)"
        case .noDefaultCorpus:
            "no corpus given, and neither ./seeds nor $GONGBAO_CORPUS exists; pass a folder of pages, e.g. `gongbao list PATH`"
        }
    }
}

/// One page file found in the corpus.
public struct CorpusFile: Sendable, Hashable {
    /// Absolute or as-given path, for reading.
    public var path: String
    /// Path relative to the root it was found under (the file name for a file given directly).
    public var source: String
}

/// Finds the page files of a corpus: files given directly and `*.txt` files found
/// recursively under directories, in a stable order (by path).
public enum Corpus {
    /// The paths to read when the user gave none: `./seeds`, then `$GONGBAO_CORPUS`.
    public static func defaultPaths(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> [String] {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: "seeds", isDirectory: &isDir), isDir.boolValue {
            return ["seeds"]
        }
        if let env = environment["GONGBAO_CORPUS"], !env.isEmpty {
            return [env]
        }
        throw CorpusError.noDefaultCorpus
    }

    /// Lists the page files under `paths`. A missing path throws; unreadable
    /// directories and symlink loops are reported through `warn` and skipped.
    public static func files(
        in paths: [String], warn: (CorpusWarning) -> Void = { _ in }
    ) throws -> [CorpusFile] {
        let fm = FileManager.default
        var result: [CorpusFile] = []
        var seen = Set<String>()
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw CorpusError.missingPath(path)
            }
            if !isDir.boolValue {
                let name = (path as NSString).lastPathComponent
                if seen.insert(canonical(path)).inserted {
                    result.append(CorpusFile(path: path, source: name))
                }
                continue
            }
            var found: [CorpusFile] = []
            var visited = Set<String>()
            walk(directory: path, relative: "", visited: &visited, into: &found, warn: warn)
            found.sort { $0.source.utf8.lexicographicallyPrecedes($1.source.utf8) }
            for file in found where seen.insert(canonical(file.path)).inserted {
                result.append(file)
            }
        }
        return result
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    private static func walk(
        directory: String, relative: String, visited: inout Set<String>,
        into found: inout [CorpusFile], warn: (CorpusWarning) -> Void
    ) {
        let real = canonical(directory)
        guard visited.insert(real).inserted else {
            warn(CorpusWarning(path: directory, reason: "directory already visited (symlink loop)"))
            return
        }
        let fm = FileManager.default
        let entries: [String]
        do {
            entries = try fm.contentsOfDirectory(atPath: directory)
        } catch {
            warn(CorpusWarning(path: directory, reason: "cannot list directory (permission denied?)"))
            return
        }
        for name in entries where !name.hasPrefix(".") {
            let full = (directory as NSString).appendingPathComponent(name)
            let rel = relative.isEmpty ? name : relative + "/" + name
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: full, isDirectory: &isDir) else { continue } // dangling link
            if isDir.boolValue {
                walk(directory: full, relative: rel, visited: &visited, into: &found, warn: warn)
            } else if name.lowercased().hasSuffix(".txt") {
                found.append(CorpusFile(path: full, source: rel))
            }
        }
        visited.remove(real)
    }

    /// Reads and decodes one corpus file. Failures become warnings naming the file.
    public static func read(_ file: CorpusFile) -> Result<Page, CorpusWarning> {
        guard let handle = FileHandle(forReadingAtPath: file.path) else {
            return .failure(CorpusWarning(path: file.path, reason: "cannot open file (permission denied?)"))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            return .failure(CorpusWarning(path: file.path, reason: "read error: \(error.localizedDescription)"))
        }
        switch PageReader.page(source: file.source, bytes: [UInt8](data)) {
        case .success(let page): return .success(page)
        case .failure(let why): return .failure(CorpusWarning(path: file.path, reason: why.description))
        }
    }
}
