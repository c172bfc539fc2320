using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Corpus;
using Framing.Statistics.Scaling;
using Framing.Text;
using Framing.Verbs;

namespace Framing.Cli.Commands.Scale;

/// <summary>
/// <c>framing scale wordscores</c>: places texts on a scale defined by reference texts of known position (Laver, Benoit
/// and Garry 2003), as quanteda.textmodels' <c>textmodel_wordscores</c> and <c>predict</c> compute it.
/// </summary>
internal sealed class ScaleWordscoresCommand : ICommand
{
    private static readonly string[] Rescalings = ["none", "lbg", "mv", "all"];

    private readonly Option<string?> _reference = Option.OptionalText("reference", "CSV of the reference texts: a group column (group or the --by field) or a document column (id or the --id-field), and a numeric position column.", "FILE", shortName: 'r');

    private readonly FlagOption _perDocument = Option.Flag("per-document", "One row per document instead of per group (reads the corpus twice: once to fit, once to score).");

    private readonly FlagOption _includeReferences = Option.Flag("include-references", "Score the reference texts too, as quanteda's predict(model) does without newdata (they then enter the LBG rescaling).");

    private readonly Option<double> _smooth = new("smooth", "Added to every count of the reference texts before fitting (quanteda's smooth; 0 as in LBG 2003).", "X", 0, text => ParseNumber("smooth", text, v => v >= 0 && v <= Framing.Statistics.Scaling.WordscoresModel.MaxSmooth, "a number from 0 to 1e12"));

    private readonly Option<string> _rescaling = Option.Choice("rescaling", "Rescaled columns to add: LBG (2003), Martin-Vanberg (2008), both, or none.", "METHOD", "none", Rescalings);

    private readonly Option<(int Min, int Max)> _ngrams = KeynessCommand.NgramsOption("n-gram orders of the features: N or MIN..MAX (at most 5).", (1, 1));

    private readonly Option<string?> _wordScores = Option.OptionalText("word-scores", "Also write the word scores (feature, score; by score) as CSV to FILE.", "FILE");

    public ScaleWordscoresCommand()
    {
        Spec = new(
            "scale wordscores",
            "Place outlets or documents on a scale defined by reference texts of known position (Wordscores).",
            "scale wordscores [<corpus>] --reference FILE [--by FIELD | --per-document] [--analysis LANG=ANALYSIS] [--smooth X] [--rescaling none|lbg|mv|all] [--confidence 0.95] [--format table|csv|json|markdown|parquet]",
            [("corpus", false, "As for 'framing score'. Default: the built-in invented sample corpus.")],
            [
                _reference,
                .. CorpusOptions.SpecsNeeding("documents in its reference texts"),
                AnalysisOption.Spec,
                _perDocument,
                _includeReferences,
                _smooth,
                _rescaling,
                BootstrapOptions.ConfidenceSpec,
                _ngrams,
                _wordScores,
                SharedOptions.Format,
                SharedOptions.Output,
                QuietOption.Spec,
            ],
            [
                ("framing scale wordscores corpus.jsonl --reference refs.csv", "outlets not in refs.csv, placed on the scale of those in it"),
                ("framing scale wordscores corpus.jsonl --reference refs.csv --rescaling lbg --format csv -o positions.csv", "with the LBG rescaling, as CSV"),
                ("framing scale wordscores corpus.jsonl --reference refs.csv --per-document --rescaling mv", "every document of the other outlets, Martin-Vanberg rescaled"),
                ("framing scale wordscores corpus.jsonl --reference refs.csv --include-references --rescaling all", "every outlet, reference ones too, as quanteda's predict(model)"),
                ("framing scale wordscores articles.jsonl --reference refs.csv --analysis fr=latin --language fr", "French texts: French has no built-in profile, so say how to analyze it"),
            ],
            """
            The reference file (CSV, UTF-8, header; other columns ignored), e.g. for outlets:
              outlet,position
              state-daily,-1
              rebel-voice,1
            Groups or documents named in it are reference texts; every other group (or document, with --per-document)
            is a virgin text. With a document column (id), reference texts are documents and the virgin texts are the
            remaining documents, or the groups of the remaining documents without --per-document.

            Features are the terms of 'framing keyness': normalized tokens (Arabic without diacritics, with أ إ آ → ا,
            ى → ي, ة → ه, and without a proclitic chain that ends in the article), n-grams within a sentence.
            A language other than ar and en is analyzed as --analysis declares it (fr=latin: the English normalizer;
            arabic-script: the Arabic one, without clitic stripping; arabic: the Arabic profile), and a language field
            or --language may then name it; documents without a language are read by their script as ar or en.
            Word scores are fitted as quanteda.textmodels' textmodel_wordscores(x, y, smooth) on the matrix of the whole
            corpus; texts are scored as predict.textmodel_wordscores(model, se.fit = TRUE, interval = "confidence"):
            features without a word score are dropped from a text first.

            Columns (per group; with --per-document, id and group instead of group and documents):
              group, id          the text: a group value, or a document id and its group
              kind               reference (a reference text, or part of one, scored with --include-references) or virgin
              documents          documents in the text
              words, scored_words  terms in the text, and those with a word score (the score's denominator)
              position           the known position of a reference text; empty for a virgin text
              score, se          the raw score (mean word score weighted by relative frequency) and its standard error
              ci_low, ci_high    score ± z·se, z the normal quantile of --confidence
              score_lbg, ci_low_lbg, ci_high_lbg   (--rescaling lbg|all) LBG 2003: (score − m)·(sd_ref / sd_v) + m,
                                 m and sd_v the mean and sd of the raw scores of the rows, sd_ref that of the reference
                                 positions; the interval is the raw one mapped the same way. quanteda's LBG se.fit,
                                 (se − m)·(sd_ref / sd_v) + m, is not a standard error and is not printed.
              score_mv, se_mv, ci_low_mv, ci_high_mv   (--rescaling mv|all) Martin and Vanberg 2008: anchored on the
                                 reference texts at the lowest and highest positions (needs one at each end)
            Rows: reference texts first (by position), then virgin texts (groups by name; documents in corpus order). A
            text with no scored word has empty scores. The LBG rescaling depends on the rows (with --include-references,
            all texts, as predict(model); without, the virgin texts, as LBG 2003 and predict(model, newdata)); raw and MV
            values do not. Memory grows with the vocabulary (per group), not with documents; --per-document keeps a few
            numbers per document for the rescaling.
            """);
    }

    public CommandSpec Spec { get; }

    public int Run(ParsedArguments args, CliContext context)
    {
        var referencePath = args.Get(_reference) ?? throw new UsageException("'framing scale wordscores' needs --reference FILE (a CSV of reference texts and their positions)");
        // --confidence is the shared option, worded here as this command always has ("between 0 and 1", without the example).
        var level = args.Text(BootstrapOptions.ConfidenceSpec) is { } levelText ? ParseNumber("confidence", levelText, v => v > 0 && v < 1, "a number between 0 and 1") : BootstrapOptions.ConfidenceSpec.DefaultValue;
        var smooth = args.Get(_smooth);
        var rescaling = args.Get(_rescaling);
        var (minN, maxN) = args.Get(_ngrams);
        var format = args.Get(SharedOptions.Format);
        var languages = AnalysisOption.Languages(args);
        CorpusOptions.CheckLanguage(args.Get(CorpusOptions.Language), languages, "--analysis LANG=ANALYSIS, as in --analysis fr=latin");
        var perDocument = args.IsSet(_perDocument);
        var corpus = args.Positional(0);
        if (perDocument && CorpusOptions.ReadsOnlyOnce(corpus))
        {
            throw new UsageException("--per-document reads the corpus twice (once to fit, once to score): give a file, not standard input or a pipe");
        }

        context.NoteInput(referencePath, "the reference file (--reference)");
        if (args.Get(_wordScores) is { } wordScoresFile)
        {
            context.NoteOutput(wordScoresFile, "the word scores (--word-scores)");
        }

        var references = ReferenceFile.Read(referencePath, args.Get(CorpusOptions.By), args.Get(CorpusOptions.IdField));
        if (references.ByDocument && args.IsSet(_includeReferences) && !perDocument)
        {
            // Their rows would stand among group rows under their ids (a document "a" beside a group "a").
            throw new UsageException($"--include-references with reference texts given by document id ({referencePath}) scores them as documents: add --per-document");
        }

        var request = new WordscoresRequest([.. references.Entries.Select(e => new KeyValuePair<string, double>(e.Key, e.Position))])
        {
            ByDocument = references.ByDocument,
            IncludeReferences = args.IsSet(_includeReferences),
            MinimumN = minN,
            MaximumN = maxN,
            Smooth = smooth,
            ConfidenceLevel = level,
        };
        var (reader, readerOptions) = CorpusOptions.Open(args, corpus, context);
        if (args.Get(SharedOptions.Output) is { } output)
        {
            context.RedirectOutput(output);
        }

        // The first pass reports bad records; a second (per document) skips them silently, or stops as the first did.
        var passes = new List<CorpusRuns.Opened>();
        Framing.Corpus.CorpusRun Pass()
        {
            var first = passes.Count == 0;
            var opened = CorpusRuns.Open(
                context,
                args,
                first ? reader : CorpusOptions.Open(args, corpus, context).Reader,
                readerOptions,
                badRecords: first || !args.IsSet(CorpusOptions.SkipInvalid) ? null : BadRecords.Skip(),
                missingGroup: perDocument && references.ByDocument ? string.Empty : null,
                languages: languages);
            passes.Add(opened);
            return opened.Run;
        }

        WordscoresResult result;
        try
        {
            result = perDocument ? FramingVerbs.ScaleDocuments(Pass, request) : FramingVerbs.ScaleGroups(Pass(), request);
        }
        catch (WordscoresReferenceException e) when (e.Key is not null)
        {
            passes[0].CheckNotEmpty(args, passes[0].Run.DocumentCount);
            var line = references.Entries.First(x => x.Key == e.Key).Line;
            throw new InputException($"{references.Path}:{line}: {e.Message}");
        }
        finally
        {
            passes.ForEach(p => p.Dispose());
        }

        passes[0].CheckNotEmpty(args, result.DocumentsRead);
        WriteWordScores(args, context, result.Model);
        var table = WordscoresTable.Build(result, references, rescaling, perDocument, reader.Description, smooth, args.Text(_ngrams) ?? _ngrams.Default!);
        OutputWriter.Write(context, format, table);
        Warnings(context, result, rescaling); // even with -q, which hides only the note and the summary
        if (!QuietOption.IsSet(args))
        {
            Notes(context, result, references, rescaling);
        }

        return ExitCodes.Ok;
    }

    private static double ParseNumber(string name, string text, Func<double, bool> valid, string expected) =>
        NumberText.TryReal(text, out var value) && valid(value)
            ? value
            : throw new UsageException($"--{name} must be {expected}, not '{text}'");

    private void WriteWordScores(ParsedArguments args, CliContext context, WordscoresModel model)
    {
        if (args.Get(_wordScores) is not { } path)
        {
            return;
        }

        var data = new TabularData(["feature", "score"]);
        foreach (var (feature, score) in model.WordScores.OrderBy(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            data.Add(feature, score);
        }

        context.WriteOnSuccess(path, "the word scores", stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
            CsvOutput.Write(writer, data);
        });
    }

    /// <summary>What makes the output other than it seems: empty scores, empty rescaled columns.</summary>
    private static void Warnings(CliContext context, WordscoresResult result, string rescaling)
    {
        var error = context.Error;
        var prediction = result.Prediction;
        var unscored = prediction.Texts.Count(t => !t.Text.HasScore);
        if (unscored > 0)
        {
            error.WriteLine($"framing: warning: {unscored} text(s) have no word with a word score; their scores are empty");
        }

        if (prediction.Texts.Count == 0)
        {
            error.WriteLine("framing: warning: no virgin texts: every text is a reference text (--include-references scores them)");
        }

        if (rescaling is "mv" or "all" && prediction.MartinVanberg is null)
        {
            // As LBG: the raw scores (and LBG's) stand; only this rescaling's columns are empty.
            error.WriteLine($"framing: warning: the MV rescaling cannot be computed: {prediction.MartinVanbergUnavailable}; its columns are empty");
        }

        if (rescaling is "lbg" or "all" && prediction.Lbg is null)
        {
            error.WriteLine("framing: warning: the LBG rescaling needs at least two scored texts with different raw scores (by more than 1e-9 of the spread of the reference positions); its columns are empty");
        }
    }

    /// <summary>The note on the MV rescaling and the summary line (hidden by -q).</summary>
    private static void Notes(CliContext context, WordscoresResult result, ReferenceFile references, string rescaling)
    {
        var error = context.Error;
        var prediction = result.Prediction;
        if (rescaling is "mv" or "all" && result.Model.References.Count > 2 && prediction.MartinVanberg is { } mv)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"framing: note: the MV rescaling uses only the reference texts at the lowest and highest positions (\"{mv.Low.Name}\" at {mv.Low.Position}, \"{mv.High.Name}\" at {mv.High.Position}), as quanteda does"));
            if (mv.IsReversed)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"framing: warning: the MV scale runs backwards: \"{mv.High.Name}\" (position {mv.High.Position}) has a lower raw score ({mv.High.Score.Score:G6}) than \"{mv.Low.Name}\" (position {mv.Low.Position}, raw {mv.Low.Score.Score:G6}), so a text scored higher in raw terms is placed lower; the other reference texts pull the word scores the other way. se_mv is positive and the interval ordered (quanteda gives a negative se and a reversed interval here)"));
            }
        }

        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"framing: scaled {Counted.Of(prediction.Texts.Count, "text")} against {Counted.Of(result.Model.References.Count, "reference text")} from {references.Path} ({Counted.Of(result.Model.WordScores.Count, "scored feature")}); {Counted.Of(result.DocumentsRead, "document")} read, rejected {result.Rejected}"));
    }
}
