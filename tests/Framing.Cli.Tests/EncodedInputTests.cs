using System.Text;

namespace Framing.Cli.Tests;

/// <summary>
/// Every text input the CLI reads, saved as UTF-16 or UTF-32 with a byte-order mark (Excel's "Unicode text", Notepad's
/// "Unicode"), is read as the same text saved as UTF-8: the output is the same bytes. Invented fixtures.
/// </summary>
public sealed class EncodedInputTests : IDisposable
{
    private const string Jsonl =
        "{\"id\":\"1\",\"outlet\":\"north-post\",\"text\":\"The terrorists attacked the town. Government forces held.\"}\n" +
        "{\"id\":\"2\",\"outlet\":\"north-post\",\"text\":\"Terrorists shelled the road; the army answered.\"}\r\n" +
        "{\"id\":\"3\",\"outlet\":\"free-voice\",\"text\":\"The rebels advanced while regime forces withdrew.\"}\n" +
        "{\"id\":\"4\",\"outlet\":\"free-voice\",\"text\":\"قال الثوار إن قوات النظام انسحبت من المدينة\"}\n" +
        "{\"id\":\"5\",\"outlet\":\"river-daily\",\"text\":\"الإرهابيون هاجموا المدينة والجيش العربي السوري يرد\"}\n" +
        "{\"id\":\"6\",\"outlet\":\"the-exile\",\"text\":\"The regime bombed rebels near the border \uD83D\uDE00.\"}";

    private const string Csv =
        "id,outlet,text\n" +
        "1,north-post,\"The terrorists attacked, and \"\"government forces\"\" held.\"\r\n" +
        "2,free-voice,\"The rebels advanced\nwhile regime forces withdrew.\"\n" +
        "3,river-daily,الإرهابيون هاجموا المدينة\n";

    private const string Known = "outlet,leaning\nnorth-post,government\nriver-daily,government\nfree-voice,opposition\nthe-exile,opposition\n";

    private readonly TempFolder _temp = new();

    public static TheoryData<string> Encodings => new() { "utf-16le", "utf-16be", "utf-32le", "utf-32be" };

    public void Dispose() => _temp.Dispose();

    private static Encoding Named(string name) => name switch
    {
        "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        "utf-32le" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
        _ => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
    };

    private string Write(string name, string text, string? encoding)
    {
        if (encoding is null)
        {
            return _temp.Write(name, text);
        }

        var e = Named(encoding);
        return _temp.WriteBytes(name, [.. e.GetPreamble(), .. e.GetBytes(text)]);
    }

    private static void SameOutput(CliRunner.Result utf8, CliRunner.Result other)
    {
        Assert.True(utf8.ExitCode == 0, utf8.Error);
        Assert.True(other.ExitCode == 0, other.Error);
        Assert.Equal(utf8.Out, other.Out);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void AJsonLinesCorpusIsRead(string encoding)
    {
        var utf8 = Write("c.jsonl", Jsonl, null);
        var other = Write(encoding + "/c.jsonl", Jsonl, encoding);
        SameOutput(CliRunner.Run("score", utf8, "--per-document", "--format", "csv"), CliRunner.Run("score", other, "--per-document", "--format", "csv"));
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void ACsvCorpusIsReadWithItsLineNumbers(string encoding)
    {
        var utf8 = Write("c.csv", Csv, null);
        var other = Write(encoding + "/c.csv", Csv, encoding);
        SameOutput(CliRunner.Run("kwic", utf8, "--format", "csv"), CliRunner.Run("kwic", other, "--format", "csv"));

        // A bad row is reported at its line, as in UTF-8.
        var bad = Write(encoding + "/bad.csv", Csv + "4,the-exile\n", encoding);
        var result = CliRunner.Run("score", bad, "--skip-invalid", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"skipped {bad}:6: expected 3 fields, found 2", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void AKnownLeaningsFileIsRead(string encoding)
    {
        var corpus = Write("c.jsonl", Jsonl, null);
        var utf8 = Write("known.csv", Known, null);
        var other = Write(encoding + "/known.csv", Known, encoding);
        string[] sides = ["--side-a", "government", "--side-b", "opposition", "--format", "csv", "--bootstrap", "0"];
        SameOutput(CliRunner.Run(["validate", corpus, "--known", utf8, .. sides]), CliRunner.Run(["validate", corpus, "--known", other, .. sides]));
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void AFolderOfTextFilesAndAManifestAreRead(string encoding)
    {
        foreach (var (folder, enc) in new[] { ("plain", (string?)null), (encoding, encoding) })
        {
            Write(folder + "/north-post/a.txt", "The terrorists attacked.\nGovernment forces held.", enc);
            Write(folder + "/free-voice/b.txt", "قال الثوار إن قوات النظام انسحبت", enc);
        }

        SameOutput(
            CliRunner.Run("score", Path.Combine(_temp.Path, "plain"), "--by", "folder", "--per-document", "--format", "csv"),
            CliRunner.Run("score", Path.Combine(_temp.Path, encoding), "--by", "folder", "--per-document", "--format", "csv"));

        var plainManifest = Write("plain/manifest.csv", "file,outlet\nnorth-post/a.txt,n\nfree-voice/b.txt,f\n", null);
        var manifest = Write(encoding + "/manifest.csv", "file,outlet\nnorth-post/a.txt,n\nfree-voice/b.txt,f\n", encoding);
        SameOutput(CliRunner.Run("score", plainManifest, "--per-document", "--format", "csv"), CliRunner.Run("score", manifest, "--per-document", "--format", "csv"));
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void ALexiconAStopwordListACheckConfigurationAndAReferenceFileAreRead(string encoding)
    {
        var corpus = Write("c.jsonl", Jsonl, null);
        var text = StarterLexiconText();
        SameOutput(
            CliRunner.Run("score", corpus, "--lexicon", Write("lex.yaml", text, null), "--format", "csv", "--bootstrap", "0"),
            CliRunner.Run("score", corpus, "--lexicon", Write(encoding + "/lex.yaml", text, encoding), "--format", "csv", "--bootstrap", "0"));

        const string stopwords = "# invented\nthe\nwhile\nمن\n";
        SameOutput(
            CliRunner.Run("coverage", corpus, "--stopwords", Write("stop.txt", stopwords, null), "--format", "csv"),
            CliRunner.Run("coverage", corpus, "--stopwords", Write(encoding + "/stop.txt", stopwords, encoding), "--format", "csv"));

        const string config = "{ \"by\": \"outlet\", \"rules\": { \"editorial\": [ { \"dimension\": \"armed-opposition\", \"pole\": \"terrorism\", \"level\": \"warning\" } ] } }";
        var plain = CliRunner.Run("check", corpus, "--config", Write("framing.json", config, null), "--format", "json", "--fail-on", "none");
        var encoded = CliRunner.Run("check", corpus, "--config", Write(encoding + "/framing.json", config, encoding), "--format", "json", "--fail-on", "none");
        SameOutput(plain, encoded);

        const string references = "outlet,position\nnorth-post,1\nfree-voice,-1\n";
        SameOutput(
            CliRunner.Run("scale", "wordscores", corpus, "--reference", Write("refs.csv", references, null), "--format", "csv"),
            CliRunner.Run("scale", "wordscores", corpus, "--reference", Write(encoding + "/refs.csv", references, encoding), "--format", "csv"));
    }

    [Fact]
    public void Utf16WithoutAByteOrderMarkIsNamedAsSuch()
    {
        // Before: 'missing column "outlet" (… the file has o\u0000u\u0000t…)' and 'malformed JSON: '0x00' is an invalid
        // start of a property name': true, but not what to do.
        var e = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        var known = _temp.WriteBytes("known16.csv", e.GetBytes(Known.Replace("\n", "\r\n", StringComparison.Ordinal))); // as Windows writes it
        var corpus = Write("c.jsonl", Jsonl, null);

        var result = CliRunner.Run("validate", corpus, "--known", known, "--side-a", "government", "--side-b", "opposition");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {known}:1: header row holds NUL bytes, as UTF-16 or UTF-32 without a byte-order mark does: save the file as UTF-8 (or with a byte-order mark)", Assert.Single(result.ErrorLines));

        var lines = _temp.WriteBytes("c16.jsonl", e.GetBytes(Jsonl.Replace("\n", "\r\n", StringComparison.Ordinal)));
        var score = CliRunner.Run("score", lines);
        Assert.Equal(2, score.ExitCode);
        Assert.StartsWith($"framing: error: {lines}:1: malformed JSON: the line holds NUL bytes, as UTF-16 or UTF-32 without a byte-order mark does: save the file as UTF-8 (or with a byte-order mark)", Assert.Single(score.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void TextFilesInUtf16WithoutAByteOrderMarkAreRejectedNotScoredAsGarbage()
    {
        // Before: a folder corpus's file saved as UTF-16 without a mark was valid UTF-8 with NULs between the letters,
        // scored as 9 tokens that match nothing, without a word; a stopword list said "a stopword line holds one word,
        // not 't\u0000h\u0000e\u0000'".
        var e = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        const string Nul = "holds NUL bytes, as UTF-16 or UTF-32 without a byte-order mark does: save the file as UTF-8 (or with a byte-order mark)";
        var folder = Path.Combine(_temp.Path, "folder");
        _temp.Write("folder/north-post/a.txt", "The terrorists attacked.");
        _temp.WriteBytes("folder/free-voice/b.txt", e.GetBytes("The rebels\nadvanced."));

        var score = CliRunner.Run("score", folder, "--by", "folder", "--skip-invalid", "--format", "csv");

        Assert.True(score.ExitCode == 0, score.Error);
        Assert.Contains($"skipped {folder}/free-voice/b.txt:1: the file {Nul}", score.Error, StringComparison.Ordinal);
        Assert.Contains("rejected 1", score.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(score.OutLines, line => line.StartsWith("free-voice,", StringComparison.Ordinal));

        var manifest = _temp.Write("folder/manifest.csv", "file,outlet\nnorth-post/a.txt,n\nfree-voice/b.txt,f\n");
        var listed = CliRunner.Run("score", manifest, "--skip-invalid", "--format", "csv");
        Assert.True(listed.ExitCode == 0, listed.Error);
        Assert.Contains($"free-voice/b.txt {Nul} (line 1)", listed.Error, StringComparison.Ordinal);

        var check = CliRunner.Run("check", Path.Combine(folder, "free-voice", "b.txt"), "--editorial-pole", "armed-opposition");
        Assert.Equal(2, check.ExitCode);
        Assert.Contains($"b.txt:1: the file {Nul}", check.Error, StringComparison.Ordinal);

        var stopwords = _temp.WriteBytes("stop16.txt", e.GetBytes("the\n"));
        var coverage = CliRunner.Run("coverage", Write("c.jsonl", Jsonl, null), "--stopwords", stopwords);
        Assert.Equal(2, coverage.ExitCode);
        Assert.Contains($"{stopwords}:1: the line {Nul}", coverage.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnpairedSurrogateRejectsItsRecordAtItsLine()
    {
        // Line 2 holds a high surrogate with no low one after it: that record is bad, the others are read.
        var e = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        var lines = Jsonl.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var bytes = new List<byte>(e.GetPreamble());
        bytes.AddRange(e.GetBytes(lines[0] + "\n"));
        bytes.AddRange(e.GetBytes("{\"id\":\"x\",\"outlet\":\"a\",\"text\":\"bad "));
        bytes.AddRange([0x3D, 0xD8]); // U+D83D alone
        bytes.AddRange(e.GetBytes("\"}\n" + string.Join('\n', lines[1..])));
        var path = _temp.WriteBytes("surrogate.jsonl", [.. bytes]);

        var result = CliRunner.Run("score", path, "--skip-invalid", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{path}:2: invalid UTF-8", result.Error, StringComparison.Ordinal);
        Assert.Contains("rejected 1", result.Error, StringComparison.Ordinal);
    }

    private static string StarterLexiconText() =>
        File.ReadAllText(Path.Combine(Distribute.DistributeSlurmTests.RepositoryRoot(), "lexicons", "starter.yaml"));
}
