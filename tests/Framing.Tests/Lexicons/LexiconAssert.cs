using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;

namespace Framing.Tests.Lexicons;

/// <summary>Assertions shared by the validation tests of the shipped lexicons: does a sentence match a pole?</summary>
internal static class LexiconAssert
{
    public static (string A, string B) Poles(Lexicon lexicon, string dimension)
    {
        var d = lexicon.FindDimension(dimension) ?? throw new InvalidOperationException(dimension);
        return (d.PoleA.Id, d.PoleB.Id);
    }

    /// <summary>The metadata every shipped lexicon documents: id, version, licence, authors, citation, languages.</summary>
    public static void HasShippedMetadata(Lexicon lexicon, string id, string version)
    {
        Assert.Equal(id, lexicon.Id);
        Assert.Equal(version, lexicon.Metadata.Version);
        Assert.Equal("CC-BY-4.0", lexicon.Metadata.License);
        Assert.Contains("Framing contributors", lexicon.Metadata.Authors);
        Assert.False(string.IsNullOrWhiteSpace(lexicon.Metadata.Citation));
        Assert.Equal(new[] { "ar", "en" }, lexicon.Metadata.Languages.Order(StringComparer.Ordinal));
    }

    /// <summary>At least <paramref name="minimum"/> entries in <paramref name="language"/>, every pole and neutral of every dimension covered, every entry with a note.</summary>
    public static void CoversEveryPole(Lexicon lexicon, string language, int minimum)
    {
        var entries = lexicon.Entries.Where(e => e.Language == language).ToList();
        Assert.True(entries.Count >= minimum, $"{language}: {entries.Count} entries");
        foreach (var dimension in lexicon.Dimensions)
        {
            foreach (var side in new[] { PoleSide.A, PoleSide.B, PoleSide.Neutral })
            {
                Assert.Contains(entries, e => e.DimensionId == dimension.Id && e.Side == side);
            }
        }

        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Note)));
    }

    public static IReadOnlyList<FramingMatch> Matches(CompiledLexicon lexicon, string sentence) =>
        lexicon.CreateScorer(new ScoringOptions { CollectMatches = true }).Score("t", sentence).Matches;

    public static void HasPole(CompiledLexicon lexicon, string sentence, string dimension, string pole)
    {
        var matches = Matches(lexicon, sentence);
        Assert.True(
            matches.Any(m => m.Dimension.Id == dimension && m.Pole?.Id == pole),
            $"expected {dimension}/{pole} in \"{sentence}\"; matches: {Describe(matches)}");
    }

    public static void HasNoPole(CompiledLexicon lexicon, string sentence, string dimension, string pole)
    {
        var matches = Matches(lexicon, sentence);
        Assert.False(
            matches.Any(m => m.Dimension.Id == dimension && m.Pole?.Id == pole),
            $"expected no {dimension}/{pole} in \"{sentence}\"; matches: {Describe(matches)}");
    }

    private static string Describe(IEnumerable<FramingMatch> matches) =>
        string.Join("; ", matches.Select(m => $"{m.Dimension.Id}/{m.Pole?.Id} '{m.Surface}'"));
}
