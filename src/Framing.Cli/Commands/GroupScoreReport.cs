using System.Globalization;
using Framing.Cli.Output;
using Framing.Lexicons;
using Framing.Scoring;
using Framing.Verbs;

namespace Framing.Cli.Commands;

/// <summary>The group table of <c>framing score</c> (and of <c>framing merge</c>, which must print exactly the same).</summary>
internal static class GroupScoreReport
{
    /// <summary>The values of every <c>--voice</c> option.</summary>
    public static readonly string[] VoiceValues = ["all", "editorial", "attributed", "quoted"];

    public static VoiceSelection ParseVoice(string text) => text switch
    {
        "editorial" => VoiceSelection.Editorial,
        "quoted" => VoiceSelection.Quoted,
        "attributed" => VoiceSelection.Attributed,
        _ => VoiceSelection.All,
    };

    public static string VoiceName(VoiceSelection voices) => voices.Name();

    /// <summary>
    /// Writes the group table in the chosen format (table and Markdown show the compact columns). CSV, JSON and Parquet
    /// rows are made and written one group at a time, so that memory does not grow with the rows of thousands of
    /// groups; table and Markdown need every row for their column widths.
    /// </summary>
    public static void Write(CliContext context, OutputFormat format, CorpusTally tally, Lexicon lexicon, VoiceSelection voices, string corpus, double confidence, int minimumDocuments)
    {
        if (format is OutputFormat.Table or OutputFormat.Markdown)
        {
            OutputWriter.Write(context, format, Build(tally, lexicon, voices, corpus, confidence, minimumDocuments).Select(ScoreColumns.Compact));
            return;
        }

        using var table = new StreamedTable(context, format, ScoreColumns.Group, Metadata(tally, lexicon, voices, corpus, confidence, minimumDocuments));
        foreach (var row in Rows(tally, lexicon, voices, confidence, minimumDocuments))
        {
            table.Add(row);
        }

        table.Finish();
    }

    /// <summary>The whole group table, held in memory.</summary>
    public static TabularData Build(CorpusTally tally, Lexicon lexicon, VoiceSelection voices, string corpus, double confidence, int minimumDocuments)
    {
        var data = new TabularData(ScoreColumns.Group) { TextColumns = ScoreColumns.Text };
        data.Metadata.AddRange(Metadata(tally, lexicon, voices, corpus, confidence, minimumDocuments));
        foreach (var row in Rows(tally, lexicon, voices, confidence, minimumDocuments))
        {
            data.Add(row);
        }

        return data;
    }

    private static List<KeyValuePair<string, object?>> Metadata(CorpusTally tally, Lexicon lexicon, VoiceSelection voices, string corpus, double confidence, int minimumDocuments)
    {
        var data = new TabularData([]);
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

        return data.Metadata;
    }

    /// <summary>The lexicon as the metadata of a JSON or Parquet output names it: id, version and licence.</summary>
    public static KeyValuePair<string, object?>[] LexiconObject(Lexicon lexicon) => lexicon.ScopeIgnored
        ? [new("id", lexicon.Id), new("version", lexicon.Metadata.Version), new("license", lexicon.Metadata.License), new("scope", "ignored")]
        : [new("id", lexicon.Id), new("version", lexicon.Metadata.Version), new("license", lexicon.Metadata.License)];

    /// <summary>The rows' cells (in <see cref="ScoreColumns.Group"/> order), made group by group as they are enumerated.</summary>
    private static IEnumerable<object?[]> Rows(CorpusTally tally, Lexicon lexicon, VoiceSelection voices, double confidence, int minimumDocuments)
    {
        var scores = FramingVerbs.ScoreGroupsLazily(tally, lexicon, new GroupScoreOptions { Voices = voices, ConfidenceLevel = confidence, MinimumDocuments = minimumDocuments });
        foreach (var (r, editorial, quoted, attributed, interval) in scores)
        {
            yield return
            [
                r.Group, r.Dimension, r.Documents, r.Tokens, r.PoleA, r.PoleB, r.CountA, r.CountB, r.WeightAMilli / 1000m, r.WeightBMilli / 1000m,
                r.Score, interval?.Lower, interval?.Upper, r.LogOdds, r.CountNeutral, r.RateA, r.RateB, r.Coverage,
                editorial.CountA, editorial.CountB, quoted.CountA, quoted.CountB, VoiceName(voices), interval?.Note ?? CliWording.NoBootstrap,
                attributed.CountA, attributed.CountB, r.NegatedA, r.NegatedB, r.OffTargetA, r.OffTargetB,
                r.OutOfScopeA, r.OutOfScopeB, r.DocumentsOutOfScope,
            ];
        }
    }

    public static void AddMetadata(TabularData data, Lexicon lexicon, string corpus, VoiceSelection voices, CorpusTally? tally)
    {
        data.Metadata.Add(new("lexicon", LexiconObject(lexicon)));
        data.Metadata.Add(new("corpus", corpus));
        data.Metadata.Add(new("voice", VoiceName(voices)));
        if (tally is not null)
        {
            data.Metadata.Add(new("documents_scored", tally.ScoredDocuments));
            data.Metadata.Add(new("documents_rejected", tally.RejectedDocuments));
        }
    }
}
