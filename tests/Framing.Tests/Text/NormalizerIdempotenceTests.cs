using System.Text;
using Framing.Text;

namespace Framing.Tests.Text;

public sealed class NormalizerIdempotenceTests
{
    public static TheoryData<string> NormalizerNames() =>
        ["arabic-default", "arabic-light", "arabic-aggressive", "latin-default", "arabic-default+latin-default"];

    [Theory]
    [MemberData(nameof(NormalizerNames))]
    public void EverySingleCharacterIsIdempotent(string name)
    {
        var normalizer = ByName(name);
        var failures = new List<string>();
        for (var cp = 0; cp <= char.MaxValue; cp++)
        {
            var input = ((char)cp).ToString();
            var once = normalizer.Normalize(input);
            var twice = normalizer.Normalize(once);
            if (once != twice)
            {
                failures.Add($"U+{cp:X4}");
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(NormalizerNames))]
    public void LoneSurrogatesPassThroughUnchanged(string name)
    {
        var normalizer = ByName(name);
        for (var cp = 0xD800; cp <= 0xDFFF; cp++)
        {
            var input = ((char)cp).ToString();
            Assert.Equal(input, normalizer.Normalize(input));
        }
    }

    [Theory]
    [MemberData(nameof(NormalizerNames))]
    public void RandomStringsAreIdempotent(string name)
    {
        var normalizer = ByName(name);
        var pool = BuildPool();
        var random = new Random(20240917);
        var builder = new StringBuilder();
        for (var i = 0; i < 4000; i++)
        {
            builder.Clear();
            var length = i % 50 == 0 ? random.Next(200, 700) : random.Next(1, 24);
            for (var j = 0; j < length; j++)
            {
                builder.Append(pool[random.Next(pool.Length)]);
            }

            var input = builder.ToString();
            var once = normalizer.Normalize(input);
            var twice = normalizer.Normalize(once);
            Assert.True(once == twice, $"Not idempotent for input #{i} of length {input.Length}");
        }
    }

    [Fact]
    public void RandomPoolReachesEveryKindOfRule()
    {
        // Guards the random test against a pool that would only contain characters that pass through.
        var input = new string(BuildPool());
        Assert.NotEqual(input, ArabicNormalizer.Default.Normalize(input));
        Assert.NotEqual(ArabicNormalizer.Light.Normalize(input), ArabicNormalizer.Default.Normalize(input));
        Assert.NotEqual(ArabicNormalizer.Default.Normalize(input), ArabicNormalizer.Aggressive.Normalize(input));
        Assert.NotEqual(input, LatinNormalizer.Default.Normalize(input));
    }

    internal static TextNormalizer ByName(string name) => name switch
    {
        "arabic-default" => ArabicNormalizer.Default,
        "arabic-light" => ArabicNormalizer.Light,
        "arabic-aggressive" => ArabicNormalizer.Aggressive,
        "latin-default" => LatinNormalizer.Default,
        "arabic-default+latin-default" => Normalizers.Arabic,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    internal static char[] BuildPool()
    {
        var pool = new List<char>();
        AddRange(pool, 0x0600, 0x06FF); // Arabic: letters, harakat, Quranic marks, digits, Persian letters
        AddRange(pool, 0x0750, 0x077F);
        AddRange(pool, 0x08A0, 0x08FF);
        for (var cp = 0xFB50; cp <= 0xFDFF; cp += 7)
        {
            pool.Add((char)cp);
        }

        AddRange(pool, 0xFE70, 0xFEFF);
        AddRange(pool, 'A', 'Z');
        AddRange(pool, 'a', 'z');
        AddRange(pool, '0', '9');
        AddRange(pool, 0x00C0, 0x024F);
        AddRange(pool, 0x1E00, 0x1EFF);
        AddRange(pool, 0xFF01, 0xFF5E);
        AddRange(pool, 0x2010, 0x2015);
        AddRange(pool, 0x200B, 0x200F);
        AddRange(pool, 0x202A, 0x202E);
        AddRange(pool, 0x2066, 0x2069);
        AddRange(pool, 0x0300, 0x036F);
        AddRange(pool, 0x0391, 0x03C9);
        AddRange(pool, 0xFB00, 0xFB06);
        pool.AddRange(['\'', '\'', '\u2019', '\u2018', '\u02BC', '\u2032', '`', '\u00B4', 's', 's', 'S', '\u017F']);
        pool.AddRange(['\u00AD', '\u2060', '\uFEFF', '\u2212', '\uFE58', '\uFE63', '-', ' ', '.', ',']);
        pool.AddRange(['\u0130', '\u0131', '\u1E9E', '\u212A', '\u212B', '\u2126']);
        pool.AddRange(['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\uDE00']);
        return [.. pool];
    }

    private static void AddRange(List<char> pool, int first, int last)
    {
        for (var cp = first; cp <= last; cp++)
        {
            pool.Add((char)cp);
        }
    }
}
