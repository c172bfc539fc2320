using System.Text;
using Framing.Corpus;
using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Tests.Corpus;

/// <summary>
/// Scoring in place: a run that keeps nothing of its documents decodes each JSON Lines text into a reused buffer
/// (<see cref="LentText"/>) instead of a string. Every record must be judged exactly as when its text is a string, the
/// tally must be the same, and nothing that could still read a text may be given a document without one.
/// </summary>
public sealed class ScoringInPlaceTests : IDisposable
{
    private static readonly Lexicon Starter = Lexicon.Load("starter");

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Every kind of record the reader judges, and texts short, long, escaped and too long to lend.</summary>
    private static byte[] Corpus()
    {
        var lines = new List<byte[]>
        {
            Bytes.Utf8("{\"id\":\"short\",\"outlet\":\"a\",\"text\":\"The regime shelled the rebels.\"}"),
            Bytes.Utf8("{\"id\":\"long\",\"outlet\":\"b\",\"text\":\"" + string.Concat(Enumerable.Repeat("قوات النظام قصفت المعارضة. ", 40)) + "\"}"),
            Bytes.Utf8("{\"outlet\":\"a\",\"id\":7,\"text\":\"Terrorists fled \\\"the army\\\"\\n\\u0627\\u0644\\u062c\\u064a\\u0634 \\ud83d\\ude00 end\"}"),
            Bytes.Utf8("{\"id\":\"blank\",\"outlet\":\"a\",\"text\":\" \\t\\u00a0\\u2003 \"}"),
            Bytes.Utf8("{\"id\":\"empty\",\"outlet\":\"a\",\"text\":\"\"}"),
            Bytes.Utf8("{\"id\":\"number\",\"outlet\":\"a\",\"text\":12}"),
            Bytes.Utf8("{\"id\":\"missing\",\"outlet\":\"a\"}"),
            Bytes.Utf8("{\"id\":\"twice\",\"outlet\":\"a\",\"text\":\"one\",\"text\":\"two\"}"),
            Bytes.Utf8("{\"id\":\"\",\"outlet\":\"a\",\"text\":\"no id\"}"),
            Bytes.Utf8("{\"outlet\":\"b\",\"text\":\"located by its line\"}"),
            Bytes.Utf8("{\"id\":\"malformed\",\"outlet\":\"a\",\"text\":\"unterminated}"),
            Bytes.Concat(Bytes.Utf8("{\"id\":\"bad-utf8\",\"outlet\":\"a\",\"text\":\"ab"), [0xC3, 0x28], Bytes.Utf8("\"}")),
            Bytes.Utf8("{\"id\":\"huge\",\"outlet\":\"b\",\"text\":\"" + new string('x', LentText.MaxBytes) + " the rebels\"}"),
            Bytes.Utf8("{\"id\":\"after-huge\",\"outlet\":\"b\",\"text\":\"the opposition\"}"),
            Bytes.Utf8("{\"id\":\"half-pair\",\"outlet\":\"a\",\"text\":\"the rebels \\ud83d\"}"), // valid UTF-8, no text
            Bytes.Utf8("{\"id\":\"half-pair-outlet\",\"outlet\":\"\\ude00\",\"text\":\"the rebels\"}"),
        };
        return Bytes.Concat(lines.SelectMany(l => new[] { l, "\n"u8.ToArray() }).ToArray());
    }

    private static string Describe(Document? document, Diagnostic? error, ReadOnlySpan<char> text) =>
        error is not null
            ? "rejected " + error
            : $"{document!.Id}|{document.Source}|{string.Join(",", document.Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "=" + f.Value))}|{text.ToString()}";

    [Fact]
    public void EveryRecordIsJudgedAndDecodedAsWhenItsTextIsAString()
    {
        var asStrings = new JsonLinesCorpusReader(new MemoryStream(Corpus()), "mem.jsonl").Read()
            .Select(i => Describe(i.Document, i.Error, i.Document is { } d ? d.Text : default)).ToList();

        var lent = new LentText();
        var inPlace = new List<string>();
        var lentCount = 0;
        foreach (var item in new JsonLinesCorpusReader(new MemoryStream(Corpus()), "mem.jsonl").Read())
        {
            var document = item.DocumentForScoring(lent);
            lentCount += document is { IsTextLent: true } ? 1 : 0;
            inPlace.Add(Describe(document, item.Error, document is null ? default : document.IsTextLent ? lent.Span : document.Text));
        }

        Assert.Equal(asStrings, inPlace);
        Assert.Equal(16, inPlace.Count);
        Assert.Equal(6, inPlace.Count(l => !l.StartsWith("rejected", StringComparison.Ordinal)));
        Assert.Equal(5, lentCount); // every accepted text but the one too long to lend
        Assert.Contains("rejected mem.jsonl:4: empty text", inPlace);
        Assert.Contains("rejected mem.jsonl:12: invalid UTF-8", inPlace);
        Assert.Contains("rejected mem.jsonl:15: field \"text\" has an unpaired surrogate escape (\\ud800-\\udfff without its other half)", inPlace);
        Assert.Contains("rejected mem.jsonl:16: field \"outlet\" has an unpaired surrogate escape (\\ud800-\\udfff without its other half)", inPlace);
    }

    [Fact]
    public void ADocumentScoredInPlaceSaysItsTextWasNotKept()
    {
        var item = new JsonLinesCorpusReader(new MemoryStream(Bytes.Utf8("{\"id\":\"a\",\"outlet\":\"o\",\"text\":\"the rebels\"}\n")), "mem.jsonl").Read().Single();
        var lent = new LentText();
        var document = item.DocumentForScoring(lent)!;

        Assert.True(document.IsTextLent);
        Assert.Equal("the rebels", lent.Span.ToString());
        Assert.Same(document, item.Document); // decoded once: the item now holds the document without its text
        var e = Assert.Throws<InvalidOperationException>(() => item.Document!.Text);
        Assert.Equal("mem.jsonl:1: the text of this document was scored in place and not kept", e.Message);
        Assert.Contains("Text = (scored in place, not kept)", document.ToString(), StringComparison.Ordinal);
        Assert.Equal("o", document.GetField("outlet"));
    }

    [Fact]
    public void AnItemDecodedBeforeScoringKeepsItsText()
    {
        var item = new JsonLinesCorpusReader(new MemoryStream(Bytes.Utf8("{\"id\":\"a\",\"outlet\":\"o\",\"text\":\"the rebels\"}\n")), "mem.jsonl").Read().Single();
        Assert.Equal("the rebels", item.Document!.Text); // for example by a shard, on the reader's thread

        var document = item.DocumentForScoring(new LentText())!;
        Assert.False(document.IsTextLent);
        Assert.Equal("the rebels", document.Text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ARunOverAReaderScoresInPlaceToTheSameTally(int parallelism)
    {
        var path = _dir.WriteBytes("c.jsonl", Corpus());
        var compiled = Starter.Compile();
        var bootstrap = new BootstrapSettings(50, 7);
        var options = new CorpusRunOptions { Parallelism = parallelism, BadRecords = BadRecords.Skip(_ => { }) };

        var inPlace = new CorpusRun(new JsonLinesCorpusReader(path), options).Score(compiled, null, bootstrap);
        var items = new JsonLinesCorpusReader(path).Read().ToList(); // items the caller holds: never scored in place
        var asStrings = new CorpusRun(items, "c.jsonl", options).Score(compiled, null, bootstrap);

        Assert.Equal(Fingerprint(asStrings), Fingerprint(inPlace));
        Assert.Equal((6L, 10L), (inPlace.ScoredDocuments, inPlace.RejectedDocuments));
        Assert.All(items.Where(i => !i.IsRejected), i => Assert.False(i.Document!.IsTextLent));

        // The command-line tool's grouping reads a field and says so: its runs score in place too.
        var lentSeen = 0;
        var fieldGrouping = options with
        {
            GroupOf = d =>
            {
                Interlocked.Add(ref lentSeen, d.IsTextLent ? 1 : 0);
                return d.Fields["outlet"];
            },
            GroupOfReadsNoText = true,
        };
        var cliLike = new CorpusRun(new JsonLinesCorpusReader(path), fieldGrouping).Score(compiled, null, bootstrap);
        Assert.Equal(Fingerprint(asStrings), Fingerprint(cliLike));
        Assert.Equal(5, lentSeen); // all but the text too long to lend
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void AGroupingOfTheCallersAndPerDocumentOutputStillReadTheText(int parallelism)
    {
        var path = _dir.WriteBytes("c.jsonl", Corpus());
        var compiled = Starter.Compile();
        var byText = new CorpusRunOptions
        {
            Parallelism = parallelism,
            BadRecords = BadRecords.Skip(_ => { }),
            GroupOf = d => d.Text.Contains("rebels", StringComparison.Ordinal) ? "rebels" : "other",
        };
        var tally = new CorpusRun(new JsonLinesCorpusReader(path), byText).Score(compiled);
        Assert.Equal(["other", "rebels"], tally.Groups.Select(g => g.Group));
        Assert.Equal(2, tally.Groups.Single(g => g.Group == "rebels").Documents);

        var texts = new List<string>();
        new CorpusRun(new JsonLinesCorpusReader(path), new CorpusRunOptions { Parallelism = parallelism, BadRecords = BadRecords.Skip(_ => { }) })
            .Score(compiled, onDocument: (d, _, _) => texts.Add(d.Text));
        Assert.Equal(6, texts.Count);
        Assert.Equal("The regime shelled the rebels.", texts[0]);
    }

    [Fact]
    public void ItemsAReaderOfTheCallersKeepsAreScoredWithTheirTextsEveryTime()
    {
        var path = _dir.WriteBytes("c.jsonl", Corpus());
        var compiled = Starter.Compile();
        var options = new CorpusRunOptions { Parallelism = 2, BadRecords = BadRecords.Skip(_ => { }) };
        var cached = new CachingReader(new JsonLinesCorpusReader(path));

        var first = Fingerprint(new CorpusRun(cached, options).Score(compiled));
        var second = Fingerprint(new CorpusRun(cached, options).Score(compiled));

        Assert.Equal(first, second);
        Assert.Equal(first, Fingerprint(new CorpusRun(new JsonLinesCorpusReader(path), options).Score(compiled)));
        Assert.Equal("The regime shelled the rebels.", cached.Items[0].Document!.Text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void AnItemScoredInPlaceTwiceFailsInsteadOfTakingAnotherText(int parallelism)
    {
        var items = new JsonLinesCorpusReader(new MemoryStream(Corpus()), "mem.jsonl").Read().Take(2).ToList();
        var scorer = new CorpusScorer(Starter.Compile(), null, null, parallelism) { ScoreInPlace = true };

        var e = Assert.Throws<InvalidOperationException>(() => scorer.Score([items[0], items[1], items[0]], d => d.Fields["outlet"]));

        Assert.Equal("mem.jsonl:1: the text of this document was scored in place and not kept", e.Message);
    }

    [Fact]
    public void ADocumentGivenANullTextStillReturnsIt()
    {
        var document = new Document("d", new Dictionary<string, string>(), null!, new DocumentSource("d", 0));
        Assert.Null(document.Text);
        Assert.False(document.IsTextLent);
    }

    [Fact]
    public void ADocumentPrintsItsMembersAsARecordDoes()
    {
        var fields = new Dictionary<string, string> { ["outlet"] = "o" };
        var document = new Document("d", fields, "the rebels", new DocumentSource("c.jsonl", 3));
        Assert.Equal("Document { Id = d, Fields = [outlet=o], Text = the rebels, Source = c.jsonl:3 }", document.ToString());
        Assert.Equal(document, document with { });
        Assert.NotEqual(document, document with { Text = "the opposition" });
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void ATextOfAtMostTheLimitIsLentAndALongerOneHeld(int beyondLimit, bool lent)
    {
        var text = new string('x', LentText.MaxBytes - 4 + beyondLimit) + " ok."; // exactly the limit, or one byte more
        var line = Bytes.Utf8("{\"id\":\"d\",\"outlet\":\"o\",\"text\":\"" + text + "\"}\n");
        var item = new JsonLinesCorpusReader(new MemoryStream(line), "mem.jsonl").Read().Single();
        var buffer = new LentText();

        var document = item.DocumentForScoring(buffer)!;

        Assert.Equal(lent, document.IsTextLent);
        Assert.Equal(text, buffer.TextOf(document).ToString());
    }

    [Fact]
    public void TheBufferChecksItsArgumentsAndForgetsItsOwnerWhenReused()
    {
        var buffer = new LentText();
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Reserve(-1));
        var chars = buffer.Reserve(10);
        Assert.True(chars.Length >= 10);
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.SetLength(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.SetLength(chars.Length + 1));
        "abc".CopyTo(chars);
        buffer.SetLength(3);
        buffer.Owner = new Document("d", new Dictionary<string, string>(), new DocumentSource("d", 0));
        Assert.Equal("abc", buffer.TextOf(buffer.Owner).ToString());

        buffer.Reserve(5);
        Assert.Null(buffer.Owner);
        Assert.Equal(0, buffer.Length);
        Assert.Throws<ArgumentNullException>(() => CorpusItem.Deferred(1, (Func<CorpusItem>)null!));
        Assert.Throws<ArgumentNullException>(() => CorpusItem.Deferred(1, (PendingRecord)null!));
        Assert.Throws<ArgumentNullException>(() => CorpusItem.Accepted(Document.Create("d", "t")).DocumentForScoring(null!));
    }

    /// <summary>
    /// A deferred item is decoded once, by whichever thread reads it first; the others wait for that decoding and see
    /// its document. A decoding that throws leaves the item undecoded, so the next read tries again.
    /// </summary>
    [Fact]
    public void APendingRecordIsDecodedOnceWhateverTheThreadsReadingIt()
    {
        for (var round = 0; round < 20; round++)
        {
            var record = new CountingRecord();
            var item = CorpusItem.Deferred(7, record);
            Assert.Equal(7, item.Size);
            using var start = new Barrier(4);
            var seen = new Document?[4];
            var threads = Enumerable.Range(0, 4).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                seen[t] = t % 2 == 0 ? item.Document : item.DocumentForScoring(new LentText());
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            Assert.Equal(1, record.Decodings);
            Assert.All(seen, d => Assert.Same(seen[0], d));
            Assert.Equal("pending", seen[0]!.Id);
        }

        var failing = new CountingRecord { FailFirst = true };
        var retried = CorpusItem.Deferred(1, failing);
        Assert.Throws<InvalidDataException>(() => retried.Document);
        Assert.Equal("pending", retried.Document!.Id);
        Assert.Null(retried.Error);
        Assert.Equal(2, failing.Decodings);
    }

    private sealed class CountingRecord : PendingRecord
    {
        private int _decodings;

        public bool FailFirst { get; init; }

        public int Decodings => _decodings;

        internal override CorpusItem Decode(LentText? buffer)
        {
            if (Interlocked.Increment(ref _decodings) == 1 && FailFirst)
            {
                throw new InvalidDataException("first decoding fails");
            }

            Thread.Sleep(5); // long enough for the other threads to arrive while it decodes
            return CorpusItem.Accepted(Document.Create("pending", "text"));
        }
    }

    private sealed class CachingReader(ICorpusReader inner) : ICorpusReader
    {
        public List<CorpusItem> Items { get; } = [.. inner.Read()];

        public string Description => inner.Description;

        public IEnumerable<CorpusItem> Read(CancellationToken cancellationToken = default) => Items;
    }

    private static string Fingerprint(CorpusTally tally)
    {
        var rows = ScoreTable.Build(tally, Starter);
        var replicates = string.Join(";", tally.Groups.Select(g => string.Join(",", g.Replicates?.Export() ?? [])));
        var totals = tally.Groups.Select(g => $"{g.Group}:{g.Documents}:{g.Tokens}");
        return string.Join("\n", rows) + "|" + string.Join(",", totals) + "|" + tally.ScoredDocuments + "|" + tally.RejectedDocuments + "|" + replicates;
    }
}
