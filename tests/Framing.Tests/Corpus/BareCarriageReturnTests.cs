using Framing.Corpus;

namespace Framing.Tests.Corpus;

/// <summary>
/// Files whose lines end with a carriage return alone (classic Mac OS). Neither CSV nor JSON Lines takes a bare
/// <c>\r</c> as a line break (a quoted CSV field keeps it as text), so such a file is one line: the readers say so
/// instead of reporting whatever that line breaks first.
/// </summary>
public sealed class BareCarriageReturnTests : IDisposable
{
    private const string Message = @"line breaks are bare CR (\r); use \n or \r\n";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("id,outlet,text\r1,a,army\r2,b,rebels\r", ',')]
    [InlineData("\"id\",\"outlet\",\"text\"\r\"1\",\"a\",\"army\"\r", ',')]
    [InlineData("text,outlet,id\r1,a,army", ',')]
    [InlineData("id\toutlet\ttext\r1\ta\tarmy\r", '\t')]
    public void ACsvFileWithBareCarriageReturnsIsUnreadableWithThatReason(string content, char delimiter)
    {
        var reader = new CsvCorpusReader(new MemoryStream(Bytes.Utf8(content)), "c.csv", delimiter: delimiter);

        var e = Assert.Throws<CorpusException>(() => reader.ReadAll());

        Assert.Equal($"c.csv:1: {Message}", e.Error.ToString());
    }

    [Fact]
    public void CarriageReturnsBeforeLineFeedsOrInsideQuotedFieldsAreNotBare()
    {
        var crlf = new CsvCorpusReader(new MemoryStream(Bytes.Utf8("id,outlet,text\r\n1,a,\"army\r\nrebels\"\r\n2,b,\"x\ry\"\r\n")), "c.csv");
        var bare = new CsvCorpusReader(new MemoryStream(Bytes.Utf8("id,outlet,text\r1,a,\"army\r\nrebels\"\r")), "c.csv");

        Assert.Equal(["army\r\nrebels", "x\ry"], crlf.ReadAll().Select(i => i.Doc().Text));
        Assert.Equal($"c.csv:1: {Message}", Assert.Throws<CorpusException>(() => bare.ReadAll()).Error.ToString());
    }

    [Fact]
    public void AManifestWithBareCarriageReturnsIsUnreadableWithThatReason()
    {
        _dir.Write("docs/1.txt", "army");
        var manifest = _dir.Write("m.csv", "file,outlet\rdocs/1.txt,a\r");

        var e = Assert.Throws<CorpusException>(() => new ManifestCorpusReader(manifest).ReadAll());

        Assert.Equal($"{manifest}:1: {Message}", e.Error.ToString());
    }

    [Fact]
    public void AJsonLinesFileWithBareCarriageReturnsIsOneRejectedRecordWithThatReason()
    {
        var bare = "{\"id\":1,\"outlet\":\"a\",\"text\":\"army\"}\r{\"id\":2,\"outlet\":\"b\",\"text\":\"rebels\"}\r";
        var malformedFirst = "{\"id\":1,\"outlet\":\"a\",\"text\":}\r{\"id\":2}\r";

        var items = new JsonLinesCorpusReader(new MemoryStream(Bytes.Utf8(bare)), "c.jsonl").ReadAll();
        var malformed = new JsonLinesCorpusReader(new MemoryStream(Bytes.Utf8(malformedFirst)), "c.jsonl").ReadAll();

        Assert.Equal($"c.jsonl:1: {Message}", Assert.Single(items).Err().ToString());
        Assert.StartsWith("malformed JSON: ", Assert.Single(malformed).Err().Message, StringComparison.Ordinal);
    }
}
