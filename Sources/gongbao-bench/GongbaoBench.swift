import ArgumentParser

/// Benchmarks for gongbao's stages and the synthetic archive generator, run in a
/// release build: `swift run -c release gongbao-bench run`. Figures belong here, never in tests.
@main
struct GongbaoBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongbao-bench",
        abstract: "Benchmarks and synthetic archives for gongbao (run release builds: swift run -c release gongbao-bench …).",
        subcommands: [Run.self, Generate.self, Open.self, RegionsBenchmark.self]
    )
}
