using System.Text.Json;
using Framing.Cli.Tests.Prerequisites;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Framing.Cli.Tests.Report;

/// <summary>
/// <c>framing report</c> opened in a real Chromium (Debian's, driven by Playwright): no console error, no request
/// beyond the page itself, one mark per outlet and dimension with its interval, an Arabic outlet name laid out right to
/// left, the table behind the charts equal to <c>framing score --format csv</c>. Screenshots are written as test
/// artefacts (the folder is printed; <c>FRAMING_ARTIFACTS</c> chooses it). Skipped with its reason where no Chromium is
/// installed, unless <c>FRAMING_REQUIRE_BROWSER=1</c>.
/// </summary>
public sealed class ReportBrowserTests(ITestOutputHelper log) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [FactRequiring(Prerequisite.Browser)]
    public async Task TheReportRendersInChromiumAsFramingScoreComputesIt()
    {
        var executable = Chromium.Find() ?? throw new InvalidOperationException("the browser test is required here, but " + Chromium.Obstacle());
        var corpus = _temp.Write("renamed.jsonl", ReportCorpus.RenamedSample());
        var report = Path.Combine(_temp.Path, "report.html");
        Assert.Equal(0, CliRunner.Run("report", corpus, "-o", report, "-q").ExitCode);
        var sample = Path.Combine(_temp.Path, "sample.html");
        Assert.Equal(0, CliRunner.Run("report", "-o", sample, "-q").ExitCode);
        var csv = ReportTables.ScoreCsv(corpus);
        var many = Path.Combine(_temp.Path, "many.html");
        Assert.Equal(0, CliRunner.Run("report", _temp.Write("many.jsonl", ReportCorpus.ManyOutlets(60)), "--bootstrap", "200", "--permutations", "200", "-o", many, "-q").ExitCode);
        var artifacts = Environment.GetEnvironmentVariable("FRAMING_ARTIFACTS") is { Length: > 0 } folder ? folder : Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);

        // Never let Playwright fetch a browser: it drives Debian's.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Args = ["--no-sandbox"],
            Headless = true,
            Timeout = 120_000,
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 1300 } });
        var requests = new List<string>();
        var blocked = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file://", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                blocked.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add(message.Type + ": " + message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add("page error: " + error);
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(new Uri(report).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        // One mark per outlet and dimension, each drawn with the score and interval of framing score.
        var marks = await page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('g.mark')].map(g => {
              const dot = g.querySelector('circle.dot'), line = g.querySelector('line.interval');
              const d = dot && dot.getBoundingClientRect(), l = line && line.getBoundingClientRect();
              return { group: g.dataset.group, axis: g.dataset.axis, score: g.dataset.score, low: g.dataset.low, high: g.dataset.high,
                       dot: !!dot, line: !!line, dotX: d ? d.x + d.width / 2 : null, lineLeft: l ? l.left : null, lineRight: l ? l.right : null, lineWidth: l ? l.width : null };
            })
            """);
        Assert.Equal(csv.Count, marks.GetArrayLength());
        foreach (var mark in marks.EnumerateArray())
        {
            var row = csv.Single(r => r["group"] == mark.GetProperty("group").GetString() && r["dimension"] == mark.GetProperty("axis").GetString());
            Assert.Equal((row["score"], row["ci_low"], row["ci_high"]), (mark.GetProperty("score").GetString(), mark.GetProperty("low").GetString(), mark.GetProperty("high").GetString()));
            Assert.Equal(row["score"].Length > 0, mark.GetProperty("dot").GetBoolean());
            Assert.Equal(row["ci_low"].Length > 0, mark.GetProperty("line").GetBoolean());
            if (mark.GetProperty("line").GetBoolean())
            {
                // The dot sits on its interval (a pixel of slack for anti-aliasing).
                var x = mark.GetProperty("dotX").GetDouble();
                Assert.InRange(x, mark.GetProperty("lineLeft").GetDouble() - 1.5, mark.GetProperty("lineRight").GetDouble() + 1.5);
            }
        }

        Assert.Contains(marks.EnumerateArray(), m => m.GetProperty("line").GetBoolean() && m.GetProperty("lineWidth").GetDouble() > 20);

        // The differences: one forest-plot mark per pair shown, at the difference and interval of framing compare; a pair
        // whose adjusted p is below 0.05 has a diamond and the word "differs" (shape and text, not colour alone).
        var compare = Csv.Parse(CliRunner.Run("compare", corpus, "--format", "csv", "-q").Out).Where(r => r["comparison"] == "pair").ToList();
        var pairs = await page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('svg.forest g.pair')].map(g => {
              const dot = g.querySelector('.dot'), box = dot && dot.getBoundingClientRect(), svg = g.ownerSVGElement.getBoundingClientRect();
              return { group1: g.dataset.group1, group2: g.dataset.group2, axis: g.dataset.axis, difference: g.dataset.difference, low: g.dataset.low,
                       high: g.dataset.high, p: g.dataset.p, differs: g.dataset.differs, shape: dot ? dot.tagName : '', line: !!g.querySelector('line.interval'),
                       verdict: g.querySelector('text.verdict').textContent, visible: !!box && box.width > 4 && box.left >= svg.left && box.right <= svg.right,
                       rows: g.closest('figure').nextElementSibling.querySelectorAll('table.differences tbody tr').length };
            })
            """);
        Assert.Equal(compare.Count, pairs.GetArrayLength());
        Assert.True(compare.Count >= 6, "every pair of the four outlets on every dimension");
        foreach (var mark in pairs.EnumerateArray())
        {
            string Get(string name) => mark.GetProperty(name).GetString()!;
            var row = compare.Single(r => r["dimension"] == Get("axis") && r["group_1"] == Get("group1") && r["group_2"] == Get("group2"));
            Assert.Equal((row["difference"], row["diff_ci_low"], row["diff_ci_high"], row["p_permutation_adj"]), (Get("difference"), Get("low"), Get("high"), Get("p")));
            var differs = double.Parse(row["p_permutation_adj"], System.Globalization.CultureInfo.InvariantCulture) < 0.05;
            Assert.Equal(differs ? "yes" : "no", Get("differs"));
            Assert.Equal(differs ? "path" : "circle", Get("shape"));
            Assert.Equal(differs, Get("verdict").EndsWith(" differs", StringComparison.Ordinal));
            Assert.Equal(row["diff_ci_low"].Length > 0, mark.GetProperty("line").GetBoolean());
            Assert.True(mark.GetProperty("visible").GetBoolean(), "the mark is drawn inside its plot: " + mark);
            Assert.Equal(compare.Count(r => r["dimension"] == Get("axis")), mark.GetProperty("rows").GetInt32());
        }

        // The tables behind the charts hold the numbers of framing score --format csv.
        var cells = await page.EvaluateAsync<string[][]>("() => [...document.querySelectorAll('table.scores tbody tr')].map(tr => [...tr.cells].map(td => td.textContent))");
        ReportTables.AssertSameRows(csv, [.. cells.Select(c => ReportTables.Columns.Zip(c).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))]);

        // The Arabic outlet name runs right to left: its first letter is drawn right of its last, in the chart's SVG
        // label and in the page's heading; in the mixed name, the Latin word stays left of the Arabic one.
        var layout = await page.EvaluateAsync<JsonElement>("""
            ([arabic, mixed]) => {
              const label = [...document.querySelectorAll('svg.chart text.label')].find(t => t.textContent === arabic);
              const first = label.getExtentOfChar(0), last = label.getExtentOfChar(arabic.length - 1);
              const heading = [...document.querySelectorAll('h3')].find(h => h.textContent === arabic);
              const range = (node, i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect(); };
              const text = heading.firstChild;
              const mixedHeading = [...document.querySelectorAll('h3')].find(h => h.textContent === mixed).firstChild;
              const arabicStart = mixed.search(/[\u0600-\u06FF]/);
              const arabicEnd = arabicStart + 'الشمال'.length - 1;
              return {
                svgFirst: first.x, svgLast: last.x, svgWidth: label.getBBox().width,
                htmlFirst: range(text, 0).left, htmlLast: range(text, arabic.length - 1).left,
                mixedLatin: range(mixedHeading, 0).left, mixedArabicFirst: range(mixedHeading, arabicStart).left, mixedArabicLast: range(mixedHeading, arabicEnd).left,
              };
            }
            """, new[] { ReportCorpus.ArabicOutlet, ReportCorpus.MixedOutlet });
        log.WriteLine("layout: " + layout);
        Assert.True(layout.GetProperty("svgWidth").GetDouble() > 10, "the Arabic label is drawn");
        Assert.True(layout.GetProperty("svgFirst").GetDouble() > layout.GetProperty("svgLast").GetDouble(), "SVG label: first Arabic letter right of the last: " + layout);
        Assert.True(layout.GetProperty("htmlFirst").GetDouble() > layout.GetProperty("htmlLast").GetDouble(), "heading: first Arabic letter right of the last: " + layout);
        Assert.True(layout.GetProperty("mixedLatin").GetDouble() < layout.GetProperty("mixedArabicLast").GetDouble(), "mixed name: the Latin word comes first, on the left: " + layout);
        Assert.True(layout.GetProperty("mixedArabicFirst").GetDouble() > layout.GetProperty("mixedArabicLast").GetDouble(), "mixed name: the Arabic word runs right to left: " + layout);

        var shot = Path.Combine(artifacts, "report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });

        // Printed on A4, no chart is cut: the four score charts and a plot of differences per dimension.
        var axes = marks.EnumerateArray().Select(m => m.GetProperty("axis").GetString()).Distinct().Count();
        Assert.Equal(axes * 2, await AssertPrintsOnA4(page, Path.Combine(artifacts, "report.pdf")));

        // With 60 outlets one score chart would be taller than an A4 page at full width (printed, it shrank to fit): each
        // dimension's is drawn in two charts of 30, which print at full width.
        await page.GotoAsync(new Uri(many).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var parts = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('svg.chart')].filter(s => s.dataset.axis === document.querySelector('svg.chart').dataset.axis).map(s => s.querySelectorAll('g.mark').length)");
        Assert.Equal(new[] { 30, 30 }, parts);
        Assert.True(await AssertPrintsOnA4(page, Path.Combine(artifacts, "report-many.pdf")) >= axes);

        // The sample corpus's page, as README shows it: the scores and the first plot of differences.
        await page.GotoAsync(new Uri(sample).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var sampleShot = Path.Combine(artifacts, "report-sample.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = sampleShot, FullPage = true, Clip = new Clip { X = 0, Y = 0, Width = 1000, Height = 1565 } });

        Assert.Empty(errors);
        Assert.Empty(blocked);
        Assert.Equal([new Uri(report).AbsoluteUri, new Uri(many).AbsoluteUri, new Uri(sample).AbsoluteUri], requests);
        Assert.True(new FileInfo(shot).Length > 10_000);
        log.WriteLine($"screenshots: {shot}, {sampleShot}");
    }

    /// <summary>
    /// Asserts that the page prints on A4 (210 x 297 mm with 14 mm margins: 688 x 1016 CSS pixels) without a cut chart:
    /// every chart lies within the printed width, every figure (chart and caption) is shorter than a page, so that
    /// <c>break-inside: avoid</c> keeps it whole, and nothing sticks out at the right margin. Prints the PDF (Chromium,
    /// format A4) as a test artefact. Returns the number of figures.
    /// </summary>
    private static async Task<int> AssertPrintsOnA4(IPage page, string pdf)
    {
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.SetViewportSizeAsync(688, 1016);
        var figures = await page.EvaluateAsync<double[][]>("""
            () => [...document.querySelectorAll('figure')].map(f => {
              const svg = f.querySelector('svg').getBoundingClientRect(), box = f.getBoundingClientRect();
              return [svg.left, svg.right, svg.height, box.height];
            })
            """);
        Assert.All(figures, f => Assert.True(f[0] >= 0 && f[1] <= 688 && f[2] > 50 && f[3] < 1016, $"a chart from x {f[0]} to {f[1]}, {f[2]} px high ({f[3]} px with its caption), does not fit an A4 page"));
        // And none is shrunk to fit: every chart is printed across the page's width.
        Assert.All(figures, f => Assert.True(f[1] - f[0] >= 0.95 * 688, $"a chart printed {f[1] - f[0]} px wide of 688"));
        var width = await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 688, $"the printed page is {width} px wide: something is cut at the right margin");
        await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", Margin = new Margin { Top = "14mm", Bottom = "14mm", Left = "14mm", Right = "14mm" } });
        Assert.True(new FileInfo(pdf).Length > 10_000);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        await page.SetViewportSizeAsync(1000, 1300);
        return figures.Length;
    }
}
