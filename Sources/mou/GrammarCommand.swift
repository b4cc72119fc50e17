import ArgumentParser
import Drafting
import Foundation
import Linguistics
import MoUResources

/// `mou grammar`: the grammar engine on the command line, one result per input, one per line,
/// in input order; guesses go to stderr as notes, errors exit 2 with one line.
struct GrammarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grammar",
        abstract: "Inflect, spell out, count and date words the way the templates do.",
        discussion: """
        Examples:
          mou grammar suffix --lang tr --case dative KOSGEB 92 Rusya   → KOSGEB'e, 92'ye, Rusya'ya
          mou grammar number --lang ru 92                              → девяносто два
          mou grammar plural --lang ru 92 меморандум                   → 92 меморандума
          mou grammar date --lang ru 2021-10-01                        → 1 октября 2021 г.
        """,
        subcommands: [Suffix.self, NumberWords.self, Plural.self, DateText.self])

    /// Options every grammar subcommand shares.
    struct LanguageOptions: ParsableArguments {
        @Option(name: .customLong("lang"), help: "The language: tr, ru or en.")
        var code: String

        func language(allowed: [Language] = Language.allCases) throws -> Language {
            guard let language = Language(code: code) else {
                throw CLIFailure("unknown language '\(code)'; use one of \(allowed.map(\.rawValue).joined(separator: ", "))")
            }
            guard allowed.contains(language) else {
                throw CLIFailure("this command is for \(allowed.map(\.rawValue).joined(separator: ", ")) only, not '\(code)'")
            }
            return language
        }
    }

    struct Suffix: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a Turkish case suffix: KOSGEB'e, RSMB'nin, 92'ye, Rusya'daki.")

        @OptionGroup var options: LanguageOptions

        @Option(name: .customLong("case"),
                help: "genitive, dative, accusative, locative, ablative or instrumental (add _ki for -ki: locative_ki).")
        var caseName: String

        @Flag(help: "Read abbreviations letter by letter (RSMB'nin).")
        var letters = false

        @Flag(help: "Read abbreviations as a word (KOSGEB'in).")
        var word = false

        @Argument(help: "Words, names, abbreviations or numbers.")
        var inputs: [String]

        func run() throws {
            try runReportingErrors {
                _ = try options.language(allowed: [.tr])
                let name = caseName.lowercased()
                let relative = name.hasSuffix("_ki")
                guard let grammaticalCase = TurkishCase(rawValue: relative ? String(name.dropLast(3)) : name) else {
                    throw CLIFailure("unknown case '\(caseName)'; use one of \(TurkishCase.allCases.map(\.rawValue).joined(separator: ", ")) (or locative_ki, genitive_ki)")
                }
                if relative && grammaticalCase != .locative && grammaticalCase != .genitive {
                    throw CLIFailure("-ki follows only the locative or the genitive: use locative_ki or genitive_ki")
                }
                guard !(letters && word) else { throw CLIFailure("choose one of --letters and --word") }
                let reading: AbbreviationReading? = letters ? .letters : word ? .word : nil
                var lines: [String] = []
                for input in inputs {
                    let result = Turkish.inflect(input, case: grammaticalCase, relative: relative, reading: reading)
                    result.notes.forEach { printNote($0) }
                    lines.append(result.text)
                }
                printLines(lines)
            }
        }
    }

    struct NumberWords: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "number",
            abstract: "Spell out numbers (doksan iki, девяносто два, ninety-two) or write them as digits.")

        @OptionGroup var options: LanguageOptions

        @Flag(help: "Give the ordinal (doksan ikinci, девяносто второй, ninety-second).")
        var ordinal = false

        @Flag(help: "Digits with the language's grouping and decimal mark (3.500.000; with --ordinal: 92'nci, 92-й, 92nd).")
        var digits = false

        @Argument(help: "Numbers as written: 92, 3,5, 3.500.000.")
        var inputs: [String]

        func run() throws {
            try runReportingErrors {
                let language = try options.language()
                var lines: [String] = []
                for input in inputs {
                    guard let number = DecimalNumber(parsing: input, language: language) else {
                        throw CLIFailure("'\(input)' is not a number; write digits such as 92, 3,5 or 3.500.000")
                    }
                    if ordinal {
                        guard !number.hasFraction, !number.isNegative else {
                            throw CLIFailure("'\(input)' has no ordinal: give a whole number from 0 up")
                        }
                        lines.append(Grammar.ordinal(number, language: language, style: digits ? .digits : .words).text)
                    } else {
                        lines.append(digits ? Grammar.formatNumber(number, language: language)
                                            : Grammar.spellOut(number, language: language))
                    }
                }
                printLines(lines)
            }
        }
    }

    struct Plural: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A count with the right noun form: 92 меморандума, 2 memoranda, 92 mutabakat zaptı.",
            discussion: "The noun's forms come from locales/<lang>/nouns.yaml. Several counts may precede the noun.")

        @OptionGroup var options: LanguageOptions

        @Flag(help: "Spell the count out (двадцать одна страна).")
        var words = false

        @Option(name: .customLong("templates"), help: "A folder whose locales/ override the built-in ones.")
        var templates: String?

        @Argument(help: "One or more counts, then the noun in its dictionary form.")
        var inputs: [String]

        func run() throws {
            try runReportingErrors {
                let language = try options.language()
                var counts: [DecimalNumber] = []
                var rest = inputs[...]
                while let first = rest.first, let number = DecimalNumber(parsing: first, language: language) {
                    counts.append(number)
                    rest = rest.dropFirst()
                }
                let noun = rest.joined(separator: " ")
                guard !counts.isEmpty else {
                    throw CLIFailure("give a count before the noun, e.g. mou grammar plural --lang ru 92 меморандум")
                }
                guard !noun.isEmpty else { throw CLIFailure("give the noun after the count, e.g. 92 меморандум") }
                let store = templates.map { ResourceStore(overrideRoot: URL(fileURLWithPath: $0)) } ?? .builtIn
                let data = try GrammarData.load(language, from: store)
                guard let forms = data.nouns.forms(for: noun) else {
                    let path = GrammarData.path(for: language)
                    let template = language == .ru ? "{one: …, few: …, many: …, other: …}"
                        : language == .en ? "{one: …, other: …}" : "\(noun)"
                    throw CLIFailure("'\(noun)' is not in \(path); add `\(noun): \(template)`"
                        + (language == .ru ? " (the forms after 1, 2, 5 and 1,5)" : ""))
                }
                printLines(counts.map { Grammar.count($0, forms: forms, language: language, spelled: words) })
            }
        }
    }

    struct DateText: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "date",
            abstract: "Write dates: 1 Ekim 2021, 1 октября 2021 г., 1 October 2021.")

        @OptionGroup var options: LanguageOptions

        @Flag(help: "The numeric form: 01.10.2021 (01/10/2021 in English).")
        var numeric = false

        @Argument(help: "Dates as YYYY-MM-DD.")
        var inputs: [String]

        func run() throws {
            try runReportingErrors {
                let language = try options.language()
                var lines: [String] = []
                for input in inputs {
                    guard let date = CalendarDate(iso: input) else {
                        throw CLIFailure("'\(input)' is not a date that exists; write it as YYYY-MM-DD, e.g. 2021-10-01")
                    }
                    lines.append(Grammar.date(date, language: language, style: numeric ? .numeric : .long))
                }
                printLines(lines)
            }
        }
    }
}

/// Results on stdout, one per line.
private func printLines(_ lines: [String]) {
    guard !lines.isEmpty else { return }
    FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
}
