using System.Collections;
using Framing.Corpus;
using Framing.Coverage;
using Framing.Lexicons;
using Framing.Lexicons.Import;

namespace Framing.Tests.Coverage;

/// <summary>
/// A list or dictionary that a public object hands out as a read-only interface is a read-only view: it cannot be cast
/// back to the array, list or dictionary behind it and changed (a group's unmatched-term counts were the counter's own
/// dictionaries; the sides of a selection and the errors of an exception the arrays and lists they were made of).
/// </summary>
public sealed class ReadOnlyResultsTests
{
    [Fact]
    public void AGroupsUnmatchedTermsCannotBeChangedThroughACast()
    {
        var lexicon = Lexicon.Load("starter").Compile();
        var counter = new CoverageCounter(lexicon);
        counter.Add("g", "d1", "Rebels held the old bridge near the market for a week.", "en");
        var group = Assert.Single(counter.Groups);
        Assert.NotEmpty(group.Unigrams);
        AssertReadOnly(group.Unigrams);
        AssertReadOnly(group.Bigrams);
        AssertReadOnly(group.Terms(CoverageTermKind.Unigram));
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, long>)group.Unigrams)["bridge"] = 1000);
    }

    [Fact]
    public void SidesAndErrorsAreReadOnly()
    {
        var sides = new SideSelection(["camp-a"], new List<string> { "camp-b" });
        AssertReadOnly(sides.SideA);
        AssertReadOnly(sides.SideB);
        var errors = new List<Diagnostic> { new(new SourceLocation("l.yaml", 1, 1), "invented problem") };
        AssertReadOnly(new LexiconException(errors).Errors);
        AssertReadOnly(new ImportException(errors).Errors);
    }

    private static void AssertReadOnly(object collection) =>
        Assert.False(
            collection is Array { Length: > 0 } or IList { IsReadOnly: false } or IDictionary { IsReadOnly: false },
            $"a writable {collection.GetType().Name}");
}
