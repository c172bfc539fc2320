using System.Globalization;
using System.Text.Json;
using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Corpus;
using Framing.Lexicons;
using Framing.Scoring;
using Framing.Statistics.Scores;

namespace Framing.Cli.Commands;

/// <summary><c>framing score</c>: per-group (or per-document) framing scores.</summary>
internal sealed class ScoreCommand : ICommand
{
    public CommandSpec Spec { get; } = new(
        "score",
        "Score each group (outlet) of a corpus on each framing dimension.",
        "score [<corpus>] [--lexicon ID|FILE] [--by FIELD] [--format table|csv|json|markdown] [--per-document] [--voice all|editorial|attributed|quoted]",
        [("corpus", false, "A .jsonl/.csv/.tsv file, a folder of .txt files, a CSV manifest, or - for JSON Lines on stdin. Default: the built-in invented sample corpus.")],
        [
            new OptionSpec("lexicon", "Built-in lexicon id or lexicon file.", "ID|FILE", "starter", Short: 'l'),
            .. CorpusOptions.Specs,
            new OptionSpec("format", "Output format.", "FORMAT", "table", ["table", "csv", "json", "markdown"], Short: 'f'),
            new OptionSpec("per-document", "One row per document and dimension instead of per group (CSV and JSON stream as documents are scored)."),
            new OptionSpec("voice", "Which matches the figures count: all, editorial (the outlet's own voice), attributed (reported speech outside quotes) or quoted.", "VOICE", "all", VoiceValues),
            .. BootstrapOptions.Specs,
            new OptionSpec("output", "Write to FILE instead of standard output.", "FILE", Short: 'o'),
            new OptionSpec("quiet", "Do not print the summary line on standard error.", Short: 'q'),
        ],
        [
            ("framing score", "the built-in sample corpus with the starter lexicon"),
            ("framing score corpus.jsonl --lexicon starter --by outlet --format csv -o scores.csv", "a JSON Lines corpus, as CSV for R or pandas"),
            ("framing score articles/ --by folder", "a folder of .txt files, one sub-folder per outlet"),
            ("framing score corpus.csv --per-document --voice editorial --format csv", "per document, the outlets' own voice only"),
            ("cat corpus.jsonl | framing score - --format json", "JSON Lines from standard input"),
        ],
        ScoreColumns.Help);

    public int Run(ParsedArguments args, CliContext context)
    {
        var lexicon = Lexicon.Load(args.Value("lexicon", "starter"));
        var compiled = lexicon.Compile();
        var format = OutputWriter.ParseFormat(args.Value("format"));
        var voices = ParseVoice(args.Value("voice", "all"));
        var corpus = args.Positional(0);
        var (reader, readerOptions) = CorpusOptions.Open(args, corpus, context);
        var skipInvalid = args.Flag("skip-invalid");
        if (args.Value("output") is { } output)
        {
            context.RedirectOutput(output);
        }

        var perDocument = args.Flag("per-document");
        using var documentRows = perDocument ? new DocumentRowWriter(context, format, lexicon, reader.Description, voices) : null;
        var reported = 0;
        var bootstrap = BootstrapOptions.Settings(args);
        var confidence = BootstrapOptions.Confidence(args);
        var minimumDocuments = BootstrapOptions.MinimumDocuments(args);
        var tally = new CorpusScorer(compiled, null, perDocument ? null : bootstrap).Score(
            reader.Read(),
            document => CorpusOptions.GroupOf(document, readerOptions),
            document => CorpusOptions.LanguageOf(document, args),
            documentRows is null ? null : (document, group, result) => documentRows.Add(group, result),
            error =>
            {
                if (!skipInvalid)
                {
                    throw new InputException(error + " (use --skip-invalid to skip bad records)");
                }

                if (reported++ < 20)
                {
                    context.Error.WriteLine("framing: warning: skipped " + error);
                }
            });

        if (documentRows is not null)
        {
            documentRows.Finish(tally);
        }
        else
        {
            var table = GroupTable(tally, lexicon, voices, reader.Description, confidence, minimumDocuments);
            OutputWriter.Write(context, format, format is OutputFormat.Table or OutputFormat.Markdown ? table.Select(ScoreColumns.Compact) : table);
        }

        if (!args.Flag("quiet"))
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"framing: scored {tally.ScoredDocuments} documents in {tally.Groups.Count} groups from {reader.Description}; rejected {tally.RejectedDocuments}"));
        }

        return ExitCodes.Ok;
    }

    /// <summary>The values of every <c>--voice</c> option.</summary>
    internal static readonly string[] VoiceValues = ["all", "editorial", "attributed", "quoted"];

    internal static VoiceSelection ParseVoice(string text) => text switch
    {
        "editorial" => VoiceSelection.Editorial,
        "quoted" => VoiceSelection.Quoted,
        "attributed" => VoiceSelection.Attributed,
        _ => VoiceSelection.All,
    };

    internal static string VoiceName(VoiceSelection voices) => voices.Name();

    private static TabularData GroupTable(CorpusTally tally, Lexicon lexicon, VoiceSelection voices, string corpus, double confidence, int minimumDocuments)
    {
        var data = new TabularData(ScoreColumns.Group);
        AddMetadata(data, lexicon, corpus, voices, tally);
        if (tally.Bootstrap is { } settings)
        {
            data.Metadata.Add(new("interval", new KeyValuePair<string, object?>[]
            {
                new("method", "percentile interval of a document bootstrap with Poisson(1) resampling weights"),
                new("confidence", confidence),
                new("replicates", (long)settings.Replicates),
                new("seed", settings.Seed.ToString(CultureInfo.InvariantCulture)),
                new("min_documents", (long)minimumDocuments),
            }));
        }

        var groups = tally.Groups.ToDictionary(g => g.Group, StringComparer.Ordinal);
        var all = ScoreTable.Build(tally, lexicon, voices);
        var editorial = ScoreTable.Build(tally, lexicon, VoiceSelection.Editorial);
        var quoted = ScoreTable.Build(tally, lexicon, VoiceSelection.Quoted);
        var attributed = ScoreTable.Build(tally, lexicon, VoiceSelection.Attributed);
        for (var i = 0; i < all.Count; i++)
        {
            var r = all[i];
            var interval = tally.Bootstrap is null
                ? new ScoreInterval(null, null, "no bootstrap (--bootstrap 0)")
                : ScoreIntervals.Compute(groups[r.Group], lexicon, r.Dimension, voices, confidence, minimumDocuments);
            data.Add(
                r.Group, r.Dimension, r.Documents, r.Tokens, r.PoleA, r.PoleB, r.CountA, r.CountB, r.WeightAMilli / 1000m, r.WeightBMilli / 1000m,
                r.Score, interval.Lower, interval.Upper, r.LogOdds, r.CountNeutral, r.RateA, r.RateB, r.Coverage,
                editorial[i].CountA, editorial[i].CountB, quoted[i].CountA, quoted[i].CountB, VoiceName(voices), interval.Note,
                attributed[i].CountA, attributed[i].CountB, r.NegatedA, r.NegatedB, r.OffTargetA, r.OffTargetB);
        }

        return data;
    }

    internal static void AddMetadata(TabularData data, Lexicon lexicon, string corpus, VoiceSelection voices, CorpusTally? tally)
    {
        data.Metadata.Add(new("lexicon", new KeyValuePair<string, object?>[] { new("id", lexicon.Id), new("version", lexicon.Metadata.Version), new("license", lexicon.Metadata.License) }));
        data.Metadata.Add(new("corpus", corpus));
        data.Metadata.Add(new("voice", VoiceName(voices)));
        if (tally is not null)
        {
            data.Metadata.Add(new("documents_scored", tally.ScoredDocuments));
            data.Metadata.Add(new("documents_rejected", tally.RejectedDocuments));
        }
    }

    /// <summary>Per-document rows: streamed for CSV and JSON, buffered for table and Markdown.</summary>
    private sealed class DocumentRowWriter : IDisposable
    {
        private readonly CliContext _context;
        private readonly OutputFormat _format;
        private readonly Lexicon _lexicon;
        private readonly TabularData _buffer = new(ScoreColumns.Document);
        private readonly Utf8JsonWriter? _json;
        private readonly VoiceSelection _voices;

        public DocumentRowWriter(CliContext context, OutputFormat format, Lexicon lexicon, string corpus, VoiceSelection voices)
        {
            _voices = voices;
            _context = context;
            _format = format;
            _lexicon = lexicon;
            if (format == OutputFormat.Csv)
            {
                CsvOutput.WriteHeader(context.Out, ScoreColumns.Document);
            }
            else if (format == OutputFormat.Json)
            {
                context.Out.Flush();
                _json = new Utf8JsonWriter(context.OutStream, JsonOutput.Options);
                _json.WriteStartObject();
                var meta = new TabularData(ScoreColumns.Document);
                AddMetadata(meta, lexicon, corpus, voices, null);
                foreach (var (key, value) in meta.Metadata)
                {
                    _json.WritePropertyName(key);
                    JsonOutput.WriteValue(_json, value);
                }

                _json.WritePropertyName("rows");
                _json.WriteStartArray();
            }
        }

        public void Add(string group, DocumentResult result)
        {
            for (var d = 0; d < _lexicon.Dimensions.Count; d++)
            {
                var c = result.Counts;
                var wa = c.WeightMilli(d, PoleSide.A, _voices);
                var wb = c.WeightMilli(d, PoleSide.B, _voices);
                object?[] row =
                [
                    result.Id, group, result.Language, _lexicon.Dimensions[d].Id, result.Tokens,
                    c.Count(d, PoleSide.A, _voices), c.Count(d, PoleSide.B, _voices), wa / 1000m, wb / 1000m, FramingScore.Score(wa, wb),
                    c.Count(d, PoleSide.Neutral, _voices), result.Coverage,
                    c.Count(d, PoleSide.A, VoiceSelection.Editorial), c.Count(d, PoleSide.B, VoiceSelection.Editorial),
                    c.Count(d, PoleSide.A, VoiceSelection.Quoted), c.Count(d, PoleSide.B, VoiceSelection.Quoted),
                    c.Count(d, PoleSide.A, VoiceSelection.Attributed), c.Count(d, PoleSide.B, VoiceSelection.Attributed),
                    c.NegatedCount(d, PoleSide.A, _voices), c.NegatedCount(d, PoleSide.B, _voices),
                    c.OffTargetCount(d, PoleSide.A, _voices), c.OffTargetCount(d, PoleSide.B, _voices),
                ];
                switch (_format)
                {
                    case OutputFormat.Csv:
                        CsvOutput.WriteRow(_context.Out, row);
                        break;
                    case OutputFormat.Json:
                        JsonOutput.WriteRowObject(_json!, ScoreColumns.Document, row);
                        break;
                    default:
                        _buffer.Rows.Add(row);
                        break;
                }
            }
        }

        public void Finish(CorpusTally tally)
        {
            switch (_format)
            {
                case OutputFormat.Csv:
                    _context.Out.Flush();
                    break;
                case OutputFormat.Json:
                    _json!.WriteEndArray();
                    _json.WriteNumber("documents_scored", tally.ScoredDocuments);
                    _json.WriteNumber("documents_rejected", tally.RejectedDocuments);
                    _json.WriteEndObject();
                    _json.Flush();
                    _context.OutStream.WriteByte((byte)'\n');
                    break;
                default:
                    OutputWriter.Write(_context, _format, _buffer);
                    break;
            }
        }

        public void Dispose() => _json?.Dispose();
    }
}
