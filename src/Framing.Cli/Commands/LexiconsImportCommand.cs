using System.Globalization;
using System.Text;
using Framing.Cli.Arguments;
using Framing.Lexicons;
using Framing.Lexicons.Import;

namespace Framing.Cli.Commands;

/// <summary><c>framing lexicons import &lt;file&gt;</c>: turns a quanteda or LIWC dictionary into a Framing lexicon file.</summary>
internal sealed class LexiconsImportCommand : ICommand
{
    private readonly Option<string?> _from = new("from", "Dictionary format.", "FORMAT", null, text => text, defaultHelp: "from the file extension", allowed: ["quanteda", "liwc"]);

    private readonly RepeatedOption _map = Option.Repeated("map", "Map a category to a dimension and pole (or neutral), with an optional weight; repeat for each category.", "C=D/P[@W]", shortName: 'm');

    private readonly Option<string?> _mapping = Option.OptionalText("mapping", "Read the category mapping from a YAML or JSON file instead of --map.", "FILE");

    private readonly Option<string?> _id = Option.OptionalText("id", "Id of the new lexicon (lower-case letters, digits and '-').", "ID");

    private readonly RepeatedOption _language = Option.Repeated("language", "Language of the dictionary's patterns; 'ar,en' assigns each pattern by its script.", "LANG");

    private readonly Option<string?> _title = Option.OptionalText("title", "Title of the new lexicon.", "TEXT", defaultHelp: "Imported from <file>");

    private readonly Option<string?> _description = Option.OptionalText("description", "What the new lexicon measures.", "TEXT");

    private readonly Option<string> _license = Option.Text("license", "Licence of the dictionary (SPDX identifier).", "SPDX", "NOASSERTION");

    private readonly RepeatedOption _author = Option.Repeated("author", "An author of the dictionary; repeat for several.", "NAME", defaultHelp: "unknown");

    private readonly Option<string?> _citation = Option.OptionalText("citation", "How to cite the dictionary.", "TEXT");

    private readonly Option<string> _version = Option.Text("version", "Version of the new lexicon.", "VERSION", "0.1.0");

    private readonly Option<string?> _output = Option.OptionalText("output", "Write the lexicon to FILE instead of standard output.", "FILE", shortName: 'o');

    public LexiconsImportCommand()
    {
        Spec = new(
            "lexicons import",
            "Turn a quanteda (YAML) or LIWC (.dic) dictionary into a Framing lexicon file.",
            "lexicons import <file> [--from quanteda|liwc] (--map CATEGORY=DIMENSION/POLE[@WEIGHT]... | --mapping FILE) --id ID --language LANG[,LANG] [--analysis LANG=ANALYSIS] [--title T] [--license SPDX] [--author NAME]... [-o OUT.yaml]",
            [("file", true, "The dictionary: quanteda YAML (.yml, .yaml) or LIWC (.dic).")],
            [
                _from,
                _map,
                _mapping,
                _id,
                _language,
                AnalysisOption.Spec with { Help = "How to analyze a language without a built-in profile: latin, arabic-script or arabic (written to the lexicon's 'analysis'; see lexicons/README.md); repeat for each." },
                _title,
                _description,
                _license,
                _author,
                _citation,
                _version,
                _output,
                QuietOption.Spec,
            ],
            [
                ("framing lexicons import terms.yml --map terrorism=armed-opposition/terrorism --map rebels=armed-opposition/opposition@0.8 --id armed-terms --language en -o armed-terms.yaml", "two quanteda categories become the two poles of one dimension"),
                ("framing lexicons import LIWC2015.dic --from liwc --mapping liwc-map.yaml --id liwc-affect --language en --license LicenseRef-LIWC -o liwc-affect.yaml", "a LIWC dictionary, with the mapping in a file"),
                ("framing lexicons import termes.yml --map terrorisme=armed-opposition/terrorism --id termes --language fr --analysis fr=latin -o termes.yaml", "a French dictionary: French has no built-in profile, so the lexicon says how to analyze it"),
                ("framing lexicons validate armed-terms.yaml", "then check the result, and review it with 'framing kwic --lexicon armed-terms.yaml'"),
            ],
            """
            Each mapped category's patterns become entries of its dimension and pole, noted "imported from <file> category
            <name>". quanteda's nested keys are named parent.child; a mapping for parent also covers its children. Pole a of
            a dimension is the first pole the mapping names for it, unless a mapping file says otherwise:
              categories:
                terrorism: { dimension: armed-opposition, pole: terrorism, weight: 0.5 }
                rebels: armed-opposition/opposition
              dimensions:
                armed-opposition: { a: terrorism, b: opposition }
            With --language ar,en each pattern is Arabic when at least half of its letters are Arabic, English otherwise;
            a pattern without letters is Arabic with Arabic-Indic digits, and imported for both languages otherwise (2011).
            The lexicon goes to standard output (or --output); standard error gets how many entries were imported, which
            categories were skipped because no mapping covers them, every pattern left out (unsupported wildcards such
            as '?', a leading '*' or a '*' after a hyphen, and duplicates within a dimension, where the first pattern wins),
            and every imported entry that 'framing lexicons validate' warns of (one that never counts, a pattern in the
            other script than its language), each at its file:line:column in the dictionary.
            """);
    }

    public CommandSpec Spec { get; }

    public int Run(ParsedArguments args, CliContext context)
    {
        var path = args.Positional(0)!;
        var format = args.Get(_from) ?? FormatOf(path);
        var metadata = Metadata(args);
        var rules = args.GetAll(_map);
        var mappingFile = args.Get(_mapping);
        if (rules.Count > 0 && mappingFile is not null)
        {
            throw new UsageException("give either --map rules or a --mapping file, not both");
        }

        if (rules.Count == 0 && mappingFile is null)
        {
            throw new UsageException("say where the categories go: --map CATEGORY=DIMENSION/POLE (repeatable) or --mapping FILE");
        }

        context.NoteInput(path, "the dictionary being imported");
        if (mappingFile is not null)
        {
            context.NoteInput(mappingFile, "the mapping file (--mapping)");
        }

        if (args.Get(_output) is { } output)
        {
            context.RedirectOutput(output); // replaced whole, and only when the import succeeds
        }

        var result = mappingFile is null
            ? LexiconImport.FromRules(path, rules, metadata, format, rulesName: "--map")
            : LexiconImport.FromFile(path, mappingFile, metadata, format);
        context.Out.Write(result.Yaml);
        Report(result, args.Get(_output), context.Error, QuietOption.IsSet(args));
        return ExitCodes.Ok;
    }

    private static string FormatOf(string path) =>
        LexiconImport.FormatOf(path) ?? throw new UsageException($"cannot tell the dictionary format of '{path}' from its extension: add --from quanteda or --from liwc");

    private ImportMetadata Metadata(ParsedArguments args)
    {
        var id = args.Get(_id) ?? throw new UsageException("'framing lexicons import' needs --id ID for the new lexicon");
        var languages = args.GetAll(_language).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        if (languages.Length == 0)
        {
            throw new UsageException("'framing lexicons import' needs --language LANG (the language of the dictionary's patterns)");
        }

        var analysis = AnalysisOption.Parse(args);
        var metadata = new ImportMetadata(id, languages)
        {
            Analysis = analysis,
            Title = args.Get(_title),
            Description = args.Get(_description),
            License = args.Get(_license),
            Authors = args.GetAll(_author),
            Citation = args.Get(_citation),
            Version = args.Get(_version),
        };
        var problems = metadata.Validate();
        if (problems.Count > 0)
        {
            throw new UsageException(problems[0]);
        }

        return metadata;
    }

    /// <summary>The summary (hidden by --quiet), then what was skipped or left out and why: warnings, every one of them,
    /// shown even with --quiet.</summary>
    private static void Report(LexiconImportResult result, string? output, TextWriter error, bool quiet)
    {
        var lexicon = result.Lexicon;
        if (!quiet)
        {
            error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"framing: imported {result.EntryCount} {Plural(result.EntryCount, "entry", "entries")} into {lexicon.Dimensions.Count} {Plural(lexicon.Dimensions.Count, "dimension", "dimensions")} of '{lexicon.Id}' from {result.SourceName} ({result.MappedCategories.Count} of {result.CategoryCount} categories mapped){EveryLanguage(result)}{(output is null ? string.Empty : "; wrote " + output)}"));
        }

        if (result.SkippedCategories.Count > 0)
        {
            error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"framing: warning: skipped {result.SkippedCategories.Count} unmapped {Plural(result.SkippedCategories.Count, "category", "categories")}: {string.Join(", ", result.SkippedCategories)}"));
        }

        if (result.DuplicateCount > 0 || result.InvalidPatternCount > 0)
        {
            error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"framing: warning: left out {result.DuplicateCount} duplicate {Plural(result.DuplicateCount, "pattern", "patterns")} (the first wins) and {result.InvalidPatternCount} unusable {Plural(result.InvalidPatternCount, "pattern", "patterns")}"));
        }

        // Every warning: they are the record of what was left out, and a cut-off list would hide some of it.
        foreach (var warning in result.Warnings)
        {
            error.WriteLine("framing: warning: " + warning);
        }
    }

    /// <summary>The patterns without letters that went to both languages (numbers such as 2011), or nothing.</summary>
    private static string EveryLanguage(LexiconImportResult result) =>
        result.EveryLanguagePatternCount == 0
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $"; {result.EveryLanguagePatternCount} {Plural(result.EveryLanguagePatternCount, "pattern", "patterns")} without letters (such as numbers) imported for both {string.Join(" and ", result.Lexicon.Metadata.Languages)}");

    private static string Plural(int count, string one, string many) => count == 1 ? one : many;
}
