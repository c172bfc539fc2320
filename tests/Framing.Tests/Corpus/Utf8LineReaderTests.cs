using System.Text;
using Framing.Corpus;

namespace Framing.Tests.Corpus;

public sealed class Utf8LineReaderTests
{
    private static List<(int Line, string Text, string Terminator)> ReadLines(byte[] content, int chunk, int bufferSize)
    {
        var reader = new Utf8LineReader(new TrickleStream(content, chunk), bufferSize);
        var lines = new List<(int, string, string)>();
        while (reader.TryReadLine(out var line))
        {
            lines.Add((reader.LineNumber, Encoding.UTF8.GetString(line), reader.Terminator));
        }

        return lines;
    }

    [Theory]
    [InlineData(10)] // left in the reader's buffer, which the reader then leaves alone
    [InlineData(Utf8LineReader.HandOverLength + 7)] // handed over with the buffer
    public void KeptLinesSurviveTheLinesReadAfterThem(int length)
    {
        var first = new string('ع', length / 2) + new string('x', length % 2);
        var content = Bytes.Utf8(first + "\nsecond\n" + new string('y', 70_000) + "\nlast");
        var reader = new Utf8LineReader(new TrickleStream(content, 50_000), 64);

        Assert.True(reader.TryReadLine(out var line));
        var kept = reader.Keep(line);
        var lines = new List<string>();
        while (reader.TryReadLine(out var next))
        {
            lines.Add(Encoding.UTF8.GetString(next));
        }

        Assert.Equal(first, Encoding.UTF8.GetString(kept.Bytes));
        Assert.Equal(["second", new string('y', 70_000), "last"], lines);
        Assert.Equal(4, reader.LineNumber);
    }

    [Theory]
    [InlineData(7, 16)]
    [InlineData(50, 64)]
    [InlineData(4096, 64)]
    public void EveryKeptLineSurvivesRefillsCompactionsAndGrowth(int chunk, int bufferSize)
    {
        // Lines of growing length (some longer than the buffer), each kept as soon as it is read.
        var texts = Enumerable.Range(0, 300).Select(i => string.Concat(Enumerable.Repeat(i % 2 == 0 ? "ع" : "x", i % 97 + 1))).ToList();
        var reader = new Utf8LineReader(new TrickleStream(Bytes.Utf8(string.Join("\n", texts)), chunk), bufferSize);
        var kept = new List<KeptLine>();
        while (reader.TryReadLine(out var line))
        {
            kept.Add(reader.Keep(line));
        }

        Assert.Equal(texts, kept.Select(k => Encoding.UTF8.GetString(k.Bytes)).ToList());
    }

    [Theory]
    [InlineData(7, 16)]
    [InlineData(50, 64)]
    [InlineData(4096, 64)]
    public void ReleasedBuffersAreReusedWhileUnreleasedLinesStayIntact(int chunk, int bufferSize)
    {
        // Every 50th line is held to the end; the others are released two lines after they are read, as decoding
        // workers would. Buffers without a held line are reused, yet no held line is overwritten.
        var texts = Enumerable.Range(0, 600).Select(i => $"{i}:" + string.Concat(Enumerable.Repeat(i % 2 == 0 ? "ع" : "x", i % 13 + 1))).ToList();
        var reader = new Utf8LineReader(new TrickleStream(Bytes.Utf8(string.Join("\n", texts)), chunk), bufferSize);
        var held = new List<(string Text, KeptLine Line)>();
        var pending = new Queue<KeptLine>();
        var index = 0;
        while (reader.TryReadLine(out var line))
        {
            var kept = reader.Keep(line);
            if (index % 50 == 0)
            {
                held.Add((texts[index], kept));
            }
            else
            {
                pending.Enqueue(kept);
            }

            while (pending.Count > 2)
            {
                pending.Dequeue().Release();
            }

            index++;
        }

        Assert.Equal(texts.Count, index);
        Assert.All(held, h => Assert.Equal(h.Text, Encoding.UTF8.GetString(h.Line.Bytes)));
        var bytes = texts.Sum(t => Encoding.UTF8.GetByteCount(t) + 1);
        var everyBufferNew = bytes / bufferSize;
        Assert.True(reader.BuffersAllocated < everyBufferNew / 2, $"{reader.BuffersAllocated} buffers for {bytes} bytes in buffers of {bufferSize}");
    }

    [Fact]
    public void AReaderWhoseLinesAreReleasedAtOnceNeedsTwoBuffers()
    {
        var texts = Enumerable.Range(0, 2000).Select(i => $"line {i} " + new string('ع', i % 40)).ToList();
        var reader = new Utf8LineReader(new TrickleStream(Bytes.Utf8(string.Join("\n", texts)), 100), 256);
        var read = new List<string>();
        while (reader.TryReadLine(out var line))
        {
            var kept = reader.Keep(line);
            read.Add(Encoding.UTF8.GetString(kept.Bytes));
            kept.Release();
        }

        Assert.Equal(texts, read);
        Assert.Equal(2, reader.BuffersAllocated);
    }

    [Fact]
    public void ALineBufferReleasedTooOftenFails()
    {
        var pool = new LineBufferPool(8);
        var shared = new SharedLineBuffer(pool.Rent(), pool);
        shared.AddReference();
        shared.Release();
        shared.Release();

        Assert.Throws<InvalidOperationException>(shared.Release);
        Assert.Same(shared.Array, pool.Rent());
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(2, 4)]
    [InlineData(3, 5)]
    [InlineData(64, 4)]
    [InlineData(1000, 65536)]
    public void SplitsLinesWhateverTheChunkAndBufferSizes(int chunk, int bufferSize)
    {
        var content = Bytes.Concat(Bytes.Bom, Bytes.Utf8("ab\r\n\nعربي طويل جدا جدا\n\r\nlast\r"));

        var lines = ReadLines(content, chunk, bufferSize);

        Assert.Equal(
            [(1, "ab", "\r\n"), (2, "", "\n"), (3, "عربي طويل جدا جدا", "\n"), (4, "", "\r\n"), (5, "last", "")],
            lines);
    }

    [Fact]
    public void EmptyStreamHasNoLinesAndTrailingNewlineAddsNoLine()
    {
        Assert.Empty(ReadLines([], 8, 8));
        Assert.Equal([(1, "x", "\n")], ReadLines(Bytes.Utf8("x\n"), 8, 8));
    }

    [Fact]
    public void ByteOrderMarkOnlyOnTheFirstLineIsRemoved()
    {
        var lines = ReadLines(Bytes.Concat(Bytes.Bom, Bytes.Utf8("a\n"), Bytes.Bom, Bytes.Utf8("b")), 2, 4);

        Assert.Equal("a", lines[0].Text);
        Assert.Equal("\uFEFFb", lines[1].Text);
    }

    [Fact]
    public void ReadsOnlyAsMuchAsTheFirstLineNeeds()
    {
        var stream = new TrickleStream(Bytes.Utf8("line one\nline two\nline three\n"), 4);
        var reader = new Utf8LineReader(stream, 64);

        Assert.True(reader.TryReadLine(out _));

        Assert.Equal(3, stream.Reads);
    }

    [Fact]
    public void FindsTheLineOfTheFirstInvalidByte()
    {
        var bytes = Bytes.Concat(Bytes.Utf8("ok\nنعم\nx"), [0xF0, 0x9F], Bytes.Utf8("\n"));

        Assert.False(Utf8Text.TryDecode(bytes, out _, out var offset));
        Assert.Equal(bytes.Length - 3, offset);
        Assert.Equal(3, Utf8Text.LineOf(bytes, offset));
    }

    [Fact]
    public void FindsAnInvalidByteBeyondTheFirstDecodingChunk()
    {
        var bytes = Bytes.Concat(Bytes.Utf8(new string('ع', 10000)), [0xFF]);

        Assert.False(Utf8Text.TryDecode(bytes, out _, out var offset));
        Assert.Equal(20000, offset);
    }
}
