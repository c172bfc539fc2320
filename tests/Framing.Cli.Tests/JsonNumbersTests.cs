using System.Text.Json;

namespace Framing.Cli.Tests;

/// <summary>
/// JSON output keeps numbers as numbers: in every array of row objects, a field that is a number in one row is a number
/// or null in every row (so pandas reads each numeric column as float64 and R's jsonlite as numeric), and no string
/// stands for a number ("Inf", "NaN").
/// </summary>
public sealed class JsonNumbersTests
{
    /// <summary>Two outlets where one never uses pole B: its odds ratio against the other is infinite.</summary>
    private static string InfiniteOddsCorpus(TempFolder temp)
    {
        var lines = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            lines.Add($"{{\"id\":\"a{i}\",\"outlet\":\"a\",\"text\":\"The terrorists attacked the town at dawn.\"}}");
            lines.Add($"{{\"id\":\"b{i}\",\"outlet\":\"b\",\"text\":\"The terrorists and the rebels met again in the town.\"}}");
        }

        return temp.Write("infinite.jsonl", string.Join('\n', lines) + "\n");
    }

    public static TheoryData<string> Commands => new()
    {
        "score",
        "score --per-document",
        "compare --bootstrap 200 --permutations 200",
        "compare {infinite} --bootstrap 200 --permutations 200",
        "compare {infinite} --pairs vs-rest --bootstrap 200 --permutations 200",
        "keyness --target al-minbar --measure logodds",
        "keyness --target al-minbar --measure chi2",
        "keyness --target al-minbar --measure g2",
        "keyness --target al-minbar --measure pmi",
        "keyness --target al-minbar --measure fisher",
        "keyness --target al-minbar --measure logratio",
        "keyness {infinite} --target a --measure fisher --min-count 1",
        "coverage",
        "kwic",
        "merge {state}",
        "check {infinite} --max-document-score armed-opposition=0.5 --group-range armed-opposition=0..0.5",
        "lexicons list",
        "lexicons show starter",
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryNumericFieldIsANumberOrNullInEveryRow(string command)
    {
        using var temp = new TempFolder();
        var infinite = InfiniteOddsCorpus(temp);
        var state = Path.Combine(temp.Path, "state.json");
        Assert.Equal(0, CliRunner.Run("score", "--save-state", state, "--bootstrap", "100", "-q").ExitCode);
        var args = command.Split(' ').Select(a => a.Replace("{infinite}", infinite, StringComparison.Ordinal).Replace("{state}", state, StringComparison.Ordinal)).ToList();

        var result = CliRunner.Run([.. args, "--format", "json"]);

        Assert.True(result.ExitCode is 0 or 1, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var arrays = RowArrays(json.RootElement).ToList();
        Assert.NotEmpty(arrays);
        foreach (var (path, rows) in arrays)
        {
            foreach (var field in rows.SelectMany(r => r.EnumerateObject().Select(p => p.Name)).Distinct(StringComparer.Ordinal))
            {
                var kinds = rows.Select(r => r.TryGetProperty(field, out var v) ? v.ValueKind : JsonValueKind.Null).Where(k => k != JsonValueKind.Null).Distinct().ToList();
                Assert.True(
                    !kinds.Contains(JsonValueKind.Number) || kinds.Count == 1,
                    $"{command}: {path}.{field} mixes numbers with {string.Join(", ", kinds.Where(k => k != JsonValueKind.Number))}");
                foreach (var row in rows)
                {
                    if (row.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
                    {
                        Assert.DoesNotMatch(@"^[-+]?(Inf|inf|Infinity|NaN|nan)$", value.GetString()!);
                    }
                }
            }
        }
    }

    [Fact]
    public void AnInfiniteOddsRatioIsNullAndFlaggedInJsonAndInfInCsv()
    {
        using var temp = new TempFolder();
        var corpus = InfiniteOddsCorpus(temp);

        var json = CliRunner.Run("compare", corpus, "--format", "json", "--bootstrap", "200", "--permutations", "200");
        var csv = CliRunner.Run("compare", corpus, "--format", "csv", "--bootstrap", "200", "--permutations", "200");

        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Out);
        var rows = document.RootElement.GetProperty("rows").EnumerateArray().ToList();
        var csvRows = Csv.Parse(csv.Out);
        Assert.Equal(csvRows.Count, rows.Count);
        var infinite = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var flag = rows[i].GetProperty("odds_ratio_infinite");
            var odds = rows[i].GetProperty("odds_ratio");
            switch (csvRows[i]["odds_ratio"])
            {
                case "Inf":
                    infinite++;
                    Assert.Equal(JsonValueKind.True, flag.ValueKind);
                    Assert.Equal(JsonValueKind.Null, odds.ValueKind);
                    Assert.Equal(JsonValueKind.Null, rows[i].GetProperty("or_ci_high").ValueKind);
                    Assert.Equal("Inf", csvRows[i]["or_ci_high"]);
                    Assert.Equal(JsonValueKind.Number, rows[i].GetProperty("or_ci_low").ValueKind);
                    break;
                case "":
                    Assert.Equal(JsonValueKind.Null, flag.ValueKind);
                    Assert.Equal(JsonValueKind.Null, odds.ValueKind);
                    break;
                default:
                    Assert.Equal(JsonValueKind.False, flag.ValueKind);
                    Assert.Equal(csvRows[i]["odds_ratio"], odds.GetRawText());
                    break;
            }
        }

        Assert.True(infinite > 0, "the corpus must give an infinite odds ratio");
        Assert.DoesNotContain("odds_ratio_infinite", csv.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInfiniteKeynessOddsRatioIsNullAndFlaggedInJsonAndInfInCsv()
    {
        using var temp = new TempFolder();
        var corpus = InfiniteOddsCorpus(temp);
        string[] args = ["keyness", corpus, "--target", "b", "--measure", "fisher", "--min-count", "1", "-q"];

        var json = CliRunner.Run([.. args, "--format", "json"]);
        var csv = CliRunner.Run([.. args, "--format", "csv"]);

        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Out);
        var rows = document.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("term").GetString()!);
        var csvRows = Csv.Parse(csv.Out).ToDictionary(r => r["term"]);
        Assert.Equal("Inf", csvRows["rebels"]["statistic"]);
        Assert.Equal(JsonValueKind.Null, rows["rebels"].GetProperty("statistic").ValueKind);
        Assert.Equal(JsonValueKind.True, rows["rebels"].GetProperty("statistic_infinite").ValueKind);
        var finite = rows.Values.First(r => r.GetProperty("statistic").ValueKind == JsonValueKind.Number);
        Assert.Equal(JsonValueKind.False, finite.GetProperty("statistic_infinite").ValueKind);
        Assert.DoesNotContain("statistic_infinite", csv.Out, StringComparison.Ordinal);
    }

    /// <summary>Every array of objects in the document, with its path.</summary>
    private static IEnumerable<(string Path, List<JsonElement> Rows)> RowArrays(JsonElement element, string path = "$")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    foreach (var found in RowArrays(property.Value, path + "." + property.Name))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonValueKind.Array:
                var items = element.EnumerateArray().ToList();
                if (items.Count > 0 && items.All(i => i.ValueKind == JsonValueKind.Object))
                {
                    yield return (path, items);
                }

                for (var i = 0; i < items.Count; i++)
                {
                    foreach (var found in RowArrays(items[i], $"{path}[{i}]"))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }
}
