namespace Framing.Cli.Tests;

public sealed class KwicCommandTests
{
    [Fact]
    public void CsvRowsPointIntoTheOriginalText()
    {
        using var temp = new TempFolder();
        const string text = "قال مصدر إن «الثوار» صدّوا هجوم قُوّاتِ النظام، بينما تقدم الجيش العربي السوري.";
        var path = temp.Write("c.jsonl", "{\"id\":\"d1\",\"outlet\":\"o\",\"text\":\"" + text + "\"}\n");
        var result = CliRunner.Run("kwic", path, "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        var rows = Csv.Parse(result.Out);
        Assert.Equal(3, rows.Count);
        foreach (var row in rows)
        {
            var start = int.Parse(row["start"], System.Globalization.CultureInfo.InvariantCulture);
            var length = int.Parse(row["length"], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(text.Substring(start, length), row["match"]);
            Assert.DoesNotContain('\u2068', row["match"]);
        }

        Assert.Equal("quoted", rows.Single(r => r["match"] == "الثوار")["voice"]);
        Assert.Equal("قُوّاتِ النظام", rows.Single(r => r["pole"] == "regime")["match"]);
        Assert.Equal("editorial", rows.Single(r => r["pole"] == "regime")["voice"]);
    }

    [Fact]
    public void AMatchIsWrittenOnOneLineAsItsContextsAreAndStartAndLengthGiveItsExactSlice()
    {
        // Before: the match cell kept the NUL and ESC of "regime\0forces" (R's read.csv then lost the rest of the row:
        // NA offsets), where left and right had them as spaces; the table and Markdown showed them as U+FFFD.
        using var temp = new TempFolder();
        const string text = "The regime\u0000forces fled. The regime\u001bforces left.";
        var path = temp.Write("c.jsonl", "{\"id\":\"d1\",\"outlet\":\"o\",\"text\":" + System.Text.Json.JsonSerializer.Serialize(text) + "}\n");
        var csv = CliRunner.Run("kwic", path, "--format", "csv", "--pole", "regime", "--dimension", "government-forces", "-q");
        Assert.True(csv.ExitCode == 0, csv.Error);
        var rows = Csv.Parse(csv.Out);
        Assert.Equal(["regime forces", "regime forces"], rows.Select(r => r["match"]));
        Assert.Equal(
            ["regime\u0000forces", "regime\u001bforces"],
            rows.Select(r => text.Substring(int.Parse(r["start"], System.Globalization.CultureInfo.InvariantCulture), int.Parse(r["length"], System.Globalization.CultureInfo.InvariantCulture))));
        Assert.DoesNotContain(csv.Out, c => char.IsControl(c) && c is not '\n' and not '\r');

        foreach (var format in new[] { "table", "markdown", "json" })
        {
            var output = CliRunner.Run("kwic", path, "--format", format, "--pole", "regime", "--dimension", "government-forces", "-q").Out;
            Assert.DoesNotContain("\uFFFD", output, StringComparison.Ordinal);
            Assert.DoesNotContain("\\u0000", output, StringComparison.Ordinal);
            Assert.DoesNotContain("\\u001B", output, StringComparison.Ordinal);
            Assert.Contains("regime forces", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FiltersByDimensionAndPole()
    {
        var rows = Csv.Parse(CliRunner.Run("kwic", "--dimension", "government-forces", "--pole", "regime", "--format", "csv").Out);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("regime", r["pole"]));
        Assert.Equal(2, CliRunner.Run("kwic", "--dimension", "no-such").ExitCode);
    }

    [Fact]
    public void TableIsolatesArabicForTerminals()
    {
        var result = CliRunner.Run("kwic", "--dimension", "armed-opposition");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\u2068", result.Out, StringComparison.Ordinal);
        Assert.Contains("\u2069", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void WindowLimitsContextWords()
    {
        var rows = Csv.Parse(CliRunner.Run("kwic", "--window", "1", "--format", "csv").Out);
        Assert.All(rows, r => Assert.True(r["left"].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2, r["left"]));
        var none = Csv.Parse(CliRunner.Run("kwic", "--window", "0", "--format", "csv").Out);
        Assert.All(none, r => Assert.Equal(string.Empty, r["left"]));
    }

    [Fact]
    public void JsonSaysWhichLexiconAndFiltersMadeTheRowsAndHowManyDocumentsWereRead()
    {
        // Before, kwic's JSON held the rows alone: no lexicon, no corpus, no count of documents read or rejected.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"Rebels left the town.\"}\nnot json\n{\"id\":\"3\",\"outlet\":\"b\",\"text\":\"The regime shelled it.\"}\n");
        var result = CliRunner.Run("kwic", corpus, "--window", "2", "--status", "counted", "--format", "json", "--skip-invalid", "-q");
        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(
            ["lexicon", "corpus", "voice", "dimension", "pole", "status", "window", "rows", "matches", "documents_scored", "documents_rejected"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("starter", root.GetProperty("lexicon").GetProperty("id").GetString());
        Assert.Equal(corpus, root.GetProperty("corpus").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, root.GetProperty("dimension").ValueKind);
        Assert.Equal("counted", root.GetProperty("status").GetString());
        Assert.Equal(2, root.GetProperty("window").GetInt64());
        Assert.Equal(root.GetProperty("rows").GetArrayLength(), root.GetProperty("matches").GetInt64());
        Assert.True(root.GetProperty("matches").GetInt64() >= 2);
        Assert.Equal(2, root.GetProperty("documents_scored").GetInt64());
        Assert.Equal(1, root.GetProperty("documents_rejected").GetInt64());
    }
}
