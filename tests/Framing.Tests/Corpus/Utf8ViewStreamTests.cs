using System.Text;
using Framing.Corpus;
using Framing.Text;

namespace Framing.Tests.Corpus;

/// <summary>The UTF-8 view of a UTF-16 or UTF-32 stream, fed one byte per read so that every code unit and surrogate pair is split between reads.</summary>
public sealed class Utf8ViewStreamTests
{
    private const string Text = "id,text\r\n1,\"قال الثوار\"\n2,emoji \uD83D\uDE00 end\n\u0000last";

    public static TheoryData<string> Encodings => new() { "utf-16le", "utf-16be", "utf-32le", "utf-32be" };

    private static Encoding Named(string name) => name switch
    {
        "utf-16le" => new UnicodeEncoding(false, true),
        "utf-16be" => new UnicodeEncoding(true, true),
        "utf-32le" => new UTF32Encoding(false, true),
        _ => new UTF32Encoding(true, true),
    };

    private static byte[] ReadAll(byte[] input, int readSize)
    {
        using var view = new Utf8ViewStream(new TrickleStream(input));
        using var output = new MemoryStream();
        var buffer = new byte[readSize];
        int n;
        while ((n = view.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, n);
        }

        return output.ToArray();
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void WideTextIsReadAsUtf8(string encoding)
    {
        var e = Named(encoding);
        byte[] bytes = [.. e.GetPreamble(), .. e.GetBytes(Text)];
        var expected = Encoding.UTF8.GetBytes(Text);

        Assert.Equal(expected, ReadAll(bytes, 1));
        Assert.Equal(expected, ReadAll(bytes, 4096));
        Assert.Equal(expected, WideUnicode.ToUtf8(bytes));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00, 0x3D, 0xD8, 0x62, 0x00 }, new byte[] { 0x61, 0xFF, 0x62 })] // a high surrogate alone
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0xDE, 0x62, 0x00 }, new byte[] { 0xFF, 0x62 })] // a low surrogate alone
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00, 0x3D, 0xD8 }, new byte[] { 0x61, 0xFF })] // a high surrogate at the end
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00, 0x62 }, new byte[] { 0x61, 0xFF })] // an odd byte at the end
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF, 0x00, 0x11, 0x00, 0x00, 0x00, 0x00, 0x00, 0x61 }, new byte[] { 0xFF, 0x61 })] // UTF-32 above U+10FFFF
    public void ACodeUnitThatIsNoCharacterBecomesAByteThatIsNeverUtf8(byte[] input, byte[] expected)
    {
        Assert.Equal(expected, ReadAll(input, 1));
        Assert.Equal(expected, ReadAll(input, 100));
        Assert.Equal(expected, WideUnicode.ToUtf8(input));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x61 })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61, 0x0A })]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0x00, 0x00, 0xFE })]
    public void OtherBytesPassUnchanged(byte[] input)
    {
        Assert.Equal(input, ReadAll(input, 1));
        Assert.Equal(input, ReadAll(input, 100));
        Assert.Same(input, WideUnicode.ToUtf8(input));
    }

    /// <summary>Returns one byte per read, as a slow pipe may.</summary>
    private sealed class TrickleStream(byte[] bytes) : Stream
    {
        private int _at;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_at == bytes.Length || count == 0)
            {
                return 0;
            }

            buffer[offset] = bytes[_at++];
            return 1;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
