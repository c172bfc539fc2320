using Framing.Cli.Tests.Prerequisites;
using Framing.Reports;

namespace Framing.Cli.Tests.Report;

/// <summary>What the page says beside its numbers: labels cut to fit without breaking a character, the direction of a
/// label from its first strong letter, a dimension no test could be run on, the confidence level as given, and no
/// success line when the page could not be written.</summary>
public sealed class ReportLabelTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("short", 5, "short")]
    [InlineData("abcdef", 5, "abcd\u2026")]
    [InlineData("abcde", 5, "abcde")]
    // A surrogate pair, a letter with its combining accent, an Arabic letter with its harakat: each is one character.
    [InlineData("abc\U0001F600\U0001F600\U0001F600", 5, "abc\U0001F600\u2026")]
    [InlineData("abce\u0301fgh", 5, "abce\u0301\u2026")]
    [InlineData("abc\u0628\u064e\u0651\u0628\u0628", 5, "abc\u0628\u064e\u0651\u2026")]
    // A family emoji (a sequence joined by U+200D) is kept whole or left out whole.
    [InlineData("ab\U0001F468\u200D\U0001F469\u200D\U0001F467xyz", 4, "ab\U0001F468\u200D\U0001F469\u200D\U0001F467\u2026")]
    public void ALabelIsCutBetweenCharactersAsTheReaderSeesThem(string text, int maximum, string expected)
    {
        Assert.Equal(expected, Html.Shorten(text, maximum));
    }

    [Fact]
    public void NoChartLabelOfTheReportHoldsAReplacementCharacter()
    {
        // Cut at 29 UTF-16 units, the first label ended in half of an emoji, which the page showed as U+FFFD.
        var corpus = _temp.Write("long.jsonl",
            "{\"id\":\"1\",\"outlet\":\"" + new string('a', 28) + "\U0001F600\U0001F600\U0001F600\",\"text\":\"terrorists\"}\n"
            + "{\"id\":\"2\",\"outlet\":\"B\",\"text\":\"rebels\"}\n");

        var html = CliRunner.Run("report", corpus, "-q").Out;
        var svg = CliRunner.Run("report", corpus, "-q", "-f", "svg").Out;

        Assert.DoesNotContain('\uFFFD', html);
        Assert.DoesNotContain('\uFFFD', svg);
        Assert.Contains(new string('a', 28) + "\U0001F600\u2026</text>", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u0662\u0664 News", false)] // Arabic-Indic digits are not strong: the first strong letter is N
    [InlineData("\u064eAlpha", false)] // a combining mark is not strong
    [InlineData("\uFEFFAlpha", false)] // nor is a byte-order mark
    [InlineData("\U0001E900\U0001E901\U0001E902 news", true)] // Adlam, right to left, beyond the first plane
    [InlineData("12 \u0627\u0644\u0648\u0637\u0646", true)]
    [InlineData("\u200Fabc", true)] // a right-to-left mark is strong
    [InlineData("\u200E\u0627\u0644\u0648\u0637\u0646", false)] // and so is a left-to-right mark
    [InlineData("\u00AB\u0627\u0644\u0648\u0637\u0646\u00BB news", true)]
    [InlineData("2024", false)]
    public void ALabelsDirectionIsThatOfItsFirstStrongCharacter(string text, bool rightToLeft)
    {
        Assert.Equal(rightToLeft, Html.IsRightToLeft(text));
    }

    [Fact]
    public void ADimensionWithNoMatchesSaysNoTestWasRun()
    {
        // Only armed-opposition has matches; the page said "All groups: , adjusted p —, Cramér's V —." for the others.
        var corpus = _temp.Write("two.jsonl", "{\"id\":\"1\",\"outlet\":\"A\",\"text\":\"terrorists\"}\n{\"id\":\"2\",\"outlet\":\"B\",\"text\":\"rebels\"}\n");

        var html = CliRunner.Run("report", corpus, "-q").Out;

        Assert.DoesNotContain("All groups: ,", html, StringComparison.Ordinal);
        Assert.Contains("All groups: no test (omnibus test needs at least two groups with matches and matches of both poles).", html, StringComparison.Ordinal);
        Assert.Contains("All groups: Pearson chi-square, adjusted p ", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.99995", "99.995% ")]
    [InlineData("0.00001", "0.001% ")]
    [InlineData("0.9", "90% ")]
    public void TheConfidenceLevelIsWrittenWithEveryDigitItHas(string level, string expected)
    {
        // Rounded to two decimals, 0.99995 was called a "100% interval" and 0.00001 a "0% interval".
        var html = CliRunner.Run("report", "-q", "--confidence", level, "--bootstrap", "200").Out;

        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain(level == "0.00001" ? "0% interval" : "100% ", html, StringComparison.Ordinal);
    }

    [UnixFact]
    public void APageThatCannotBeWrittenIsNotReportedAsWritten()
    {
        var result = CliRunner.Run("report", "-o", "/dev/full");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("framing: error: /dev/full: cannot write output: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
