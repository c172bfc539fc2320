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
    [InlineData("abcdef")]
    // A surrogate pair, a letter with its combining accent, an Arabic letter with its harakat: each is one character.
    [InlineData("abc\U0001F600\U0001F600\U0001F600")]
    [InlineData("abce\u0301fgh")]
    [InlineData("abc\u0628\u064e\u0651\u0628\u0628")]
    // A family emoji (a sequence joined by U+200D) is kept whole or left out whole.
    [InlineData("ab\U0001F468\u200D\U0001F469\u200D\U0001F467xyz")]
    public void ALabelIsCutBetweenCharactersAsTheReaderSeesThem(string text)
    {
        // Whatever the width of the column, the label is the text or a beginning of it that ends between two
        // user-perceived characters, then an ellipsis; and it fits.
        var boundaries = System.Globalization.StringInfo.ParseCombiningCharacters(text).Append(text.Length).ToHashSet();
        var cuts = 0;
        for (var width = 12.0; width <= TextWidth.Estimate(text, 10) + 1; width += 0.5)
        {
            var label = TextWidth.Fit(text, width, 10);
            Assert.True(TextWidth.Estimate(label, 10) <= width, label + " is wider than " + width);
            Assert.Equal(width >= TextWidth.Estimate(text, 10), label == text);
            if (label != text)
            {
                Assert.EndsWith(TextWidth.Ellipsis, label, StringComparison.Ordinal);
                Assert.StartsWith(label[..^1], text, StringComparison.Ordinal);
                Assert.Contains(label.Length - 1, boundaries);
                cuts++;
            }
        }

        Assert.True(cuts > 0);
    }

    [Fact]
    public void NoChartLabelOfTheReportHoldsAReplacementCharacter()
    {
        // Cut at 29 UTF-16 units, the first label ended in half of an emoji, which the page showed as U+FFFD.
        var corpus = _temp.Write("long.jsonl",
            "{\"id\":\"1\",\"outlet\":\"" + new string('a', 22) + "\U0001F600\U0001F600\U0001F600\",\"text\":\"terrorists\"}\n"
            + "{\"id\":\"2\",\"outlet\":\"B\",\"text\":\"rebels\"}\n");

        var html = CliRunner.Run("report", corpus, "-q").Out;
        var svg = CliRunner.Run("report", corpus, "-q", "-f", "svg").Out;

        Assert.DoesNotContain('\uFFFD', html);
        Assert.DoesNotContain('\uFFFD', svg);
        Assert.Contains(new string('a', 22) + "\U0001F600\u2026</text>", svg, StringComparison.Ordinal);
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
        Assert.Contains("All groups: Fisher&#39;s exact test, adjusted p ", html, StringComparison.Ordinal); // two groups, expected counts 0.5
    }

    [Fact]
    public void AnOmnibusTestOnSmallExpectedCountsSaysItIsApproximate()
    {
        // Three groups, six matches: every expected count is below 5, where R's chisq.test warns.
        var corpus = _temp.Write("three.jsonl", "{\"id\":\"1\",\"outlet\":\"A\",\"text\":\"terrorists terrorists\"}\n{\"id\":\"2\",\"outlet\":\"B\",\"text\":\"rebels rebels\"}\n{\"id\":\"3\",\"outlet\":\"C\",\"text\":\"terrorists rebels\"}\n");

        var html = CliRunner.Run("report", corpus, "-q").Out;

        Assert.Contains("(6 of 6 expected counts below 5: the chi-square p is approximate and may be too small).</p>", html, StringComparison.Ordinal);
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

    [Fact]
    public void AnArabicWordTheLexiconMatchesOnlyWithTheArticleIsNotShownAsInTheLexicon()
    {
        // Outlet x writes the bare نظام ("system": of irrigation, of water); the starter lexicon's entry is النظام ("the
        // regime"), which counts none of its uses. The distinctive words said "in lexicon: government-forces/regime".
        var lines = new System.Text.StringBuilder();
        for (var i = 0; i < 6; i++)
        {
            lines.Append("{\"id\":\"x").Append(i).Append("\",\"outlet\":\"x\",\"text\":\"قال نظام الري إن نظام المياه في المدينة تحسن كثيرا.\"}\n");
            lines.Append("{\"id\":\"y").Append(i).Append("\",\"outlet\":\"y\",\"text\":\"قال الوزير إن الطريق في القرية طويل جدا.\"}\n");
        }

        var corpus = _temp.Write("system.jsonl", lines.ToString());
        var html = CliRunner.Run("report", corpus, "--bootstrap", "0", "--permutations", "10", "-q").Out;
        Assert.Contains("&#8776; in lexicon only with ال: government-forces/regime", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#10003; in lexicon: government-forces/regime", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AMatchInContextIsQuotedWithTheSpacingOfTheText()
    {
        // The page put a space on each side of the match: the "terrorists" read as the " terrorists ", (rebels) as ( rebels ).
        var corpus = _temp.Write(
            "spacing.jsonl",
            "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"They met the \\\"terrorists\\\" near (rebels) here.\"}\n{\"id\":\"2\",\"outlet\":\"b\",\"text\":\"The rebels fought on.\"}\n");
        var html = CliRunner.Run("report", corpus, "--bootstrap", "0", "--permutations", "10", "-q").Out;
        Assert.Contains("the &quot;</bdi><mark dir=\"auto\">terrorists</mark><bdi>&quot; near", html, StringComparison.Ordinal);
        Assert.Contains("near (</bdi><mark dir=\"auto\">rebels</mark><bdi>) here", html, StringComparison.Ordinal);
        Assert.Contains("<bdi>The</bdi> <mark dir=\"auto\">rebels</mark> <bdi>fought on</bdi>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheChartSaysHowOutletsAreOrderedWithoutAComposite()
    {
        // The standalone SVG said "ordered by the first composite index" for a lexicon without one (the page said "by name").
        var lexicon = _temp.Write("nocomp.yaml", """
            id: nocomp
            version: 1.0.0
            title: No composite
            description: Invented.
            license: CC0-1.0
            authors: [Tester]
            languages: [en]
            dimensions:
              - id: stance
                description: How fighters are named.
                poles:
                  a: { id: blame, label: Blame, description: Blame. }
                  b: { id: plain, label: Plain, description: Plain. }
            entries:
              - { lang: en, pattern: terrorists, dimension: stance, pole: blame, note: "invented" }
              - { lang: en, pattern: rebels, dimension: stance, pole: plain, note: "invented" }
            """);
        var svg = CliRunner.Run("report", "-l", lexicon, "-f", "svg", "--bootstrap", "0", "--permutations", "10", "-q").Out;
        Assert.Contains("Outlets are ordered by name (the lexicon has no composite index).", svg, StringComparison.Ordinal);
        Assert.Contains("Outlets are ordered by the first composite index.", CliRunner.Run("report", "-f", "svg", "--bootstrap", "0", "--permutations", "10", "-q").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryTableHasANameAndTheDifferencesTableHasCompareFigures()
    {
        // A screen reader's list of tables was a run of unnamed tables (404 with 200 outlets); the interval was rounded to
        // three decimals in a table that says it is compare's.
        var html = CliRunner.Run("report", "--bootstrap", "200", "--permutations", "50", "-q").Out;
        var tables = System.Text.RegularExpressions.Regex.Matches(html, "<table [^>]*>").Select(m => m.Value).ToList();
        Assert.NotEmpty(tables);
        Assert.All(tables, t => Assert.Matches("aria-label=\"[^\"]+\"", t));
        Assert.Contains("<table class=\"kwic\" aria-label=\"In context: al-minbar\">", html, StringComparison.Ordinal);

        var compare = CliRunner.Run("compare", "--bootstrap", "200", "--permutations", "50", "-f", "csv", "-q").OutLines
            .Select(l => l.Split(',')).First(c => c[1] == "pair" && c[13].Length > 0);
        Assert.Contains($"{compare[13]} to {compare[14]}", html, StringComparison.Ordinal);
    }
}
