using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;
using Framing.Text;

namespace Framing.Cli.Commands;

/// <summary><c>framing kwic</c>: every match in its original context, for auditing a lexicon.</summary>
internal sealed class KwicCommand : ICommand
{
    public CommandSpec Spec { get; } = new(
        "kwic",
        "Show every lexicon match in its original context (keyword in context), for auditing.",
        "kwic [<corpus>] [--lexicon ID|FILE] [--dimension D] [--pole P] [--voice all|editorial|attributed|quoted] [--status all|counted|negated|off-target] [--window N] [--format table|csv|json|markdown|parquet]",
        [("corpus", false, "As for 'framing score'. Default: the built-in invented sample corpus.")],
        [
            new OptionSpec("lexicon", "Built-in lexicon id or lexicon file.", "ID|FILE", "starter", Short: 'l'),
            .. CorpusOptions.Specs,
            new OptionSpec("dimension", "Only matches of this dimension.", "ID"),
            new OptionSpec("pole", "Only matches of this pole id (or neutral).", "ID"),
            new OptionSpec("voice", "Only matches in these voices.", "VOICE", "all", GroupScoreReport.VoiceValues),
            new OptionSpec("status", "Only matches that count for their pole (counted), that a negation word cancels (negated), or that are aimed at an actor the target rule excludes (off-target).", "STATUS", "all", ["all", "counted", "negated", "off-target"]),
            new OptionSpec("window", "Context: words shown on each side.", "N", "5"),
            new OptionSpec("format", "Output format (the table isolates right-to-left text; CSV is plain).", "FORMAT", "table", OutputWriter.FormatNames, Short: 'f'),
            new OptionSpec("output", "Write to FILE instead of standard output.", "FILE", Short: 'o'),
            QuietOption.Spec,
        ],
        [
            ("framing kwic", "every match in the sample corpus"),
            ("framing kwic corpus.jsonl --dimension government-forces --pole regime", "one pole, to check its precision"),
            ("framing kwic articles/ --by file --format csv -o matches.csv", "all matches of a folder of .txt files, as CSV"),
        ],
        """
        Columns: id, group, dimension, pole, voice, left, match, right, start (offset of the match in the
        document text, in UTF-16 code units), length, normalized (the matched tokens after normalization),
        pattern (the lexicon entry), weight, rule (the clitic rule that let the token match, empty when exact),
        line (of the entry in the lexicon file), target (the actor the match refers to, judged by the lexicon's
        actors and target links; empty when none is in reach), status (counted; negated: a negation word
        stands right before it; off-target: its target rule excludes the actor it refers to; negated and
        off-target matches do not count for their pole). A scare marker next to an actor's name shows the
        pattern "scare marker + <actor>".
        """);

    public int Run(ParsedArguments args, CliContext context)
    {
        var lexicon = Lexicon.Load(args.Value("lexicon", "starter"));
        var dimensionFilter = args.Value("dimension");
        if (dimensionFilter is not null && lexicon.FindDimension(dimensionFilter) is null)
        {
            throw new UsageException($"unknown dimension '{dimensionFilter}' in lexicon '{lexicon.Id}' (known: {string.Join(", ", lexicon.Dimensions.Select(d => d.Id))})");
        }

        var poleFilter = args.Value("pole");
        var voices = GroupScoreReport.ParseVoice(args.Value("voice", "all"));
        var statusFilter = args.Value("status", "all");
        var window = args.IntValue("window", 5, 0, 1000);
        var format = OutputWriter.ParseFormat(args.Value("format"));
        var (reader, readerOptions) = CorpusOptions.Open(args, args.Positional(0), context);
        if (args.Value("output") is { } output)
        {
            context.RedirectOutput(output);
        }

        var data = new TabularData(["id", "group", "dimension", "pole", "voice", "left", "match", "right", "start", "length", "normalized", "pattern", "weight", "rule", "line", "target", "status"]);
        var scorer = lexicon.Compile().CreateScorer(new ScoringOptions { CollectMatches = true });
        var tokens = new TokenizedText();
        var skipInvalid = args.Flag("skip-invalid");
        long documents = 0, rejected = 0;
        foreach (var item in reader.Read())
        {
            if (item.Error is { } error)
            {
                if (!skipInvalid)
                {
                    throw new InputException(error + " (use --skip-invalid to skip bad records)");
                }

                rejected++;
                context.Error.WriteLine("framing: warning: skipped " + error);
                continue;
            }

            var document = item.Document!;
            documents++;
            var group = CorpusOptions.GroupOf(document, readerOptions);
            var result = scorer.Score(document.Id, document.Text, CorpusOptions.LanguageOf(document, args));
            if (result.Matches.Count == 0 && result.UncountedMatches.Count == 0)
            {
                continue;
            }

            Tokenizer.Instance.Tokenize(document.Text, tokens);
            foreach (var match in result.Matches.Concat(result.UncountedMatches).OrderBy(m => m.FirstToken))
            {
                var pole = match.Pole?.Id ?? "neutral";
                if ((dimensionFilter is not null && match.Dimension.Id != dimensionFilter)
                    || (poleFilter is not null && pole != poleFilter)
                    || !voices.Includes(match.Voice)
                    || (statusFilter != "all" && StatusName(match.Status) != statusFilter))
                {
                    continue;
                }

                var (left, right) = Context(document.Text, tokens, match, window);
                data.Add(
                    document.Id, group, match.Dimension.Id, pole, match.Voice.Name(), left, match.Surface, right,
                    (long)match.Start, (long)match.Length, match.Normalized, match.Entry.Pattern, match.Entry.WeightMilli / 1000m, match.Rule, (long)match.Entry.Location.Line,
                    match.Target?.Id ?? string.Empty, StatusName(match.Status));
            }
        }

        EmptyCorpus.Check(args, reader.Description, documents, rejected);
        OutputWriter.Write(context, format, data);
        if (!QuietOption.IsSet(args))
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"framing: {data.Rows.Count} matches shown from {documents} documents of {reader.Description}; rejected {rejected}"));
        }

        return ExitCodes.Ok;
    }

    internal static string StatusName(MatchStatus status) => status switch
    {
        MatchStatus.Negated => "negated",
        MatchStatus.OffTarget => "off-target",
        _ => "counted",
    };

    private static (string Left, string Right) Context(string text, TokenizedText tokens, FramingMatch match, int window)
    {
        var all = tokens.Tokens;
        var firstLeft = Math.Max(0, match.FirstToken - window);
        var lastRight = Math.Min(all.Length - 1, match.FirstToken + match.TokenCount - 1 + window);
        var leftStart = window == 0 ? match.Start : all[firstLeft].Start;
        var rightEnd = window == 0 || lastRight < match.FirstToken + match.TokenCount ? match.Start + match.Length : all[lastRight].End;
        return (Clean(text[leftStart..match.Start]), Clean(text[(match.Start + match.Length)..rightEnd]));
    }

    private static string Clean(string text) => text.Replace('\r', ' ').Replace('\n', ' ').Trim();
}
