// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "gongbao",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "GongbaoKit", targets: ["GongbaoKit"]),
        .library(name: "GongbaoTUI", targets: ["GongbaoTUI"]),
        .executable(name: "gongbao", targets: ["gongbao"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // ncursesw and libc wide-character functions, through a C shim header
        // (Swift cannot import ncurses macros or `wcwidth` directly).
        // No pkgConfig: its cflags (-D_XOPEN_SOURCE=600) are prohibited flags; shim.h sets its own.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        // jemalloc serves malloc in the executables: parsing makes and frees millions
        // of small strings and arrays, and glibc's allocator fragments under that
        // churn (docs/performance.md: the index builds 1.2× faster, peaks 70 MB lower).
        .systemLibrary(name: "CJemalloc", providers: [.apt(["libjemalloc-dev"])]),
        // Hints Swift cannot spell: cache prefetch (the n-gram index builder's
        // table probes) and early writeback (the snapshot file, before its fsync).
        // Header-only, so that no clang-compiled object carries DWARF 5 (valgrind 3.19 cannot read it).
        .systemLibrary(name: "CHints"),
        // The model: pages → articles → annotated articles → archive → query.
        // Knows nothing of terminals.
        // The gazetteer is a generated resource, made by Resources/build_gazetteer.py.
        .target(
            name: "GongbaoKit",
            exclude: ["Resources/build_gazetteer.py"],
            resources: [.copy("Resources/gazetteer.txt")]
        ),
        // Display width, wrapping and truncation of CJK text: small and pure.
        .target(name: "TextLayout", dependencies: ["CNcursesw"]),
        // The persistent index: parsed articles in SQLite, a memory-mapped
        // snapshot for fast opening, the n-gram text index. `ArchiveOpener` is its door.
        .target(
            name: "GongbaoIndex",
            dependencies: ["GongbaoKit", "CHints", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The terminal browser: state, key map, update, views into a cell grid,
        // and one thin ncurses backend.
        .target(
            name: "GongbaoTUI",
            dependencies: ["GongbaoKit", "TextLayout", "CNcursesw"],
            exclude: ["Resources/build_pinyin_initials.swift"],
            resources: [.copy("Resources/pinyin-initials.txt")]
        ),
        .executableTarget(
            name: "gongbao",
            dependencies: [
                "GongbaoKit", "GongbaoIndex", "TextLayout", "GongbaoTUI", "CJemalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Replays saved inputs through the pipeline invariants; with -DGONGBAO_FUZZ
        // and -sanitize=fuzzer it is a libFuzzer target (see .ci/run).
        .executableTarget(name: "gongbao-fuzz", dependencies: ["GongbaoKit"]),
        // Fixtures shared by the test targets (a small region hierarchy).
        .target(name: "GongbaoTestSupport", dependencies: ["GongbaoKit"], path: "Tests/GongbaoTestSupport"),
        .testTarget(
            name: "GongbaoKitTests",
            dependencies: ["GongbaoKit", "GongbaoTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "TextLayoutTests", dependencies: ["TextLayout"]),
        // Benchmarks (`swift run -c release gongbao-bench run|regions`) and the
        // synthetic archive generator; not shipped to users.
        .executableTarget(
            name: "gongbao-bench",
            dependencies: [
                "GongbaoKit", "GongbaoIndex", "GongbaoTUI", "CJemalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "GongbaoIndexTests",
            dependencies: [
                "GongbaoIndex", "GongbaoKit", "GongbaoTestSupport", "gongbao-bench",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "ReliabilityTests",
            dependencies: ["GongbaoKit", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        // Snapshots are read and recorded through #filePath, so they stay plain files in the repo.
        .testTarget(
            name: "GongbaoTUITests",
            dependencies: ["GongbaoTUI", "GongbaoKit", "GongbaoTestSupport", "TextLayout"],
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
