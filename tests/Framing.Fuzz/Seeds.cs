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
        "state" => StateSeeds.All(English, Arabic),
        "liwc" =>
        [
            ("small.dic", Utf8("%\n1\tthreat\n2\tresist\n%\nterror*\t1\nbomb\t1\nrebel*\t2\nfreedom fighter\t2\n")),
            ("liwc2015.dic", Utf8("\uFEFF%\r\n1\tfunct\r\n\t2\tpronoun\r\n3\tsocial\r\n%\r\n# comments are ignored\r\nhe\t1\t2\r\nthey*\t1 2\t3\r\nkind (of)\t3\r\nقصف\t3\r\nwho?\t2\r\n")),
            ("spaces.dic", Utf8("%\n1 army\n2 militia\n%\nsoldier* 1\narmed group 2\nfighters 1 2\n")),
        ],
        "quanteda" =>
        [
            ("flat.yml", Utf8("threat:\n  - terror*\n  - bomb\nresist:\n  - rebel*\n  - freedom fighter\n")),
            ("nested.yml", Utf8("armed:\n  __:\n    - militia\n  state:\n    - army\n    - soldier*\n  other: [\"armed group\", \"fighter?\"]\nplace: قصف\n")),
        ],
        "mapping" =>
        [
            ("mapping.yaml", Utf8("categories:\n  threat: { dimension: armed-opposition, pole: terrorism, weight: 0.5 }\n  resist: armed-opposition/opposition\n  plain: { dimension: armed-opposition, pole: neutral }\ndimensions:\n  armed-opposition: { a: terrorism, b: opposition, description: How armed opponents are named. }\n")),
            ("mapping.json", Utf8("{\"categories\": {\"threat\": \"conflict/threat@0.75\", \"resist\": {\"dimension\": \"conflict\", \"pole\": \"resistance\"}}}\n")),
        ],
        "known" =>
        [
            ("outlets.csv", Utf8("outlet,leaning\nDaily Example,pro-government\nThe Other Paper,opposition\n\"Comma, Inc.\",opposition\n")),
            ("corpora.csv", Utf8("corpus,group,leaning,note\ncorpus.jsonl,a,pro,\"first\"\nother.jsonl,a,anti,\ncorpus.jsonl, b ,anti,\"two\r\nlines\"\n")),
        ],
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
