namespace Framing.Cli.Tests;

/// <summary><c>framing lexicons show</c> shows what the file documents (pole and entry examples, the dimension's
/// description) and writes the file's own text on safe terminal lines (invented lexicon).</summary>
public sealed class LexiconsShowTextTests
{
    private const string Lexicon = """
        id: adv
        version: 0.1.0
        title: "Evil \e[2J\e[31mtitle"
        description: Tests.
        license: CC-BY-4.0
        authors: ["A\rB"]
        languages: [en]
        citation: "cite\nme"
        validation:
          status: not-validated
          note: "note \e]0;pwned\a"
        dimensions:
          - id: dim1
            description: First dimension.
            poles:
              a: { id: alpha, label: Alpha, description: Alpha pole., examples: [terrorists, gangs] }
              b: { id: beta, label: Beta, description: Beta pole. }
        entries:
          - { lang: en, pattern: terrorists, dimension: dim1, pole: alpha, note: n, examples: ["terrorists shelled the town", "the terrorists"] }
        """;

    [Fact]
    public void TheHeaderLinesHoldNoControlCharacter()
    {
        // The title, authors, citation and note were written raw: ESC [2J clears a terminal, OSC 0 sets its title.
        using var temp = new TempFolder();
        var path = temp.Write("esc.yaml", Lexicon);

        foreach (var format in new[] { "table", "markdown" })
        {
            var result = CliRunner.Run("lexicons", "show", path, "--format", format);

            Assert.Equal(0, result.ExitCode);
            Assert.DoesNotContain(result.Out, c => char.IsControl(c) && c is not '\n' and not '\r');
            Assert.Contains("adv 0.1.0: Evil \uFFFD[2J\uFFFD[31mtitle", result.Out, StringComparison.Ordinal);
            Assert.Contains("authors A B;", result.Out, StringComparison.Ordinal);
            Assert.Contains("cite as: cite me", result.OutLines);
            Assert.Contains("  note \uFFFD]0;pwned\uFFFD", result.OutLines);
        }
    }

    [Fact]
    public void PolesShowTheirExamplesAndTheDimensionsDescription()
    {
        using var temp = new TempFolder();
        var path = temp.Write("ex.yaml", Lexicon);

        var rows = Csv.Parse(CliRunner.Run("lexicons", "show", path, "--format", "csv").Out);

        Assert.Equal(["terrorists | gangs", ""], rows.Select(r => r["examples"]));
        Assert.All(rows, r => Assert.Equal("First dimension.", r["dimension_description"]));
    }

    [Fact]
    public void EntriesShowTheirExamples()
    {
        using var temp = new TempFolder();
        var path = temp.Write("ex.yaml", Lexicon);

        var row = Assert.Single(Csv.Parse(CliRunner.Run("lexicons", "show", path, "--entries", "--format", "csv").Out));

        Assert.Equal("terrorists shelled the town | the terrorists", row["examples"]);
    }

    [Fact]
    public void ValidateWritesTheFilesTextOnSafeLines()
    {
        // A dimension id with an ESC sequence is an error that quotes the id: it reached the terminal raw.
        using var temp = new TempFolder();
        var path = temp.Write("bad.yaml", Lexicon.Replace("- id: dim1", "- id: \"d\\e[2Jim\"", StringComparison.Ordinal));

        var result = CliRunner.Run("lexicons", "validate", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("d\uFFFD[2Jim", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Out, c => char.IsControl(c) && c is not '\n' and not '\r');
    }
}
