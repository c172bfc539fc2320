using System.Globalization;
using System.Text.RegularExpressions;
using Framing.Lexicons;

namespace Framing.Tests.Lexicons;

/// <summary>
/// A note that states an entry's weight ("2.0.0: pole b, weight 0.3") must agree with the weight the entry has: in
/// syria-conflict 2.0.0 ten notes said 0.3 or 0.5 while the entries had been left at 1. What a note says of an earlier
/// version ("Before 2.1.0: …") is history and is not checked.
/// </summary>
public sealed class EntryNoteWeightTests
{
    private static readonly Regex History = new(@"Before \d+\.\d+\.\d+:", RegexOptions.CultureInvariant);
    private static readonly Regex StatedWeight = new(@"\bweight (\d(?:\.\d+)?)\b", RegexOptions.CultureInvariant);

    public static TheoryData<string> BuiltIn() => [.. Lexicon.BuiltInIds];

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void EveryNoteThatStatesAWeightStatesTheEntrysWeight(string id)
    {
        var disagreements = Lexicon.Load(id).Entries
            .Select(e => (Entry: e, Stated: StatedWeightOf(e.Note)))
            .Where(p => p.Stated is { } stated && stated != p.Entry.Weight)
            .Select(p => $"{p.Entry.Language} \"{p.Entry.Pattern}\" (line {p.Entry.Location.Line}): weight {p.Entry.Weight.ToString(CultureInfo.InvariantCulture)}, note says {p.Stated!.Value.ToString(CultureInfo.InvariantCulture)}")
            .ToList();

        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
    }

    [Theory]
    [InlineData("2.0.0: pole b, weight 0.3, like Arabic fighters.", 0.3)]
    [InlineData("Phrase. 2.2.0: weight 0.5. Before 2.1.0: weight 1.", 0.5)]
    [InlineData("Before 2.1.0: weight 0.8, now neutral.", null)]
    [InlineData("Descriptive; low weight.", null)]
    public void TheStatedWeightIsTheLastOneOutsideTheHistory(string note, double? expected) =>
        Assert.Equal(expected, StatedWeightOf(note));

    [Theory]
    [InlineData("fighters", 0.3)]
    [InlineData("russian warplanes", 0.5)]
    [InlineData("russian jets", 0.5)]
    public void SyriaConflictEntriesHaveTheWeightsTheirNotesGive(string pattern, double weight) =>
        Assert.Equal(weight, Assert.Single(Lexicon.Load("syria-conflict").Entries, e => e.Language == "en" && e.Pattern == pattern).Weight);

    private static double? StatedWeightOf(string note)
    {
        var current = History.Split(note)[0];
        var matches = StatedWeight.Matches(current);
        return matches.Count == 0 ? null : double.Parse(matches[^1].Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
