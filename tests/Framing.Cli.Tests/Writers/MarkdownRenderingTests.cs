using Framing.Cli.Output;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Framing.Cli.Tests.Writers;

/// <summary>
/// Every cell of <c>--format markdown</c> renders as the literal value it holds: parsed by a CommonMark parser with
/// GFM's pipe tables and strikethrough (single and double tilde, as GitHub reads them), a cell is plain text, never
/// emphasis (<c>*Al_Watan*</c> was rendered in italics), strikethrough, a code span, a link, an entity or HTML.
/// </summary>
public sealed class MarkdownRenderingTests
{
    private static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough | Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Subscript)
        .Build();

    public static TheoryData<string> Values() =>
    [
        "*Al_Watan*",
        "_Al Watan_",
        "__strong__",
        "**strong**",
        "a*b*c",
        "snake_case_name",
        "~struck~",
        "~~struck~~",
        "$x$ and $$y$$",
        "`code`",
        "``a|b``",
        "<b>bold</b>",
        "<https://example.org>",
        "&amp; &lt; &#42;",
        "[link](https://example.org)",
        "![image](x.png)",
        "[ref]",
        "# heading",
        "#",
        "> quote",
        "- item",
        "1. item",
        "back\\slash\\",
        "\\*not\\_emphasis\\*",
        "a | b",
        "*",
        "حرر*",
        "***",
        "x\\",
    ];

    [Theory]
    [MemberData(nameof(Values))]
    public void ACellRendersAsTheValueItHolds(string value)
    {
        var data = new TabularData(["group", "count"]);
        data.Add(value, 1L);
        var writer = new StringWriter();

        MarkdownOutput.Write(writer, data);

        Assert.Equal([["group", "count"], [value, "1"]], RenderedCells(writer.ToString()));
    }

    [Fact]
    public void EveryCommandsMarkdownShowsAnOutletNameAsItIs()
    {
        using var folder = new TempFolder();
        string[] outlets = ["*Al_Watan*", "~~The Wire~~", "_Daily_"];
        var lines = new System.Text.StringBuilder();
        for (var i = 0; i < 15; i++)
        {
            var outlet = outlets[i % 3];
            lines.Append("{\"id\":\"").Append(outlet).Append('-').Append(i)
                .Append("\",\"outlet\":\"").Append(outlet).Append("\",\"text\":\"The rebels and the terrorists fought the regime forces near the town.\"}\n");
        }

        var corpus = folder.Write("c.jsonl", lines.ToString());
        string[][] runs =
        [
            ["score", corpus, "--bootstrap", "10"],
            ["score", corpus, "--per-document"],
            ["compare", corpus, "--bootstrap", "10", "--permutations", "10"],
            ["keyness", corpus, "--target", "*Al_Watan*"],
            ["coverage", corpus],
            ["kwic", corpus],
        ];
        foreach (var run in runs)
        {
            var result = CliRunner.Run([.. run, "-f", "markdown", "-q"]);

            Assert.True(result.ExitCode == 0, string.Join(' ', run) + ": " + result.Error);
            var cells = RenderedCells(result.Out).SelectMany(r => r).ToHashSet(StringComparer.Ordinal);
            if (run[0] != "keyness") // its rows are terms; the target is named only on standard error
            {
                Assert.Contains("*Al_Watan*", cells);
                Assert.Contains("~~The Wire~~", cells);
                Assert.Contains("_Daily_", cells);
            }
        }
    }

    /// <summary>The cells of the one table in <paramref name="markdown"/> as a renderer shows them; a cell holding
    /// anything but plain text (emphasis, a code span, a link, HTML, an entity) fails.</summary>
    private static List<List<string>> RenderedCells(string markdown)
    {
        var document = Markdown.Parse(markdown, Gfm);
        var table = Assert.IsType<Table>(Assert.Single(document));
        var rows = new List<List<string>>();
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = new List<string>();
            foreach (var cell in row.OfType<TableCell>())
            {
                var text = new System.Text.StringBuilder();
                foreach (var block in cell)
                {
                    var paragraph = Assert.IsType<ParagraphBlock>(block);
                    foreach (var inline in paragraph.Inline!.Descendants())
                    {
                        var literal = Assert.IsType<LiteralInline>(inline);
                        text.Append(literal.Content.ToString());
                    }
                }

                cells.Add(text.ToString());
            }

            rows.Add(cells);
        }

        return rows;
    }
}
