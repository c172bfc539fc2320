using Framing.Corpus;
using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Tests.Scoring;

/// <summary>
/// The sample of the documents a tally counts (<see cref="DocumentSample"/>): the smallest identities of the
/// documents, the same for any order and any partition into merged tallies, and identities that tell documents apart
/// by group, own id and text, but not by an id that is only a place.
/// </summary>
public sealed class DocumentSampleTests
{
    private static readonly Lexicon Starter = Lexicon.Load("starter");

    private static CorpusItem Item(string id, string outlet, string text, DocumentSource source) =>
        CorpusItem.Accepted(new Document(id, new Dictionary<string, string> { ["outlet"] = outlet }, text, source));

    /// <summary>Documents with texts of their own: "Report n: the regime shelled the rebels."</summary>
    private static List<CorpusItem> Corpus(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Item("d" + i, "o" + (i % 3), $"Report {i}: the regime shelled the rebels near town {i % 17}.", new DocumentSource("c.jsonl", i + 1)))];

    private static CorpusTally Score(IEnumerable<CorpusItem> items, int parallelism = 1) =>
        new CorpusScorer(Starter.Compile(), maxDegreeOfParallelism: parallelism).Score(items, d => d.Fields["outlet"]);

    [Fact]
    public void TheSampleKeepsTheSmallestDistinctIdentities()
    {
        var identities = Enumerable.Range(0, 1000).Select(i => DocumentSample.IdentityOf("g", "d" + i, "text")).ToArray();
        var sample = new DocumentSample();
        foreach (var identity in identities.Concat(identities.Take(300)))
        {
            sample.Add(identity);
        }

        Assert.True(sample.IsFull);
        Assert.Equal(identities.Distinct().Order().Take(DocumentSample.Capacity), sample.Identities.ToArray());

        var small = new DocumentSample();
        foreach (var identity in identities.Take(10).Concat(identities.Take(10)))
        {
            small.Add(identity);
        }

        Assert.False(small.IsFull);
        Assert.Equal(identities.Take(10).Order(), small.Identities.ToArray());
    }

    [Fact]
    public void TheSampleIsTheSameForAnyOrderPartitionAndDegreeOfParallelism()
    {
        var corpus = Corpus(700);
        var whole = Score(corpus).Sample!.Identities.ToArray();
        Assert.Equal(DocumentSample.Capacity, whole.Length);
        Assert.Equal(whole, Score(corpus, parallelism: 3).Sample!.Identities.ToArray());
        var reversed = Score(Enumerable.Reverse(corpus));
        Assert.Equal(whole, reversed.Sample!.Identities.ToArray());

        var parts = new[] { Score(corpus.Take(100)), Score(corpus.Skip(100).Take(450)), Score(corpus.Skip(550)) };
        var merged = Score([]);
        foreach (var part in parts.Reverse())
        {
            merged.Merge(part);
        }

        Assert.Equal(whole, merged.Sample!.Identities.ToArray());
    }

    [Fact]
    public void IdentitiesTellDocumentsApartByGroupOwnIdAndText()
    {
        var source = new DocumentSource("c.jsonl", 3);
        ulong Of(string id, string outlet, string text, DocumentSource at) => DocumentSample.IdentityOf(outlet, new Document(id, new Dictionary<string, string>(), text, at), text);

        var one = Of("a1", "north", "The regime fell.", source);
        Assert.Equal(one, Of("a1", "north", "The regime fell.", new DocumentSource("copy.jsonl", 90))); // the same document in another file
        Assert.NotEqual(one, Of("a2", "north", "The regime fell.", source)); // an article published twice
        Assert.NotEqual(one, Of("a1", "south", "The regime fell.", source)); // another outlet's
        Assert.NotEqual(one, Of("a1", "north", "The regime fell!", source)); // another text

        // An id that is only the document's place (no id field) is left out: the same text at another line of another
        // file is the same document, and two corpora numbered alike are told apart by their texts.
        var placed = Of("c.jsonl:3", "north", "The regime fell.", source);
        Assert.Equal(placed, Of("half.jsonl:1", "north", "The regime fell.", new DocumentSource("half.jsonl", 1)));
        Assert.NotEqual(placed, Of("half.jsonl:1", "north", "The regime rose.", new DocumentSource("half.jsonl", 1)));
        Assert.Equal(DocumentSample.IdentityOf("north", string.Empty, "The regime fell."), placed);
        Assert.Equal(DocumentSample.IdentityOf("north", "c.jsonl:4", "The regime fell."), Of("c.jsonl:4", "north", "The regime fell.", source)); // not its place: its own

        // The group, id and text are not read as one string.
        Assert.NotEqual(DocumentSample.IdentityOf("ab", "c", "d"), DocumentSample.IdentityOf("a", "bc", "d"));
        Assert.NotEqual(DocumentSample.IdentityOf("a", "b", "cd"), DocumentSample.IdentityOf("a", "bc", "d"));
    }

    [Fact]
    public void ALongTextIsKnownByItsLengthAndItsTwoEnds()
    {
        var edge = DocumentSample.EdgeCharacters;
        var text = string.Concat(Enumerable.Range(0, 4 * edge).Select(i => (char)('a' + (i % 26))));
        var one = DocumentSample.IdentityOf("g", "d", text);

        // A change in either end, or in the length, is another document.
        Assert.NotEqual(one, DocumentSample.IdentityOf("g", "d", "#" + text[1..]));
        Assert.NotEqual(one, DocumentSample.IdentityOf("g", "d", text[..^1] + "#"));
        Assert.NotEqual(one, DocumentSample.IdentityOf("g", "d", text[..edge] + "#" + text[edge..]));
        Assert.NotEqual(one, DocumentSample.IdentityOf("g", "d", text[..(edge - 1)] + "#" + text[edge..]));   // last character of the head
        Assert.NotEqual(one, DocumentSample.IdentityOf("g", "d", text[..^edge] + "#" + text[(text.Length - edge + 1)..])); // first character of the tail
        // Between the ends, an edit of the same length is the same document (edited).
        Assert.Equal(one, DocumentSample.IdentityOf("g", "d", text[..edge] + "#" + text[(edge + 1)..]));
        Assert.Equal(one, DocumentSample.IdentityOf("g", "d", text[..^(edge + 1)] + "#" + text[^edge..]));
        // A text of exactly two edges is hashed whole.
        var short_ = text[..(2 * edge)];
        Assert.NotEqual(DocumentSample.IdentityOf("g", "d", short_), DocumentSample.IdentityOf("g", "d", short_[..edge] + "#" + short_[(edge + 1)..]));
    }

    [Fact]
    public void MergingATallyWithoutASampleForgetsTheSample()
    {
        var tally = Score(Corpus(20));
        var other = Score(Corpus(5));
        other.ReplaceSample(null);
        tally.Merge(other);
        Assert.Null(tally.Sample);
        Assert.Equal(25, tally.ScoredDocuments);
    }
}
