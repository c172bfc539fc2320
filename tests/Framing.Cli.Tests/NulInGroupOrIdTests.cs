namespace Framing.Cli.Tests;

/// <summary>
/// A document whose group or id holds U+0000 (NUL) is a bad record in every reader, named by its file, line and field:
/// written to CSV, R's <c>read.csv</c> would cut the cell at the NUL (<c>al\0watan</c> read back as <c>al</c>, merged with
/// a group <c>al</c>). With <c>--skip-invalid</c> it is skipped and counted, never scored under a cut name.
/// </summary>
public sealed class NulInGroupOrIdTests : IDisposable
{
    private const string Message = "holds U+0000 (NUL), which R's read.csv cuts a CSV cell at: remove it from the record";

    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string, string> Cases() => new()
    {
        { "jsonl", "outlet" },
        { "jsonl", "id" },
        { "csv", "outlet" },
        { "csv", "id" },
        { "tsv", "outlet" },
        { "tsv", "id" },
        { "manifest", "outlet" },
        { "manifest", "id" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ANulInTheGroupOrIdIsABadRecordNamingFileLineAndField(string format, string field)
    {
        var corpus = Write(format, field);
        var line = format == "jsonl" ? 2 : 3; // after the header of a CSV, TSV or manifest

        var strict = CliRunner.Run("score", corpus, "--format", "csv", "--bootstrap", "0");
        var skipping = CliRunner.Run("score", corpus, "--format", "csv", "--bootstrap", "0", "--skip-invalid", "--per-document");

        Assert.Equal(2, strict.ExitCode);
        Assert.Equal($"framing: error: {corpus}:{line}: field \"{field}\" {Message} (use --skip-invalid to skip bad records)", Assert.Single(strict.ErrorLines));
        Assert.Equal(0, skipping.ExitCode);
        Assert.Equal($"framing: warning: skipped {corpus}:{line}: field \"{field}\" {Message}", skipping.ErrorLines[0]);
        Assert.EndsWith("scored 2 documents in 2 groups from " + corpus + "; rejected 1", skipping.ErrorLines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain('\0', skipping.Out);
    }

    /// <summary>Three documents, the second with a NUL in <paramref name="field"/>.</summary>
    private string Write(string format, string field)
    {
        string[][] rows =
        [
            ["d1", "north", "The rebels advanced on the town."],
            field == "id" ? ["d\02", "south", "The regime forces held the town."] : ["d2", "so\0uth", "The regime forces held the town."],
            ["d3", "south", "The terrorists shelled the town."],
        ];
        switch (format)
        {
            case "jsonl":
                return _dir.Write("c.jsonl", string.Concat(rows.Select(r => $"{{\"id\":\"{Json(r[0])}\",\"outlet\":\"{Json(r[1])}\",\"text\":\"{r[2]}\"}}\n")));
            case "csv":
            case "tsv":
                var separator = format == "csv" ? "," : "\t";
                return _dir.Write("c." + format, "id" + separator + "outlet" + separator + "text\n" + string.Concat(rows.Select(r => string.Join(separator, r) + "\n")));
            default:
                for (var i = 0; i < rows.Length; i++)
                {
                    _dir.Write($"docs/{i}.txt", rows[i][2]);
                }

                return _dir.Write("manifest.csv", "file,id,outlet\n" + string.Concat(rows.Select((r, i) => $"docs/{i}.txt,{r[0]},{r[1]}\n")));
        }
    }

    private static string Json(string value) => value.Replace("\0", "\\u0000", StringComparison.Ordinal);
}
