using Framing.Text;

namespace Framing.Tests.Text;

public sealed class Utf8ValidationTests
{
    [Theory]
    [InlineData(new byte[] { }, -1)]
    [InlineData(new byte[] { 0x41, 0xC3, 0xA9, 0xD8, 0xA7 }, -1)]            // "Aéا"
    [InlineData(new byte[] { 0xFF }, 0)]
    [InlineData(new byte[] { 0x41, 0x42, 0xFF, 0x43 }, 2)]
    [InlineData(new byte[] { 0xC3, 0xA9, 0x80 }, 2)]                        // é, then a lone continuation byte
    [InlineData(new byte[] { 0x41, 0xE2, 0x82 }, 1)]                        // a truncated three-byte sequence at the end
    [InlineData(new byte[] { 0x41, 0xE2, 0x82, 0x41 }, 1)]                  // ... and in the middle
    [InlineData(new byte[] { 0x41, 0xC0, 0xAF }, 1)]                        // an overlong encoding of '/'
    [InlineData(new byte[] { 0x41, 0x41, 0xED, 0xA0, 0x80 }, 2)]            // an encoded surrogate
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80, 0xF4, 0x90, 0x80, 0x80 }, 4)] // 😀, then a code point above U+10FFFF
    public void PointsAtTheFirstBadByte(byte[] bytes, int expected) =>
        Assert.Equal(expected, Utf8Validation.IndexOfInvalid(bytes));

    [Theory]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void FindsABadByteFarIntoALongText(int offset)
    {
        // Longer than the 4,096-character buffer the bytes are decoded through, so it is refilled before the bad byte.
        var bytes = new byte[offset + 50];
        bytes.AsSpan().Fill((byte)'a');
        "é"u8.CopyTo(bytes.AsSpan(offset - 2));
        bytes[offset] = 0xFE;
        Assert.Equal(offset, Utf8Validation.IndexOfInvalid(bytes));
        bytes[offset] = (byte)'b';
        Assert.Equal(-1, Utf8Validation.IndexOfInvalid(bytes));
    }

    [Fact]
    public void MultiByteCharactersAcrossTheBufferBoundaryAreNotBad()
    {
        // 5,000 three-byte characters (€) fill more than one buffer; then one bad byte.
        var euro = "€"u8.ToArray();
        var bytes = Enumerable.Repeat(euro, 5000).SelectMany(b => b).Append((byte)0x80).ToArray();
        Assert.Equal(15_000, Utf8Validation.IndexOfInvalid(bytes));
    }
}
