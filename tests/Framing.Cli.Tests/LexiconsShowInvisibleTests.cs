using System.Text.Json;

namespace Framing.Cli.Tests;

/// <summary>
/// <c>framing lexicons show --entries</c> with a pattern that a zero-width space splits: the table and Markdown showed
/// "terrorists", hiding the U+200B that makes the entry the phrase "terr orists"; CSV and JSON keep the data as written.
/// </summary>
public sealed class LexiconsShowInvisibleTests
{
    private const string Lexicon = """
        id: zwsp
        version: 1.0.0
        title: Pasted
        description: A pattern pasted from a web page.
        license: CC-BY-4.0
        authors: [Tester]
        languages: [en]
        dimensions:
          - id: naming
            description: How fighters are named.
            poles:
              a: { id: terror, label: Terror, description: Terror frame. }
              b: { id: rebel, label: Rebel, description: Rebel frame. }
        entries:
          - { lang: en, pattern: "terr\u200Borists", dimension: naming, pole: terror, note: pasted }
        """;

    [Theory]
    [InlineData("table")]
    [InlineData("markdown")]
    public void TheTableAndMarkdownShowTheZeroWidthSpace(string format)
    {
        using var temp = new TempFolder();
        var path = temp.Write("zwsp.yaml", Lexicon);

        var result = CliRunner.Run("lexicons", "show", path, "--entries", "--format", format);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("terr\u27E8U+200B\u27E9orists", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u200B", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvAndJsonKeepThePatternAsWritten()
    {
        using var temp = new TempFolder();
        var path = temp.Write("zwsp.yaml", Lexicon);

        var rows = Csv.Parse(CliRunner.Run("lexicons", "show", path, "--entries", "--format", "csv").Out);
        Assert.Equal("terr\u200Borists", Assert.Single(rows)["pattern"]);

        using var json = JsonDocument.Parse(CliRunner.Run("lexicons", "show", path, "--entries", "--format", "json").Out);
        Assert.Contains("\"terr\u200Borists\"", json.RootElement.ToString(), StringComparison.Ordinal);
    }
}
