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

    [Theory]
    [InlineData(0)]
    [InlineData(RecordLimit.DefaultBytes + 1)]
    public void ALineLimitOutsideOneToTheDefaultIsRefused(int maxLineBytes)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Utf8LineReader(new MemoryStream(), 64, maxLineBytes));
    }

    [Fact]
    public void BeforeTheFirstLineAndOnAnEmptyStreamNoLineIsTooLongAndThereIsNoTerminator()
    {
        var reader = new Utf8LineReader(new MemoryStream(), 64, maxLineBytes: 10);

        Assert.Equal((0, false, ""), (reader.LineNumber, reader.LineTooLong, reader.Terminator));
        Assert.False(reader.TryReadLine(out _));
        Assert.Equal((0, false, ""), (reader.LineNumber, reader.LineTooLong, reader.Terminator));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(64)]
    public void ALastLineWithoutTerminatorOfExactlyTheLimitIsKept(int chunk)
    {
        var reader = new Utf8LineReader(new TrickleStream(Bytes.Utf8("abc\nexactly10!"), chunk), 16, maxLineBytes: 10);
        var lines = new List<(int, string, bool, string)>();
        while (reader.TryReadLine(out var line))
        {
            lines.Add((reader.LineNumber, Encoding.UTF8.GetString(line), reader.LineTooLong, reader.Terminator));
        }

        Assert.Equal([(1, "abc", false, "\n"), (2, "exactly10!", false, "")], lines);
    }

    [Fact]
    public void ALineFoundTooLongBeforeItsEndHasNoTerminatorYet()
    {
        var reader = new Utf8LineReader(new TrickleStream(Bytes.Utf8("a\n" + new string('x', 30) + "\r\nb\n"), 1), 16, maxLineBytes: 10);

        Assert.True(reader.TryReadLine(out _));
        Assert.Equal("\n", reader.Terminator);
        Assert.True(reader.TryReadLine(out var line));
        Assert.Equal((0, true, ""), (line.Count, reader.LineTooLong, reader.Terminator));
    }

    [Fact]
    public void FinishingATooLongLineWhoseLineFeedStartsAReadStopsAtThatLineFeed()
    {
        // Read a byte at a time, the line is dropped after 12 bytes: the next read brings its line feed alone.
        var reader = new Utf8LineReader(new TrickleStream(Bytes.Utf8(new string('x', 12) + "\nnext\n"), 1), 16, maxLineBytes: 10);

        Assert.True(reader.TryReadLine(out _));
        Assert.True(reader.LineTooLong);
        Assert.Equal(0, reader.FinishTooLongLine());
        Assert.True(reader.TryReadLine(out var line));
        Assert.Equal(("next", 2, false), (Encoding.UTF8.GetString(line), reader.LineNumber, reader.LineTooLong));
    }

    [Fact]
    public void FinishingATooLongLineCountsTheQuotesOfEveryReadBeforeItsLineFeed()
    {
        // One quote among the 12 bytes dropped, then three quotes read one at a time before the line feed.
        var reader = new Utf8LineReader(new TrickleStream(Bytes.Utf8("\"" + new string('x', 11) + "\"\"\"\nnext\n"), 1), 16, maxLineBytes: 10);

        Assert.True(reader.TryReadLine(out _));
        Assert.Equal(4, reader.FinishTooLongLine());
        Assert.True(reader.TryReadLine(out var line));
        Assert.Equal("next", Encoding.UTF8.GetString(line));
    }

    [Fact]
    public void FinishingATooLongLastLineReadsNothingAfterTheEndOfTheStream()
    {
        var stream = new RecordingStream(Bytes.Utf8(new string('x', 12)), 1);
        var reader = new Utf8LineReader(stream, 16, maxLineBytes: 10);

        Assert.True(reader.TryReadLine(out _));
        Assert.True(reader.LineTooLong);
        Assert.Equal(0, reader.FinishTooLongLine());
        Assert.False(reader.TryReadLine(out _));
        Assert.Equal(1, reader.LineNumber);
    }

    [Fact]
    public void FinishingIsRefusedWhenNoLineReturnedIsTooLong()
    {
        // Before the first line, after a short line that follows a too-long one already finished (whose count the
        // reader would otherwise still hold), and after the end of the stream once a read skipped a too-long last line.
        var reader = new Utf8LineReader(new TrickleStream(Bytes.Utf8("\"\"\"" + new string('x', 20) + "\nok\n" + new string('"', 30)), 3), 16, maxLineBytes: 10);
        Assert.Throws<InvalidOperationException>(() => reader.FinishTooLongLine());

        Assert.True(reader.TryReadLine(out _));
        Assert.Equal(3, reader.FinishTooLongLine());
        Assert.Equal(3, reader.FinishTooLongLine()); // the same line again: the same count
        Assert.True(reader.TryReadLine(out var line));
        Assert.Equal(("ok", false), (Encoding.UTF8.GetString(line), reader.LineTooLong));
        Assert.Throws<InvalidOperationException>(() => reader.FinishTooLongLine());

        Assert.True(reader.TryReadLine(out _));
        Assert.Equal((3, true), (reader.LineNumber, reader.LineTooLong));
        Assert.False(reader.TryReadLine(out _));
        Assert.False(reader.LineTooLong);
        Assert.Throws<InvalidOperationException>(() => reader.FinishTooLongLine());
    }

    [Fact]
    public void FinishingATooLongLineStopsWhenCancelled()
    {
        using var stop = new CancellationTokenSource();
        var reader = new Utf8LineReader(new TrickleStream(Bytes.Utf8(new string('x', 100) + "\nnext\n"), 1), 16, maxLineBytes: 10, stop.Token);

        Assert.True(reader.TryReadLine(out _));
        Assert.True(reader.LineTooLong);
        stop.Cancel();

        Assert.Throws<OperationCanceledException>(() => reader.FinishTooLongLine());
    }

    [Fact]
    public void FinishingATooLongLineLeavesALineKeptBeforeItIntactAndItsBufferIsReused()
    {
        var texts = Enumerable.Range(0, 60).Select(i => $"line {i}").ToList();
        var content = Bytes.Utf8("kept\n" + new string('x', 40) + "\n" + string.Join("\n", texts));
        var reader = new Utf8LineReader(new TrickleStream(content, 4), 64, maxLineBytes: 10);

        Assert.True(reader.TryReadLine(out var first));
        var kept = reader.Keep(first);
        Assert.True(reader.TryReadLine(out _));
        Assert.True(reader.LineTooLong);
        reader.FinishTooLongLine();
        var read = new List<string>();
        while (reader.TryReadLine(out var line))
        {
            read.Add(Encoding.UTF8.GetString(line));
            if (read.Count == 1)
            {
                Assert.Equal("kept", Encoding.UTF8.GetString(kept.Bytes));
                kept.Release();
            }

            var next = reader.Keep(line);
            next.Release();
        }

        Assert.Equal(texts, read);

        // The buffer of the kept line goes back to the pool once the line and the reader have let go of it.
        Assert.Equal(2, reader.BuffersAllocated);
    }

    [Fact]
    public void KeepingAShortLineLeavesItInTheReadersBuffer()
    {
        var reader = new Utf8LineReader(new TrickleStream(Bytes.Utf8("abc\ndef\n"), 64), 64);

        Assert.True(reader.TryReadLine(out var line));
        var kept = reader.Keep(line);
        Assert.True(reader.TryReadLine(out line));

        Assert.Equal(("abc", "def"), (Encoding.UTF8.GetString(kept.Bytes), Encoding.UTF8.GetString(line)));
        Assert.Equal(1, reader.BuffersAllocated);
    }

    [Fact]
    public void KeepingALineOfHandOverLengthGivesTheGrownBufferAwayAndReadsOnInASmallOne()
    {
        var texts = Enumerable.Range(0, 60).Select(i => $"after {i}").ToList();
        var content = Bytes.Utf8(new string('x', Utf8LineReader.HandOverLength) + "\n" + string.Join("\n", texts));
        var stream = new RecordingStream(content, 48);
        var reader = new Utf8LineReader(stream, 64);

        Assert.True(reader.TryReadLine(out var line));
        var kept = reader.Keep(line);
        stream.LargestRequest = 0;
        Assert.True(reader.TryReadLine(out line));
        Assert.Equal(texts[0], Utf8Line(line));
        kept.Release();
        var read = new List<string> { texts[0] };
        while (reader.TryReadLine(out line))
        {
            read.Add(Utf8Line(line));
            reader.Keep(line).Release();
        }

        Assert.Equal(texts, read);

        // Reads after the long line fill a buffer of the initial size, not the grown one.
        Assert.InRange(stream.LargestRequest, 1, 64);

        // The initial buffer, given back when the buffer first grew, is the one the reader goes on in; a second one
        // serves the moves of kept lines.
        Assert.Equal(2, reader.BuffersAllocated);
    }

    [Fact]
    public void TheBufferGrowsByDoublingNotStraightToTheLimit()
    {
        var stream = new RecordingStream(Bytes.Utf8(new string('x', 40) + "\nend\n"), 1000);
        var reader = new Utf8LineReader(stream, 16, maxLineBytes: 1000);

        Assert.True(reader.TryReadLine(out var line));
        Assert.Equal(40, line.Count);
        Assert.InRange(stream.LargestRequest, 16, 64);
    }

    private static string Utf8Line(ArraySegment<byte> line) => Encoding.UTF8.GetString(line);

    /// <summary>
    /// A stream that hands out at most <c>chunk</c> bytes per read, records the largest count asked for, and fails a
    /// read after it has returned 0 (a terminal or a pipe would wait for more input there).
    /// </summary>
    private sealed class RecordingStream(byte[] data, int chunk) : ReadOnlyTestStream
    {
        private int _position;
        private bool _ended;

        public int LargestRequest { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Assert.False(_ended, "read after the end of the stream");
            LargestRequest = Math.Max(LargestRequest, count);
            var n = Math.Min(Math.Min(count, chunk), data.Length - _position);
            Array.Copy(data, _position, buffer, offset, n);
            _position += n;
            _ended = n == 0;
            return n;
        }
    }
}
