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
    public void PipesAndBackslashesAreEscapedAndLineBreaksShown()
    {
        var data = new TabularData(["group", "count"]);
        data.Add("x\\|y", 1L);
        data.Add("back\\", 2L);
        data.Add("p|q\nr", 3L);
        var writer = new StringWriter();

        MarkdownOutput.Write(writer, data);

        Assert.Equal(
            "| group | count |\n| --- | ---: |\n| x\\\\\\|y | 1 |\n| back\\\\ | 2 |\n| p\\|q\u240Ar | 3 |\n",
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
            + "| tab\u2409line\u27E8U+2028\u27E9para\u27E8U+2029\u27E9cr\u240D | 3 |\n",
            writer.ToString());
        for (var c = '\0'; c < '\uFFFF'; c++)
        {
            // Every character the table replaces, Markdown replaces the same way, but for the white space it shows as a
            // sign (a tab, a line break).
            var flattened = TerminalText.Flatten(c.ToString());
            if (flattened != c.ToString() && Framing.Reports.VisibleSpace.Of(c.ToString()) == c.ToString())
            {
                Assert.Equal(flattened, MarkdownOutput.Escape(c.ToString()));
            }
        }
    }

    [Fact]
    public void NamesThatDifferOnlyInWhiteSpaceDoNotLookAlike()
    {
        // Before, "Al\tWatan" was written "Al Watan", and a rendered table drops the trailing space of "Al Watan " and
        // collapses the double space of "Al  Watan": five outlets showed as one name.
        string[] names = ["Al Watan", "Al Watan ", "Al  Watan", "Al\tWatan", "Al\u00A0Watan", " Al Watan"];
        var cells = names.Select(MarkdownOutput.Escape).ToList();

        Assert.Equal(["Al Watan", "Al Watan\u2420", "Al\u2420\u2420Watan", "Al\u2409Watan", "Al\u237DWatan", "\u2420Al Watan"], cells);
        Assert.Equal(names.Length, cells.Select(c => string.Join(' ', c.Split(' ', StringSplitOptions.RemoveEmptyEntries))).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void AZeroWidthSpaceIsShownByItsCodePoint()
    {
        // A zero-width space separates words as a space does but shows as nothing: "terr" U+200B "orists" (a pattern
        // read as "terr orists") and "AlWatan" with one looked like "terrorists" and "AlWatan".
        Assert.Equal("terr\u27E8U+200B\u27E9orists", MarkdownOutput.Escape("terr\u200Borists"));
        Assert.Equal("Al\u27E8U+200B\u27E9Watan", MarkdownOutput.Escape("Al\u200BWatan"));
    }
}
