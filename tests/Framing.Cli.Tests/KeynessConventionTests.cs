using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Framing.Cli.Tests;

/// <summary>
/// <c>framing keyness</c> writes quanteda's values (see Framing.Statistics.Tests.KeynessTests for the R transcription
/// of quanteda's code), and writes an infinite statistic exactly as <c>framing compare</c> writes one.
/// </summary>
public sealed class KeynessConventionTests
{
    /// <summary>
    /// Outlet x: 4 documents "Rebels said rebels held it." (rebels 2, said 1, held 1, it 1: 5 terms each); outlet y: 4
    /// documents "Soldiers said they held it." (5 terms each, no "rebels"). So rebels: a = 8, b = 0, tN = rN = 20.
    /// </summary>
    private static string Corpus()
    {
        var b = new StringBuilder();
        for (var i = 0; i < 4; i++)
        {
            b.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"x{i}\",\"outlet\":\"x\",\"text\":\"Rebels said rebels held it.\"}}\n");
            b.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"y{i}\",\"outlet\":\"y\",\"text\":\"Soldiers said they held it.\"}}\n");
        }

        return b.ToString();
    }

    private static Dictionary<string, string> Row(string measure, string term, params string[] extra)
    {
        using var temp = new TempFolder();
        var path = temp.Write("c.jsonl", Corpus());
        var result = CliRunner.Run(["keyness", path, "--target", "x", "--reference", "y", "--measure", measure, "--min-count", "1", "--format", "csv", .. extra]);
        Assert.True(result.ExitCode == 0, result.Error);
        return Csv.Parse(result.Out).Single(r => r["term"] == term);
    }

    [Fact]
    public void PmiOfATermAbsentFromTheTargetIsQuantedasLogOffset()
    {
        // R: qk(0, 4, 20, 20, "pmi") -> log(0/E + 1e-9) = -20.7232658369464 (quanteda's value; not -Inf, not empty)
        var row = Row("pmi", "soldiers");
        Assert.Equal("-20.723266", row["statistic"]);
        Assert.Equal(string.Empty, row["p"]);
    }

    [Fact]
    public void WilliamsAndYatesFollowQuanteda()
    {
        // said: a = 4, b = 4 of 20 each: exactly as expected, quanteda's sign -1 gives chi2 -0, written 0.
        // rebels: a = 8, b = 0, tN = rN = 20; a zero cell, so Williams' q = 1 and williams = none:
        // R: qk(8,0,20,20,"chi2","none") -> 10; qk(8,0,20,20,"chi2") -> 7.65625 (= "yates");
        //    qk(8,0,20,20,"lr","williams") -> 13.1117272746848 (= "none"); qk(4,4,20,20,"chi2") -> -0
        Assert.Equal("0", Row("chi2", "said")["statistic"]);
        Assert.Equal("10", Row("chi2", "rebels", "--correction", "none")["statistic"]);
        Assert.Equal("10", Row("chi2", "rebels", "--correction", "williams")["statistic"]);
        Assert.Equal("7.65625", Row("chi2", "rebels", "--correction", "yates")["statistic"]);
        Assert.Equal("7.65625", Row("chi2", "rebels")["statistic"]);
        Assert.Equal(Row("g2", "rebels", "--correction", "none")["statistic"], Row("g2", "rebels", "--correction", "williams")["statistic"]);
        Assert.Equal("13.111727", Row("g2", "rebels", "--correction", "none")["statistic"]);
    }

    [Fact]
    public void AnInfiniteFisherOddsRatioIsWrittenAsCompareWritesOne()
    {
        // rebels: 8 in x, 0 in y, so the conditional odds ratio is infinite (R: fisher.test(matrix(c(8,0,12,20),2))$estimate -> Inf).
        Assert.Equal("Inf", Row("fisher", "rebels")["statistic"]);

        using var temp = new TempFolder();
        var keynessPath = temp.Write("k.jsonl", Corpus());
        var keyness = CliRunner.Run("keyness", keynessPath, "--target", "x", "--reference", "y", "--measure", "fisher", "--min-count", "1", "--format", "json");
        Assert.True(keyness.ExitCode == 0, keyness.Error);

        // compare: x has 3 "state" (pole A) and 0 "regime" (pole B) matches, y 1 and 3: odds ratio (3*3)/(0*1) = Inf,
        // its upper limit too (R: fisher.test(matrix(c(3,1,0,3),2)) -> estimate Inf, conf.int 0.3700362 Inf).
        var compareText = new StringBuilder();
        for (var i = 0; i < 3; i++)
        {
            compareText.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"x{i}\",\"outlet\":\"x\",\"text\":\"Government forces advanced.\"}}\n");
            compareText.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"y{i}\",\"outlet\":\"y\",\"text\":\"The regime advanced.\"}}\n");
        }

        compareText.Append("{\"id\":\"y3\",\"outlet\":\"y\",\"text\":\"Government forces advanced.\"}\n");
        var comparePath = temp.Write("c.jsonl", compareText.ToString());
        var compare = CliRunner.Run("compare", comparePath, "--format", "json", "--permutations", "99");
        Assert.True(compare.ExitCode == 0, compare.Error);
        var compareCsv = Csv.Parse(CliRunner.Run("compare", comparePath, "--format", "csv", "--permutations", "99").Out)
            .Single(r => r["dimension"] == "government-forces" && r["comparison"] == "pair");
        Assert.Equal("Inf", compareCsv["odds_ratio"]);

        using var keynessJson = JsonDocument.Parse(keyness.Out);
        using var compareJson = JsonDocument.Parse(compare.Out);
        var keynessInfinity = keynessJson.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("term").GetString() == "rebels").GetProperty("statistic");
        var compareInfinity = compareJson.RootElement.GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("dimension").GetString() == "government-forces" && r.GetProperty("comparison").GetString() == "pair").GetProperty("odds_ratio");
        Assert.Equal(compareInfinity.ValueKind, keynessInfinity.ValueKind);
        Assert.Equal(compareInfinity.GetRawText(), keynessInfinity.GetRawText());
    }
}
