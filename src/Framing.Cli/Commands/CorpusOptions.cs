using Framing.Cli.Arguments;
using Framing.Corpus;

namespace Framing.Cli.Commands;

/// <summary>The options every corpus-reading command shares, and how they open the corpus.</summary>
internal static class CorpusOptions
{
    /// <summary>The display name of the built-in sample corpus.</summary>
    public const string SampleName = "built-in sample corpus (invented articles)";

    /// <summary><c>--by</c>: the field that groups documents.</summary>
    public static Option<string> By { get; } = Option.Text("by", "Field that groups documents (for a folder of .txt files: folder or file).", "FIELD", "outlet");

    /// <summary><c>--text-field</c>.</summary>
    public static Option<string> TextField { get; } = Option.Text("text-field", "Field holding the text.", "FIELD", "text");

    /// <summary><c>--id-field</c>.</summary>
    public static Option<string> IdField { get; } = Option.Text("id-field", "Field holding the document id.", "FIELD", "id");

    /// <summary><c>--language-field</c>.</summary>
    public static Option<string> LanguageField { get; } = Option.Text("language-field", "Field giving a document's language (ar, en, or a language declared by the lexicon's 'analysis' or by scale wordscores --analysis; a field naming another language is a bad record); when absent, empty or und, mul, mis or zxx (no language given) the script decides.", "FIELD", "language");

    /// <summary><c>--language</c>: every document's language, or null (<c>auto</c>, the default) to take it from the document.</summary>
    public static Option<string?> Language { get; } = new("language", "Analyze every document as this language instead (ar or en, also ara, arabic, eng, english, any case; or a language declared by the lexicon's 'analysis' or by scale wordscores --analysis, such as fr).", "LANG", null, ParseLanguage, defaultHelp: "auto");

    /// <summary><c>--corpus-format</c>.</summary>
    public static Option<string> CorpusFormat { get; } = Option.Choice("corpus-format", "How to read the corpus (auto: by extension; .parquet is Parquet).", "FORMAT", CorpusReaderFactory.AutoFormat, [.. CorpusFormats.Factory.FormatNames]);

    /// <summary><c>--csv-delimiter</c>: the separator of a CSV, TSV or manifest corpus (one character, as a string), or
    /// null for its format's (a comma for CSV, a tab for TSV; a manifest's follows its file name).</summary>
    public static Option<string?> CsvDelimiter { get; } = new(
        "csv-delimiter",
        "Field separator of a CSV, TSV or manifest corpus instead of its format's comma or tab: one ASCII character (';' reads the CSV Excel saves in German or French), or tab.",
        "CHAR",
        null,
        ParseCsvDelimiter);

    /// <summary><c>--skip-invalid</c>.</summary>
    public static FlagOption SkipInvalid { get; } = Option.Flag("skip-invalid", "Count and report bad records instead of stopping at the first one.");

    public static OptionSpec[] Specs { get; } = [By, TextField, IdField, LanguageField, Language, CorpusFormat, CsvDelimiter, SkipInvalid, EmptyCorpus.Spec];

    /// <summary>
    /// <see cref="Specs"/> for a command that still fails on an empty corpus with <c>--allow-empty</c>, because it needs
    /// documents in its groups, sides or reference texts: its <c>--allow-empty</c> help says so instead of promising exit 0.
    /// </summary>
    /// <param name="needs">What the command still needs, as the end of a sentence ("documents on both sides").</param>
    public static OptionSpec[] SpecsNeeding(string needs) =>
        [.. Specs.Select(o => ReferenceEquals(o, EmptyCorpus.Spec) ? EmptyCorpus.Spec with { Help = EmptyCorpus.HelpNeeding(needs) } : o)];

    /// <summary>Reads <c>--csv-delimiter</c>: one ASCII character other than a double quote or a line break, or a tab as
    /// <c>tab</c> (any case) or <c>\t</c>, which a shell does not pass as a character unless asked to.</summary>
    /// <exception cref="UsageException">Anything else: one line naming the value and what is expected.</exception>
    private static string ParseCsvDelimiter(string text)
    {
        if (string.Equals(text, "tab", StringComparison.OrdinalIgnoreCase) || text is "\\t" or "\t")
        {
            return "\t";
        }

        return text is [var c] && c is not ('"' or '\r' or '\n') && char.IsAscii(c) && (c == '\t' || !char.IsControl(c))
            ? text
            : throw new UsageException($"invalid value '{text}' for --csv-delimiter: expected one ASCII character other than a double quote or a line break (';', '|'), or tab");
    }

    /// <summary>Reads <c>--language</c>: <c>auto</c> (null: the script decides), a built-in language by the codes and
    /// names a language field may use too (ar, ara, arabic; en, eng, english; any case), or another language code of 2
    /// or 3 letters, with or without a region (<c>fr</c>, <c>fr-CA</c>: <c>fr</c>), which the command then checks
    /// against its lexicon's languages (<see cref="CheckLanguage"/>).</summary>
    private static string? ParseLanguage(string text)
    {
        var trimmed = text.Trim();
        if (string.Equals(trimmed, "auto", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (Framing.Corpus.CorpusRun.LanguageCode(trimmed) is { } builtIn)
        {
            return builtIn;
        }

        var end = trimmed.AsSpan().IndexOfAny('-', '_');
        var primary = (end < 0 ? trimmed : trimmed[..end]).ToLowerInvariant();
        return Framing.Lexicons.LexiconYamlReader.IsLanguageCode(primary)
            ? primary
            : throw new UsageException($"invalid value '{text}' for --language: expected auto, {string.Join(", ", Framing.Text.LanguageRegistry.Default.Codes)} (or ara, arabic, eng, english), or a language the lexicon declares in 'analysis' (scale wordscores: --analysis), such as fr");
    }

    /// <summary>Refuses a <c>--language</c> that the run's languages (the lexicon's: ar, en and those its
    /// <c>analysis</c> declares) do not include: no document could be analyzed in it.</summary>
    /// <param name="language">The parsed <c>--language</c>, or null.</param>
    /// <param name="languages">The languages the command analyzes.</param>
    /// <param name="declare">How the command declares another language (default: a lexicon's <c>analysis</c>).</param>
    /// <exception cref="UsageException">The language is not among them.</exception>
    public static void CheckLanguage(string? language, Framing.Text.LanguageRegistry languages, string declare = "a lexicon that declares it in 'languages' and 'analysis'")
    {
        if (language is not null && !languages.TryGet(language, out _))
        {
            throw new UsageException($"invalid value '{language}' for --language: expected auto, {string.Join(", ", languages.Codes)} (or ara, arabic, eng, english); another language needs {declare} (see lexicons/README.md)");
        }
    }

    /// <summary>
    /// Whether <paramref name="corpus"/> can be read only once: standard input (<c>-</c>), or a named pipe, device or
    /// socket, such as bash's <c>&lt;(zcat corpus.jsonl.gz)</c>, whose second reading would find nothing. Commands that
    /// read the corpus twice refuse such inputs (a usage error) instead of scoring an empty second pass.
    /// </summary>
    /// <param name="corpus">The corpus argument, or null for the built-in sample.</param>
    public static bool ReadsOnlyOnce(string? corpus) =>
        corpus == CorpusReaderFactory.StandardInput
        || (corpus is not null && FileKinds.Of(corpus) is FileKind.NamedPipe or FileKind.CharacterDevice or FileKind.BlockDevice or FileKind.Socket);

    public static (ICorpusReader Reader, CorpusReaderOptions Options) Open(ParsedArguments args, string? corpus, CliContext context)
    {
        var by = args.Get(By);
        var format = args.Get(CorpusFormat);
        CorpusReaderOptions options;
        try
        {
            options = new CorpusReaderOptions
            {
                TextField = args.Get(TextField),
                IdField = args.Get(IdField),
                RequireIdField = args.IsGiven(IdField), // named on purpose: a misspelt name must not leave every id a place
                GroupField = by,
                FolderGrouping = by == "file" ? FolderGrouping.File : FolderGrouping.Folder,
                CsvDelimiter = args.Get(CsvDelimiter) is [var delimiter] ? delimiter : null,
            };
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        if (string.Equals(options.TextField, options.IdField, StringComparison.Ordinal))
        {
            throw new UsageException($"--text-field and --id-field both name the field '{options.TextField}': a document's text cannot also be its id");
        }

        if (string.Equals(options.TextField, options.GroupField, StringComparison.Ordinal))
        {
            throw new UsageException($"--text-field and --by both name the field '{options.TextField}': a document's text cannot also be its group");
        }

        // The text field is not among a document's fields, so a language or leaning read from it would never be found:
        // every document would be left to its script, or to no side, as if the field were missing.
        foreach (var (option, meaning) in FieldsBesideTheText)
        {
            if (args.IsGiven(option) && string.Equals(args.Text(option), options.TextField, StringComparison.Ordinal))
            {
                throw new UsageException($"--text-field and --{option.Name} both name the field '{options.TextField}': a document's text cannot also be its {meaning}");
            }
        }

        if (corpus is null)
        {
            RefuseCsvDelimiter(args, "the built-in sample corpus is JSON Lines");
            var sample = typeof(Framing.Lexicons.Lexicon).Assembly.GetManifestResourceStream("Framing.Samples.sample-corpus.jsonl")
                ?? throw new InvalidOperationException("the sample corpus is missing from the library");
            return (new JsonLinesCorpusReader(sample, SampleName, options), options);
        }

        if (corpus == CorpusReaderFactory.StandardInput)
        {
            context.NoteInput(corpus); // the file or pipe behind standard input, where it is known
            if (format is CorpusReaderFactory.AutoFormat or "jsonl")
            {
                RefuseCsvDelimiter(args, "standard input is read as JSON Lines unless --corpus-format csv or tsv is given");
            }

            return format switch
            {
                CorpusReaderFactory.AutoFormat or "jsonl" => (new JsonLinesCorpusReader(context.OpenInput(), "-", options), options),
                "csv" => (new CsvCorpusReader(context.OpenInput(), "-", options, options.CsvDelimiter ?? ','), options),
                "tsv" => (new CsvCorpusReader(context.OpenInput(), "-", options, options.CsvDelimiter ?? '\t'), options),
                _ => throw new UsageException("standard input (-) can only be read as jsonl, csv or tsv"),
            };
        }

        context.NoteInput(corpus); // -o naming the corpus is refused, not a corpus replaced by its scores
        var reader = CorpusFormats.Factory.Create(corpus, format, options);
        // A document of a folder or manifest that an output goes to is refused when it is reached, not replaced by the
        // output (the outputs are noted before the corpus is read).
        switch (reader)
        {
            case TextFolderCorpusReader folder:
                folder.FileGuard = context.OutputAt;
                break;
            case ManifestCorpusReader manifest:
                manifest.FileGuard = context.OutputAt;
                break;
        }

        if (reader is TextFolderCorpusReader)
        {
            RefuseFieldsOfAFolder(args, options.GroupField);
        }

        if (reader is not (CsvCorpusReader or ManifestCorpusReader))
        {
            RefuseCsvDelimiter(args, $"{corpus} is read as {reader switch { TextFolderCorpusReader => "a folder of .txt files", JsonLinesCorpusReader => "JSON Lines", _ => format == CorpusReaderFactory.AutoFormat ? CorpusFormats.Factory.Detect(corpus, options) : format }}");
        }

        return (reader, options);
    }

    /// <summary>Refuses <c>--csv-delimiter</c> given for a corpus that has no separator (JSON Lines, a folder, Parquet),
    /// which it would not change: <paramref name="why"/> says how the corpus is read.</summary>
    private static void RefuseCsvDelimiter(ParsedArguments args, string why)
    {
        if (args.IsGiven(CsvDelimiter))
        {
            throw new UsageException($"--csv-delimiter sets the separator of a CSV, TSV or manifest corpus, and {why}");
        }
    }

    /// <summary>The options besides <c>--by</c> and <c>--id-field</c> that name a field a run reads, with what the
    /// field gives (as the end of "a document's text cannot also be its …").</summary>
    private static (OptionSpec Option, string Meaning)[] FieldsBesideTheText => [(LanguageField, "language"), (KnownSides.KnownField, "leaning")];

    /// <summary>Refuses the options that name a field, given for a folder of <c>.txt</c> files, which has none but the
    /// group its folders give (under the <c>--by</c> name, which a language or leaning field may name: folders named
    /// <c>en</c> and <c>ar</c>): each would be ignored, or find no document.</summary>
    private static void RefuseFieldsOfAFolder(ParsedArguments args, string groupField)
    {
        (OptionSpec Option, string Instead)[] fields =
        [
            (IdField, "its documents' ids are their files' paths"),
            (TextField, "its documents' texts are their files' contents"),
        ];
        foreach (var (option, instead) in fields)
        {
            if (args.IsGiven(option))
            {
                throw new UsageException($"--{option.Name} names a field, and a folder of .txt files has none: {instead}");
            }
        }

        (OptionSpec Option, string Instead)[] groupFields =
        [
            (LanguageField, "give its documents' language with --language, or leave it to their script"),
            (KnownSides.KnownField, "give its groups' leanings with --known FILE"),
        ];
        foreach (var (option, instead) in groupFields)
        {
            if (args.IsGiven(option) && args.Text(option) is { } field && !string.Equals(field, groupField, StringComparison.Ordinal))
            {
                throw new UsageException($"--{option.Name} names the field '{field}', and a folder of .txt files has none but its group (--by {groupField}): {instead}");
            }
        }
    }

    /// <summary>The document's group value (the <c>--by</c> field); a missing field is an input error.</summary>
    public static string GroupOf(Document document, CorpusReaderOptions options) =>
        document.GetField(options.GroupField)
            ?? throw new InputException($"{document.Source}: missing field \"{options.GroupField}\" (choose the grouping field with --by)");
}
