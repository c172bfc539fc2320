using Framing.Text;

namespace Framing.Tests.Text;

public sealed class TermExtractorWithinTests
{
    [Fact]
    public void CountsTheNGramsWhollyInsideASpanOnceEach()
    {
        const string text = "They dropped barrel bombs. An oil barrel fell, barrel bombs again.";
        var extractor = new TermExtractor(1, 2);
        var first = text.IndexOf("barrel bombs", StringComparison.Ordinal);
        var second = text.LastIndexOf("barrel bombs", StringComparison.Ordinal);
        // The first occurrence is given twice (two entries of different dimensions matching the same words): counted once.
        var spans = new List<(int, int)> { (second, second + 12), (first, first + 12), (first, first + 12) };
        var inside = new Dictionary<string, long>(StringComparer.Ordinal);
        var added = extractor.CountWithin(text, "en", spans, inside);

        Assert.Equal(6, added);
        Assert.Equal(2, inside["barrel"]);
        Assert.Equal(2, inside["bombs"]);
        Assert.Equal(2, inside["barrel bombs"]);
        Assert.Equal(3, inside.Count);

        // Every occurrence, for comparison: "barrel" three times, once outside the spans.
        var all = new Dictionary<string, long>(StringComparer.Ordinal);
        extractor.Count(text, "en", all);
        Assert.Equal(3, all["barrel"]);
    }

    [Fact]
    public void AnNGramReachingOutOfItsSpanIsNotInside()
    {
        const string text = "the armed groups withdrew";
        var extractor = new TermExtractor(1, 3);
        var start = text.IndexOf("armed", StringComparison.Ordinal);
        var inside = new Dictionary<string, long>(StringComparer.Ordinal);
        extractor.CountWithin(text, "en", [(start, start + "armed groups".Length)], inside);
        Assert.Equal(["armed", "armed groups", "groups"], inside.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OnlyTheOrdersAskedForAreCountedAndAnArabicTermLosesItsArticleAsCountDoes()
    {
        const string text = "قصفت الطائرات بالبراميل المتفجرة الحي";
        var extractor = new TermExtractor(2, 2);
        var start = text.IndexOf("بالبراميل", StringComparison.Ordinal);
        var end = text.IndexOf(" الحي", StringComparison.Ordinal);
        var inside = new Dictionary<string, long>(StringComparer.Ordinal);
        extractor.CountWithin(text, "ar", [(start, end)], inside);
        var all = new Dictionary<string, long>(StringComparer.Ordinal);
        extractor.Count(text, "ar", all);
        // بال and ال go, ة folds to ه: the bigram as Count counts it.
        var term = Assert.Single(inside.Keys);
        Assert.Equal("براميل متفجره", term);
        Assert.Equal(1, all[term]);
    }

    [Fact]
    public void NoSpansCountNothing()
    {
        var inside = new Dictionary<string, long>(StringComparer.Ordinal);
        Assert.Equal(0, new TermExtractor().CountWithin("barrel bombs", "en", [], inside));
        Assert.Empty(inside);
    }
}
