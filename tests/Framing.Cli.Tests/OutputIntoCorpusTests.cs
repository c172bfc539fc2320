namespace Framing.Cli.Tests;

/// <summary>An output naming a document file of a folder or manifest corpus is refused, not written over the document
/// (it was: the article became the score table, and the next run scored the table as news).</summary>
public sealed class OutputIntoCorpusTests
{
    [Theory]
    [InlineData("-o")]
    [InlineData("--save-state")]
    public void AnOutputNamingADocumentOfAFolderCorpusIsRefusedAndTheDocumentKept(string option)
    {
        using var temp = new TempFolder();
        var document = temp.Write("corpus/outlet-a/a1.txt", "Rebels overran the town.");
        temp.Write("corpus/outlet-b/b1.txt", "Terrorists were cleansed.");
        var result = CliRunner.Run("score", System.IO.Path.Combine(temp.Path, "corpus"), option, document, "--bootstrap", "0");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("framing: error: ", line, StringComparison.Ordinal);
        Assert.EndsWith("a1.txt: " + (option == "-o" ? "the output (-o)" : "the state (--save-state)") + " is this document of the corpus; write it to another file", line, StringComparison.Ordinal);
        Assert.Equal("Rebels overran the town.", File.ReadAllText(document));
    }

    [Fact]
    public void AnOutputNamingAFileOfAManifestIsRefusedAtItsLine()
    {
        using var temp = new TempFolder();
        var document = temp.Write("docs/m1.txt", "Rebels overran the town.");
        var manifest = temp.Write("m.csv", "id,outlet,file\n1,outlet-a,docs/m1.txt\n");
        var result = CliRunner.Run("kwic", manifest, "-f", "csv", "-o", document);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {manifest}:2: docs/m1.txt: the output (-o) is this document of the corpus; write it to another file", Assert.Single(result.ErrorLines));
        Assert.Equal("Rebels overran the town.", File.ReadAllText(document));
    }

    [Fact]
    public void AnOutputBesideTheDocumentsIsWritten()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/outlet-a/a1.txt", "Rebels overran the town.");
        var output = System.IO.Path.Combine(temp.Path, "corpus", "scores.csv");
        var result = CliRunner.Run("score", System.IO.Path.Combine(temp.Path, "corpus"), "-o", output, "-f", "csv", "--bootstrap", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("group,dimension,", File.ReadAllText(output), StringComparison.Ordinal);
    }
}
