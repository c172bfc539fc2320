using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Framing.Cli.Tests.Properties;

/// <summary>
/// Generated-input properties of the command line: the same corpus in any document order, and under any culture, gives
/// the same bytes; arbitrary bytes give exit 0 or 2 with one error line, never an internal error. FsCheck prints the
/// smallest failing case and the seed to replay it (<c>[Property(Replay = "…")]</c>).
/// </summary>
public sealed class CliProperties
{
    private static readonly string[] Words =
    [
        "the", "said", "in", "town", "officials", "Aleppo", "regime", "rebels", "terrorists", "opposition", "government forces",
        "Syrian Arab Army", "militants", "liberated", "seized", "not", "so-called", "«", "»", "\u201C", "\u201D", ",", ".", "\\n",
        "قال", "في", "مدينة", "حلب", "النظام", "قوات النظام", "الجيش العربي السوري", "الإرهابيين", "المعارضة", "تحرير", "سيطرة", "ما يسمى", "،",
        "3.5", "1,000", "é", "İstanbul", "ı", "ß",
    ];

    private static readonly string[] Cultures = ["ar-SA", "de-DE", "tr-TR", "fr-FR", "fa-IR", "th-TH", "hi-IN", "ja-JP", "sv-SE", "he-IL"];

    /// <summary>A corpus: documents of a few outlets, as JSON Lines records (unique ids).</summary>
    public sealed record CorpusCase(string[] Lines)
    {
        public override string ToString() => string.Join("\n", Lines);
    }

    private static Gen<string> Document(int index) =>
        Gen.Elements("a", "b", "c").SelectMany(outlet => Gen.Choose(1, 25)
            .SelectMany(n => Gen.ArrayOf(Gen.Elements(Words), n))
            .Select(words => $"{{\"id\":\"d{index}\",\"outlet\":\"{outlet}\",\"text\":\"{string.Join(' ', words).Replace("\"", "\\\"", StringComparison.Ordinal)}\"}}"));

    private static readonly Gen<CorpusCase> Corpora =
        Gen.Choose(6, 30).SelectMany(n => Gen.CollectToArray(Enumerable.Range(0, n).Select(Document))).Select(lines => new CorpusCase(lines));

    private static readonly Arbitrary<(CorpusCase Corpus, int[] Order)> Orders = Corpora
        .SelectMany(c => Gen.Shuffle(Enumerable.Range(0, c.Lines.Length)).Select(order => (c, order.ToArray())))
        .ToArbitrary();

    private static readonly string[][] Commands =
    [
        ["score", "--format", "csv", "--bootstrap", "200"],
        ["score", "--format", "json", "--per-document"],
        ["compare", "--format", "csv", "--bootstrap", "200", "--permutations", "60", "--min-documents", "2"],
        ["keyness", "--format", "csv", "--target", "a", "--min-count", "1", "--measure", "g2"],
        ["coverage", "--format", "csv"],
    ];

    [Property(MaxTest = 12)]
    public Property AnyDocumentOrderGivesTheSameBytes() => Prop.ForAll(Orders, c =>
    {
        using var temp = new TempFolder();
        var path = temp.Write("c.jsonl", string.Join('\n', c.Corpus.Lines) + "\n");
        var shuffled = temp.Write("s.jsonl", string.Join('\n', c.Order.Select(i => c.Corpus.Lines[i])) + "\n");
        foreach (var command in Commands.Where(c => c[0] != "score" || !c.Contains("--per-document")))
        {
            var expected = Run(command, path);
            Assert.Equal(expected.Out, Run(command, shuffled).Out);
            Assert.Equal(expected.ExitCode, Run(command, shuffled).ExitCode);
        }
    });

    [Property(MaxTest = 12)]
    public Property AnyCultureGivesTheSameBytes() => Prop.ForAll(Corpora.ToArbitrary(), Gen.Elements(Cultures).ToArbitrary(), (corpus, culture) =>
    {
        using var temp = new TempFolder();
        var path = temp.Write("c.jsonl", string.Join('\n', corpus.Lines) + "\n");
        foreach (var command in Commands)
        {
            var expected = WithCulture(CultureInfo.InvariantCulture, () => Run(command, path));
            var local = WithCulture(CultureInfo.GetCultureInfo(culture), () => Run(command, path));
            Assert.Equal(expected.Out, local.Out);
            Assert.Equal(expected.Error, local.Error);
        }
    });

    /// <summary>Bytes of a corpus file: records and structure of every format, broken UTF-8, anything.</summary>
    private static readonly Gen<byte[]> Fragments = Gen.Frequency(
        (3, Gen.Elements(
            "{\"id\":\"1\",\"outlet\":\"x\",\"text\":\"The regime.\"}\n", "{\"id\":\"2\",\"outlet\":\"y\",\"text\":\"قوات النظام\"}\n",
            "id,outlet,text\n", "1,x,The regime.\n", "2,y,\"rebels, \"\"quoted\"\"\"\n", "{", "}", "\"", ",", ":", "\n", "\r\n", "\t", "\\", "\\uD800", "null").Select(s => Encoding.UTF8.GetBytes(s))),
        (1, Gen.Elements(new byte[] { 0xEF, 0xBB, 0xBF }, [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0x00], [0xFF])),
        (1, Gen.Choose(0, 255).Select(b => new[] { (byte)b })));

    private static readonly Arbitrary<byte[]> Files = Gen.Sized(size => Gen.Choose(0, Math.Max(1, Math.Min(size, 60))))
        .SelectMany(n => Gen.ArrayOf(Fragments, n))
        .Select(parts => parts.SelectMany(p => p).ToArray())
        .ToArbitrary();

    [Property(MaxTest = 60)]
    public Property ArbitraryBytesExitZeroOrTwoWithOneErrorLine() => Prop.ForAll(
        Files,
        Gen.Elements("jsonl", "csv", "tsv").ToArbitrary(),
        Gen.Elements(true, false).ToArbitrary(),
        (bytes, format, skipInvalid) =>
        {
            using var temp = new TempFolder();
            var path = temp.WriteBytes("corpus.data", bytes);
            string[] args = ["score", path, "--corpus-format", format, "--format", "csv", "--bootstrap", "0", .. skipInvalid ? new[] { "--skip-invalid" } : []];
            var result = CliRunner.Run(args);
            Assert.True(result.ExitCode is 0 or 2, $"exit {result.ExitCode} for {Convert.ToHexString(bytes)}: {result.Error}");
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
            if (result.ExitCode == 2)
            {
                Assert.StartsWith("framing: error: ", result.ErrorLines.Last(), StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains("rejected", result.ErrorLines.Last(), StringComparison.Ordinal);
            }
        });

    private static CliRunner.Result Run(string[] command, string path) => CliRunner.Run([command[0], path, .. command[1..]]);

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
