import ArgumentParser
import GongbaoKit

/// The filters `list` and `entities` share.
struct FilterOptions: ParsableArguments {
    @Option(name: .customLong("region"), help: ArgumentHelp(
        "Only articles about this place or a place under it: a full name (甘肃省), a short name (甘肃, 灵台), a chain (北京朝阳) or a code. Repeatable: any may match.",
        valueName: "NAME"))
    var regions: [String] = []

    @Flag(help: "Let --region also match articles that only mention the place in passing.")
    var includeMentions = false

    @Option(name: .customLong("entity"), help: ArgumentHelp(
        "Only articles that carry this entity: an organisation, person or campaign name (or alias), optionally as KIND:NAME (org:, person:, campaign:, region:). Repeatable: all must match.",
        valueName: "NAME"))
    var entities: [String] = []

    @Option(name: .customLong("query"), help: ArgumentHelp(
        "Only articles whose headline or body contains TEXT (matched by characters; headline hits first).",
        valueName: "TEXT"))
    var text: String?

    @Option(name: .customLong("kind"), help: ArgumentHelp(
        "Only articles of this kind: news, feature, photo, brief, continuation. Repeatable: any may match.",
        valueName: "KIND"))
    var kinds: [String] = []

    /// The query these options describe, with every name checked against the archive.
    func query(in archive: Archive) throws -> Query {
        var query = Query()
        query.regions = try regions.map { try Self.resolveRegion($0).code }
        query.includeMentions = includeMentions
        for raw in entities {
            query.entities.append(try Self.resolveEntity(raw, in: archive))
        }
        if let text, !text.isEmpty { query.text = text }
        for raw in kinds {
            guard let kind = ArticleKind(rawValue: raw.lowercased()) else {
                throw UserError(message: "unknown kind '\(raw)'; kinds are: \(ArticleKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            query.kinds.insert(kind)
        }
        return query
    }

    /// The region a user's NAME denotes; unknown and ambiguous names are errors listing candidates.
    static func resolveRegion(_ name: String, gazetteer: Gazetteer = .shared) throws -> Region {
        switch gazetteer.resolve(name) {
        case .found(let region):
            return region
        case .ambiguous(let candidates):
            let list = candidates.map { "  \($0.code.prefix(6))  \(gazetteer.path(of: $0.code).joined(separator: " › "))" }
            throw UserError(message: "region '\(name)' is ambiguous; name one of these (by a longer name or its code):\n" + list.joined(separator: "\n"))
        case .unknown:
            throw UserError(message: "no region named '\(name)' in the gazetteer; try its full name (甘肃省, 灵台县) or its code")
        }
    }

    /// The entity a user's NAME (or KIND:NAME) denotes; unknown and ambiguous names are errors.
    static func resolveEntity(_ raw: String, in archive: Archive) throws -> EntityKey {
        var name = raw
        var kinds = Set(EntityKind.allCases)
        if let colon = raw.firstIndex(of: ":"), let kind = EntityKind(rawValue: String(raw[..<colon])) {
            kinds = [kind]
            name = String(raw[raw.index(after: colon)...])
        }
        let found = archive.entityKeys(named: name, kinds: kinds)
        if found.count == 1 { return found[0] }
        if found.count > 1 {
            let list = found.map { "  \($0.kind.rawValue):\(archive.label(of: $0))" }.joined(separator: "\n")
            throw UserError(message: "entity '\(name)' is ambiguous; name one of:\n\(list)")
        }
        let similar = archive.entityKeys(containing: name, kinds: kinds)
        let hint = similar.isEmpty ? "" : "; similar entities:\n" + similar.map { "  \($0.kind.rawValue):\(archive.label(of: $0))" }.joined(separator: "\n")
        throw UserError(message: "no entity named '\(name)' in this corpus\(hint)")
    }
}
