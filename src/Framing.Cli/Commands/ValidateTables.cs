using System.Globalization;
using Framing.Cli.Output;
using Framing.Corpus;
using Framing.Scoring;
using Framing.Statistics.Validation;

namespace Framing.Cli.Commands;

/// <summary>The tables of <c>framing validate</c> built from a <see cref="ValidationReport"/>.</summary>
internal static class ValidateTables
{
    public static TabularData Summary(ValidationReport report)
    {
        var data = new TabularData(ValidateColumns.Summary);
        var voice = report.Options.Voices.Name();
        foreach (var a in report.Axes)
        {
            data.Add(
                a.Axis, a.IsComposite ? "composite" : "dimension", a.DocumentsA, a.DocumentsB, (long)a.OutletsA, (long)a.OutletsB,
                a.Auc, a.AucInterval.Lower, a.AucInterval.Upper, a.NoMatchA, a.NoMatchB, a.OutletsOrdered, a.Margin,
                a.LowestOutletA, a.HighestOutletB, a.Spearman, voice, a.AucInterval.Note, a.OutOfScopeA, a.OutOfScopeB);
        }

        return data;
    }

    public static TabularData Entries(ValidationReport report)
    {
        var data = new TabularData(ValidateColumns.Entries);
        foreach (var e in report.Entries)
        {
            data.Add(
                e.Entry.Language, e.Entry.Pattern, e.Entry.DimensionId, e.Pole, e.Entry.WeightMilli / 1000m, (long)e.Entry.Location.Line,
                e.DocumentsA, e.DocumentsB, (long)e.OutletsA, (long)e.OutletsB, e.CountA, e.CountB, e.RateA, e.RateB,
                e.LogOddsRatio, e.Interval.Lower, e.Interval.Upper, Name(e.Verdict), e.Note);
        }

        return data;
    }

    public static TabularData Outlets(ValidationReport report)
    {
        var data = new TabularData(ValidateColumns.Outlets);
        foreach (var o in report.Outlets)
        {
            data.Add(
                o.Axis, o.Outlet, o.Side == KnownSide.A ? "a" : "b", string.Join(",", o.Leanings), o.Documents, o.Score, o.NoMatch,
                o.AucOutlet, o.AucWithout, o.AucAll, o.BeatsOtherSide);
        }

        return data;
    }

    public static string Name(EntryVerdict verdict) => verdict switch
    {
        EntryVerdict.Agrees => "agrees",
        EntryVerdict.Contradicts => "contradicts",
        EntryVerdict.Unused => "unused",
        EntryVerdict.Neutral => "neutral",
        _ => "unclear",
    };

    /// <summary>The metadata of the JSON output: what was compared, how the documents were used, how intervals were made.</summary>
    public static void AddMetadata(TabularData data, ValidationReport report, string corpus)
    {
        var lexicon = report.Lexicon;
        KeyValuePair<string, object?>[] described =
        [
            new("id", lexicon.Id), new("version", lexicon.Metadata.Version), new("license", lexicon.Metadata.License),
            new("validation", lexicon.Metadata.Validation.StatusName),
        ];
        data.Metadata.Add(new("lexicon", lexicon.ScopeIgnored ? [.. described, new("scope", "ignored")] : described));
        data.Metadata.Add(new("corpus", corpus));
        data.Metadata.Add(new("known", report.Leanings.Source));
        data.Metadata.Add(new("side_a", report.Sides.SideA));
        data.Metadata.Add(new("side_b", report.Sides.SideB));
        data.Metadata.Add(new("voice", report.Options.Voices.Name()));
        var d = report.Documents;
        data.Metadata.Add(new("documents_scored", d.Scored));
        data.Metadata.Add(new("documents_rejected", d.Rejected));
        data.Metadata.Add(new("documents_side_a", d.SideA));
        data.Metadata.Add(new("documents_side_b", d.SideB));
        data.Metadata.Add(new("documents_other_leaning", d.OtherLeaning));
        data.Metadata.Add(new("documents_without_leaning", d.WithoutLeaning));
        data.Metadata.Add(new("documents_by_leaning", d.ByLeaning.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)).ToArray()));
        data.Metadata.Add(new("groups_without_leaning", d.GroupsWithoutLeaning));
        data.Metadata.Add(new("bootstrap", new KeyValuePair<string, object?>[]
        {
            new("method", "outlet-cluster bootstrap: outlets resampled with replacement within each side; percentile interval"),
            new("replicates", (long)report.Options.Replicates),
            new("seed", report.Options.Seed.ToString(CultureInfo.InvariantCulture)),
            new("confidence", report.Options.ConfidenceLevel),
        }));
    }
}
