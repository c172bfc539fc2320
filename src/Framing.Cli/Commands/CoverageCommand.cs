using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Coverage;
using Framing.Lexicons;
using Framing.Scoring;
using Framing.Text;
using Framing.Verbs;

namespace Framing.Cli.Commands;

/// <summary><c>framing coverage</c>: per group, dictionary coverage and the most frequent words and phrases no entry matched.</summary>
internal sealed class CoverageCommand : ICommand
{
    /// <summary>The name of the pooled group that <c>--total</c> adds.</summary>
    public const string TotalGroup = "(all)";

    public static readonly string[] Columns =
    [
        "group", "documents", "tokens", "covered_tokens", "coverage", "kind", "rank", "term", "count", "share",
    ];

    /// <summary>The columns the table and Markdown formats show (CSV and JSON have them all).</summary>
    public static readonly string[] Compact =
    [
        "group", "documents", "coverage", "kind", "rank", "term", "count", "share",
    ];

    private readonly Option<int> _top = Option.Int("top", "Terms to show per group and kind (the most frequent).", "N", 20, 1, int.MaxValue);

    private readonly Option<string> _ngrams = Option.Text("ngrams", "Unmatched unigrams (1), bigrams (2) or both (1..2).", "N", "1..2");

    private readonly Option<string> _stopwords = Option.KeywordOrFile("stopwords", "Words to leave out: builtin (Arabic and English function words), none (either in any case), or a file with one word per line (# comments; a file named builtin or none: ./builtin).", "LIST", "builtin", ["builtin", "none"]);

    private readonly Option<int> _minLength = Option.Int("min-length", "Leave out terms with fewer letters than this (0 keeps numbers too).", "N", 2, 0, 1000);

    private readonly FlagOption _total = Option.Flag("total", $"Also a row set for the whole corpus, as group {TotalGroup}, after the groups.");

    public CoverageCommand()
    {
        Spec = new(
            "coverage",
            "Show each group's dictionary coverage and its most frequent unmatched words and phrases (what the lexicon lacks).",
            "coverage [<corpus>] [--lexicon ID|FILE] [--by FIELD] [--top N] [--ngrams 1|2|1..2] [--stopwords builtin|none|FILE] [--min-length N] [--total] [--format table|csv|json|markdown|parquet]",
            [("corpus", false, "As for 'framing score'. Default: the built-in invented sample corpus.")],
            [
                SharedOptions.Lexicon,
                .. CorpusOptions.Specs,
                _top,
                _ngrams,
                _stopwords,
                _minLength,
                _total,
                SharedOptions.Format with { Help = "Output format (table and Markdown show a compact subset of the columns)." },
                SharedOptions.Output,
                CorpusRuns.ParallelSpec,
                QuietOption.Spec,
            ],
            [
                ("framing coverage", "coverage and unmatched vocabulary of the sample corpus's outlets, starter lexicon"),
                ("framing coverage corpus.jsonl --lexicon syria-conflict --top 50 --format csv -o gaps.csv", "the 50 most frequent unmatched words and phrases per outlet, as CSV"),
                ("framing coverage corpus.jsonl --ngrams 2 --stopwords my-stopwords.txt --total", "bigrams only, own stopwords, plus the whole corpus"),
            ],
            """
            Tidy long output: one row per group, kind and rank. Columns:
              group              value of the --by field ((all) for the whole corpus with --total)
              documents, tokens  documents in the group and their tokens (words and numbers)
              covered_tokens     tokens inside any match (any dimension, neutral included), each counted once
              coverage           covered_tokens / tokens: the coverage column of 'framing score'; empty
                                 when the group has no tokens
              kind               unigram (a token no match covers), bigram (two consecutive uncovered tokens
                                 of one sentence) or scope (an uncovered word of one of the lexicon's scope
                                 words, which name the conflict, not a framing: left out of the unigrams, after
                                 the bigrams; it still forms bigrams)
              rank               1 for the most frequent term of the group and kind
              term               normalized tokens, Arabic without an article chain (ال، وال، لل …), as
                                 'framing keyness' counts them
              count              occurrences of the term in the group
              share              count / tokens of the group
            Terms are sorted by count, descending, then by term (ordinal). Stopwords and terms with fewer than
            --min-length letters are left out, and so is a bigram with such a word. A group with no unmatched
            term has one row with empty kind, rank, term, count and share. Memory grows with the vocabulary of
            unmatched terms, not with the number of documents.
            """);
    }

    public CommandSpec Spec { get; }

    public int Run(ParsedArguments args, CliContext context)
    {
        var (unigrams, bigrams) = ParseNgrams(args.Get(_ngrams));
        var top = args.Get(_top);
        var minLength = args.Get(_minLength);
        var format = args.Get(SharedOptions.Format);
        var stopwords = LoadStopwords(args.Get(_stopwords), context);
        var lexicon = CliLexicons.Load(context, args.Get(SharedOptions.Lexicon));
        if (stopwords.IsBuiltIn && lexicon.Metadata.Analysis.Count > 0 && !QuietOption.IsSet(args))
        {
            var others = string.Join(", ", lexicon.Metadata.Analysis.Select(a => a.Language));
            context.Error.WriteLine($"framing: note: the built-in stopwords are Arabic and English only: none are left out of texts in {others} (give --stopwords FILE with their function words)");
        }

        using var corpus = CorpusRuns.Open(context, args, args.Positional(0), languages: lexicon.Languages);
        if (args.Get(SharedOptions.Output) is { } output)
        {
            context.RedirectOutput(output);
        }

        var counter = FramingVerbs.Coverage(corpus.Run, lexicon, new CoverageOptions
        {
            Stopwords = stopwords,
            MinimumLength = minLength,
            CountUnigrams = unigrams,
            CountBigrams = bigrams,
        });
        corpus.Progress.Dispose();
        var (reader, rejected) = (corpus.Reader, corpus.Run.Rejected);
        corpus.CheckNotEmpty(args, counter.Documents);
        var data = new TabularData(Columns);
        GroupScoreReport.AddMetadata(data, lexicon, reader.Description, VoiceSelection.All, null);
        data.Metadata.RemoveAll(p => p.Key == "voice");
        data.Metadata.Add(new("stopwords", stopwords.Name));
        data.Metadata.Add(new("min_length", (long)minLength));
        data.Metadata.Add(new("ngrams", args.Get(_ngrams)));
        data.Metadata.Add(new("top", (long)top));
        data.Metadata.Add(new("documents_scored", counter.Documents));
        data.Metadata.Add(new("documents_rejected", rejected));
        var kinds = new List<CoverageTermKind>();
        if (unigrams)
        {
            kinds.Add(CoverageTermKind.Unigram);
        }

        if (bigrams)
        {
            kinds.Add(CoverageTermKind.Bigram);
        }

        if (unigrams)
        {
            kinds.Add(CoverageTermKind.Scope); // the lexicon's scope words, apart: they name the conflict, not a framing
        }

        foreach (var group in counter.Groups)
        {
            AddRows(data, group, kinds, top);
        }

        if (args.IsSet(_total) && counter.Groups.Any(g => g.Group == TotalGroup))
        {
            // Its rows and the total's would read alike: nothing in a row tells a group from the whole corpus.
            throw new InputException($"{reader.Description}: a group is named {TotalGroup}, the name --total gives the whole corpus: leave out --total, or rename the group");
        }

        if (args.IsSet(_total) && counter.Groups.Count > 0)
        {
            AddRows(data, counter.Total(TotalGroup), kinds, top);
        }

        OutputWriter.Write(context, format, format is OutputFormat.Table or OutputFormat.Markdown ? data.Select(Compact) : data);
        if (!QuietOption.IsSet(args))
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"framing: counted {Counted.Of(counter.Documents, "document")} in {Counted.Of(counter.Groups.Count, "group")} from {reader.Description}; rejected {rejected}"));
        }

        return ExitCodes.Ok;
    }

    private static string KindName(CoverageTermKind kind) => kind switch
    {
        CoverageTermKind.Bigram => "bigram",
        CoverageTermKind.Scope => "scope",
        _ => "unigram",
    };

    private static void AddRows(TabularData data, GroupCoverage group, List<CoverageTermKind> kinds, int top)
    {
        var any = false;
        foreach (var kind in kinds)
        {
            var terms = group.Top(kind, top);
            for (var i = 0; i < terms.Count; i++)
            {
                data.Add(
                    group.Group, group.Documents, group.Tokens, group.CoveredTokens, group.Coverage,
                    KindName(kind), (long)(i + 1), terms[i].Term, terms[i].Count,
                    group.Tokens == 0 ? 0.0 : (double)terms[i].Count / group.Tokens);
                any = true;
            }
        }

        if (!any)
        {
            data.Add(group.Group, group.Documents, group.Tokens, group.CoveredTokens, group.Coverage, string.Empty, null, string.Empty, null, null); // text cells empty ("" in JSON), figures missing (null)
        }
    }

    internal static (bool Unigrams, bool Bigrams) ParseNgrams(string text) => text switch
    {
        "1" or "1..1" => (true, false),
        "2" or "2..2" => (false, true),
        "1..2" => (true, true),
        _ => throw new UsageException($"--ngrams must be 1, 2 or 1..2, not '{text}'"),
    };

    private static StopwordList LoadStopwords(string value, CliContext context)
    {
        switch (value)
        {
            case "builtin":
                return StopwordList.BuiltIn;
            case "none":
                return StopwordList.None;
        }

        context.NoteInput(value, "the stopword list (--stopwords)"); // -o naming it is refused, not the list replaced

        try
        {
            return StopwordList.Load(value);
        }
        catch (StopwordListException e)
        {
            throw new InputException(e.Message);
        }
    }
}
