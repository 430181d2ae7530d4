import ArgumentParser

@main
struct GongbaoBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongbao-bench",
        abstract: "Benchmarks and synthetic archives for gongbao (run release builds: swift run -c release gongbao-bench …).",
        subcommands: [Generate.self, Run.self, Open.self]
    )
}
