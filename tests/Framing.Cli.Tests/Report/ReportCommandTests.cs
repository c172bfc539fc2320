using System.Globalization;
using System.Text.RegularExpressions;
using Framing.Reports;
using Framing.Statistics.Tests;

namespace Framing.Cli.Tests.Report;

/// <summary><c>framing report</c> and its renderer: the numbers of <c>framing score</c>, escaping, determinism, culture
/// invariance, a page that fetches nothing, and the usual errors.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void PairsChoosesTheDifferencesAsCompareDoes()
    {
        // With hundreds of outlets every pair was computed (G(G-1)/2 comparisons); --pairs vs-rest or one pair is compare's.
        var restPage = CliRunner.Run("report", "--pairs", "vs-rest", "-q");
        Assert.Equal(0, restPage.ExitCode);
        Assert.Contains("al-minbar vs rest", restPage.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("al-minbar vs al-mirsad", restPage.Out, StringComparison.Ordinal);
        Assert.Contains("between each outlet and the rest", restPage.Out, StringComparison.Ordinal); // not "between pairs of outlets"
        Assert.Contains("Which outlets frame a dimension differently from all the others", restPage.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("pairs of outlets", restPage.Out, StringComparison.Ordinal);
        Assert.Contains("<code>--pairs</code></td><td dir=\"auto\">vs-rest</td>", restPage.Out, StringComparison.Ordinal); // in the provenance

        var all = CliRunner.Run("report", "-q");
        Assert.Contains("al-minbar vs al-mirsad", all.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(" vs rest", all.Out, StringComparison.Ordinal);

        var one = CliRunner.Run("report", "--pairs", "al-minbar,al-mirsad", "-q");
        Assert.Contains("al-minbar vs al-mirsad", one.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("harbor-tribune vs", one.Out, StringComparison.Ordinal);

        var unknown = CliRunner.Run("report", "--pairs", "al-minbar,nowhere", "-q");
        Assert.Equal(2, unknown.ExitCode);
        Assert.StartsWith("framing: error: --pairs: built-in sample corpus (invented articles): no documents in group 'nowhere' (groups: ", Assert.Single(unknown.ErrorLines), StringComparison.Ordinal);

        // With one group nothing is compared, and the pair was not checked.
        var oneGroup = _temp.Write("one.jsonl", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"the rebels\"}\n");
        var lone = CliRunner.Run("report", oneGroup, "--pairs", "a,zz", "-q");
        Assert.Equal(2, lone.ExitCode);
        Assert.Contains("no documents in group 'zz'", Assert.Single(lone.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("report", "--pairs", "al-minbar", "-q").ExitCode);
    }

    [Fact]
    public void TheTableBehindTheChartsHoldsTheNumbersOfScoreCsv()
    {
        var page = CliRunner.Run("report", "-q");
        Assert.Equal(0, page.ExitCode);
        ReportTables.AssertSameRows(ReportTables.ScoreCsv(null), ReportTables.Scores(page.Out));

        var corpus = _temp.Write("renamed.jsonl", ReportCorpus.RenamedSample());
        var renamed = CliRunner.Run("report", corpus, "--seed", "7", "--bootstrap", "500", "-q");
        ReportTables.AssertSameRows(ReportTables.ScoreCsv(corpus, "--seed", "7", "--bootstrap", "500"), ReportTables.Scores(renamed.Out));
    }

    [Fact]
    public void TheChartHasOneMarkPerGroupAndAxisWithItsInterval()
    {
        var html = CliRunner.Run("report", "-q").Out;
        var csv = ReportTables.ScoreCsv(null);
        var marks = Regex.Matches(html, "<g class=\"mark\" data-group=\"([^\"]*)\" data-axis=\"([^\"]*)\" data-score=\"([^\"]*)\" data-low=\"([^\"]*)\" data-high=\"([^\"]*)\">(.*?)</g>");
        Assert.Equal(csv.Count, marks.Count);
        foreach (Match mark in marks)
        {
            var row = csv.Single(r => r["group"] == mark.Groups[1].Value && r["dimension"] == mark.Groups[2].Value);
            Assert.Equal((row["score"], row["ci_low"], row["ci_high"]), (mark.Groups[3].Value, mark.Groups[4].Value, mark.Groups[5].Value));
            Assert.Equal(row["ci_low"].Length > 0, mark.Groups[6].Value.Contains("class=\"interval\"", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void OutletsAreOrderedByTheComposite()
    {
        var html = CliRunner.Run("report", "-q").Out;
        var composite = ReportTables.ScoreCsv(null).Where(r => r["dimension"] == "damascus-alignment")
            .OrderByDescending(r => double.Parse(r["score"], CultureInfo.InvariantCulture)).Select(r => r["group"]).ToList();
        var panel = html[html.IndexOf("data-axis=\"armed-opposition\"", StringComparison.Ordinal)..];
        var labels = Regex.Matches(panel, "<text class=\"label\"[^>]*>([^<]*)</text>").Take(composite.Count).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(composite, labels);
    }

    [Fact]
    public void DataIsEscapedEverywhere()
    {
        var corpus = _temp.Write("hostile.jsonl", ReportCorpus.Hostile());
        var result = CliRunner.Run("report", corpus, "--bootstrap", "100", "--permutations", "100", "-q");
        Assert.Equal(0, result.ExitCode);
        var html = result.Out;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>today", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("a&amp;b &quot;q&quot; &#39;r&#39;", html, StringComparison.Ordinal);
        Assert.Contains("onerror=alert(2)&gt;", html, StringComparison.Ordinal);
        // Every element the page opens is one the renderer writes.
        var tags = Regex.Matches(html, "<([a-zA-Z][a-zA-Z0-9]*)").Select(m => m.Groups[1].Value.ToLowerInvariant()).ToHashSet();
        Assert.Subset(AllowedTags, tags);

        var svg = CliRunner.Run("report", corpus, "--bootstrap", "100", "--permutations", "100", "--format", "svg", "-q").Out;
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        System.Xml.Linq.XDocument.Parse(svg); // well-formed XML, so nothing escaped badly
    }

    [Fact]
    public void NoncharactersInANameLeaveTheChartWellFormedXml()
    {
        // U+FFFE and U+FFFF are valid in JSON and UTF-8 but are not XML characters: an outlet or id holding one made the
        // SVG chart not well-formed (every XML reader refused it). They are shown as U+FFFD.
        var lines = new List<string>();
        foreach (var outlet in new[] { "one\\ufffe", "two\\uffff" })
        {
            for (var i = 0; i < 5; i++)
            {
                lines.Add("{\"id\":\"" + outlet + i.ToString(CultureInfo.InvariantCulture) + "\",\"outlet\":\"" + outlet + "\",\"text\":\"the rebels and the regime\"}");
            }
        }

        var corpus = _temp.Write("noncharacters.jsonl", string.Join('\n', lines) + "\n");
        foreach (var format in new[] { "svg", "html" })
        {
            var result = CliRunner.Run("report", corpus, "--bootstrap", "20", "--permutations", "20", "--format", format, "-q");
            Assert.Equal(0, result.ExitCode);
            Assert.DoesNotContain('\uFFFE', result.Out);
            Assert.DoesNotContain('\uFFFF', result.Out);
            Assert.Contains("one\uFFFD", result.Out, StringComparison.Ordinal);
        }

        var svg = CliRunner.Run("report", corpus, "--bootstrap", "20", "--permutations", "20", "--format", "svg", "-q").Out;
        System.Xml.Linq.XDocument.Parse(svg);
    }

    [Fact]
    public void EveryNoncharacterInANameIsShownAsTheReplacementCharacter()
    {
        // Only U+FFFE and U+FFFF were replaced: U+FDD0 (and the rest of U+FDD0–U+FDEF, and U+nFFFE/U+nFFFF beyond the
        // first plane) went into the page, which the HTML validator refuses ("Forbidden code point").
        var outlets = new[] { "a\\ufdd0x", "b\\ufdefx", "c\\ud83f\\udffex", "d\\udbff\\udfffx" };
        var lines = outlets.SelectMany(outlet => Enumerable.Range(0, 3).Select(i =>
            "{\"id\":\"" + outlet + i.ToString(CultureInfo.InvariantCulture) + "\",\"outlet\":\"" + outlet + "\",\"text\":\"the rebels and the regime\"}"));
        var corpus = _temp.Write("more-noncharacters.jsonl", string.Join('\n', lines) + "\n");
        foreach (var format in new[] { "html", "svg" })
        {
            var result = CliRunner.Run("report", corpus, "--bootstrap", "20", "--permutations", "20", "--format", format, "-q");
            Assert.Equal(0, result.ExitCode);
            foreach (var noncharacter in new[] { "\uFDD0", "\uFDEF", "\U0001FFFE", "\U0010FFFF" })
            {
                Assert.DoesNotContain(noncharacter, result.Out, StringComparison.Ordinal);
            }

            foreach (var shown in new[] { "a\uFFFDx", "b\uFFFDx", "c\uFFFDx", "d\uFFFDx" })
            {
                Assert.Contains(shown, result.Out, StringComparison.Ordinal);
            }
        }

        // Characters next to them are kept: U+FDCF and U+FDF0 are characters, and so is an emoji (a surrogate pair).
        Assert.Equal("\uFDCF\uFFFD\uFDF0\U0001F600\uFFFD\U0001FFFD", Html.Escape("\uFDCF\uFDD0\uFDF0\U0001F600\U0001FFFF\U0001FFFD"));
    }

    private static readonly HashSet<string> AllowedTags =
    [
        "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "nav", "ol", "li", "a", "main", "section", "strong", "em",
        "figure", "figcaption", "svg", "desc", "text", "line", "g", "circle", "path", "details", "summary", "code", "table", "thead", "tbody", "tr", "th", "td",
        "span", "bdi", "mark", "dl", "dt", "dd", "div",
    ];

    [Fact]
    public void ThePageIsTheSameBytesForAnyParallelismAndChangesWithTheSeed()
    {
        var corpus = _temp.Write("renamed.jsonl", ReportCorpus.RenamedSample());
        var one = CliRunner.Run("report", corpus, "--parallel", "1", "-q").Out;
        var four = CliRunner.Run("report", corpus, "--parallel", "4", "-q").Out;
        var again = CliRunner.Run("report", corpus, "--parallel", "3", "-q").Out;
        var otherSeed = CliRunner.Run("report", corpus, "--parallel", "1", "--seed", "2", "-q").Out;
        Assert.Equal(one, four);
        Assert.Equal(one, again);
        Assert.NotEqual(one, otherSeed);
    }

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void ThePageIsTheSameUnderEveryCulture(string culture)
    {
        var corpus = _temp.Write("renamed.jsonl", ReportCorpus.RenamedSample());
        string Run() => CliRunner.Run("report", corpus, "--bootstrap", "300", "--confidence", "0.9", "-q").Out;
        string svg() => CliRunner.Run("report", corpus, "--bootstrap", "300", "--format", "svg", "-q").Out;
        var (invariant, invariantSvg) = CultureInvarianceTests.WithCulture(CultureInfo.InvariantCulture, () => (Run(), svg()));
        var (local, localSvg) = CultureInvarianceTests.WithCulture(CultureInfo.GetCultureInfo(culture), () => (Run(), svg()));
        Assert.Equal(invariant, local);
        Assert.Equal(invariantSvg, localSvg);
        Assert.Contains("90%", invariant, StringComparison.Ordinal);
        Assert.DoesNotMatch("[0-9],[0-9]{3}[^0-9]", Regex.Replace(invariant, "<style>.*?</style>", string.Empty, RegexOptions.Singleline)[..5000]);
    }

    [Fact]
    public void ThePageFetchesNothing()
    {
        var html = CliRunner.Run("report", "-q").Out;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(?i)https?://", html);
    }

    [Fact]
    public void ArabicAndMixedNamesAreIsolatedAndTheirDirectionIsSet()
    {
        var corpus = _temp.Write("renamed.jsonl", ReportCorpus.RenamedSample());
        var html = CliRunner.Run("report", corpus, "-q").Out;
        Assert.Contains("<h3 dir=\"auto\">" + ReportCorpus.ArabicOutlet + "</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<bdi>" + ReportCorpus.MixedOutlet + "</bdi>", html, StringComparison.Ordinal);
        Assert.Matches("<text class=\"label\"[^>]* direction=\"rtl\" text-anchor=\"start\"[^>]*>" + ReportCorpus.ArabicOutlet + "</text>", html);
        Assert.Matches("<text class=\"label\"[^>]* direction=\"ltr\" text-anchor=\"end\"[^>]*>" + ReportCorpus.MixedOutlet + "</text>", html);
        Assert.True(Html.IsRightToLeft("«" + ReportCorpus.ArabicOutlet + "» news"));
        Assert.False(Html.IsRightToLeft(ReportCorpus.MixedOutlet));
    }

    [Fact]
    public void EverySectionIsThereAndEachChartHasATitleADescriptionAndItsTable()
    {
        var html = CliRunner.Run("report", "-q").Out;
        foreach (var id in new[] { "scores", "differences", "words", "context", "coverage", "provenance" })
        {
            Assert.Contains("<section id=\"" + id + "\">", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<section id=\"validation\">", html, StringComparison.Ordinal);
        // Named by its title and described by its desc (both in the name, a screen reader read the desc twice).
        var charts = Regex.Matches(html, "<svg class=\"chart\"[^>]*aria-labelledby=\"([^ \"]+)\" aria-describedby=\"([^ \"]+)\"");
        Assert.Equal(4, charts.Count); // starter: three dimensions and one composite
        foreach (Match chart in charts)
        {
            Assert.Contains("<title id=\"" + chart.Groups[1].Value + "\">", html, StringComparison.Ordinal);
            Assert.Contains("<desc id=\"" + chart.Groups[2].Value + "\">", html, StringComparison.Ordinal);
        }

        Assert.Contains("<details class=\"chart-data\">", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("<mark dir=\"auto\">", html, StringComparison.Ordinal);
        Assert.Matches("&#10003; in lexicon: [a-z-]+/[a-z-]+", html);
        Assert.Contains("<dt>licence</dt><dd>CC-BY-4.0</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<code>--seed</code></td><td dir=\"auto\">1 (default)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Framing</dt><dd>" + FramingApp.Version + "</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>documents</dt><dd>24 scored, 0 rejected</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AGroupWithTooFewDocumentsHasAHollowDotAndANote()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "sample-corpus.jsonl")).Where(l => l.Length > 0).ToList();
        var few = lines.Where(l => !l.Contains("\"outlet\": \"al-minbar\"", StringComparison.Ordinal)).Concat(lines.Where(l => l.Contains("\"outlet\": \"al-minbar\"", StringComparison.Ordinal)).Take(2));
        var corpus = _temp.Write("few.jsonl", string.Join('\n', few) + "\n");
        var html = CliRunner.Run("report", corpus, "-q").Out;
        Assert.Contains("<p class=\"note small-groups\"><strong>Small groups:</strong> <bdi>al-minbar</bdi> has fewer than 5 documents", html, StringComparison.Ordinal);
        Assert.Matches("data-group=\"al-minbar\"[^>]*data-low=\"\" data-high=\"\"><title>[^<]*</title><circle class=\"dot no-interval\"", html);
    }

    [Fact]
    public void TheSvgFormatWritesTheChartAlone()
    {
        var result = CliRunner.Run("report", "--format", "svg", "-q");
        Assert.Equal(0, result.ExitCode);
        var svg = System.Xml.Linq.XDocument.Parse(result.Out);
        System.Xml.Linq.XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        Assert.NotNull(svg.Root.Element(ns + "title"));
        Assert.NotNull(svg.Root.Element(ns + "desc"));
        Assert.Equal(16, svg.Descendants(ns + "g").Count(g => (string?)g.Attribute("class") == "mark"));
    }

    [Fact]
    public void KnownLeaningsAddTheValidationSection()
    {
        var corpus = new System.Text.StringBuilder();
        foreach (var (id, outlet, text) in PlantedCorpus.Records())
        {
            corpus.Append(System.Text.Json.JsonSerializer.Serialize(new { id, outlet, text })).Append('\n');
        }

        var path = _temp.Write("planted.jsonl", corpus.ToString());
        var lexicon = _temp.Write("planted.yaml", PlantedCorpus.Lexicon);
        var known = _temp.Write("known.csv", "outlet,leaning\n" + string.Concat(PlantedCorpus.Leanings.Select(p => p.Key + "," + p.Value + "\n")));
        var result = CliRunner.Run("report", path, "--lexicon", lexicon, "--known", known, "--side-a", "camp-a", "--side-b", "camp-b", "--bootstrap", "200", "--permutations", "200", "-q");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("<section id=\"validation\">", result.Out, StringComparison.Ordinal);
        Assert.Matches("<table class=\"validation\"[^>]*>.*<td class=\"num\">[01](\\.[0-9]+)?</td>", result.Out.ReplaceLineEndings(" "));

        var missing = CliRunner.Run("report", path, "--lexicon", lexicon, "--known", known, "--side-a", "camp-a", "--side-b", "nobody", "-q");
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal($"framing: error: {known}: no row has leaning 'nobody' (from --side-b); the file's leanings: camp-a, camp-b, wire", Assert.Single(missing.ErrorLines));

        // The leanings can come from a field of each document instead, as in 'framing validate'.
        var withField = new System.Text.StringBuilder();
        foreach (var (id, outlet, text) in PlantedCorpus.Records())
        {
            var record = new Dictionary<string, string> { ["id"] = id, ["outlet"] = outlet, ["text"] = text };
            foreach (var leaning in PlantedCorpus.Leanings.Where(p => p.Key == outlet))
            {
                record["leaning"] = leaning.Value;
            }

            withField.Append(System.Text.Json.JsonSerializer.Serialize(record)).Append('\n');
        }

        var fieldPath = _temp.Write("planted-leaning.jsonl", withField.ToString());
        var byField = CliRunner.Run("report", fieldPath, "--lexicon", lexicon, "--known-field", "leaning", "--side-a", "camp-a", "--side-b", "camp-b", "--bootstrap", "200", "--permutations", "200", "-q");
        Assert.Equal(0, byField.ExitCode);
        Assert.Contains("<section id=\"validation\">", byField.Out, StringComparison.Ordinal);
        var noSideB = CliRunner.Run("report", fieldPath, "--lexicon", lexicon, "--known-field", "leaning", "--side-a", "camp-a", "--side-b", "nobody", "-q");
        Assert.Equal(2, noSideB.ExitCode);
        // As validate says it: the leaning no document has, and the leanings the documents have.
        Assert.EndsWith("planted-leaning.jsonl: no document has leaning 'nobody' in field \"leaning\" (from --side-b); leanings found: camp-a, camp-b, wire", Assert.Single(noSideB.ErrorLines), StringComparison.Ordinal);
        var validate = CliRunner.Run("validate", fieldPath, "--lexicon", lexicon, "--known-field", "leaning", "--side-a", "camp-a", "--side-b", "nobody", "-q");
        Assert.Equal(noSideB.ErrorLines, validate.ErrorLines);
    }

    [Fact]
    public void BadInputIsOneErrorLineAndExitCodeTwo()
    {
        var sideWithoutKnown = CliRunner.Run("report", "--side-a", "x", "--side-b", "y");
        Assert.Equal(2, sideWithoutKnown.ExitCode);
        Assert.Equal("framing: error: 'framing report' needs the known leanings: --known FILE or --known-field FIELD (one of them)", Assert.Single(sideWithoutKnown.ErrorLines));

        var empty = _temp.Write("empty.jsonl", string.Empty);
        var none = CliRunner.Run("report", empty);
        Assert.Equal(2, none.ExitCode);
        Assert.StartsWith("framing: error: no documents in ", Assert.Single(none.ErrorLines), StringComparison.Ordinal);

        var bad = _temp.Write("bad.jsonl", "{\"id\":\"1\",\"outlet\":\"x\",\"text\":\"The regime.\"}\nnot json\n");
        var stop = CliRunner.Run("report", bad);
        Assert.Equal(2, stop.ExitCode);
        Assert.Contains("bad.jsonl:2", Assert.Single(stop.ErrorLines), StringComparison.Ordinal);
        var skip = CliRunner.Run("report", bad, "--skip-invalid", "--bootstrap", "0");
        Assert.Equal(0, skip.ExitCode);
        Assert.Contains("<dt>documents</dt><dd>1 scored, 1 rejected</dd>", skip.Out, StringComparison.Ordinal);

        Assert.Equal(2, CliRunner.Run("report", "--format", "png").ExitCode);
    }

    [Fact]
    public void TheRendererEscapesAModelBuiltByHand()
    {
        var model = new ReportModel(
            "T <&>", new ReportLexicon("x", "1.0.0", "<t>", "MIT", "cite \"me\"", ["a<b"], "x.yaml"), "c.jsonl", 2, 0, "0.0.0", 0.95, 5,
            [new ReportAxis("d", false, "A<", "B>", "<desc>")], ["<g>"],
            [new ScorePoint("<g>", "d", 2, 1, 1, 0, null, null, "fewer than 5 documents")],
            [], [new GroupTerms("<g>", [new DistinctiveTerm("<t>", 3, 0, 2.5, 0.01, string.Empty)])], [],
            [new ContextLine("<g>", "d", "a", "<id>", "<l>", "<m>", "<r>", "editorial", "counted")], []);
        var html = HtmlReport.Render(model);
        Assert.DoesNotContain("<g>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<t>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<desc>", html, StringComparison.Ordinal);
        Assert.Contains("<mark dir=\"auto\">&lt;m&gt;</mark>", html, StringComparison.Ordinal);
        Assert.Equal(html, HtmlReport.Render(model));

        // A bidi override in a document's context (U+202E) ends with its part: each part of the line is isolated, so it
        // cannot reorder the match or the other side on screen. Before, the three parts shared one cell's bidi context.
        var overridden = model with { Context = [new ContextLine("<g>", "d", "a", "id", "left \u202E", "m", "right", "editorial", "counted")] };
        Assert.Contains("<td dir=\"ltr\"><bdi>left \u202E</bdi> <mark dir=\"auto\">m</mark> <bdi>right</bdi></td>", HtmlReport.Render(overridden), StringComparison.Ordinal);
        Assert.Equal("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Html.Escape("<a href=\"x\">&'\u0001"));

        // A member left null (a public record, built or changed by hand) is named, not a NullReferenceException inside.
        Assert.Equal("the model's Lexicon is null (Parameter 'model')", Assert.Throws<ArgumentException>(() => HtmlReport.Render(model with { Lexicon = null! })).Message);
        Assert.Equal("the model's Groups is null (Parameter 'model')", Assert.Throws<ArgumentException>(() => OutletChart.Standalone(model with { Groups = null! })).Message);
    }

    [Theory]
    // An Arabic line reads right to left (its preceding words right of the match), an English one left to right.
    [InlineData("\u0642\u0627\u0644 \u0645\u0631\u0627\u0633\u0644\u0646\u0627 \u00AB", "\u0627\u0644\u0625\u0631\u0647\u0627\u0628\u064A\u064A\u0646", "\u00BB \u0642\u0635\u0641\u0648\u0627 3 \u0642\u0631\u0649", "rtl")]
    [InlineData("The", "terrorists", "attacked 5 villages", "ltr")]
    // The text decides, not the match: a Latin acronym matched in Arabic text, an Arabic word quoted in English text.
    [InlineData("\u0642\u0627\u0644 \u0645\u0631\u0627\u0633\u0644\u0646\u0627 \u0625\u0646", "FSA", "\u0627\u0646\u0633\u062D\u0628\u0648\u0627 \u0645\u0646 \u062D\u064A 12", "rtl")]
    [InlineData("the so-called", "\u0627\u0644\u062B\u0648\u0627\u0631", "attacked the town", "ltr")]
    // Digits and punctuation are not strong; a line without letters reads left to right.
    [InlineData("12, 13", "\u0627\u0644\u062B\u0648\u0627\u0631", "(2016)", "rtl")]
    [InlineData("12", "2016", "13", "ltr")]
    public void AContextLineIsLaidOutInTheDirectionOfItsText(string left, string match, string right, string direction)
    {
        // Each part of the line sits in a bdi (or a mark with its own dir), which dir="auto" passes over: the cell found no
        // strong letter and every line, Arabic ones too, was laid out left to right with the preceding words left of the match.
        var model = new ReportModel(
            "T", new ReportLexicon("x", "1.0.0", "t", "MIT", null, [], "x.yaml"), "c.jsonl", 1, 0, "0.0.0", 0.95, 5,
            [new ReportAxis("d", false, "A", "B", string.Empty)], ["g"], [new ScorePoint("g", "d", 1, 1, 0, 1, null, null, string.Empty)],
            [], [], [], [new ContextLine("g", "d", "a", "doc", left, match, right, "editorial", "counted")], []);

        var html = HtmlReport.Render(model);

        Assert.Contains("<td dir=\"" + direction + "\"><bdi>" + Html.Escape(left) + "</bdi> <mark dir=\"auto\">" + Html.Escape(match) + "</mark> <bdi>" + Html.Escape(right) + "</bdi></td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td dir=\"auto\"><bdi>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WithManyGroupsTheDifferencesShowOnlyThePairsThatDifferLargestFirst()
    {
        var groups = Enumerable.Range(1, 7).Select(i => "g" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        var pairs = new List<Framing.Statistics.Comparisons.ComparisonRow>();
        for (var i = 0; i < groups.Count; i++)
        {
            for (var j = i + 1; j < groups.Count; j++)
            {
                pairs.Add(new() { Dimension = "d", Kind = Framing.Statistics.Comparisons.ComparisonKind.Pair, Group1 = groups[i], Group2 = groups[j], Difference = (j - i) / 10.0, PPermutationAdjusted = j == i + 1 ? 0.5 : 0.01 });
            }
        }

        var model = new ReportModel(
            "t", new ReportLexicon("x", "1.0.0", "t", "MIT", null, [], "x.yaml"), "c.jsonl", 70, 0, "0.0.0", 0.95, 5,
            [new ReportAxis("d", false, "A", "B", "d")], groups, [], pairs, [], [], [], []);
        var html = HtmlReport.Render(model);
        Assert.Contains("15 of 21 pairs differ; they are shown, largest difference first.", html, StringComparison.Ordinal);
        var shown = Regex.Matches(html, "<tr><td dir=\"auto\">(g[0-9])</td><td dir=\"auto\">(g[0-9])</td>").Select(m => m.Groups[1].Value + "-" + m.Groups[2].Value).ToList();
        Assert.Equal(15, shown.Count);
        Assert.Equal("g1-g7", shown[0]);
        Assert.DoesNotContain("g1-g2", shown);
        var few = HtmlReport.Render(model with { Comparisons = pairs.Take(15).ToList() });
        Assert.Equal(15, Regex.Count(few, "<tr><td dir=\"auto\">g[0-9]</td><td dir=\"auto\">g[0-9]</td>"));
        Assert.DoesNotContain("pairs differ", few, StringComparison.Ordinal);

        // The forest plot draws the rows of the table: a diamond and "differs" where the adjusted p is below 0.05, a
        // hollow circle where it is not (shape and text, not colour).
        Assert.Equal(15, Regex.Count(html, "<g class=\"pair differs\""));
        Assert.Equal(15, Regex.Count(html, "<path class=\"dot\""));
        Assert.Equal(0, Regex.Count(html, "<circle class=\"dot\""));
        Assert.Equal(12, Regex.Count(few, "<g class=\"pair differs\"[^>]*data-differs=\"yes\">"));
        Assert.Equal(3, Regex.Count(few, "<g class=\"pair\"[^>]*data-differs=\"no\">"));
        Assert.Equal(12, Regex.Count(few, "<path class=\"dot\""));
        Assert.Equal(3, Regex.Count(few, "<circle class=\"dot\""));
        Assert.Equal(12, Regex.Count(few, ">0.01 differs</text>"));
        Assert.Equal(3, Regex.Count(few, "<text class=\"verdict\"[^>]*>0.5</text>"));
        Assert.Contains("<title id=\"forest-0-title\">Differences on d between pairs of outlets</title>", few, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"forest-0-desc\">For each pair of outlets", few, StringComparison.Ordinal);
    }
}
