using System.Text;
using Framing.Lexicons;
using Framing.Tests.Corpus;

namespace Framing.Tests.Lexicons;

/// <summary>
/// A lexicon file must be UTF-8 (or UTF-16 with a byte-order mark), like corpora and imported dictionaries: bytes
/// that are not UTF-8 are an error at the first bad byte, not replacement characters in titles and patterns.
/// </summary>
public sealed class LexiconFileEncodingTests
{
    private static readonly string Valid = TestLexicon.Yaml(TestLexicon.Entry("en", "rebels", "opposition", "rebel"));

    /// <summary>The valid lexicon with <paramref name="bytes"/> inserted after <paramref name="after"/>.</summary>
    private static byte[] WithBytesAfter(string after, params byte[] bytes)
    {
        var at = Valid.IndexOf(after, StringComparison.Ordinal) + after.Length;
        return [.. Encoding.UTF8.GetBytes(Valid[..at]), .. bytes, .. Encoding.UTF8.GetBytes(Valid[at..])];
    }

    [Theory]
    // Line 3 "title: Tést lexicon": after "title: Tést" (11 characters, 12 bytes) the bad byte is column 12.
    [InlineData("title: Tést", new byte[] { 0xFF }, 3, 12)]
    // A lead byte without its continuation byte, at the end of line 3.
    [InlineData("title: Tést lexicon", new byte[] { 0xC3 }, 3, 20)]
    // In the entry on line 21, inside the pattern's quotes (column 27): a Windows-1252 'é'.
    [InlineData("pattern: \"", new byte[] { 0xE9 }, 21, 27)]
    public void BytesThatAreNotUtf8AreOneErrorAtTheFirstBadByte(string after, byte[] bad, int line, int column)
    {
        using var dir = new TempDirectory();
        var valid = Valid.Replace("title: Test lexicon", "title: Tést lexicon", StringComparison.Ordinal);
        var at = valid.IndexOf(after, StringComparison.Ordinal) + after.Length;
        byte[] bytes = [.. Encoding.UTF8.GetBytes(valid[..at]), .. bad, .. Encoding.UTF8.GetBytes(valid[at..])];
        var path = dir.WriteBytes("bad.yaml", bytes);
        var withBom = dir.WriteBytes("bom.yaml", [.. Bytes.Bom, .. bytes]);

        foreach (var file in new[] { path, withBom })
        {
            foreach (var load in new Func<Lexicon>[] { () => Lexicon.LoadFile(file), () => Lexicon.Load(file) })
            {
                var e = Assert.Throws<LexiconException>(load);
                Assert.Equal(new Diagnostic(new SourceLocation(file, line, column), "invalid UTF-8"), Assert.Single(e.Errors));
                Assert.Equal($"{file}:{line}:{column}: invalid UTF-8", e.Message);
            }
        }
    }

    [Fact]
    public void Utf8WithOrWithoutAByteOrderMarkAndUtf16WithOneStillLoad()
    {
        using var dir = new TempDirectory();
        var arabic = Valid.Replace("title: Test lexicon", "title: معجم اختبار", StringComparison.Ordinal);
        string[] paths =
        [
            dir.Write("plain.yaml", arabic),
            dir.WriteBytes("bom.yaml", [.. Bytes.Bom, .. Encoding.UTF8.GetBytes(arabic)]),
            dir.WriteBytes("utf16le.yaml", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(arabic)]),
            dir.WriteBytes("utf16be.yaml", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(arabic)]),
        ];

        foreach (var path in paths)
        {
            Assert.Equal("معجم اختبار", Lexicon.LoadFile(path).Metadata.Title);
        }

        // The same text with one bad byte does not (a regression check of the test above, in one place).
        var bad = dir.WriteBytes("bad.yaml", WithBytesAfter("title: Test", 0xFF));
        Assert.Equal("invalid UTF-8", Assert.Single(Assert.Throws<LexiconException>(() => Lexicon.LoadFile(bad)).Errors).Message);
    }

    [Fact]
    public void ParseIgnoresALeadingByteOrderMarkAsLoadDoes()
    {
        // Before: text decoded with Encoding.UTF8.GetString keeps the mark, and Parse said "unknown field '\uFEFFid'".
        var bytes = (byte[])[.. Bytes.Bom, .. Encoding.UTF8.GetBytes(Valid)];
        var lexicon = Lexicon.Parse(Encoding.UTF8.GetString(bytes), "downloaded.yaml");
        Assert.Equal(Lexicon.Parse(Valid, "downloaded.yaml").Fingerprint, lexicon.Fingerprint);
        Assert.Equal("test", lexicon.Id);
    }
}
