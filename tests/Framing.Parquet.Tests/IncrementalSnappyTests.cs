using System.Text;
using Framing.Parquet.Pages;

namespace Framing.Parquet.Tests;

public sealed class IncrementalSnappyTests
{
    /// <summary>Reads the block in small steps, dropping what was read, as the text column reader does.</summary>
    private static byte[] ReadInSteps(byte[] compressed, int size, int step, byte[] scratch)
    {
        var snappy = new IncrementalSnappy(compressed, 0, size, scratch);
        var output = new byte[size];
        for (var at = 0; at < size; at += step)
        {
            var length = Math.Min(step, size - at);
            snappy.Ensure(at + length, at);
            snappy.Slice(at, length).CopyTo(output.AsSpan(at));
        }

        return output;
    }

    [Theory]
    [InlineData(1, 7)]
    [InlineData(300_000, 1)]
    [InlineData(300_000, 4096)]
    [InlineData(3_000_000, 100_000)]
    [InlineData(3_000_000, 1_500_000)]
    public void DecompressesWhatSnappierCompressedInAnySteps(int size, int step)
    {
        // Text with repetition far and near (copies, overlapping ones too) and random runs (literals).
        var random = new Random(size);
        var text = new StringBuilder();
        while (text.Length < size)
        {
            text.Append(random.Next(4) switch
            {
                0 => "قالت المصادر إن قوات النظام قصفت الحي ",
                1 => new string((char)('a' + random.Next(26)), random.Next(1, 300)),
                2 => Convert.ToHexString(BitConverter.GetBytes(random.NextInt64())),
                _ => "the rebels and the regime " + random.Next(),
            });
        }

        var plain = Encoding.UTF8.GetBytes(text.ToString())[..size];
        var compressed = Snappier.Snappy.CompressToArray(plain);

        Assert.Equal(plain, ReadInSteps(compressed, size, step, new byte[1 << 10]));
    }

    [Fact]
    public void ACopyReachingPastTheWindowFallsBackToTheWholeBlock()
    {
        // A hand-made block: a 200,000-byte literal, then a 64-byte copy from 150,000 bytes back.
        var literal = new byte[200_000];
        new Random(1).NextBytes(literal);
        var block = new List<byte>();
        var size = literal.Length + 64;
        for (var v = (uint)size; ; v >>= 7)
        {
            block.Add((byte)(v >= 0x80 ? (v & 0x7F) | 0x80 : v));
            if (v < 0x80)
            {
                break;
            }
        }

        block.Add(62 << 2); // literal, its length - 1 in the next 3 bytes
        block.AddRange(BitConverter.GetBytes(literal.Length - 1)[..3]);
        block.AddRange(literal);
        block.Add((63 << 2) | 3); // copy with a 4-byte offset, length 64
        block.AddRange(BitConverter.GetBytes(150_000));
        var expected = literal.Concat(literal.AsSpan(50_000, 64).ToArray()).ToArray();

        Assert.Equal(expected, Snappier.Snappy.DecompressToArray(block.ToArray()));
        Assert.Equal(expected, ReadInSteps([.. block], size, 10_000, new byte[1 << 10]));
    }

    [Fact]
    public void CorruptBlocksAreInvalidData()
    {
        var compressed = Snappier.Snappy.CompressToArray(Encoding.UTF8.GetBytes(new string('x', 5000) + "tail"));
        var truncated = compressed[..(compressed.Length / 2)];

        Assert.Throws<InvalidDataException>(() => new IncrementalSnappy(compressed, 0, 4000, []));
        Assert.Throws<InvalidDataException>(() => ReadInSteps(truncated, 5004, 100, new byte[64]));
        Assert.Throws<InvalidDataException>(() => ReadInSteps([(byte)10, 0x01 | (1 << 2), 0x05], 10, 10, new byte[64]));
    }
}
