using Framing.Text;

namespace Framing.Tests.Text;

public sealed class TokenizedTextTests
{
    [Fact]
    public void TokenEndAndIsQuoted()
    {
        var token = new Token(7, 5, 2, 0);
        Assert.Equal(12, token.End);
        Assert.False(token.IsQuoted);
        Assert.True(token with { QuoteDepth = 1 } is { IsQuoted: true, End: 12 });
        Assert.True(new Token(0, 1, 0, 3).IsQuoted);
    }

    [Fact]
    public void AffixVariantIsExactOnlyWhenNothingChanges()
    {
        Assert.True(default(AffixVariant).IsExact);
        Assert.False(new AffixVariant(1, 0, false).IsExact);
        Assert.False(new AffixVariant(0, 1, false).IsExact);
        Assert.False(new AffixVariant(0, 0, true).IsExact);
    }

    [Fact]
    public void QuotesAreSortedByStartWithOuterBeforeInner()
    {
        // Inner quotations close (and are recorded) before their outer ones; the result is still in text order.
        var tokenized = new TokenizedText();
        Tokenizer.Instance.Tokenize("«a «b «c» d» e» ‹f›", tokenized);

        Assert.Equal(
            [new QuotedSpan(0, 15, 1, true), new QuotedSpan(3, 12, 2, true), new QuotedSpan(6, 9, 3, true), new QuotedSpan(16, 19, 1, true)],
            tokenized.Quotes.ToArray());
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(7, 2)]
    [InlineData(64, 3)]
    [InlineData(65, 4)]
    [InlineData(400, 5)]
    public void QuotesInAnyRecordedOrderComeOutByStartThenDepth(int count, int seed)
    {
        // Up to 64 spans are sorted by insertion, more by the framework's sort: both give the one total order.
        var random = new Random(seed);
        var quotes = new List<QuotedSpan>();
        var seen = new HashSet<(int, int)>();
        while (quotes.Count < count)
        {
            var start = random.Next(0, count / 2 + 2);
            var depth = random.Next(1, 5);
            if (seen.Add((start, depth)))
            {
                quotes.Add(new QuotedSpan(start, start + random.Next(1, 50), depth, random.Next(2) == 0));
            }
        }

        var tokenized = new TokenizedText();
        foreach (var quote in quotes)
        {
            tokenized.AddQuote(quote);
        }

        tokenized.SortQuotes();

        Assert.Equal(quotes.OrderBy(q => q.Start).ThenBy(q => q.Depth).ToArray(), tokenized.Quotes.ToArray());
    }

    [Fact]
    public void SpansExposeOnlyTheFilledPart()
    {
        var tokenized = new TokenizedText();
        Tokenizer.Instance.Tokenize(string.Join(". ", Enumerable.Repeat("«w»", 300)), tokenized);
        Tokenizer.Instance.Tokenize("one two", tokenized);

        Assert.Equal(2, tokenized.Tokens.Length);
        Assert.Equal(1, tokenized.Sentences.Length);
        Assert.Equal(0, tokenized.Quotes.Length);
        Assert.Equal(new SentenceSpan(0, 7, 0, 2), tokenized.Sentences[0]);
    }

    [Fact]
    public void SmallTokenizedTextGrowsLikeALargeOne()
    {
        const string text = "One sentence, \"quoted words\" here. Another one (with «more» quotes) and 'single' ones! A third?";
        var small = new TokenizedText(1);
        var large = new TokenizedText();
        Tokenizer.Instance.Tokenize(text, small);
        Tokenizer.Instance.Tokenize(text, large);

        Assert.True(small.TokenCount > 8);
        Assert.Equal(large.Tokens.ToArray(), small.Tokens.ToArray());
        Assert.Equal(large.Sentences.ToArray(), small.Sentences.ToArray());
        Assert.Equal(large.Quotes.ToArray(), small.Quotes.ToArray());
    }
}
