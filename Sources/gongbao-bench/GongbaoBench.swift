import ArgumentParser

/// Benchmarks for gongbao's stages, run in a release build:
/// `swift run -c release gongbao-bench regions`. Figures belong here, never in tests.
@main
struct GongbaoBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongbao-bench",
        abstract: "Measure the speed of gongbao's stages on text built from the seed pages.",
        subcommands: [RegionsBenchmark.self]
    )
}
