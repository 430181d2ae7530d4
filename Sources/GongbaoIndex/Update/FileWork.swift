import Foundation
import GongbaoKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What reading one new or changed file gave.
enum FileWork: Sendable {
    /// The file could not be read; `reason` says why, for the warning.
    case unreadable(reason: String)
    /// Its content hash is the stored one: only its time changed.
    case sameContent
    /// Parsed: content hash, size read, articles, and the decoding warning when it held no page.
    case parsed(hash: UInt64, bytes: Int, articles: [Article], warning: String?)

    /// Reads, hashes and (unless the content is `oldHash`'s) parses `file`.
    static func run(_ file: ScannedFile, oldHash: UInt64?, pipeline: ArticlePipeline) -> FileWork {
        let bytes: [UInt8]
        do {
            bytes = try readFile(file.path)
        } catch let error as IndexIOError where error.code == ENOENT {
            return .unreadable(reason: "gone since the corpus was listed (deleted or renamed while indexing); left out")
        } catch let error as IndexIOError {
            return .unreadable(reason: "cannot \(error.operation) file (\(String(cString: strerror(error.code))))")
        } catch {
            return .unreadable(reason: "cannot read file (\(error))")
        }
        let hash = bytes.withUnsafeBytes { ContentHash.of($0) }
        if hash == oldHash { return .sameContent }
        switch PageReader.page(source: file.source, bytes: bytes) {
        case .success(let page):
            return .parsed(hash: hash, bytes: bytes.count, articles: pipeline.articles(of: page), warning: nil)
        case .failure(let why):
            return .parsed(hash: hash, bytes: bytes.count, articles: [],
                           warning: CorpusWarning(path: file.path, reason: why.description).description)
        }
    }
}

/// Results of the files of one window, written by parsing threads at distinct indices.
final class ParseResults: @unchecked Sendable {
    // @unchecked: each index is written by one thread, and read only after all have finished.
    private var results: [FileWork?]
    private let lock = NSLock()

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    func set(_ i: Int, _ work: FileWork) {
        lock.lock()
        results[i] = work
        lock.unlock()
    }

    func get(_ i: Int) -> FileWork? {
        lock.lock()
        defer { lock.unlock() }
        return results[i]
    }
}
