// TEMPORARY: stands in for DocumentModel's Markup.escape until it lands on main.
enum PendingMarkup {
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s { if "\\*_#{}[]:|>+-`".contains(c) { out.append("\\") }; out.append(c == "\n" ? " " : c) }
        return out
    }
}
