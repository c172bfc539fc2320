using BenchmarkDotNet.Attributes;
using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Benchmarks;

/// <summary>
/// Scoring on a vocabulary as large as real text has. The benchmark corpus of the whole-process table repeats five
/// articles (about 1,500 distinct tokens, so the token cache answers nearly every look-up); real pages have tens of
/// thousands. The input is invented: 100 documents of 1,000 tokens drawn with Zipf frequencies (rank r has weight
/// 1/r) from <see cref="DistinctWords"/> pseudo-words of 2–7 Arabic letters, a full stop every 12 words, fixed seed.
/// The scorer is warmed on the same documents (as in a corpus run after its first pass), so the rows differ only in how
/// many distinct tokens the cache holds; syria-conflict, figures per document (1,000 tokens).
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet generates a class that derives from each benchmark class.</remarks>
[MemoryDiagnoser]
public class VocabularyBenchmarks
{
    private const int Documents = 100;
    private const int TokensPerDocument = 1000;

    private DocumentScorer _scorer = null!;
    private string[] _texts = [];

    /// <summary>How many distinct pseudo-words the documents draw from (the token cache keeps at most 65,536).</summary>
    [Params(1_500, 50_000)]
    public int DistinctWords { get; set; }

    /// <summary>Builds the documents and warms the scorer on them.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261203);
        var words = new string[DistinctWords];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var w = 0; w < words.Length;)
        {
            var letters = new char[random.Next(2, 8)];
            for (var k = 0; k < letters.Length; k++)
            {
                letters[k] = (char)random.Next('\u0628', '\u064A' + 1); // ب … ي (no alef: fewer clitic readings of real words)
            }

            var word = new string(letters);
            if (seen.Add(word))
            {
                words[w++] = word;
            }
        }

        var cumulative = new double[words.Length];
        var total = 0.0;
        for (var r = 0; r < words.Length; r++)
        {
            total += 1.0 / (r + 1);
            cumulative[r] = total;
        }

        _texts = new string[Documents];
        var text = new System.Text.StringBuilder();
        for (var d = 0; d < Documents; d++)
        {
            text.Clear();
            for (var t = 0; t < TokensPerDocument; t++)
            {
                var rank = Array.BinarySearch(cumulative, random.NextDouble() * total);
                text.Append(words[rank < 0 ? ~rank : rank]).Append(t % 12 == 11 ? ". " : " ");
            }

            _texts[d] = text.ToString();
        }

        _scorer = Lexicon.Load("syria-conflict").Compile().CreateScorer();
        ScoreAll();
    }

    /// <summary>Scores the 100 documents with syria-conflict (per document: 1,000 tokens).</summary>
    [Benchmark(OperationsPerInvoke = Documents)]
    public long ScoreAll()
    {
        long matches = 0;
        for (var d = 0; d < _texts.Length; d++)
        {
            matches += _scorer.Score("d" + d.ToString(System.Globalization.CultureInfo.InvariantCulture), _texts[d], "ar").Counts.Count(0, PoleSide.A, Framing.Scoring.VoiceSelection.All);
        }

        return matches;
    }
}
