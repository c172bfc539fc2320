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
