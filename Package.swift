// swift-tools-version:6.0
import PackageDescription

/// The module graph of ../shared/DESIGN.md: each target depends only on targets above it.
let package = Package(
    name: "MoUKit",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "mou", targets: ["mou"]),
        .library(name: "MoUKit", targets: ["Linguistics", "AgreementModel", "DocumentModel",
                                           "OfficeFormats", "Drafting", "Review"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/stencilproject/Stencil.git", exact: "0.15.1"),
    ],
    targets: [
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CLibZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        /// CRC-32 by carry-less multiplication (zlib's table loop costs ~3.3 instructions a byte).
        .target(name: "CFastCRC", dependencies: ["CZlib"]),

        .target(name: "Linguistics"),
        .target(name: "AgreementModel", dependencies: ["Linguistics", "Yams"]),
        .target(name: "DocumentModel", dependencies: ["Linguistics"]),
        .target(name: "OfficeFormats", dependencies: ["DocumentModel", "Linguistics", "CLibZip", "CLibXML2",
                                                      "CZlib", "CFastCRC"]),
        /// The built-in templates/ and locales/ compiled into the binary, so `mou` finds them
        /// wherever it runs from (a copied release binary has no source tree beside it).
        .target(name: "MoUResources", plugins: ["EmbedResources"]),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["embed-resources"]),
        .executableTarget(name: "embed-resources", path: "Plugins/EmbedResourcesTool"),
        .target(name: "Drafting", dependencies: ["AgreementModel", "DocumentModel", "Linguistics",
                                                 "MoUResources", "Yams", "Stencil"]),
        .target(name: "Review", dependencies: ["DocumentModel", "OfficeFormats", "AgreementModel",
                                               "Linguistics", "MoUResources", "Yams"]),
        .executableTarget(name: "mou", dependencies: [
            "Linguistics", "AgreementModel", "DocumentModel", "OfficeFormats", "Drafting", "Review",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "LinguisticsTests", dependencies: ["Linguistics"]),
        .testTarget(name: "AgreementModelTests", dependencies: ["AgreementModel"]),
        .testTarget(name: "DocumentModelTests", dependencies: ["DocumentModel"], resources: [.copy("Golden")]),
        .testTarget(name: "OfficeFormatsTests", dependencies: ["OfficeFormats", "DocumentModel",
                                                                "CLibZip", "CZlib", "CFastCRC"]),
        .testTarget(name: "DraftingTests", dependencies: ["Drafting", "AgreementModel", "DocumentModel"], resources: [.copy("Golden")]),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "OfficeFormats", "DocumentModel", "Drafting"], resources: [.copy("Corpus")]),
        .testTarget(name: "CLITests", dependencies: ["mou"]),
    ],
    swiftLanguageModes: [.v6]
)
