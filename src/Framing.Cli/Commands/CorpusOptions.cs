using Framing.Cli.Arguments;
using Framing.Corpus;

namespace Framing.Cli.Commands;

/// <summary>The options every corpus-reading command shares, and how they open the corpus.</summary>
internal static class CorpusOptions
{
    /// <summary>The display name of the built-in sample corpus.</summary>
    public const string SampleName = "built-in sample corpus (invented articles)";

    public static OptionSpec[] Specs { get; } =
    [
        new OptionSpec("by", "Field that groups documents (for a folder of .txt files: folder or file).", "FIELD", "outlet"),
        new OptionSpec("text-field", "Field holding the text.", "FIELD", "text"),
        new OptionSpec("id-field", "Field holding the document id.", "FIELD", "id"),
        new OptionSpec("language-field", "Field giving a document's language (ar, en); when absent the script decides.", "FIELD", "language"),
        new OptionSpec("language", "Analyze every document as this language instead.", "LANG", "auto"),
        new OptionSpec("corpus-format", "How to read the corpus (auto: by extension; .parquet is Parquet).", "FORMAT", "auto", [.. CorpusFormats.Factory.FormatNames]),
        new OptionSpec("skip-invalid", "Count and report bad records instead of stopping at the first one."),
        EmptyCorpus.Spec,
    ];

    public static (ICorpusReader Reader, CorpusReaderOptions Options) Open(ParsedArguments args, string? corpus, CliContext context)
    {
        var by = args.Value("by", "outlet");
        var format = args.Value("corpus-format", CorpusReaderFactory.AutoFormat);
        CorpusReaderOptions options;
        try
        {
            options = new CorpusReaderOptions
            {
                TextField = args.Value("text-field", "text"),
                IdField = args.Value("id-field", "id"),
                GroupField = by,
                FolderGrouping = by == "file" ? FolderGrouping.File : FolderGrouping.Folder,
            };
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        if (corpus is null)
        {
            var sample = typeof(Framing.Lexicons.Lexicon).Assembly.GetManifestResourceStream("Framing.Samples.sample-corpus.jsonl")
                ?? throw new InvalidOperationException("the sample corpus is missing from the library");
            return (new JsonLinesCorpusReader(sample, SampleName, options), options);
        }

        if (corpus == CorpusReaderFactory.StandardInput)
        {
            return format switch
            {
                CorpusReaderFactory.AutoFormat or "jsonl" => (new JsonLinesCorpusReader(context.OpenInput(), "-", options), options),
                "csv" => (new CsvCorpusReader(context.OpenInput(), "-", options, ','), options),
                "tsv" => (new CsvCorpusReader(context.OpenInput(), "-", options, '\t'), options),
                _ => throw new UsageException("standard input (-) can only be read as jsonl, csv or tsv"),
            };
        }

        return (CorpusFormats.Factory.Create(corpus, format, options), options);
    }

    /// <summary>The document's group value (the <c>--by</c> field); a missing field is an input error.</summary>
    public static string GroupOf(Document document, CorpusReaderOptions options) =>
        document.GetField(options.GroupField)
            ?? throw new InputException($"{document.Source}: missing field \"{options.GroupField}\" (choose the grouping field with --by)");
}
