using System.Text.Json;
using Framing.Cli.Tests.Prerequisites;
using Microsoft.Playwright;

namespace Framing.Cli.Tests.Report;

/// <summary>Long unbreakable words from the data (a web address, a hashtag, a German compound, an outlet's name) are
/// broken rather than widening the page beyond its 980 px column.</summary>
public sealed class ReportWidthTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TheStyleSheetBreaksLongWordsButNotTheHeaders()
    {
        var html = CliRunner.Run("report", _temp.Write("wide.jsonl", Corpus()), "-q").Out;

        Assert.Matches(@"\n\s*body \{[^}]*overflow-wrap: anywhere;[^}]*\}", html);
        Assert.Matches(@"\n\s*th \{[^}]*overflow-wrap: normal;[^}]*\}", html);
    }

    [FactRequiring(Prerequisite.Browser)]
    public async Task LongWordsDoNotWidenThePage()
    {
        // The coverage table was 1502 px wide in the 980 px column (and the page as wide) with a web address and a hashtag.
        var executable = Chromium.Find() ?? throw new InvalidOperationException("the browser test is required here, but " + Chromium.Obstacle());
        var report = Path.Combine(_temp.Path, "wide.html");
        Assert.Equal(0, CliRunner.Run("report", _temp.Write("wide.jsonl", Corpus()), "--bootstrap", "50", "--permutations", "50", "-o", report, "-q").ExitCode);

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable, Args = ["--no-sandbox"], Headless = true, Timeout = 120_000 });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 1000 } });
        await page.RouteAsync("**/*", route => route.Request.Url.StartsWith("file://", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        await page.GotoAsync(new Uri(report).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        var widths = await page.EvaluateAsync<JsonElement>("""
            () => {
              const body = document.body.getBoundingClientRect(), style = getComputedStyle(document.body);
              const right = body.right - parseFloat(style.paddingRight);
              const wide = [...document.querySelectorAll('table, h1, h3, p')].filter(e => e.getBoundingClientRect().right > right + 0.5)
                .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
              return { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, wide: wide.join(', '),
                       tables: document.querySelectorAll('table.coverage, table.kwic').length };
            }
            """);
        Assert.True(widths.GetProperty("tables").GetInt32() >= 2, "the coverage table and a table of context lines");
        Assert.True(widths.GetProperty("scroll").GetInt32() <= widths.GetProperty("client").GetInt32(), "the page is wider than the window: " + widths);
        Assert.Equal(string.Empty, widths.GetProperty("wide").GetString());
    }

    [FactRequiring(Prerequisite.Browser)]
    public async Task OnAPhoneChartsKeepTheirTextSizeAndOnlyThemselvesScrollSideways()
    {
        // At 390 px the charts were shrunk to the screen's width, their 11-unit labels drawn about 5 px high.
        var executable = Chromium.Find() ?? throw new InvalidOperationException("the browser test is required here, but " + Chromium.Obstacle());
        var report = Path.Combine(_temp.Path, "phone.html");
        Assert.Equal(0, CliRunner.Run("report", _temp.Write("phone.jsonl", ReportCorpus.RenamedSample()), "--bootstrap", "50", "--permutations", "50", "-o", report, "-q").ExitCode);

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable, Args = ["--no-sandbox"], Headless = true, Timeout = 120_000 });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.RouteAsync("**/*", route => route.Request.Url.StartsWith("file://", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        await page.GotoAsync(new Uri(report).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        var layout = await page.EvaluateAsync<JsonElement>("""
            () => {
              const charts = [...document.querySelectorAll('svg.chart, svg.forest')];
              const scales = charts.map(s => s.getBoundingClientRect().width / s.viewBox.baseVal.width);
              const scrollers = charts.filter(s => { const f = s.closest('figure'); return f.scrollWidth > f.clientWidth && getComputedStyle(f).overflowX === 'auto'; }).length;
              const inside = e => { for (let p = e.parentElement; p; p = p.parentElement) { if (getComputedStyle(p).overflowX === 'auto') return true; } return false; };
              const wide = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 && !inside(e))
                .slice(0, 5).map(e => e.tagName + '.' + e.className.baseVal + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
              return { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, charts: charts.length,
                       smallest: Math.min(...scales), scrollers, wide: wide.join(', ') };
            }
            """);
        Assert.True(layout.GetProperty("charts").GetInt32() >= 8, layout.ToString());
        Assert.True(layout.GetProperty("smallest").GetDouble() >= 0.99, "a chart is drawn smaller than its own units: " + layout);
        Assert.Equal(layout.GetProperty("charts").GetInt32(), layout.GetProperty("scrollers").GetInt32());
        Assert.True(layout.GetProperty("scroll").GetInt32() <= layout.GetProperty("client").GetInt32(), "the page scrolls sideways: " + layout);
        Assert.Equal(string.Empty, layout.GetProperty("wide").GetString());

        // A squeezed words table broke terms inside a word (an Arabic word over two lines): a cell of whole words
        // (class word) keeps each on one line; its table scrolls instead.
        var broken = await page.EvaluateAsync<JsonElement>("""
            () => {
              const cells = [...document.querySelectorAll('table.keyness td.word, table.entries td.word')].filter(td => !td.textContent.includes(' '));
              const split = cells.filter(td => { const r = document.createRange(); r.selectNodeContents(td); return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size > 1; });
              return { cells: cells.length, arabic: cells.filter(td => /[\u0600-\u06FF]/.test(td.textContent)).length, split: split.map(td => td.textContent).join(' | ') };
            }
            """);
        Assert.True(broken.GetProperty("arabic").GetInt32() > 0, broken.ToString());
        Assert.Equal(string.Empty, broken.GetProperty("split").GetString());

        // On a wide screen the charts are as before: the column's width, at most their own.
        await page.SetViewportSizeAsync(1000, 1000);
        var wideScreen = await page.EvaluateAsync<double>("() => Math.min(...[...document.querySelectorAll('svg.chart, svg.forest')].map(s => s.getBoundingClientRect().width))");
        Assert.Equal(720, wideScreen, 0.5);
    }

    private static string Corpus()
    {
        const string Address = "https://www.example-news-agency.com/world/middle-east/2016/12/13/syria-aleppo-evacuation-deal-collapses-amid-renewed-shelling-reports-say";
        const string Words = Address + " #StandWithAleppoAgainstTheSiegeAndTheBombardmentOfCivilians Donaudampfschifffahrtsgesellschaftskapitaenswitwenrentenversicherungsanstalt";
        var outlets = new[] { "www.averyveryveryverylongdomainnameforanewsoutletwithoutanyspacesanywhereinit.example.com", "Outlet Two" };
        var texts = new[] { "The terrorists fled as the syrian arab army advanced. ", "The rebels said the regime shelled the town. " };
        return string.Concat(Enumerable.Range(0, 12).Select(i =>
            JsonSerializer.Serialize(new { id = "doc-" + i, outlet = outlets[i % 2], text = texts[i % 2] + Words + " " + Address + "terrorists" + Words }) + "\n"));
    }
}
