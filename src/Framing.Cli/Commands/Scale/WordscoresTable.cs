using Framing.Cli.Output;
using Framing.Statistics.Scaling;
using Framing.Verbs;

namespace Framing.Cli.Commands.Scale;

/// <summary>The output table of <c>framing scale wordscores</c> (columns documented in its help).</summary>
internal static class WordscoresTable
{
    public static TabularData Build(WordscoresResult result, ReferenceFile references, string rescaling, bool perDocument, string corpus, double smooth, string ngrams)
    {
        var lbg = rescaling is "lbg" or "all";
        var mv = rescaling is "mv" or "all";
        List<string> columns = perDocument ? ["id", "group", "kind", "words", "scored_words"] : ["group", "kind", "documents", "words", "scored_words"];
        columns.AddRange(["position", "score", "se", "ci_low", "ci_high"]);
        if (lbg)
        {
            columns.AddRange(["score_lbg", "ci_low_lbg", "ci_high_lbg"]);
        }

        if (mv)
        {
            columns.AddRange(["score_mv", "se_mv", "ci_low_mv", "ci_high_mv"]);
        }

        var data = new TabularData(columns);
        AddMetadata(data, result, references, corpus, smooth, ngrams);
        var prediction = result.Prediction;
        for (var i = 0; i < prediction.Texts.Count; i++)
        {
            var text = prediction.Texts[i];
            var row = result.Rows[i];
            var cells = new List<object?>();
            cells.AddRange(perDocument
                ? [row.Text, row.Group, Kind(row), text.Text.Words, text.Text.ScoredWords]
                : [row.Text, Kind(row), row.Documents, text.Text.Words, text.Text.ScoredWords]);
            cells.AddRange([row.Position, text.Raw.Score, text.Raw.StandardError, text.Raw.Lower, text.Raw.Upper]);
            if (lbg)
            {
                var e = text.Lbg ?? WordscoresEstimate.Missing;
                cells.AddRange([e.Score, e.Lower, e.Upper]);
            }

            if (mv)
            {
                var e = text.MartinVanberg ?? WordscoresEstimate.Missing;
                cells.AddRange([e.Score, e.StandardError, e.Lower, e.Upper]);
            }

            data.Add([.. cells]);
        }

        return data;
    }

    private static string Kind(WordscoresRow row) => row.IsReference ? "reference" : "virgin";

    private static void AddMetadata(TabularData data, WordscoresResult result, ReferenceFile references, string corpus, double smooth, string ngrams)
    {
        var prediction = result.Prediction;
        data.Metadata.Add(new("method", "wordscores (Laver, Benoit and Garry 2003; as quanteda.textmodels textmodel_wordscores and predict)"));
        data.Metadata.Add(new("corpus", corpus));
        data.Metadata.Add(new("reference_file", references.Path));
        data.Metadata.Add(new("reference_column", references.KeyColumn));
        data.Metadata.Add(new("references", result.Model.References.Select(r => new KeyValuePair<string, object?>(r.Name, new KeyValuePair<string, object?>[]
        {
            new("position", r.Position),
            new("documents", result.ReferenceRows[r.Name].Documents),
            new("words", r.Score.Words),
            new("score", r.Score.Score),
        })).ToArray()));
        data.Metadata.Add(new("smooth", smooth));
        data.Metadata.Add(new("ngrams", ngrams));
        data.Metadata.Add(new("confidence", prediction.Level));
        data.Metadata.Add(new("scored_features", (long)result.Model.WordScores.Count));
        data.Metadata.Add(new("documents_read", result.DocumentsRead));
        data.Metadata.Add(new("documents_rejected", result.Rejected));
        data.Metadata.Add(new("lbg", prediction.Lbg is { } lbg
            ? new KeyValuePair<string, object?>[]
            {
                new("mean", lbg.Mean),
                new("sd_scores", lbg.ScoreStandardDeviation),
                new("sd_positions", lbg.PositionStandardDeviation),
                new("multiplier", lbg.Multiplier),
            }
            : null));
        data.Metadata.Add(new("mv", prediction.MartinVanberg is { } mv
            ? new KeyValuePair<string, object?>[] { new("low", mv.Low.Name), new("high", mv.High.Name), new("multiplier", mv.Multiplier) }
            : null));
    }
}
