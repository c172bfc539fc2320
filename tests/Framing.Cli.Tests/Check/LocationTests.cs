namespace Framing.Cli.Tests.Check;

/// <summary>Findings point at the line and column of the match in the original file.</summary>
public sealed class LocationTests
{
    private static readonly string[] PoleRule = ["--editorial-pole", "armed-opposition/terrorism", "--editorial-pole", "government-forces/regime"];

    [Fact]
    public void EnglishTextFileWithSeveralLinesAndLineEndings()
    {
        using var temp = new TempFolder();
        const string text = "Line one has nothing.\n"
            + "The terrorists attacked, officials said.\r\n"
            + "\n"
            + "Witnesses said “terrorists” fired, and «terrorists» too; later terrorists returned.\r"
            + "Regime forces withdrew.";
        var file = temp.Write("en.txt", text);
        var result = CliRunner.Run(["check", file, .. PoleRule]);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                $"{file}:2:5: editorial-term: error: armed-opposition/terrorism term in the editorial voice (lexicon entry terrorist*) \"terrorists\"",
                $"{file}:4:64: editorial-term: error: armed-opposition/terrorism term in the editorial voice (lexicon entry terrorist*) \"terrorists\"",
                $"{file}:5:1: editorial-term: error: government-forces/regime term in the editorial voice (lexicon entry regime forces) \"Regime forces\"",
            ],
            result.OutLines);

        // Independently: the reported column is where the word is on that line.
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r');
        Assert.Equal(63, lines[3].IndexOf("later terrorists", StringComparison.Ordinal) + "later ".Length);
    }

    [Fact]
    public void ArabicTextFileWithSeveralLines()
    {
        using var temp = new TempFolder();
        var file = temp.Write("ar.txt", "بيان اليوم.\nقال المتحدث إن الإرهابيين فروا.\nو«الإرهابيين» هنا مقتبسة، وكذلك “الإرهابيين”.\nوقصفت قوات النظام المدينة.\n");
        var result = CliRunner.Run(["check", file, .. PoleRule, "--format", "json"]);
        Assert.Equal(1, result.ExitCode);
        var findings = CheckHelpers.Findings(result);
        Assert.Equal(2, findings.Count);
        Assert.Equal((2, 16, 2, 26, "الإرهابيين"), (findings[0].Int("line"), findings[0].Int("column"), findings[0].Int("end_line"), findings[0].Int("end_column"), findings[0].Text("snippet")));
        Assert.Equal((4, 7, 4, 18, "قوات النظام"), (findings[1].Int("line"), findings[1].Int("column"), findings[1].Int("end_line"), findings[1].Int("end_column"), findings[1].Text("snippet")));
        Assert.Equal(file, findings[0].Text("file"));
    }

    [Fact]
    public void ByteOrderMarkIsNotAColumn()
    {
        using var temp = new TempFolder();
        var file = temp.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("terrorists fled")]);
        Assert.EndsWith("bom.txt:1:1: editorial-term: error: armed-opposition/terrorism term in the editorial voice (lexicon entry terrorist*) \"terrorists\"", Assert.Single(CliRunner.Run(["check", file, .. PoleRule]).OutLines), StringComparison.Ordinal);
    }

    [Fact]
    public void FolderOfTextFilesReportsEachFileUnderTheFolder()
    {
        using var temp = new TempFolder();
        temp.Write("articles/outlet-a/one.txt", "Quiet day.\nThe terrorists fled.\n");
        temp.Write("articles/outlet-b/two.txt", "The rebels advanced.\n");
        var folder = Path.Combine(temp.Path, "articles");
        var result = CliRunner.Run(["check", folder, .. PoleRule]);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(folder + "/outlet-a/one.txt:2:5: editorial-term: ", Assert.Single(result.OutLines), StringComparison.Ordinal);
    }

    [Fact]
    public void ManifestReportsTheTextFileItNames()
    {
        using var temp = new TempFolder();
        temp.Write("texts/one.txt", "Nothing.\nNothing.\nNow the terrorists.\n");
        var manifest = temp.Write("manifest.csv", "file,outlet\ntexts/one.txt,a\n");
        var result = CliRunner.Run(["check", manifest, .. PoleRule]);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(Path.Combine(temp.Path, "texts/one.txt") + ":3:9: editorial-term: ", Assert.Single(result.OutLines), StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLinesRecordGivesTheRecordLineAndTheColumnInItsText()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(
            CheckHelpers.Record("d1", "a", "Nothing to see."),
            string.Empty,
            CheckHelpers.Record("d2", "a", "Line one.\nRebels and the terrorists.")));
        var result = CliRunner.Run(["check", corpus, .. PoleRule, "--format", "json"]);
        var finding = Assert.Single(CheckHelpers.Findings(result));
        Assert.Equal((3, 26, 3, 36, "d2"), (finding.Int("line"), finding.Int("column"), finding.Int("end_line"), finding.Int("end_column"), finding.Text("document")));
    }

    [Fact]
    public void CsvRecordGivesTheRecordLineAndTheColumnInItsText()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.csv", "id,outlet,text\nd1,a,\"Quiet,\nstill quiet\"\nd2,a,\"The terrorists, they said.\"\n");
        var result = CliRunner.Run(["check", corpus, .. PoleRule]);
        Assert.Equal($"{corpus}:4:5: editorial-term: error: armed-opposition/terrorism term in the editorial voice (lexicon entry terrorist*) \"terrorists\"", Assert.Single(result.OutLines));
    }

    [Fact]
    public void SeveralInputsAreCheckedInOrder()
    {
        using var temp = new TempFolder();
        var first = temp.Write("b.txt", "The terrorists.\n");
        var second = temp.Write("a.jsonl", CheckHelpers.Record("d1", "x", "Regime forces.") + "\n");
        var result = CliRunner.Run(["check", first, second, .. PoleRule]);
        Assert.Equal(2, result.OutLines.Length);
        Assert.StartsWith(first + ":1:5:", result.OutLines[0], StringComparison.Ordinal);
        Assert.StartsWith(second + ":1:1:", result.OutLines[1], StringComparison.Ordinal);
    }
}
