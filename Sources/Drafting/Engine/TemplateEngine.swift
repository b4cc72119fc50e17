import Foundation
import Linguistics
import MoUResources
import Stencil

/// A template lexed and parsed once, kept for the life of the process: Stencil lexes on every
/// load (~0.7 µs a byte) and parses on every render, so both are done here once.
public final class CompiledTemplate: @unchecked Sendable {
    /// A real path or `built-in:templates/mou/tr.md`.
    public let origin: String
    public let relativePath: String
    /// The tokens after `TemplateSource.rewrite` (ids restored, escape filter added).
    let tokens: [Token]
    /// The tokens Stencil parsed: `tokens` with plain `{{ }}` turned into `{% mou_var %}`;
    /// kept so their identities (the keys of `lines`) live as long as the template.
    private let parsedTokens: [Token]
    /// Whether the template has `{% break %}` or `{% continue %}` (see `FastIfNode`).
    let loopControl: Bool
    /// Nil when the template does not parse; `parseProblem` then says why.
    let nodes: [NodeType]?
    let parseProblem: TemplateProblem?
    let environment: Environment
    /// Each token's line, counted here: Stencil finds a line by searching for its text, so a
    /// line repeated in a template gets the first one's number (or none).
    private let lines: [ObjectIdentifier: Int]
    /// Tags without their closing delimiter (line, `{{`).
    let unclosed: [(line: Int, opener: String)]

    init(origin: String, relativePath: String, text: String, environment: Environment,
         fastFilters: [String: FilterFunction] = [:]) {
        self.origin = origin
        self.relativePath = relativePath
        self.environment = environment
        let lexed = TemplateSource.lex(TemplateSource.hideIds(text), name: origin)
        tokens = TemplateSource.rewrite(lexed.tokens)
        unclosed = lexed.unclosed
        var lines: [ObjectIdentifier: Int] = [:]
        for (token, line) in zip(tokens, lexed.lines) { lines[ObjectIdentifier(token)] = line }
        let converted = TemplateSource.engineTokens(tokens, lines: lexed.lines, fastFilters: fastFilters)
        loopControl = converted.loopControl
        for (token, line) in converted.added { lines[ObjectIdentifier(token)] = line }
        let parsed = converted.tokens
        self.lines = lines
        self.parsedTokens = parsed
        do {
            nodes = try TokenParser(tokens: parsed, environment: environment).parse()
            parseProblem = nil
        } catch {
            nodes = nil
            parseProblem = Self.problem(from: error, origin: origin, lines: lines, tokens: tokens)
        }
    }

    private let planLock = NSLock()
    private var plan: [VariableChecker.Step]?

    /// What the name checker walks for this template, worked out on first use.
    func checkPlan(engine: TemplateEngine) -> [VariableChecker.Step] {
        planLock.lock(); defer { planLock.unlock() }
        if let plan { return plan }
        let steps = VariableChecker.plan(self, engine: engine)
        plan = steps
        return steps
    }

    /// The line of a token (1-based), 0 when unknown.
    func line(of token: Token) -> Int {
        lines[ObjectIdentifier(token)] ?? Int(token.sourceMap.location.lineNumber)
    }

    /// Renders with the context; Stencil errors come back as a problem with this template's line.
    func render(_ dictionary: [String: Any]) throws -> String {
        guard let nodes else {
            throw DraftingError.template([parseProblem ?? TemplateProblem(origin: origin, line: 0, message: "does not parse")])
        }
        let context = Context(dictionary: dictionary, environment: environment)
        do {
            return try loopControl ? renderNodes(nodes, context) : renderNodesWithoutLoopControl(nodes, context)
        } catch {
            throw DraftingError.template([Self.problem(from: error, origin: origin, lines: lines, tokens: tokens)])
        }
    }

    /// The first line on which a `{{ }}` or `{% %}` mentions `name` as a path component, for
    /// messages about a lookup that only the render saw.
    func line(mentioning path: String) -> Int {
        let last = path.split(separator: ".").last.map(String.init) ?? path
        for token in tokens where token.kind == .variable || token.kind == .block {
            let words = token.contents.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") })
            if words.contains(where: { $0 == last }) { return line(of: token) }
        }
        return 0
    }

    /// Turns a Stencil error into "origin:line: reason".
    /// Stencil may blame a token it made itself (the filter part of a `{{ }}`): that one is
    /// found by its text among ours.
    static func problem(from error: Error, origin: String, lines: [ObjectIdentifier: Int],
                        tokens: [Token] = []) -> TemplateProblem {
        if let drafting = error as? DraftingError, case .template(let problems) = drafting, let first = problems.first {
            return first
        }
        if let syntax = error as? TemplateSyntaxError {
            let line = syntax.token.map { blamed in
                if let line = lines[ObjectIdentifier(blamed)] { return line }
                let owner = tokens.first { $0.kind != .text && $0.contents.contains(blamed.contents) }
                return owner.flatMap { lines[ObjectIdentifier($0)] } ?? 0
            } ?? 0
            return TemplateProblem(origin: origin, line: line, message: syntax.reason)
        }
        return TemplateProblem(origin: origin, line: 0, message: String(describing: error))
    }
}

/// Loads templates through a `ResourceStore` with the grammar and escape filters registered,
/// and keeps every compiled template (keyed by origin) for the life of the process.
public final class TemplateEngine: @unchecked Sendable {
    private let lock = NSLock()
    private var cache: [String: [(text: String, compiled: CompiledTemplate)]] = [:]
    let environment: Environment

    private var knownFilters: [String: Bool] = [:]

    /// One engine per process is enough; tests may make their own.
    public static let shared = TemplateEngine()

    /// The filters `{% mou_var %}` calls directly (every grammar filter); a `{{ }}` using any
    /// other filter stays a Stencil variable.
    let fastFilters: [String: FilterFunction]

    public init() {
        let ext = Extension()
        ext.registerFilter(EscapeFilter.name) { value in try EscapeFilter.apply(value) }
        GrammarFilters.register(in: ext)
        var table: [String: FilterFunction] = [:]
        for (name, function) in GrammarFilters.functions { table[name] = function }
        let filters = table
        fastFilters = filters
        ext.registerTag(FastExpression.tagName) { _, token in
            let text = String(token.contents.dropFirst(FastExpression.tagName.count + 1))
            guard let expression = FastExpression(text, filters: filters) else {
                throw TemplateSyntaxError(reason: "'\(text)' is not a plain value with filters", token: token)
            }
            return FastVariableNode(expression: expression, token: token)
        }
        ext.registerTag("if") { parser, token in
            try FastIfNode.parse(parser, token: token, filters: filters, loopControl: true)
        }
        ext.registerTag(FastIfNode.tagWithoutLoopControl) { parser, token in
            try FastIfNode.parse(parser, token: token, filters: filters, loopControl: false)
        }
        ext.registerTag(FastForNode.tagName) { parser, token in
            try FastForNode.parse(parser, token: token, filters: filters)
        }
        environment = Environment(extensions: [ext], trimBehaviour: .nothing)
    }

    /// Whether a filter by this name is registered (Stencil's own, the grammar filters, ours).
    /// Stencil keeps its table private, so this asks its parser about a one-filter expression.
    public func hasFilter(_ name: String) -> Bool {
        lock.lock()
        if let known = knownFilters[name] { lock.unlock(); return known }
        lock.unlock()
        let probe = Template(templateString: "{{ x|" + name + " }}", environment: environment).tokens
        let known = (try? TokenParser(tokens: probe, environment: environment).parse()) != nil
        lock.lock(); knownFilters[name] = known; lock.unlock()
        return known
    }

    /// The compiled template at `relativePath` (`templates/mou/tr.md`) from the store.
    public func template(_ relativePath: String, from store: ResourceStore) throws -> CompiledTemplate {
        guard let (text, origin) = store.file(relativePath) else { throw DraftingError.missingResource(relativePath) }
        return template(text: text, origin: origin, relativePath: relativePath)
    }

    /// Compiles (once) a template given as text; `origin` keys the cache.
    /// The cache holds each origin's texts: a hit compares the text (the same built-in text is
    /// the same storage, so that is one pointer comparison), where hashing the whole template on
    /// every render had cost a tenth of a render.
    public func template(text: String, origin: String, relativePath: String) -> CompiledTemplate {
        lock.lock()
        if let cached = cache[origin]?.first(where: { $0.text == text }) { lock.unlock(); return cached.compiled }
        lock.unlock()
        let compiled = CompiledTemplate(origin: origin, relativePath: relativePath, text: text, environment: environment,
                                        fastFilters: fastFilters)
        lock.lock(); cache[origin, default: []].append((text, compiled)); lock.unlock()
        return compiled
    }

    static func problem(from error: Error, origin: String) -> TemplateProblem {
        CompiledTemplate.problem(from: error, origin: origin, lines: [:])
    }
}
