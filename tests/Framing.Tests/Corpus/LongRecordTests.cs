using System.Text;
using Framing.Corpus;
using Framing.Lexicons;

namespace Framing.Tests.Corpus;

/// <summary>
/// Records longer than the reader's limit (<see cref="CorpusReaderOptions.MaxRecordBytes"/>, 1000 MiB by default and
/// small here): each is one rejected record, <c>record too long</c>, found without holding it in memory, and the
/// records after it are read.
/// </summary>
public sealed class LongRecordTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static CorpusReaderOptions Limit(int bytes) => CorpusReaderOptions.Default with { MaxRecordBytes = bytes };

    private static List<string> Describe(List<CorpusItem> items) =>
        [.. items.Select(i => i.IsRejected ? i.Error!.ToString() : $"{i.Document!.Id}: {i.Document.Text}")];

    private static List<(int Line, string Text, bool TooLong)> ReadLines(string content, int chunk, int bufferSize, int maxLineBytes)
    {
        var reader = new Utf8LineReader(new TrickleStream(Bytes.Utf8(content), chunk), bufferSize, maxLineBytes);
        var lines = new List<(int, string, bool)>();
        while (reader.TryReadLine(out var line))
        {
            lines.Add((reader.LineNumber, Encoding.UTF8.GetString(line), reader.LineTooLong));
        }

        return lines;
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(3, 16)]
    [InlineData(7, 8)]
    [InlineData(1000, 65536)]
    public void ALineLongerThanTheLimitIsReturnedEmptyAtItsNumberAndTheLinesAfterItFollow(int chunk, int bufferSize)
    {
        var content = "short\n" + new string('x', 11) + "\nexactly10!\r\n" + new string('y', 5000) + "\r\nafter\n" + new string('z', 11);

        var lines = ReadLines(content, chunk, bufferSize, maxLineBytes: 10);

        Assert.Equal(
            [(1, "short", false), (2, "", true), (3, "exactly10!", false), (4, "", true), (5, "after", false), (6, "", true)],
            lines);
    }

    [Fact]
    public void FinishingATooLongLineCountsItsQuotesAndLeavesTheNextLineToRead()
    {
        var content = "a\"b\"c\"" + new string('x', 100) + "\"\"\r\nnext\n";
        var reader = new Utf8LineReader(new TrickleStream(Bytes.Utf8(content), 7), 16, maxLineBytes: 10);

        Assert.True(reader.TryReadLine(out var line));
        Assert.Equal((0, true, 1), (line.Count, reader.LineTooLong, reader.LineNumber));
        Assert.Equal(5, reader.FinishTooLongLine());
        Assert.True(reader.TryReadLine(out line));
        Assert.Equal(("next", false, 2), (Encoding.UTF8.GetString(line), reader.LineTooLong, reader.LineNumber));
    }

    [Fact]
    public void ALineWithoutEndIsFoundTooLongOnceTheLimitIsReadAndTheBufferNeverHoldsMore()
    {
        var stream = new EndlessZeros(prefix: "{}\n", failAfter: 1 << 20);
        using var stop = new CancellationTokenSource();
        var reader = new Utf8LineReader(stream, 16, maxLineBytes: 1000, stop.Token);

        Assert.True(reader.TryReadLine(out _));
        Assert.True(reader.TryReadLine(out var line));

        Assert.Equal((0, true, 2), (line.Count, reader.LineTooLong, reader.LineNumber));
        Assert.InRange(stream.LargestRead, 1, 1002);
        Assert.InRange(stream.Position, 1003, 1003 + 1002);

        // The rest is skipped as it is read, which an endless line makes endless: the token stops it.
        stop.Cancel();
        Assert.Throws<OperationCanceledException>(() => reader.TryReadLine(out _));
    }

    [Fact]
    public void AJsonLineLongerThanTheLimitIsOneRejectedRecordAndTheLinesAfterItAreRead()
    {
        var content = "{\"id\":1,\"outlet\":\"a\",\"text\":\"army\"}\n"
            + "{\"id\":2,\"outlet\":\"a\",\"text\":\"" + new string('x', 200) + "\"}\n"
            + "\n{\"id\":3,\"outlet\":\"b\",\"text\":\"rebels\"}";
        var reader = new JsonLinesCorpusReader(new TrickleStream(Bytes.Utf8(content), 5), "c.jsonl", Limit(64));

        var items = reader.ReadAll();

        Assert.Equal(["1: army", "c.jsonl:2: record too long (more than 64 bytes)", "3: rebels"], Describe(items));
    }

    [Fact]
    public void ARunSkippingBadRecordsCountsATooLongLineAsRejected()
    {
        var path = _dir.Write("c.jsonl", "{\"id\":1,\"outlet\":\"a\",\"text\":\"" + new string('x', 200) + "\"}\n{\"id\":2,\"outlet\":\"b\",\"text\":\"rebels\"}\n");
        var warnings = new List<string>();
        var run = new CorpusRun(new JsonLinesCorpusReader(path, Limit(100)), new CorpusRunOptions { BadRecords = BadRecords.Skip(warnings.Add), Parallelism = 2 });

        var tally = run.Score(Lexicon.Load("starter").Compile());

        Assert.Equal((1L, 1L), (tally.ScoredDocuments, run.Rejected));
        Assert.Equal([$"skipped {path}:1: record too long (more than 100 bytes)"], warnings);
    }

    [Fact]
    public async Task AnEndlessLineStopsAParallelRunAtItInsteadOfBeingSkippedForever()
    {
        // After 2 MiB the input slows down, so that a reader skipping it without end would outlast the wait below.
        var stream = new EndlessZeros(prefix: "{\"id\":1,\"outlet\":\"a\",\"text\":\"army\"}\n", failAfter: 256 << 20, slowAfter: 2 << 20);
        var reader = new JsonLinesCorpusReader(stream, "-", Limit(1 << 20));
        var run = new CorpusRun(reader, new CorpusRunOptions { Parallelism = 2 });
        var compiled = Lexicon.Load("starter").Compile();

        var scoring = Task.Run(() => run.Score(compiled));

        Assert.Same(scoring, await Task.WhenAny(scoring, Task.Delay(TimeSpan.FromSeconds(30))));
        var error = await Assert.ThrowsAsync<BadRecordException>(() => scoring);
        Assert.Equal("-:2: record too long (more than 1 MiB)", error.Error.ToString());
    }

    [Fact]
    public void ACsvRecordLongerThanTheLimitIsRejectedAtItsLineAndTheRecordsAfterItAreRead()
    {
        var content = "id,outlet,text\n1,a,army\n2,b," + new string('x', 100) + "\n3,b,rebels\n"
            + "4,a,\"" + string.Join("\n", Enumerable.Repeat("abcdefgh", 10)) + "\"\n5,a,after a long quoted field\n"
            + "6,a,\"short\n" + new string('y', 100) + "\nstill quoted, \"\"so\"\" on\nend\"\n7,b,after a long line in quotes\n"
            + "8,a,\"" + new string('z', 100) + "\nmore\"\n9,b,after an opening quote\n"
            + "10,a,\"" + new string('w', 100) + "\"\n11,b,after a closing quote\n";
        var reader = new CsvCorpusReader(new TrickleStream(Bytes.Utf8(content), 9), "c.csv", Limit(32));

        var items = reader.ReadAll();

        Assert.Equal(
            [
                "1: army", "c.csv:3: record too long (more than 32 bytes)", "3: rebels",
                "c.csv:5: record too long (more than 32 bytes)", "5: after a long quoted field",
                "c.csv:16: record too long (more than 32 bytes)", "7: after a long line in quotes",
                "c.csv:21: record too long (more than 32 bytes)", "9: after an opening quote",
                "c.csv:24: record too long (more than 32 bytes)", "11: after a closing quote",
            ],
            Describe(items));
    }

    [Fact]
    public void ACsvHeaderLongerThanTheLimitMakesTheFileUnreadable()
    {
        var reader = new CsvCorpusReader(new MemoryStream(Bytes.Utf8("id,outlet,text," + new string('c', 40) + "\n1,a,army,x\n")), "c.csv", Limit(32));

        var e = Assert.Throws<CorpusException>(() => reader.ReadAll());

        Assert.Equal("c.csv:1: header row: record too long (more than 32 bytes)", e.Error.ToString());
    }

    [Fact]
    public void AFileLongerThanTheLimitInAFolderOrAManifestIsRejectedWithoutReadingIt()
    {
        _dir.Write("corpus/a/big.txt", new string('x', 17));
        _dir.Write("corpus/a/fits.txt", new string('y', 16));
        var manifest = _dir.Write("corpus/m.csv", "file,outlet\na/big.txt,a\na/fits.txt,b\n");

        var folder = new TextFolderCorpusReader(_dir.File("corpus"), Limit(16)).ReadAll();
        var listed = new ManifestCorpusReader(manifest, Limit(16)).ReadAll();

        Assert.Equal([$"{_dir.File("corpus/a/big.txt")}: cannot read file: file too long (more than 16 bytes)", "a/fits.txt: " + new string('y', 16)], Describe(folder));
        Assert.Equal([$"{manifest}:2: cannot read file a/big.txt: file too long (more than 16 bytes)", "a/fits.txt: " + new string('y', 16)], Describe(listed));
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(3, 16)]
    [InlineData(1000, 65536)]
    public void ALineIsMeasuredInUtf8BytesWithoutTheByteOrderMarkOfLine1HoweverItsBytesArrive(int chunk, int bufferSize)
    {
        // Five Arabic letters: 5 characters, 10 bytes in UTF-8; one more byte is over the limit.
        var atLimit = new string('ح', 5);

        var lines = ReadLines("\uFEFF" + atLimit + "\r\n" + atLimit + "x\n" + atLimit, chunk, bufferSize, maxLineBytes: 10);
        var over = ReadLines("\uFEFF" + atLimit + "x\nok", chunk, bufferSize, maxLineBytes: 10);

        Assert.Equal([(1, atLimit, false), (2, "", true), (3, atLimit, false)], lines);
        Assert.Equal([(1, "", true), (2, "ok", false)], over);
    }

    [Fact]
    public void AJsonLineInUtf16IsMeasuredInUtf8Bytes()
    {
        // The line {"id":1,"outlet":"a","text":"ح…"} with 12 Arabic letters: 31 + 24 = 55 bytes in UTF-8, 43 characters
        // (86 bytes in UTF-16); one more letter x is over the limit.
        var line = "{\"id\":1,\"outlet\":\"a\",\"text\":\"" + new string('ح', 12) + "\"}";
        var content = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(line + "\r\n" + line.Replace("\"}", "x\"}", StringComparison.Ordinal) + "\n")).ToArray();

        var items = new JsonLinesCorpusReader(new TrickleStream(content, 5), "u.jsonl", Limit(55)).ReadAll();

        Assert.Equal(["1: " + new string('ح', 12), "u.jsonl:2: record too long (more than 55 bytes)"], Describe(items));
    }

    [Fact]
    public void ACsvRecordOfArabicTextIsMeasuredInUtf8Bytes()
    {
        // 1,a,"ح…" over two lines: 5 + 2 × 16 (eight Arabic letters on each) + 2 (the CR LF inside the quotes) + 1 = 40
        // bytes in UTF-8, 24 characters; one more letter x is over the limit.
        var field = new string('ح', 8) + "\r\n" + new string('ح', 8);
        var content = "id,outlet,text\n1,a,\"" + field + "\"\n2,b,\"" + field + "x\"\n3,c,ok\n";

        var items = new CsvCorpusReader(new TrickleStream(Bytes.Utf8(content), 3), "c.csv", Limit(40)).ReadAll();

        Assert.Equal(["1: " + field, "c.csv:4: record too long (more than 40 bytes)", "3: ok"], Describe(items));
    }

    [Fact]
    public void AFileIsMeasuredInUtf8BytesOfItsTextWhateverItsEncodingAndItsByteOrderMark()
    {
        // Nine Arabic letters and two spaces: 11 characters, 20 bytes in UTF-8 (23 with a byte-order mark), 24 in
        // UTF-16 and 48 in UTF-32 with theirs; one more letter x is over the limit of 20 bytes in each.
        var atLimit = new string('ح', 9) + "  ";
        var encodings = new (string Name, Encoding Encoding)[]
        {
            ("utf8", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)),
            ("utf16", Encoding.Unicode),
            ("utf16be", Encoding.BigEndianUnicode),
            ("utf32", Encoding.UTF32),
        };
        foreach (var (name, encoding) in encodings)
        {
            _dir.WriteBytes($"corpus/{name}-at.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(atLimit)]);
            _dir.WriteBytes($"corpus/{name}-over.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(atLimit + "x")]);
        }

        // A manifest's rows are records too: short ones name copies of the UTF-16 and UTF-8 files.
        foreach (var (copy, name) in new[] { ("a", "utf16-at"), ("b", "utf16-over"), ("c", "utf8-at"), ("d", "utf8-over") })
        {
            _dir.WriteBytes($"listed/{copy}.txt", File.ReadAllBytes(_dir.File($"corpus/{name}.txt")));
        }

        _dir.Write("corpus/plain-at.txt", atLimit);
        _dir.Write("corpus/plain-over.txt", atLimit + "x");
        var manifest = _dir.Write("listed/m.csv", "file,outlet\na.txt,a\nb.txt,b\nc.txt,c\nd.txt,d\n");

        var folder = Describe(new TextFolderCorpusReader(_dir.File("corpus"), Limit(20)).ReadAll());
        var listed = Describe(new ManifestCorpusReader(manifest, Limit(20)).ReadAll());

        string TooLong(string name) => $"{_dir.File("corpus/" + name)}: cannot read file: file too long (more than 20 bytes)";
        Assert.Equal(
            [
                "plain-at.txt: " + atLimit, TooLong("plain-over.txt"), "utf16-at.txt: " + atLimit, TooLong("utf16-over.txt"),
                "utf16be-at.txt: " + atLimit, TooLong("utf16be-over.txt"), "utf32-at.txt: " + atLimit, TooLong("utf32-over.txt"),
                "utf8-at.txt: " + atLimit, TooLong("utf8-over.txt"),
            ],
            folder);
        Assert.Equal(
            [
                "a.txt: " + atLimit, $"{manifest}:3: cannot read file b.txt: file too long (more than 20 bytes)",
                "c.txt: " + atLimit, $"{manifest}:5: cannot read file d.txt: file too long (more than 20 bytes)",
            ],
            listed);
    }

    [Fact]
    public void TheDefaultLimitIs1000MiBAndNoLargerOneCanBeSet()
    {
        Assert.Equal(1000 << 20, CorpusReaderOptions.Default.MaxRecordBytes);
        Assert.Equal("record too long (more than 1000 MiB)", RecordMessages.RecordTooLong(CorpusReaderOptions.Default.MaxRecordBytes));
        Assert.Throws<ArgumentOutOfRangeException>(() => CorpusReaderOptions.Default with { MaxRecordBytes = (1000 << 20) + 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => CorpusReaderOptions.Default with { MaxRecordBytes = 0 });
    }

    /// <summary>
    /// A prefix, then zero bytes without end (as <c>/dev/zero</c>): slowly after <c>slowAfter</c> bytes, and failing
    /// after <c>failAfter</c> (a reader that never stops is a failure, not a machine out of memory).
    /// </summary>
    private sealed class EndlessZeros(string prefix, long failAfter, long slowAfter = long.MaxValue) : Stream
    {
        private readonly byte[] _prefix = Bytes.Utf8(prefix);

        public long LargestRead { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            LargestRead = Math.Max(LargestRead, count);
            if (Position >= failAfter)
            {
                throw new IOException($"read {Position} bytes of an endless stream");
            }

            if (Position >= slowAfter)
            {
                Thread.Sleep(10);
                count = Math.Min(count, 64 << 10);
            }

            var n = Math.Min(count, 1 << 20);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = Position + i < _prefix.Length ? _prefix[Position + i] : (byte)0;
            }

            Position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
