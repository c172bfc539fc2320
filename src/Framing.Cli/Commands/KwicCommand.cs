using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;
using Framing.Text;
using Framing.Verbs;

namespace Framing.Cli.Commands;

/// <summary><c>framing kwic</c>: every match in its original context, for auditing a lexicon.</summary>
internal sealed class KwicCommand : ICommand
{
    private readonly Option<string?> _dimension = Option.OptionalText("dimension", "Only matches of this dimension.", "ID");

    private readonly Option<string?> _pole = Option.OptionalText("pole", "Only matches of this pole id (or neutral).", "ID");

    private readonly Option<string> _status = Option.Choice("status", "Only matches that count for their pole (counted), that a negation word cancels (negated), that are aimed at an actor the target rule excludes (off-target), or that stand in a document out of the lexicon's scope (out-of-scope).", "STATUS", "all", ["all", "counted", "negated", "off-target", "out-of-scope"]);

    private readonly Option<int> _window = Option.Int("window", "Context: words shown on each side.", "N", 5, 0, 1000);

    public KwicCommand()
    {
        Spec = new(
            "kwic",
            "Show every lexicon match in its original context (keyword in context), for auditing.",
            "kwic [<corpus>] [--lexicon ID|FILE] [--dimension D] [--pole P] [--voice all|editorial|attributed|quoted] [--status all|counted|negated|off-target|out-of-scope] [--window N] [--format table|csv|json|markdown|parquet]",
            [("corpus", false, "As for 'framing score'. Default: the built-in invented sample corpus.")],
            [
                SharedOptions.Lexicon,
                ScopeOption.Spec,
                .. CorpusOptions.Specs,
                _dimension,
                _pole,
                SharedOptions.Voice with { Help = "Only matches in these voices: all, editorial, attributed or quoted." },
                _status,
                _window,
                SharedOptions.Format with { Help = "Output format (the table isolates right-to-left text; CSV is plain)." },
                SharedOptions.Output,
                CorpusRuns.ParallelSpec,
                QuietOption.Spec,
            ],
            [
                ("framing kwic", "every match in the sample corpus"),
                ("framing kwic corpus.jsonl --dimension government-forces --pole regime", "one pole, to check its precision"),
                ("framing kwic articles/ --by file --format csv -o matches.csv", "all matches of a folder of .txt files, as CSV"),
            ],
            """
            Columns: id, group, dimension, pole, voice, left, match, right (the words before the match, the
            match and the words after it, each on one line: line breaks, tabs and other control characters as
            spaces), start (offset of the match in the document text, in UTF-16 code units), length (start and
            length give the match's exact slice of the original text), normalized (the matched tokens after normalization),
            pattern (the lexicon entry), weight, rule (the clitic rule that let the token match, empty when exact),
            line (of the entry in the lexicon file), target (the actor the match refers to, judged by the lexicon's
            actors and target links; empty when none is in reach), status (counted; negated: a negation word
            stands right before it; off-target: its target rule excludes the actor it refers to; out-of-scope:
            the document names none of the lexicon's scope words, so none of its matches counts; negated,
            off-target and out-of-scope matches do not count for their pole). A scare marker next to an actor's name shows the
            pattern "scare marker + <actor>".
            """ + IncompleteOutput.Note("CSV and JSON rows", "JSON"));
    }

    public CommandSpec Spec { get; }

    public int Run(ParsedArguments args, CliContext context)
    {
        var lexicon = ScopeOption.Apply(args, CliLexicons.Load(context, args.Get(SharedOptions.Lexicon)));
        var dimensionFilter = args.Get(_dimension);
        var poleFilter = args.Get(_pole);
        if (KwicFilter.Problem(lexicon, dimensionFilter, poleFilter) is { } problem)
        {
            // Checked before the corpus is opened; FramingVerbs.Kwic would throw the same as an ArgumentException.
            throw new UsageException(problem);
        }

        var voices = args.Get(SharedOptions.Voice);
        var statusFilter = args.Get(_status);
        var window = args.Get(_window);
        var format = args.Get(SharedOptions.Format);
        using var corpus = CorpusRuns.Open(context, args, args.Positional(0), languages: lexicon.Languages);
        if (args.Get(SharedOptions.Output) is { } output)
        {
            context.RedirectOutput(output);
        }

        // Rows are written as matches are found (CSV, JSON, Parquet), so that memory does not grow with the corpus.
        // JSON and Parquet say what was shown (lexicon, corpus, filters) before the rows, and the documents read after.
        var metadata = new KeyValuePair<string, object?>[]
        {
            new("lexicon", GroupScoreReport.LexiconObject(lexicon)),
            new("corpus", corpus.Run.Description),
            new("voice", GroupScoreReport.VoiceName(voices)),
            new("dimension", dimensionFilter),
            new("pole", poleFilter),
            new("status", statusFilter),
            new("window", (long)window),
        };
        using var data = new StreamedTable(context, format, ["id", "group", "dimension", "pole", "voice", "left", "match", "right", "start", "length", "normalized", "pattern", "weight", "rule", "line", "target", "status"], metadata);
        var options = new KwicOptions { Dimension = dimensionFilter, Pole = poleFilter, Voices = voices, Status = ParseStatus(statusFilter), Window = window };
        foreach (var line in FramingVerbs.Kwic(corpus.Run, lexicon, options))
        {
            var match = line.Match;
            data.Add(
                line.DocumentId, line.Group, match.Dimension.Id, match.Pole?.Id ?? "neutral", match.Voice.Name(), line.Left, ContextText.OneLine(match.Surface), line.Right,
                (long)match.Start, (long)match.Length, match.Normalized, match.Entry.Pattern, match.Entry.WeightMilli / 1000m, match.Rule, (long)match.Entry.Location.Line,
                match.Target?.Id ?? string.Empty, StatusName(match.Status));
        }

        corpus.Progress.Dispose();
        var documents = corpus.Run.DocumentCount;
        corpus.CheckNotEmpty(args, documents);
        data.Finish([new("matches", data.Count), new("documents_scored", documents), new("documents_rejected", corpus.Run.Rejected)]);
        if (!QuietOption.IsSet(args))
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"framing: {Counted.Of(data.Count, "match", "matches")} shown from {Counted.Of(documents, "document")} of {corpus.Run.Description}; rejected {corpus.Run.Rejected}"));
        }

        return ExitCodes.Ok;
    }

    private static MatchStatus? ParseStatus(string status) => status switch
    {
        "counted" => MatchStatus.Counted,
        "negated" => MatchStatus.Negated,
        "off-target" => MatchStatus.OffTarget,
        "out-of-scope" => MatchStatus.OutOfScope,
        _ => null,
    };

    internal static string StatusName(MatchStatus status) => status switch
    {
        MatchStatus.Negated => "negated",
        MatchStatus.OffTarget => "off-target",
        MatchStatus.OutOfScope => "out-of-scope",
        _ => "counted",
    };
}
