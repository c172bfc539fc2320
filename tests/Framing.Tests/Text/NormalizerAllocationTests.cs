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
        var before = GC.GetAllocatedBytesForCurrentThread();
        Run(normalizer, tokens, builder, 500);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
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
