using Framing.Cli.Output;

namespace Framing.Cli.Tests.Writers;

/// <summary>The table format is for terminals: a cell never carries a control character that a terminal would act on.</summary>
public sealed class TableOutputTests
{
    [Fact]
    public void ControlCharactersInCellsAreShownNotSentToTheTerminal()
    {
        var data = new TabularData(["group", "n"]);
        data.Add("red\u001b[31mtext", 1);
        data.Add("nul\0bell\u0007del\u007fc1\u009b", 2);
        data.Add("two\nlines\tand\rreturn", 3);
        data.Add("الجيش «العربي»", 4);
        var writer = new StringWriter { NewLine = "\n" };

        TableOutput.Write(writer, data);
        var text = writer.ToString();

        Assert.DoesNotContain(text, c => char.IsControl(c) && c != '\n');
        Assert.Contains("red\uFFFD[31mtext", text, StringComparison.Ordinal);
        Assert.Contains("nul\uFFFDbell\uFFFDdel\uFFFDc1\uFFFD", text, StringComparison.Ordinal);
        Assert.Contains("two\u240Alines\u2409and\u240Dreturn", text, StringComparison.Ordinal); // white space shown as signs, as in Markdown
        Assert.Contains("الجيش «العربي»", text, StringComparison.Ordinal);
        Assert.Equal(6, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void BidiControlsInACellAreShownAndCannotReorderTheRestOfTheLine()
    {
        // An override (U+202E) or an unmatched isolate end (U+2069) in a name would reverse or un-isolate every column
        // after it in a terminal that applies the bidirectional algorithm; it is shown as U+FFFD like other controls.
        var data = new TabularData(["group", "n"]);
        data.Add("\u202Eevil", 1L);
        data.Add("ok\u2069\u202Dx\u2066y\u202A\u202B\u202C\u2067\u2068", 2L);
        data.Add("line\u2028sep\u2029para", 3L);
        var writer = new StringWriter();

        TableOutput.Write(writer, data);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // The line and paragraph separators are white space a terminal would break the line at: shown by their code points.
        const string separators = "line\u27E8U+2028\u27E9sep\u27E8U+2029\u27E9para";
        Assert.Equal("group".PadRight(separators.Length) + "  n", lines[0]);
        Assert.Equal("\uFFFDevil".PadRight(separators.Length) + "  1", lines[2]);
        Assert.Equal("ok\uFFFD\uFFFDx\uFFFDy\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD".PadRight(separators.Length) + "  2", lines[3]);
        Assert.Equal(separators + "  3", lines[4]);
    }

    [Fact]
    public void WideCharactersTakeTwoColumnsAndZeroWidthOnesNone()
    {
        // A terminal shows CJK ideographs, kana, Hangul, fullwidth forms and most emoji in two columns; counted as one,
        // they pushed every column after them out of line.
        var data = new TabularData(["group", "n"]);
        data.Add("漢字ニュース", 1L);
        data.Add("ＡＢ한글", 2L);
        data.Add("news 📰", 3L);
        data.Add("zero\u2060width\u0301", 4L); // a word joiner and a combining acute: no column each
        data.Add("plain", 5L);
        var writer = new StringWriter();

        TableOutput.Write(writer, data);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("group         n", lines[0]);
        Assert.Equal("------------  -", lines[1]);
        Assert.Equal("漢字ニュース  1", lines[2]);
        Assert.Equal("ＡＢ한글      2", lines[3]);
        Assert.Equal("news 📰       3", lines[4]);
        Assert.Equal("zero\u2060width\u0301     4", lines[5]);
        Assert.Equal("plain         5", lines[6]);
    }

    [Fact]
    public void AZeroWidthSpaceIsShownByItsCodePoint()
    {
        // "terr" U+200B "orists" showed as "terrorists", though a zero-width space separates words as a space does (the
        // pattern is the phrase "terr orists"): shown as the white space it is, by its code point.
        var data = new TabularData(["pattern", "n"]);
        data.Add("terr\u200Borists", 1L);
        var writer = new StringWriter { NewLine = "\n" };

        TableOutput.Write(writer, data);

        const string Shown = "terr\u27E8U+200B\u27E9orists";
        Assert.Equal($"{"pattern".PadRight(Shown.Length)}  n\n{new string('-', Shown.Length)}  -\n{Shown}  1\n", writer.ToString());
    }

    [Fact]
    public void ACellWithARightToLeftMarkIsIsolatedToo()
    {
        // U+200F (RLM) is a strong right-to-left character without being a letter: a Latin cell ending in it made the
        // spaces and the number after it one right-to-left run, which a bidi-aware terminal showed reversed (the count
        // before the padding). Like a cell with Arabic letters, it is now wrapped in FSI … PDI.
        var data = new TabularData(["group", "n"]);
        data.Add("x\u200F", 5L);
        var writer = new StringWriter();

        TableOutput.Write(writer, data);

        Assert.Equal("group  n\n-----  -\n\u2068x\u200F\u2069      5\n", writer.ToString());
    }
}
