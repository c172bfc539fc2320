using Framing.Corpus;
using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Tests.Scoring;

public sealed class ReplicateSumsTests
{
    private static readonly string[] Sentences =
    [
        "The regime shelled the rebels near the city.",
        "Terrorists attacked positions of the Syrian Arab Army.",
        "Government forces and opposition fighters clashed.",
        "قوات النظام قصفت مواقع المعارضة.",
        "الجيش العربي السوري لاحق الإرهابيين.",
        "A quiet day with no fighting reported.",
    ];

    [Fact]
    public void PoissonWeightsHaveMeanAndVarianceOne()
    {
        var weights = new long[200_000];
        PoissonResampling.Fill(7, PoissonResampling.KeyOf("doc"), weights);
        var mean = weights.Average();
        var variance = weights.Select(w => (w - mean) * (w - mean)).Average();
        Assert.InRange(mean, 0.99, 1.01);
        Assert.InRange(variance, 0.98, 1.02);
        Assert.InRange(weights.Count(w => w == 0) / (double)weights.Length, 0.364, 0.372); // e^-1 = 0.3679
    }

    [Fact]
    public void WeightsDependOnlyOnSeedKeyAndReplicate()
    {
        var a = new long[100];
        var b = new long[100];
        PoissonResampling.Fill(3, PoissonResampling.KeyOf("x"), a);
        PoissonResampling.Fill(3, PoissonResampling.KeyOf("x"), b);
        Assert.Equal(a, b);
        PoissonResampling.Fill(4, PoissonResampling.KeyOf("x"), b);
        Assert.NotEqual(a, b);
        PoissonResampling.Fill(3, PoissonResampling.KeyOf("y"), b);
        Assert.NotEqual(a, b);
        var prefix = new long[10];
        PoissonResampling.Fill(3, PoissonResampling.KeyOf("x"), prefix);
        Assert.Equal(a[..10], prefix);
    }

    /// <summary>
    /// The weights pinned by an independent implementation of the documented generator (FNV-1a key, SplitMix64
    /// seeding of four xoshiro256** streams, replicate b from stream b mod 4, Poisson(1) by the cumulative table),
    /// written in Python for this test:
    /// <code>
    /// def mix(z): z = ((z ^ (z &gt;&gt; 30)) * 0xBF58476D1CE4E5B9) &amp; M; z = ((z ^ (z &gt;&gt; 27)) * 0x94D049BB133111EB) &amp; M; return z ^ (z &gt;&gt; 31)
    /// x = mix(seed ^ mix(key ^ 0x9E3779B97F4A7C15)); state[w * 4 + j] = mix(x := x + 0x9E3779B97F4A7C15) for j, then w
    /// result = rotl(s1 * 5, 7) * 9; t = s1 &lt;&lt; 17; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 45)
    /// weight = number of thresholds Cumulative[k] &lt;= result &gt;&gt; 11
    /// </code>
    /// A change to the generator changes these and must come with a new <see cref="Framing.Scoring.State.TallyState.FormatVersion"/>,
    /// because saved replicate sums would no longer merge with new ones.
    /// </summary>
    [Fact]
    public void WeightsMatchAnIndependentImplementationOfTheGenerator()
    {
        Assert.Equal(0x42D4E5AB72FC8A9BUL, PoissonResampling.KeyOf("doc-1"));
        long[] expected1 = [3, 1, 2, 2, 1, 0, 2, 1, 0, 1, 1, 0, 3, 0, 1, 2, 2, 1, 1, 2, 0, 0, 1, 0, 0, 1, 1, 4, 0, 0, 0, 3, 4, 1, 0, 3, 0, 0, 3, 1];
        long[] expected42 = [0, 0, 0, 0, 1, 0, 0, 1, 0, 2, 0, 0, 1, 1, 0, 3, 2, 4, 2, 1, 1, 0, 1, 1, 0, 2, 4, 1, 0, 1, 1, 1, 1, 1, 1, 3, 1, 1, 3, 0];
        var weights = new long[40];
        PoissonResampling.Fill(1, PoissonResampling.KeyOf("doc-1"), weights);
        Assert.Equal(expected1, weights);
        PoissonResampling.Fill(42, PoissonResampling.KeyOf("وثيقة"), weights);
        Assert.Equal(expected42, weights);
        PoissonResampling.FillScalar(42, PoissonResampling.KeyOf("وثيقة"), weights);
        Assert.Equal(expected42, weights);
        Assert.Throws<ArgumentNullException>(() => PoissonResampling.KeyOf(null!));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(2001)]
    public void VectorAndScalarStepsDrawTheSameWeights(int replicates)
    {
        for (ulong seed = 0; seed < 20; seed++)
        {
            var vector = new long[replicates];
            var scalar = new long[replicates];
            PoissonResampling.Fill(seed, PoissonResampling.KeyOf("doc" + seed), vector);
            PoissonResampling.FillScalar(seed, PoissonResampling.KeyOf("doc" + seed), scalar);
            Assert.Equal(scalar, vector);
        }
    }

    /// <summary>
    /// The byte draws, made a block of 256 at a time with the streams carried from block to block, are the long draws
    /// of the scalar steps: at lengths inside a block, at its edges and past several blocks, by the vector and the
    /// scalar steps.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(515)]
    [InlineData(2000)]
    public void ByteDrawsAreTheDrawsBlockByBlock(int replicates)
    {
        for (ulong seed = 0; seed < 10; seed++)
        {
            var key = PoissonResampling.KeyOf("doc" + seed);
            var expected = new long[replicates];
            PoissonResampling.FillScalar(seed, key, expected);
            var vector = new byte[replicates];
            var scalar = new byte[replicates];
            PoissonResampling.Fill(seed, key, vector);
            PoissonResampling.FillScalarForTest(seed, key, scalar);
            Assert.Equal(expected, vector.Select(b => (long)b));
            Assert.Equal(expected, scalar.Select(b => (long)b));
        }
    }

    /// <summary>
    /// The draws are written into exactly the span given, as the sums' batch buffer gives each document its slice of
    /// one array: the bytes and longs after the span keep their values (a vector step past the end would overwrite
    /// them), at every length across the 32-draw steps and the 256-draw blocks.
    /// </summary>
    [Fact]
    public void DrawsAreWrittenOnlyIntoTheirSpan()
    {
        const int Guard = 64;
        foreach (var replicates in Enumerable.Range(0, 70).Concat([255, 256, 257, 300, 513]))
        {
            var key = PoissonResampling.KeyOf("doc" + replicates);
            var expected = new long[replicates];
            PoissonResampling.FillScalar(5, key, expected);

            var bytes = new byte[replicates + Guard];
            Array.Fill(bytes, (byte)0xEE);
            PoissonResampling.Fill(5, key, bytes.AsSpan(0, replicates));
            Assert.Equal(expected, bytes.Take(replicates).Select(b => (long)b));
            Assert.True(bytes.AsSpan(replicates).IndexOfAnyExcept((byte)0xEE) < 0, $"{replicates} byte draws: written past the span");

            var longs = new long[replicates + Guard];
            Array.Fill(longs, -7L);
            PoissonResampling.Fill(5, key, longs.AsSpan(0, replicates));
            Assert.Equal(expected, longs.Take(replicates));
            Assert.True(longs.AsSpan(replicates).IndexOfAnyExcept(-7L) < 0, $"{replicates} draws: written past the span");
        }
    }

    /// <summary>
    /// Both draws at every threshold of the table: bits just below threshold k give k, bits at it give k + 1, so even the
    /// draws of 9 to 12, too rare to appear in any sample a test can make (below one in a million), are checked.
    /// </summary>
    [Fact]
    public void DrawsAtEveryThresholdOfTheTable()
    {
        var thresholds = PoissonResampling.Thresholds.ToArray();
        Assert.Equal(12, thresholds.Length);
        var cases = new List<(ulong Bits, long Expected)> { (0, 0), ((1UL << 53) - 1, 12) };
        for (var k = 0; k < thresholds.Length; k++)
        {
            Assert.True(k == 0 || thresholds[k] > thresholds[k - 1], $"threshold {k} is not above the one before");
            cases.Add((thresholds[k] - 1, k));
            cases.Add((thresholds[k], k + 1));
            cases.Add((thresholds[k] + 1, k + 1));
        }

        foreach (var (bits, expected) in cases)
        {
            Assert.Equal(expected, PoissonResampling.DrawForTest(bits));
        }

        // Four lanes at a time, each lane a different case, in every position.
        for (var start = 0; start + 4 <= cases.Count; start++)
        {
            var lanes = cases.Skip(start).Take(4).ToArray();
            var drawn = PoissonResampling.DrawForTest(System.Runtime.Intrinsics.Vector256.Create((long)lanes[0].Bits, (long)lanes[1].Bits, (long)lanes[2].Bits, (long)lanes[3].Bits));
            for (var j = 0; j < 4; j++)
            {
                Assert.True(lanes[j].Expected == drawn[j], $"bits {lanes[j].Bits} in lane {j}: {drawn[j]}, expected {lanes[j].Expected}");
            }
        }
    }

    [Fact]
    public void TheTailOfThePoissonDistributionIsDrawn()
    {
        var weights = new long[400_000];
        PoissonResampling.Fill(1, PoissonResampling.KeyOf("tail"), weights);
        var scalar = new long[weights.Length];
        PoissonResampling.FillScalar(1, PoissonResampling.KeyOf("tail"), scalar);
        Assert.Equal(scalar, weights);

        // P(X >= 5) = 0.00366 and P(X >= 7) = 0.0000832 for X ~ Poisson(1).
        Assert.InRange(weights.Count(w => w >= 5) / (double)weights.Length, 0.0033, 0.0040);
        Assert.InRange(weights.Count(w => w >= 7), 15, 60);
        Assert.InRange(weights.Count(w => w == 4) / (double)weights.Length, 0.0145, 0.0162); // e^-1 / 24 = 0.01533
    }

    [Fact]
    public void TheSameIdInTwoGroupsDrawsOtherWeights()
    {
        // Outlets that number their articles 1, 2, … each: keyed by the id alone, a document of one outlet drew the same
        // bootstrap weights as the other's document of that id, which tied the two groups' resamples together.
        Assert.NotEqual(Key("A", "1", "text"), Key("B", "1", "text"));
        Assert.NotEqual(Key("ab", "c", "text"), Key("a", "bc", "text"));
        Assert.NotEqual(Key("", "1", "text"), Key("1", "", "text"));

        var lexicon = Lexicon.Load("syria-conflict");
        var scorer = lexicon.Compile().CreateScorer();
        var tally = new CorpusTally(lexicon.Dimensions.Count, new BootstrapSettings(200, 17));
        for (var i = 0; i < 10; i++)
        {
            var id = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var text = VoicedSentences[i % VoicedSentences.Length];
            var document = scorer.Score(id, text);
            tally.Add("A", document, DocumentSample.IdentityOf("A", id, text));
            tally.Add("B", document, DocumentSample.IdentityOf("B", id, text));
        }

        var groups = tally.Groups.ToDictionary(g => g.Group, StringComparer.Ordinal);
        Assert.Equal(groups["A"].Counts.WeightMilli(0, PoleSide.A), groups["B"].Counts.WeightMilli(0, PoleSide.A)); // the same documents
        Assert.False(groups["A"].Replicates!.Sums.SequenceEqual(groups["B"].Replicates!.Sums)); // drawn apart
    }

    [Fact]
    public void TheSameIdWithAnotherTextDrawsOtherWeights()
    {
        // An outlet whose records all share one id (or dates as ids, several articles a day): keyed by group and id
        // alone, its documents all drew the same weights, so every replicate scaled every document alike and the
        // interval had no width (0.272727 to 0.272727).
        const string Id = "2024-05-01";
        Assert.NotEqual(Key("g", Id, VoicedSentences[0]), Key("g", Id, VoicedSentences[1]));
        var first = new byte[500];
        var second = new byte[500];
        PoissonResampling.Fill(17, Key("g", Id, VoicedSentences[0]), first);
        PoissonResampling.Fill(17, Key("g", Id, VoicedSentences[1]), second);
        Assert.False(first.AsSpan().SequenceEqual(second));

        // Two records of one group with one text and no id of their own are told apart by their places.
        Assert.NotEqual(Key("g", "c.jsonl:1", "The same text."), Key("g", "c.jsonl:2", "The same text."));
        var placed = Enumerable.Range(1, 2).Select(line => new Document($"c.jsonl:{line}", new Dictionary<string, string>(), "The same text.", new DocumentSource("c.jsonl", line))).ToList();
        Assert.Equal(DocumentSample.IdentityOf("g", placed[0], "The same text."), DocumentSample.IdentityOf("g", placed[1], "The same text.")); // one to the sample
        Assert.NotEqual(PoissonResampling.KeyOf("g", placed[0], "The same text."), PoissonResampling.KeyOf("g", placed[1], "The same text.")); // two to the bootstrap

        // Scored: every document with the one id, each text its own, is resampled on its own, as with unique ids.
        var lexicon = Lexicon.Load("syria-conflict");
        var compiled = lexicon.Compile();
        var settings = new BootstrapSettings(400, 17);
        CorpusTally ScoreWith(Func<int, string> idOf) => new CorpusScorer(compiled, null, settings).Score(
            Enumerable.Range(0, 12).Select(i => CorpusItem.Accepted(Document.Create(idOf(i), VoicedSentences[i % VoicedSentences.Length] + " " + VoicedSentences[(i * 5 + 1) % VoicedSentences.Length], ("outlet", "g")))),
            d => d.Fields["outlet"]);
        var shared = ScoreWith(_ => Id).Groups.Single();
        var unique = ScoreWith(i => "d" + i).Groups.Single();
        Assert.Equal(unique.Counts, shared.Counts);
        var d = lexicon.Dimensions.ToList().FindIndex(x => x.Id == "armed-opposition");
        var scores = shared.Replicates!.Scores([(d, 1)], VoiceSelection.All).Where(double.IsFinite).ToArray();
        Assert.True(scores.Max() - scores.Min() > 0.1, $"replicate scores from {scores.Min()} to {scores.Max()}");
        Assert.False(shared.Replicates.Sums.SequenceEqual(unique.Replicates!.Sums)); // other keys, other draws
    }

    /// <summary>The key of a document of <paramref name="group"/> with its own id and its text.</summary>
    private static ulong Key(string group, string id, string text) => PoissonResampling.KeyOf(DocumentSample.IdentityOf(group, id, text), id);

    [Theory]
    [InlineData(37)] // not a multiple of any vector width: the scalar tail is used too
    [InlineData(2000)]
    public void SumsAreTheDocumentsWeightsTimesTheirDraws(int replicates)
    {
        var lexicon = Lexicon.Load("syria-conflict");
        var scorer = lexicon.Compile().CreateScorer();
        var settings = new BootstrapSettings(replicates, 17);
        var tally = new CorpusTally(lexicon.Dimensions.Count, settings);
        var documents = Enumerable.Range(0, 30).Select(i => scorer.Score("d" + i, VoicedSentences[i % VoicedSentences.Length] + " " + VoicedSentences[(i * 5) % VoicedSentences.Length])).ToList();
        foreach (var document in documents)
        {
            tally.Add("g", document, DocumentSample.IdentityOf("g", document.Id, string.Empty)); // the sample is not under test
        }

        // Layout: dimension, pole (A, B), voice, replicate.
        var expected = new long[lexicon.Dimensions.Count * 2 * FramingCounts.VoiceCount * replicates];
        var draws = new long[replicates];
        foreach (var document in documents)
        {
            PoissonResampling.FillScalar(settings.Seed, Key("g", document.Id, string.Empty), draws);
            for (var d = 0; d < lexicon.Dimensions.Count; d++)
            {
                for (var side = 0; side < 2; side++)
                {
                    for (var voice = 0; voice < FramingCounts.VoiceCount; voice++)
                    {
                        var value = document.Counts.WeightMilli(d, (PoleSide)side, VoiceSelections.Only((Voice)voice));
                        for (var b = 0; b < replicates; b++)
                        {
                            expected[((((d * 2) + side) * FramingCounts.VoiceCount) + voice) * replicates + b] += value * draws[b];
                        }
                    }
                }
            }
        }

        Assert.Contains(expected, v => v != 0);

        // 30 documents leave 6 waiting in an unfinished batch of 8: the raw view (read first, as a state's digest
        // reads it) includes them, as the copy does.
        var sums = tally.Groups.Single().Replicates!;
        Assert.Equal(expected, sums.Sums.ToArray());
        Assert.Equal(expected, sums.Export());
    }

    [Fact]
    public void SplitAndMergedTalliesHaveIdenticalReplicates()
    {
        var lexicon = Lexicon.Load("starter");
        var scorer = lexicon.Compile().CreateScorer();
        var settings = new BootstrapSettings(500, 11);
        var documents = Enumerable.Range(0, 60).Select(i => scorer.Score("d" + i, Sentences[i % Sentences.Length] + " " + Sentences[(i * 7) % Sentences.Length])).ToList();
        var whole = new CorpusTally(lexicon.Dimensions.Count, settings);
        foreach (var d in documents)
        {
            whole.Add("g", d, DocumentSample.IdentityOf("g", d.Id, string.Empty));
        }

        var first = new CorpusTally(lexicon.Dimensions.Count, settings);
        var second = new CorpusTally(lexicon.Dimensions.Count, settings);
        foreach (var d in documents.AsEnumerable().Reverse())
        {
            (int.Parse(d.Id[1..], System.Globalization.CultureInfo.InvariantCulture) % 3 == 0 ? first : second).Add("g", d, DocumentSample.IdentityOf("g", d.Id, string.Empty));
        }

        second.Merge(first);
        var expected = whole.Groups.Single().Replicates!.Export();
        Assert.Equal(expected, second.Groups.Single().Replicates!.Export());
        Assert.Contains(expected, v => v != 0);
    }

    [Fact]
    public void DocumentsSharingAnIdSplitIntoShardsMergeIntoTheWhole()
    {
        // Keyed by their texts too, documents of one id still draw the same weights wherever they are scored: the
        // shards' sums, merged, are the whole corpus's, for any split and any degree of parallelism.
        var lexicon = Lexicon.Load("starter");
        var compiled = lexicon.Compile();
        var settings = new BootstrapSettings(300, 11);
        var items = Enumerable.Range(0, 40).Select(i => CorpusItem.Accepted(new Document(
            "2024-05-0" + (i % 3), new Dictionary<string, string> { ["outlet"] = "o" + (i % 2) }, Sentences[i % Sentences.Length] + " " + Sentences[(i * 7) % Sentences.Length] + " " + i, new DocumentSource("c.jsonl", i + 1)))).ToList();
        CorpusTally Score(IEnumerable<CorpusItem> part, int parallelism = 1) => new CorpusScorer(compiled, null, settings, parallelism).Score(part, d => d.Fields["outlet"]);
        var whole = Score(items);
        var merged = Score(items.Where((_, i) => i % 3 == 0));
        merged.Merge(Score(items.Where((_, i) => i % 3 != 0), parallelism: 2));
        var parallel = Score(items, parallelism: 3);
        foreach (var group in whole.Groups)
        {
            var expected = group.Replicates!.Export();
            Assert.Contains(expected, v => v != 0);
            Assert.Equal(expected, merged.Groups.Single(g => g.Group == group.Group).Replicates!.Export());
            Assert.Equal(expected, parallel.Groups.Single(g => g.Group == group.Group).Replicates!.Export());
        }
    }

    [Fact]
    public void ReplicateScoresScatterAroundTheScore()
    {
        var lexicon = Lexicon.Load("starter");
        var scorer = lexicon.Compile().CreateScorer();
        var tally = new CorpusTally(lexicon.Dimensions.Count, new BootstrapSettings(1000, 5));
        for (var i = 0; i < 40; i++)
        {
            tally.Add("g", scorer.Score("d" + i, Sentences[i % Sentences.Length]), DocumentSample.IdentityOf("g", "d" + i, Sentences[i % Sentences.Length]));
        }

        var group = tally.Groups.Single();
        var d = lexicon.Dimensions.ToList().FindIndex(x => x.Id == "armed-opposition");
        var scores = group.Replicates!.Scores([(d, 1)], VoiceSelection.All);
        var observed = FramingScore.Score(group.Counts.WeightMilli(d, PoleSide.A), group.Counts.WeightMilli(d, PoleSide.B))!.Value;
        Assert.InRange(scores.Where(double.IsFinite).Average(), observed - 0.1, observed + 0.1);
        var swapped = group.Replicates.Scores([(d, -1)], VoiceSelection.All);
        Assert.Equal(scores.Select(s => -s), swapped);
        Assert.Throws<ArgumentException>(() => tally.Merge(new CorpusTally(lexicon.Dimensions.Count, new BootstrapSettings(1000, 6))));
    }

    // Invented sentences with matches in each voice: editorial, quoted and attributed (a speech cue).
    private static readonly string[] VoicedSentences =
    [
        // Each names a Syrian place: syria-conflict counts only documents about Syria (its scope).
        "Terrorists shelled the old city of Aleppo.",
        "The minister said the regime forces had withdrawn from Homs.",
        "Residents of Idlib called them \"terrorists\" and fled.",
        "قوات النظام قصفت الأحياء الشرقية في حلب.",
        "قال المصدر إن الجيش العربي السوري تقدم.",
        "وصف أهالي إدلب المسلحين بـ\"الإرهابيين\".",
        "Opposition fighters held the line near Hama.",
    ];

    [Theory]
    [InlineData(VoiceSelection.All)]
    [InlineData(VoiceSelection.Editorial)]
    [InlineData(VoiceSelection.Attributed)]
    [InlineData(VoiceSelection.Quoted)]
    public void PooledSumsGiveTheSameReplicateScoresAsPerVoiceSums(VoiceSelection voices)
    {
        var lexicon = Lexicon.Load("syria-conflict");
        var scorer = lexicon.Compile().CreateScorer();
        var perVoice = new CorpusTally(lexicon.Dimensions.Count, new BootstrapSettings(300, 9));
        var pooled = new CorpusTally(lexicon.Dimensions.Count, new BootstrapSettings(300, 9) { PooledVoices = voices });
        for (var i = 0; i < 50; i++)
        {
            var document = scorer.Score("d" + i, VoicedSentences[i % VoicedSentences.Length] + " " + VoicedSentences[(i * 3) % VoicedSentences.Length]);
            perVoice.Add("g", document, DocumentSample.IdentityOf("g", document.Id, string.Empty));
            pooled.Add("g", document, DocumentSample.IdentityOf("g", document.Id, string.Empty));
        }

        var counts = perVoice.Groups.Single().Counts;
        var voicesSeen = Enum.GetValues<Voice>().Count(v => Enumerable.Range(0, lexicon.Dimensions.Count).Sum(d => counts.Count(d, PoleSide.A, VoiceSelections.Only(v)) + counts.Count(d, PoleSide.B, VoiceSelections.Only(v))) > 0);
        Assert.Equal(3, voicesSeen);
        for (var d = 0; d < lexicon.Dimensions.Count; d++)
        {
            Assert.Equal(perVoice.Groups.Single().Replicates!.Scores([(d, 1)], voices), pooled.Groups.Single().Replicates!.Scores([(d, 1)], voices));
        }

        Assert.Equal(perVoice.Groups.Single().Replicates!.Export().Length, 3 * pooled.Groups.Single().Replicates!.Export().Length);
    }

    [Fact]
    public void PooledSumsRefuseOtherVoicesOtherSettingsAndStates()
    {
        var lexicon = Lexicon.Load("syria-conflict");
        var scorer = lexicon.Compile().CreateScorer();
        var pooled = new CorpusTally(lexicon.Dimensions.Count, new BootstrapSettings(100, 1) { PooledVoices = VoiceSelection.Editorial });
        pooled.Add("g", scorer.Score("d", VoicedSentences[0]), DocumentSample.IdentityOf("g", "d", VoicedSentences[0]));
        var sums = pooled.Groups.Single().Replicates!;
        Assert.Contains(sums.Scores([(0, 1)], VoiceSelection.Editorial), double.IsFinite);
        Assert.Throws<InvalidOperationException>(() => sums.Scores([(0, 1)], VoiceSelection.All));
        Assert.Throws<ArgumentException>(() => pooled.Merge(new CorpusTally(lexicon.Dimensions.Count, new BootstrapSettings(100, 1))));
        Assert.Throws<ArgumentException>(() => Framing.Scoring.State.TallyStateFile.Write(Stream.Null, TestStates.Of(lexicon, pooled)));
    }

    [Fact]
    public void MergeRefusesSumsOfOtherSettingsOrLexicons()
    {
        var sums = new ReplicateSums(3, new BootstrapSettings(50, 1));
        var otherSeed = new ReplicateSums(3, new BootstrapSettings(50, 2));
        var otherDimensions = new ReplicateSums(4, new BootstrapSettings(50, 1));
        var pooled = new ReplicateSums(3, new BootstrapSettings(50, 1) { PooledVoices = VoiceSelection.Editorial });
        foreach (var other in new[] { otherSeed, otherDimensions, pooled })
        {
            var e = Assert.Throws<ArgumentException>(() => sums.Merge(other));
            Assert.Contains("different settings or lexicons", e.Message, StringComparison.Ordinal);
        }

        sums.Merge(new ReplicateSums(3, new BootstrapSettings(50, 1)));
        Assert.Throws<ArgumentNullException>(() => sums.Merge(null!));
    }

    [Fact]
    public void ArgumentsAreChecked()
    {
        Assert.Throws<ArgumentNullException>(() => new ReplicateSums(2, null!));
        var sums = new ReplicateSums(2, new BootstrapSettings(10, 1));
        Assert.Throws<ArgumentNullException>(() => sums.Add(0, null!, new FramingCounts(2)));
        Assert.Throws<ArgumentNullException>(() => sums.Add(0, "d", null!));
        Assert.Throws<ArgumentNullException>(() => sums.Scores((IReadOnlyList<(int, int)>)null!, VoiceSelection.All));
        Assert.Throws<ArgumentNullException>(() => sums.Scores((ScoreAxis)null!, VoiceSelection.All));
        Assert.Throws<ArgumentNullException>(() => sums.Import(null!));
        var e = Assert.Throws<ArgumentException>(() => sums.Import(new long[sums.Export().Length - 1]));
        Assert.Contains($"expected {sums.Export().Length} replicate sums", e.Message, StringComparison.Ordinal);
        var pooled = new ReplicateSums(2, new BootstrapSettings(10, 1) { PooledVoices = VoiceSelection.Quoted });
        var refused = Assert.Throws<InvalidOperationException>(() => pooled.Scores([(0, 1)], VoiceSelection.Editorial));
        Assert.Contains("pool the voices 'quoted'", refused.Message, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(1000L)]
    [InlineData(123_456_789L)]
    [InlineData(4_294_967_295L)]
    [InlineData(4_294_967_296L)]
    [InlineData(1L << 40)]
    [InlineData(-7L)]
    public void ScaledAdditionIsExactForEveryValueAndLength(long value)
    {
        // Every vector width's loop and the scalar tail (.ci/native-check runs these tests again with
        // DOTNET_EnableAVX512=0, for the 256-bit loop that the native build and machines without AVX-512 take).
        var random = new Random(17);
        for (var length = 0; length <= 37; length++)
        {
            var weights = new byte[length + 3];
            for (var b = 0; b < weights.Length; b++)
            {
                weights[b] = (byte)random.Next(0, 21); // Poisson draws: small and non-negative
            }

            var row = new long[length];
            var expected = new long[length];
            for (var b = 0; b < length; b++)
            {
                row[b] = expected[b] = random.NextInt64(-1_000_000_000_000L, 1_000_000_000_000L);
                expected[b] += value * weights[b];
            }

            ReplicateSums.AddScaledForTest(row, weights, value);
            Assert.Equal(expected, row);
        }
    }

    [Theory]
    [InlineData(1000L)]
    [InlineData(1L << 40)]
    public void ScaledAdditionChangesOnlyItsRow(long value)
    {
        // The row is a slice of the sums (the next slot's row follows it): the sums after it keep their values at every
        // length across the 16-, 8- and 4-wide steps, for a narrow and a wide value.
        const int Guard = 40;
        var random = new Random(71);
        for (var length = 0; length <= 37; length++)
        {
            var weights = new byte[length + Guard];
            random.NextBytes(weights);
            for (var b = 0; b < weights.Length; b++)
            {
                weights[b] %= 21;
            }

            var sums = new long[length + Guard];
            Array.Fill(sums, 99L);
            ReplicateSums.AddScaledForTest(sums.AsSpan(0, length), weights, value);
            Assert.Equal(Enumerable.Range(0, length).Select(b => 99L + (value * weights[b])), sums.Take(length));
            Assert.True(sums.AsSpan(length).IndexOfAnyExcept(99L) < 0, $"length {length}: written past the row");
        }
    }
}
