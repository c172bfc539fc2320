using Framing.Corpus;
using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Tests.Scoring;

/// <summary>
/// Records holding lists compare by value, lists element by element (a record's own equality compares a list by
/// reference), and the lists they hand out cannot be cast back to writable ones.
/// </summary>
public sealed class RecordEqualityTests
{
    [Fact]
    public void APoleComparesItsExamplesElementByElement()
    {
        var pole = new Pole("a", "Side A", "invented", ["liberated", "freed"]);
        var same = new Pole("a", "Side A", "invented", new List<string> { "liberated", "freed" });
        Assert.Equal(pole, same);
        Assert.Equal(pole.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(pole, pole with { Examples = ["liberated", "seized"] });
        Assert.False(pole.Examples is string[] or List<string>);
        Assert.Throws<NotSupportedException>(() => ((IList<string>)pole.Examples)[0] = "seized");
    }

    [Fact]
    public void ScoringTheSameTextTwiceGivesEqualResults()
    {
        const string Text = "Terrorists fled the district. The Syrian Arab Army liberated it; rebels withdrew.";
        var scorer = Lexicon.Load("starter").Compile().CreateScorer(new ScoringOptions { CollectMatches = true });
        var first = scorer.Score("d1", Text);
        var second = scorer.Score("d1", Text);
        Assert.NotEmpty(first.Matches);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(first.Counts, second.Counts);
        Assert.NotEqual(first, scorer.Score("d1", "Rebels withdrew."));
        Assert.False(first.Matches is Framing.Matching.FramingMatch[] or List<Framing.Matching.FramingMatch>);
    }

    [Fact]
    public void DocumentsCompareTheirFieldsEntryByEntry()
    {
        var document = Document.Create("d1", "An invented text.", ("outlet", "north-post"), ("date", "2026-01-02"));
        var same = Document.Create("d1", "An invented text.", ("date", "2026-01-02"), ("outlet", "north-post"));
        Assert.Equal(document, same);
        Assert.Equal(document.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(document, Document.Create("d1", "An invented text.", ("outlet", "south-post"), ("date", "2026-01-02")));
        Assert.False(document.Fields is Dictionary<string, string>);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, string>)document.Fields)["outlet"] = "south-post");
    }

    [Fact]
    public void ListsCompareNaNAsEqualAsRecordsDo()
    {
        var list = ReadOnlyLists.Of([double.NaN, 0.5]);
        var same = ReadOnlyLists.Of(new List<double> { double.NaN, 0.5 });
        Assert.Equal(list, same);
        Assert.Equal(list.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(list, ReadOnlyLists.Of([double.NaN, 0.25]));
        Assert.Equal("[NaN, 0.5]", list.ToString());
    }

    [Fact]
    public void ACallersLaterChangeToItsListReachesNeitherARecordNorALexicon()
    {
        var examples = new List<string> { "liberated", "freed" };
        var pole = new Pole("a", "Side A", "invented", examples);
        var withExamples = pole with { Examples = examples };
        examples[0] = "seized";
        examples.Add("captured");
        Assert.Equal(["liberated", "freed"], pole.Examples);
        Assert.Equal(["liberated", "freed"], withExamples.Examples);

        var lexicon = Lexicon.Load("starter");
        var dimensions = new List<Dimension>(lexicon.Dimensions);
        var entries = new List<LexiconEntry>(lexicon.Entries);
        var copy = new Lexicon(lexicon.Metadata, dimensions, lexicon.Composites, entries, "copy");
        var entryCount = copy.Entries.Count;
        entries.Clear();
        dimensions.Clear();
        Assert.Equal(entryCount, copy.Entries.Count);
        Assert.Equal(lexicon.Dimensions.Count, copy.Dimensions.Count);
    }
}
