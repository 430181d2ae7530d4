import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary folders for tests, all under one folder per test process that is
/// deleted when the process exits, so test runs leave nothing behind in /tmp.
public enum TemporaryFolders {
    /// `$TMPDIR/gongbao-tests-PID`, removed at exit.
    public static let root: String = {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("gongbao-tests-\(getpid())")
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: TemporaryFolders.root) }
        return path
    }()

    /// A fresh, empty folder named `prefix-UUID`.
    public static func make(_ prefix: String = "test") -> String {
        let path = (root as NSString).appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
