using System.Text;

namespace Framing.Cli.Tests;

/// <summary>The small cases of the load and bad-input checks (the large ones are run by hand; see the notes).</summary>
public sealed class LoadAndBadInputTests
{
    [Fact]
    public void HundredThousandTinyDocumentsAreAllCounted()
    {
        using var temp = new TempFolder();
        var b = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            b.Append("{\"id\":").Append(i).Append(",\"outlet\":\"o").Append(i % 7).Append("\",\"text\":\"").Append(i % 3 == 0 ? "rebels" : "regime").Append("\"}\n");
        }

        var path = temp.Write("tiny.jsonl", b.ToString());
        var result = CliRunner.Run("score", path, "--format", "csv", "--parallel", "2", "--bootstrap", "100");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("scored 100000 documents in 7 groups", result.Error, StringComparison.Ordinal);
        var rows = Csv.Parse(result.Out).Where(r => r["dimension"] == "government-forces").ToList();
        Assert.Equal(100_000 - 33_334, rows.Sum(r => long.Parse(r["count_b"], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void AMostlyBinaryFileIsOneErrorOrEveryLineCounted()
    {
        using var temp = new TempFolder();
        var random = new Random(3);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);
        var good = "{\"id\":\"ok\",\"outlet\":\"a\",\"text\":\"rebels\"}\n"u8.ToArray();
        var path = temp.WriteBytes("binary.jsonl", [.. good, .. bytes]);
        var lines = 1 + bytes.Count(x => x == (byte)'\n') + (bytes[^1] == (byte)'\n' ? 0 : 1);

        var strict = CliRunner.Run("score", path);
        Assert.Equal(2, strict.ExitCode);
        Assert.Matches(@"^framing: error: .*binary\.jsonl:2: ", Assert.Single(strict.ErrorLines));

        var lenient = CliRunner.Run("score", path, "--skip-invalid", "--format", "csv");
        Assert.Equal(0, lenient.ExitCode);
        var summary = lenient.ErrorLines[^1];
        var scored = int.Parse(System.Text.RegularExpressions.Regex.Match(summary, @"scored (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var rejected = int.Parse(System.Text.RegularExpressions.Regex.Match(summary, @"rejected (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, scored);

        // Every non-blank line is a document or a rejection: nothing is lost.
        var text = Encoding.Latin1.GetString([.. good, .. bytes]);
        var nonBlank = text.Split('\n').Count(l => l.Trim(' ', '\t', '\r').Length > 0);
        Assert.Equal(nonBlank, scored + rejected);
        Assert.True(lines >= nonBlank);
    }

    [Fact]
    public void ATruncatedLastLineIsReportedWithItsLine()
    {
        using var temp = new TempFolder();
        var path = temp.Write("cut.jsonl", "{\"id\":1,\"outlet\":\"a\",\"text\":\"rebels\"}\n{\"id\":2,\"outlet\":\"a\",\"text\":\"the reg");
        var strict = CliRunner.Run("score", path);
        Assert.Equal(2, strict.ExitCode);
        Assert.Contains(path + ":2: malformed JSON", Assert.Single(strict.ErrorLines), StringComparison.Ordinal);
        var lenient = CliRunner.Run("score", path, "--skip-invalid");
        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("scored 1 document in 1 group from", lenient.Error, StringComparison.Ordinal);
        Assert.Contains("rejected 1", lenient.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ALongSingleDocumentScoresLikeItsParagraphs()
    {
        using var temp = new TempFolder();
        var paragraph = "The regime shelled the rebels near the city. Government forces advanced.\\n";
        var repeat = 40_000; // about 3 MB: several scoring chunks
        var path = temp.Write("long.jsonl", "{\"id\":\"long\",\"outlet\":\"a\",\"text\":\"" + string.Concat(Enumerable.Repeat(paragraph, repeat)) + "\"}\n");
        var rows = Csv.Parse(CliRunner.Run("score", path, "--format", "csv", "-q").Out);
        var forces = rows.Single(r => r["dimension"] == "government-forces");
        Assert.Equal(repeat.ToString(System.Globalization.CultureInfo.InvariantCulture), forces["count_a"]);
        Assert.Equal(repeat.ToString(System.Globalization.CultureInfo.InvariantCulture), forces["count_b"]);
        Assert.Equal((11L * repeat).ToString(System.Globalization.CultureInfo.InvariantCulture), forces["tokens"]);
    }
}
