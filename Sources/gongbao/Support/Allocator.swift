import CJemalloc
import Foundation

/// gongbao allocates through jemalloc, linked in place of glibc's malloc (see
/// Package.swift and docs/performance.md). With `GONGBAO_TRACE` set, the trace
/// names it, so that a profile says which allocator it measured.
enum Allocator {
    static var name: String { "jemalloc \(String(cString: gb_jemalloc_version()))" }

    static func trace() {
        guard ProcessInfo.processInfo.environment["GONGBAO_TRACE"] != nil else { return }
        FileHandle.standardError.write(Data("allocator: \(name)\n".utf8))
    }
}
