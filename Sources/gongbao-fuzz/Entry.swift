import Foundation

// Two ways to run the same invariants:
// - built with `-sanitize=fuzzer -DGONGBAO_FUZZ` (see .ci/run), libFuzzer drives
//   `LLVMFuzzerTestOneInput` with coverage-guided inputs;
// - built normally, `gongbao-fuzz PATH…` replays files (the committed corpus
//   in Tests/fuzz-corpus/), so every CI run checks every saved input.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    PipelineInvariants.check(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if GONGBAO_FUZZ
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable with `main = gongbao_fuzz_main`; here that entry
/// point hands control to libFuzzer's driver.
@_cdecl("gongbao_fuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { fuzzOne($0, $1) }
}
#else
@main
enum Replay {
    static func main() {
        let paths = CommandLine.arguments.dropFirst()
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: gongbao-fuzz FILE|DIR…  (replays inputs through the pipeline invariants)\n".utf8))
            exit(2)
        }
        var count = 0
        for path in paths {
            for file in files(at: path) {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                PipelineInvariants.check([UInt8](data))
                count += 1
            }
        }
        print("gongbao-fuzz: \(count) inputs replayed, all invariants hold")
    }

    static func files(at path: String) -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return [] }
        guard isDir.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { (path as NSString).appendingPathComponent($0) }
    }
}
#endif
