using Framing.Lexicons;
using static Framing.Tests.Lexicons.TestLexicon;

namespace Framing.Tests.Lexicons;

/// <summary>
/// Errors in YAML that an alias repeats, and merge keys: an error inside an anchored node that aliases repeat was given
/// at the anchor's place once per use, with nothing naming the aliases (an exclusion checked against the second entry's
/// pattern read as an error of the first); a merge key (<c>&lt;&lt;: *base</c>) in an entry was an unknown field '&lt;&lt;'
/// followed by every key it was meant to bring as missing.
/// </summary>
public sealed class YamlAliasAndMergeKeyErrorTests
{
    private static (int Line, int Column, string Message) Err(int line, int column, string message) => (line, column, message);

    private static List<(int, int, string)> ErrorsOf(string yaml) => [.. Errors(yaml).Select(e => (e.Location.Line, e.Location.Column, e.Message))];

    [Fact]
    public void AnErrorInAnAnchoredNodeNamesTheAliasesThatRepeatItOnce()
    {
        // Line 21: the anchored exclusions; line 22: the alias that repeats them.
        var yaml = Yaml(
            "  - { lang: en, pattern: rebels, dimension: opposition, pole: rebel, note: n, exclude: &common [\"\"] }",
            "  - { lang: en, pattern: insurgents, dimension: opposition, pole: rebel, note: n, exclude: *common }");

        Assert.Equal(
            [Err(21, 97, "items of 'exclude' must be non-empty text (in the node anchored &common, which the alias at line 22, column 92 repeats)")],
            ErrorsOf(yaml));
    }

    [Fact]
    public void AnErrorOnlyTheAliasMakesSaysWhereTheAliasIs()
    {
        var yaml = Yaml(
            "  - { lang: en, pattern: rebels, dimension: opposition, pole: rebel, note: n, exclude: &common [\"rebels of\"] }",
            "  - { lang: en, pattern: insurgents, dimension: opposition, pole: rebel, note: n, exclude: *common }");

        var error = Assert.Single(ErrorsOf(yaml));
        Assert.Equal(21, error.Item1);
        Assert.EndsWith("\"insurgents\" (in the node anchored &common, which the alias at line 22, column 92 repeats)", error.Item3, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAnchorWithoutAnErrorLoads() =>
        Assert.Equal(2, Parse(Yaml(
            "  - { lang: en, pattern: rebels, dimension: opposition, pole: rebel, note: n, weight: &w 0.5 }",
            "  - { lang: en, pattern: insurgents, dimension: opposition, pole: rebel, note: n, weight: *w }")).Entries.Count);

    [Fact]
    public void AMergeKeyIsOneErrorAtItsPlace()
    {
        var yaml = Yaml(
            "  - &base { lang: en, pattern: rebels, dimension: opposition, pole: rebel, note: n }",
            "  - <<: *base",
            "    pattern: insurgents");

        Assert.Equal([Err(22, 5, "merge keys (<<) are not supported in a lexicon: write the keys out")], ErrorsOf(yaml));
    }

    [Fact]
    public void AQuotedLessThanKeyIsNoMergeKey()
    {
        var yaml = Yaml("  - { lang: en, pattern: rebels, dimension: opposition, pole: rebel, note: n, \"<<\": x }");

        Assert.Contains(ErrorsOf(yaml), e => e.Item3.StartsWith("unknown field '<<'", StringComparison.Ordinal));
    }
}
