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
        Assert.Contains("two lines and return", text, StringComparison.Ordinal);
        Assert.Contains("الجيش «العربي»", text, StringComparison.Ordinal);
        Assert.Equal(6, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
