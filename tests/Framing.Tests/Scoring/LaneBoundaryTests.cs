using System.Globalization;
using System.Text;
using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;

namespace Framing.Tests.Scoring;

/// <summary>
/// The edges of a wide lexicon's lanes (see <see cref="LanguageMatcher"/>: the first holds 56
/// dimensions (64 less the marker kinds), each next one 64): lexicons of 56, 57, 120, 121 and 185 dimensions whose few matching dimensions lie in
/// different lanes, with words shared across lanes, matches of two lanes that overlap, exclusions and negation of a
/// later lane's entries, and a scare mapping to a lane that has no entry in the text's language. Each gives what a
/// lexicon of its matching dimensions alone gives: counts, covered tokens and the matches in the same order. All texts
/// are invented.
/// </summary>
public sealed class LaneBoundaryTests
{
    /// <summary>The dimensions of the first lane: 64 bits less those of the marker kinds.</summary>
    private const int FirstLane = 64 - MarkerKinds.Count;

    // The matching dimensions' entries (pattern, pole, exclusions): phrases of two lanes overlap ("storm front" and
    // "front moved"), one word counts for two dimensions ("storm"), and two entries have exclusions.
    private static readonly (string Pattern, string Pole, string Exclude)[] Specs =
    [
        ("storm front", "a", ""),
        ("front moved", "b", ""),
        ("storm", "a", "[storm drain]"),
        ("moved", "a", "[moved on]"),
        ("storm", "b", ""),
        ("front", "b", "[front page]"),
    ];

    private static readonly string[] Texts =
    [
        "The storm front moved east. A storm drain flooded; the storm moved on.",
        "It was not a storm front, the front moved. Storm, storm! The front page said it never moved.",
        "front moved storm front moved storm\nstorm front\n\nmoved front page moved",
    ];

    [Theory]
    [InlineData(FirstLane)]
    [InlineData(FirstLane + 1)]
    [InlineData(FirstLane + 64)]
    [InlineData(FirstLane + 65)]
    [InlineData(FirstLane + 129)]
    public void DimensionsInDifferentLanesCountCoverAndOrderAsTheyWouldAlone(int dimensions)
    {
        // The matching dimensions at the lanes' edges: the last, the first of the second lane, the first, ...
        var positions = new[] { dimensions - 1, FirstLane, 0, FirstLane + 64, FirstLane - 1, FirstLane + 63, 1, 2, 3, 4 }.Where(p => p < dimensions).Distinct().Take(Specs.Length).ToArray();
        var wide = Scorer(Yaml(dimensions, positions));
        var counting = Lexicon.Parse(Yaml(dimensions, positions), "lanes.yaml").Compile().CreateScorer(new ScoringOptions());
        var aloneIndex = positions.Select(p => positions.Count(q => q < p)).ToArray();
        var alone = Scorer(Yaml(positions.Length, aloneIndex));
        foreach (var text in Texts)
        {
            var expected = alone.Score("t", text, "en");
            var actual = wide.Score("t", text, "en");
            Assert.True(expected.CoveredTokens > 0, text);
            Assert.True(expected.CoveredTokens == actual.CoveredTokens, $"covered tokens: {expected.CoveredTokens} alone, {actual.CoveredTokens} among {dimensions}: {text}");
            for (var k = 0; k < positions.Length; k++)
            {
                SameCounts.Assert(expected.Counts, aloneIndex[k], actual.Counts, positions[k], text);
            }

            Assert.Equal(Describe(expected.Matches), Describe(actual.Matches));
            Assert.Equal(Describe(expected.UncountedMatches), Describe(actual.UncountedMatches));
            Assert.Equal(actual.Matches.Select(m => m.FirstToken).Order(), actual.Matches.Select(m => m.FirstToken));

            // Scoring without collecting the matches (the default) counts the same.
            var counted = counting.Score("t", text, "en");
            Assert.Equal(actual.CoveredTokens, counted.CoveredTokens);
            Assert.Empty(counted.Matches);
            foreach (var d in positions)
            {
                SameCounts.Assert(actual.Counts, d, counted.Counts, d, text);
            }
        }

        // The exclusions and the negation hold among many dimensions too: "storm drain" and "moved on" are not counted
        // for the entries that exclude them, and "not a storm front" is negated.
        var first = wide.Score("t", Texts[0], "en");
        Assert.Equal(2, first.Matches.Count(m => m.Entry.Note == "spec2"));
        Assert.Equal(1, first.Matches.Count(m => m.Entry.Note == "spec3"));
        var second = wide.Score("t", Texts[1], "en");
        Assert.Contains(second.UncountedMatches, m => m.Entry.Note == "spec0" && m.Status == MatchStatus.Negated);
    }

    /// <summary>Two matches of two lanes, the later lane's first in the text, come in text order (a chunk of exactly two).</summary>
    [Fact]
    public void TwoMatchesOfTwoLanesComeInTextOrder()
    {
        var result = Scorer(Yaml(FirstLane + 1, [FirstLane, 0])).Score("t", "storm front moved", "en");
        Assert.Equal(["spec0", "spec1"], result.Matches.Select(m => m.Entry.Note));
        Assert.Equal([0, 1], result.Matches.Select(m => m.FirstToken));
    }

    /// <summary>
    /// A scare marker counts for a dimension of a later lane whose only entries are English: in Arabic that lane has no
    /// entry, and is kept for the scare mapping alone (at 120 the only dimension of the third lane, the second lane
    /// having nothing in Arabic at all).
    /// </summary>
    [Theory]
    [InlineData(60)]
    [InlineData(FirstLane + 64)]
    [InlineData(130)]
    public void AScareMarkerCountsForALaterLaneWithNoEntryInTheLanguage(int position)
    {
        var wide = Scorer(ScareYaml(position + 3, position));
        var alone = Scorer(ScareYaml(2, 1));
        foreach (var text in new[] { "قصف ما يسمى النظام البلدة، وانسحب النظام المزعوم.", "The so-called Assad regime left." })
        {
            var expected = alone.Score("t", text);
            var actual = wide.Score("t", text);
            Assert.True(expected.Counts.Count(1, PoleSide.B) > 0, text);
            SameCounts.Assert(expected.Counts, 1, actual.Counts, position, text);
            Assert.Equal(expected.CoveredTokens, actual.CoveredTokens);
            Assert.Equal(Describe(expected.Matches), Describe(actual.Matches));
        }
    }

    private static DocumentScorer Scorer(string yaml) =>
        Lexicon.Parse(yaml, "lanes.yaml").Compile().CreateScorer(new ScoringOptions { CollectMatches = true });

    // Dimension ids differ between the lexicons; a match is named by its entry's note (the spec's number).
    private static string[] Describe(IEnumerable<FramingMatch> matches) =>
        [.. matches.Select(m => string.Join('|', m.Entry.Note, m.Entry.Pattern, m.Start, m.Length, m.Voice, m.Status, m.Kind, m.Target?.Id, m.Rule, m.Sentence, m.FirstToken))];

    /// <summary>A lexicon of <paramref name="dimensions"/> dimensions; spec k's entry is dimension positions[k]'s, the others never match.</summary>
    private static string Yaml(int dimensions, int[] positions)
    {
        var yaml = Header("[en]");
        yaml.Append("negation:\n  en: { window: 2, words: [not, never] }\n");
        AppendDimensions(yaml, dimensions);
        yaml.Append("entries:\n");
        for (var k = 0; k < positions.Length; k++)
        {
            var (pattern, pole, exclude) = Specs[k];
            var d = positions[k];
            var exclusion = exclude.Length > 0 ? ", exclude: " + exclude : string.Empty;
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ lang: en, pattern: \"{pattern}\", dimension: d{d}, pole: {pole}{d}, note: spec{k}{exclusion} }}\n");
        }

        for (var d = 0; d < dimensions; d++)
        {
            if (!positions.Contains(d))
            {
                yaml.Append(CultureInfo.InvariantCulture, $"  - {{ lang: en, pattern: zzqx{d}, dimension: d{d}, pole: a{d}, note: padding }}\n");
            }
        }

        return yaml.ToString();
    }

    /// <summary>
    /// A lexicon of <paramref name="dimensions"/> dimensions in which the government actor's scare markers count for
    /// dimension <paramref name="position"/>, whose only entry is English; the only Arabic entry is dimension 0's. The
    /// first actor has no scare mapping.
    /// </summary>
    private static string ScareYaml(int dimensions, int position)
    {
        var yaml = Header("[ar, en]");
        AppendDimensions(yaml, dimensions);
        yaml.Append("actors:\n  - { id: isis, label: Islamic State, description: No scare mapping., names: { en: [ISIS], ar: [داعش] } }\n");
        yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: gov, label: Government, description: The government., names: {{ en: [Assad], ar: [النظام] }}, scare: {{ dimension: d{position}, pole: b{position} }} }}\n");
        yaml.Append("scare-markers:\n  en: { before: [so-called], quotes: true }\n  ar: { before: [\"ما يسمى\"], after: [مزعوم] }\n");
        yaml.Append("entries:\n  - { lang: ar, pattern: ززقس, dimension: d0, pole: a0, note: padding }\n");
        yaml.Append(CultureInfo.InvariantCulture, $"  - {{ lang: en, pattern: regime, dimension: d{position}, pole: b{position}, note: regime }}\n");
        for (var d = 1; d < dimensions; d++)
        {
            if (d != position)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"  - {{ lang: en, pattern: zzqx{d}, dimension: d{d}, pole: a{d}, note: padding }}\n");
            }
        }

        return yaml.ToString();
    }

    private static StringBuilder Header(string languages) =>
        new StringBuilder("id: lanes\nversion: 1.0.0\ntitle: Lanes\ndescription: Many dimensions.\nlicense: CC0-1.0\nauthors: [Tester]\n")
            .Append(CultureInfo.InvariantCulture, $"languages: {languages}\n");

    private static void AppendDimensions(StringBuilder yaml, int dimensions)
    {
        yaml.Append("dimensions:\n");
        for (var d = 0; d < dimensions; d++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: d{d}, description: Dimension {d}., poles: {{ a: {{ id: a{d}, label: A, description: A. }}, b: {{ id: b{d}, label: B, description: B. }} }} }}\n");
        }
    }
}
