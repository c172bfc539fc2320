using Framing.Cli.Output;

namespace Framing.Cli.Tests.Writers;

/// <summary>
/// Markdown cells render as the text they hold in a GFM table (as cmark-gfm, GitHub and R's commonmark render it): a
/// pipe is escaped, and so is a backslash, which would otherwise escape the pipe after it and vanish (<c>x\|y</c> was
/// written <c>x\\|y</c> and rendered <c>x|y</c>).
/// </summary>
public sealed class MarkdownEscapeTests
{
    [Fact]
    public void PipesAndBackslashesAreEscapedAndLineBreaksFlattened()
    {
        var data = new TabularData(["group", "count"]);
        data.Add("x\\|y", 1L);
        data.Add("back\\", 2L);
        data.Add("p|q\nr", 3L);
        var writer = new StringWriter();

        MarkdownOutput.Write(writer, data);

        Assert.Equal(
            "| group | count |\n| --- | ---: |\n| x\\\\\\|y | 1 |\n| back\\\\ | 2 |\n| p\\|q r | 3 |\n",
            writer.ToString());
    }

    [Fact]
    public void HtmlEntitiesCodeSpansAndLinksInACellAreShownAsText()
    {
        // Before, a name was written as it is: a Markdown renderer that passes HTML through (pandoc, MkDocs, VS Code's
        // preview) ran <script> and let </style> or <b> reach the page, &lt; rendered as <, a backtick pair made a code
        // span in which the backslash escapes showed, and [x](javascript:…) made a link.
        var data = new TabularData(["group", "count"]);
        data.Add("<script>alert(1)</script>", 1L);
        data.Add("</style><b>&lt;", 2L);
        data.Add("`a|b`", 3L);
        data.Add("[x](javascript:alert(1))", 4L);
        var writer = new StringWriter();

        MarkdownOutput.Write(writer, data);

        Assert.Equal(
            "| group | count |\n| --- | ---: |\n"
            + "| \\<script>alert(1)\\</script> | 1 |\n"
            + "| \\</style>\\<b>\\&lt; | 2 |\n"
            + "| \\`a\\|b\\` | 3 |\n"
            + "| \\[x\\](javascript:alert(1)) | 4 |\n",
            writer.ToString());
    }

    [Fact]
    public void ControlAndBidiCharactersAreReplacedAsTheTableFormatReplacesThem()
    {
        // Before, ESC, BEL, DEL, C1 controls (NEL) and bidi overrides in a name reached the terminal raw in Markdown (an
        // OSC sequence could set the window title), while the table format showed them as U+FFFD.
        var data = new TabularData(["group", "count"]);
        data.Add("out\u001B]0;pwned\u0007x", 1L);
        data.Add("del\u007Fnel\u0085bidi\u202Eiso\u2066", 2L);
        data.Add("tab\tline\u2028para\u2029cr\r", 3L);
        var writer = new StringWriter();

        MarkdownOutput.Write(writer, data);

        Assert.Equal(
            "| group | count |\n| --- | ---: |\n"
            + "| out\uFFFD\\]0;pwned\uFFFDx | 1 |\n"
            + "| del\uFFFDnel\uFFFDbidi\uFFFDiso\uFFFD | 2 |\n"
            + "| tab line para cr  | 3 |\n",
            writer.ToString());
        for (var c = '\0'; c < '\uFFFF'; c++)
        {
            // Every character the table replaces, Markdown replaces the same way.
            var flattened = TerminalText.Flatten(c.ToString());
            if (flattened != c.ToString())
            {
                Assert.Equal(flattened, MarkdownOutput.Escape(c.ToString()));
            }
        }
    }
}
