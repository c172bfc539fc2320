namespace Framing.Cli.Tests;

public sealed class BadInputTests
{
    [Fact]
    public void MissingCorpusIsOneLineAndExitTwo()
    {
        var result = CliRunner.Run("score", "/no/such/corpus.jsonl");
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("framing: error: /no/such/corpus.jsonl", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedJsonLineNamesFileAndLine()
    {
        using var temp = new TempFolder();
        var path = temp.Write("c.jsonl", "{\"id\":1,\"outlet\":\"a\",\"text\":\"rebels\"}\n{\"id\":2,\"outlet\":\"a\",\"text\":\"rebels\"\n{\"id\":3,\"outlet\":\"b\",\"text\":\"regime\"}\n");
        var result = CliRunner.Run("score", path, "--format", "csv");
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains(path + ":2:", line, StringComparison.Ordinal);
        Assert.Contains("malformed JSON", line, StringComparison.Ordinal);
    }

    [Fact]
    public void SkipInvalidCountsRejectedDocuments()
    {
        using var temp = new TempFolder();
        var path = temp.Write("c.jsonl", "{\"id\":1,\"outlet\":\"a\",\"text\":\"rebels\"}\n{\"id\":2,\"outlet\":\"a\",\"text\":\"\"}\nnot json\n{\"id\":4,\"text\":\"regime\"}\n{\"id\":5,\"outlet\":\"b\",\"text\":\"regime\"}\n");
        var result = CliRunner.Run("score", path, "--format", "csv", "--skip-invalid");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("scored 2 documents", result.Error, StringComparison.Ordinal);
        Assert.Contains("rejected 3", result.Error, StringComparison.Ordinal);
        Assert.Contains(path + ":2: empty text", result.Error, StringComparison.Ordinal);
        Assert.Contains(path + ":3: malformed JSON", result.Error, StringComparison.Ordinal);
        Assert.Contains(path + ":4: missing field \"outlet\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8IsRejectedWithItsLine()
    {
        using var temp = new TempFolder();
        var bytes = new List<byte>();
        bytes.AddRange("{\"id\":1,\"outlet\":\"a\",\"text\":\"rebels\"}\n"u8.ToArray());
        bytes.AddRange("{\"id\":2,\"outlet\":\"a\",\"text\":\"bad \xff\xfe\"}\n"u8.ToArray().Where(b => b != 0));
        bytes.AddRange([0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x33, 0x2C, 0x22, 0x6F, 0x75, 0x74, 0x6C, 0x65, 0x74, 0x22, 0x3A, 0x22, 0x62, 0x22, 0x2C, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D, 0x0A]);
        var path = temp.WriteBytes("c.jsonl", [.. bytes]);
        var result = CliRunner.Run("score", path, "--format", "csv");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(path + ":3: invalid UTF-8", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingGroupFieldSuggestsBy()
    {
        using var temp = new TempFolder();
        var path = temp.Write("c.csv", "id,source,text\n1,a,rebels\n");
        var result = CliRunner.Run("score", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("outlet", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("score", path, "--by", "source", "-q").ExitCode);
    }

    [Theory]
    [InlineData("score", "--no-such-option")]
    [InlineData("score", "--format", "xml")]
    [InlineData("score", "--format")]
    [InlineData("frobnicate")]
    [InlineData("kwic", "--window", "many")]
    [InlineData("lexicons", "nope")]
    [InlineData("score", "a", "b")]
    public void UsageErrorsExitTwoWithOneLine(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("framing: error: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownLexiconIsAnInputError()
    {
        var result = CliRunner.Run("score", "--lexicon", "no-such-lexicon");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown lexicon 'no-such-lexicon'", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidLexiconFileNamesLineAndColumn()
    {
        using var temp = new TempFolder();
        var path = temp.Write("bad.yaml", "id: bad\nversion: 1\ntitle: t\ndescription: d\nlicense: MIT\nauthors: [me]\nlanguages: [en]\ndimensions:\n  - id: d\n    description: x\n    poles:\n      a: { id: p, label: P, description: p }\n      b: { id: q, label: Q, description: q }\nentries:\n  - { lang: en, pattern: foo, dimension: nope, pole: p, note: n }\n");
        var result = CliRunner.Run("score", "--lexicon", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(path + ":15:", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
