/// The agency's counts before and after this signing. Only `before` is typed in the file; the
/// totals after it are computed here so the release can never say 91 in one place and 93 in another.
public struct FigureTotals: Sendable, Equatable {
    public var before: FigureCounts
    public var after: FigureCounts

    public init(before: FigureCounts, after: FigureCounts) {
        self.before = before
        self.after = after
    }
}

extension AgencyFigures {
    /// The partner kind, institution unless the file says otherwise.
    public var effectivePartnerKind: PartnerKind { partnerKind ?? .institution }

    /// The counts after this signing: one more MoU; one more institution or international
    /// organisation, as the partner is; one more country only when the partner's country is new.
    public var totals: FigureTotals {
        var after = before
        after.memoranda += 1
        switch effectivePartnerKind {
        case .institution: after.institutions += 1
        case .internationalOrganisation: after.internationalOrganisations += 1
        }
        if newCountry { after.countries += 1 }
        return FigureTotals(before: before, after: after)
    }
}
