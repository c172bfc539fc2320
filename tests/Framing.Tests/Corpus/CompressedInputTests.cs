using System.IO.Compression;
using System.Text;
using Framing.Corpus;

namespace Framing.Tests.Corpus;

/// <summary>
/// Compressed bytes where a corpus file is not named (standard input, a pipe, a document's file in a folder or manifest)
/// are said to be compressed, as a compressed corpus file is, not rejected as invalid UTF-8 or as UTF-16 without a
/// byte-order mark.
/// </summary>
public sealed class CompressedInputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    public static TheoryData<byte[], string, string> Heads() => new()
    {
        { Gzip("{\"outlet\":\"o\",\"text\":\"x\"}\n"), "gzip", "zcat" },
        { [0x42, 0x5A, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59, 0x0A, 0x00], "bzip2", "bzcat" },
        { [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 0x00, 0x04, 0x0A], "xz", "xzcat" },
        { [0x28, 0xB5, 0x2F, 0xFD, 0x04, 0x58, 0x0A], "zstd", "zstdcat" },
        { [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x0A], "zip", "unzip -p" },
    };

    [Theory]
    [MemberData(nameof(Heads))]
    public void CompressedStandardInputIsRefusedAsCompressed(byte[] bytes, string kind, string tool)
    {
        // It was "-:1: invalid UTF-8" (JSON Lines) and "-:1: header row holds NUL bytes, as UTF-16 or UTF-32 without a
        // byte-order mark does" (CSV, TSV).
        var expected = $"-: the input is {kind}-compressed, and corpora are read as text: decompress it on the way in ({tool} FILE | framing …, or <({tool} FILE))";
        foreach (var format in new[] { CorpusFormat.JsonLines, CorpusFormat.Csv, CorpusFormat.Tsv })
        {
            var reader = CorpusReaderFactory.OpenStream(new MemoryStream(bytes), format);
            Assert.Equal(expected, Assert.Throws<CorpusException>(() => reader.ReadAll()).Error.ToString());
        }
    }

    [Theory]
    [InlineData("BZh is a header,text\n")] // "BZh" and no block size digit: text
    [InlineData("PK,text\n")]
    [InlineData("")]
    [InlineData("{")]
    public void TextThatStartsLikeAMagicNumberIsReadFromAStream(string content)
    {
        // Read as CSV: a header without the text column, or no header, never a word of compression.
        var reader = CorpusReaderFactory.OpenStream(new MemoryStream(Encoding.UTF8.GetBytes(content)), CorpusFormat.Csv);
        var error = Record.Exception(() => reader.ReadAll());
        Assert.True(error is null || error.Message.Contains("missing column", StringComparison.Ordinal), error?.Message);
    }

    [Fact]
    public void ACompressedFileInAFolderIsABadRecordSayingSo()
    {
        // It was "the file holds NUL bytes, as UTF-16 or UTF-32 without a byte-order mark does" (or invalid UTF-8).
        _dir.WriteBytes("a/doc.txt", Gzip("the rebels"));
        _dir.WriteBytes("a/other.txt", [0x28, 0xB5, 0x2F, 0xFD, 0x20, 0x20, 0x80]);
        _dir.Write("a/plain.txt", "the rebels");

        var items = new TextFolderCorpusReader(_dir.Path).ReadAll();

        Assert.Equal(3, items.Count);
        Assert.Equal($"{_dir.Path}/a/doc.txt: the file is gzip-compressed, and documents are read as text: decompress it (zcat)", items[0].Err().ToString());
        Assert.Equal($"{_dir.Path}/a/other.txt: the file is zstd-compressed, and documents are read as text: decompress it (zstdcat)", items[1].Err().ToString());
        Assert.Equal("the rebels", items[2].Doc().Text);
    }

    [Fact]
    public void ACompressedFileNamedByAManifestIsABadRecordSayingSo()
    {
        _dir.WriteBytes("d1.txt", Gzip("the rebels"));
        var manifest = _dir.Write("m.csv", "file,outlet\nd1.txt,x\n");

        var item = Assert.Single(new ManifestCorpusReader(manifest).ReadAll());

        Assert.Equal($"{manifest}:2: d1.txt is gzip-compressed, and documents are read as text: decompress it (zcat)", item.Err().ToString());
    }
}
