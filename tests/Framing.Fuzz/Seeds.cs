using System.Text;
using Framing.Parquet;

namespace Framing.Fuzz;

/// <summary>
/// Small valid inputs for each target, for the fuzzer to start from (invented text; the lexicon seed is the shipped
/// starter lexicon, which the library holds).
/// </summary>
internal static class Seeds
{
    private const string English = "The regime shelled the rebels' positions, the opposition said. \"Terrorists\" were blamed.";
    private const string Arabic = "قالت المعارضة إن قوات النظام قصفت مواقع الفصائل، فيما أعلن الجيش السوري تحرير الحي.";

    /// <summary>The seeds of a target, by file name.</summary>
    /// <param name="target">A name of <see cref="FuzzTargets.All"/>.</param>
    /// <returns>Each seed's file name and bytes.</returns>
    public static IReadOnlyList<(string Name, byte[] Bytes)> For(string target) => target switch
    {
        "jsonl" =>
        [
            ("two.jsonl", Utf8($"{{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"{English.Replace("\"", "\\\"", StringComparison.Ordinal)}\"}}\n{{\"id\":\"2\",\"outlet\":\"b\",\"text\":\"{Arabic}\",\"language\":\"ar\"}}\n")),
            ("escapes.jsonl", Utf8("{\"id\":\"e\",\"outlet\":\"x\",\"text\":\"line\\nbreak \\u00e9 \\ud83d\\ude00 \\\"q\\\"\",\"n\":1.5,\"t\":true,\"z\":null}\n")),
        ],
        "csv" =>
        [
            ("two.csv", Utf8($"id,outlet,text\n1,a,\"{English.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n2,b,{Arabic.Replace("،", " ", StringComparison.Ordinal)}\n")),
            ("quoted.csv", Utf8("id,outlet,text,language\n\"3\",\"c\",\"multi\r\nline, \"\"quoted\"\"\",en\n")),
        ],
        "parquet" => [("two.parquet", Parquet())],
        "lexicon" =>
        [
            ("starter.yaml", Utf8(BuiltIn("starter"))),
        ],
        "text" => [("english.txt", Utf8(English)), ("arabic.txt", Utf8(Arabic)), ("mixed.txt", Utf8(English + "\n\n" + Arabic))],
        _ => throw new ArgumentException($"no target '{target}'", nameof(target)),
    };

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string BuiltIn(string id)
    {
        using var stream = typeof(Framing.Lexicons.Lexicon).Assembly.GetManifestResourceStream(
            typeof(Framing.Lexicons.Lexicon).Assembly.GetManifestResourceNames().Single(n => n.EndsWith(id + ".yaml", StringComparison.Ordinal)))!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static byte[] Parquet()
    {
        using var output = new MemoryStream();
        using (var writer = new ParquetTableWriter(output, [new ParquetColumn("id", ParquetColumnType.String), new ParquetColumn("outlet", ParquetColumnType.String), new ParquetColumn("text", ParquetColumnType.String)]))
        {
            writer.AddRow(["1", "a", English]);
            writer.AddRow(["2", "b", Arabic]);
            writer.Complete();
        }

        return output.ToArray();
    }
}
