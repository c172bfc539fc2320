using Framing.Text;

namespace Framing.Tests.Text;

public sealed class NormalizerAllocationTests
{
    [Theory]
    [MemberData(nameof(NormalizerIdempotenceTests.NormalizerNames), MemberType = typeof(NormalizerIdempotenceTests))]
    public void NormalizeIntoBuilderDoesNotAllocate(string name)
    {
        var normalizer = NormalizerIdempotenceTests.ByName(name);
        var tokens = new[]
        {
            "الإرهابيّين".ToCharArray(),
            "\uFDFA\uFEF9\u200C٢٠١٦".ToCharArray(),
            "Assad’s".ToCharArray(),
            "İSTANBUL-Café-ﬁ".ToCharArray(),
            string.Concat(Enumerable.Repeat("مُسلَّحي É", 60)).ToCharArray(),
        };
        var builder = new NormalizedTextBuilder(4096);

        Run(normalizer, tokens, builder, 200); // warm up: static tables, JIT, array pool

        // A window of 500 rounds without a byte allocated, in up to five tries: a normalizer that allocates per call
        // allocates in every window, while the runtime's own one-off work while the test's methods are recompiled
        // (tiered compilation, on-stack replacement) has once put a few hundred bytes in one window on this thread.
        var windows = new List<long>();
        while (windows.Count < 5 && (windows.Count == 0 || windows[^1] != 0))
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            Run(normalizer, tokens, builder, 500);
            windows.Add(GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.True(windows[^1] == 0, $"allocated bytes in each window of 500 rounds: {string.Join(", ", windows)}");
        Assert.NotEqual(0, builder.Length);
    }

    private static void Run(TextNormalizer normalizer, char[][] tokens, NormalizedTextBuilder builder, int rounds)
    {
        for (var r = 0; r < rounds; r++)
        {
            foreach (var token in tokens)
            {
                builder.Clear();
                normalizer.Normalize(token, builder);
            }
        }
    }
}
