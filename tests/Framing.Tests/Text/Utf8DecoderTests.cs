using System.Text;
using System.Text.Json;
using Framing.Corpus;
using Framing.Tests.Corpus;
using Framing.Text;

namespace Framing.Tests.Text;

/// <summary>
/// <see cref="Utf8Decoder"/> decodes exactly as the framework's strict UTF-8 decoding does: the same code units for
/// valid input (random mixes of one- to four-byte characters, of every length up to 300 bytes, so that characters
/// straddle every block boundary), and rejection of every invalid input (truncated sequences, overlong forms, encoded
/// surrogates, code points above U+10FFFF, lone continuation bytes, bytes never used), wherever it sits. Its vector and
/// scalar paths are each held to this; the JSON reading path that uses it still unescapes and rejects as before.
/// </summary>
public sealed class Utf8DecoderTests
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Byte sequences that are never valid where they stand (each starts a character).</summary>
    private static readonly byte[][] Invalid =
    [
        [0xC3], [0xD8], [0xE2, 0x80], [0xE2], [0xF0, 0x9F, 0x98], [0xF0, 0x9F], // truncated
        [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xF0, 0x80, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], // overlong
        [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], // surrogates
        [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], // above U+10FFFF
        [0x80], [0xBF], [0xD8, 0xA7, 0x80], // lone continuation bytes
        [0xFE], [0xFF], [0xC3, 0x28], [0xD8, 0xD8, 0xA7], // never used; a lead byte followed by no continuation byte
    ];

    public static TheoryData<string> Paths => ["vector", "scalar", "dispatch"];

    [Theory]
    [MemberData(nameof(Paths))]
    public void RandomValidTextOfEveryLengthDecodesAsTheFrameworkDoes(string path)
    {
        var random = new Random(16);
        for (var length = 0; length <= 300; length++)
        {
            for (var round = 0; round < 12; round++)
            {
                var bytes = RandomText(random, length, Mix(round));
                Assert.Equal(length, bytes.Length);
                AssertDecodesAsTheFramework(path, bytes);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void AnInvalidSequenceAnywhereIsRejected(string path)
    {
        var random = new Random(1616);
        foreach (var bad in Invalid)
        {
            // Every place in the first three blocks, then random places in longer texts.
            for (var at = 0; at <= 50; at++)
            {
                var text = Insert(RandomText(random, 60, Mix(at)), at, bad);
                Assert.False(TryDecode(path, text, new char[text.Length], out _), Describe(text));
                AssertDecodesAsTheFramework(path, text);
            }

            for (var round = 0; round < 40; round++)
            {
                var before = RandomText(random, random.Next(0, 200), Mix(round));
                var text = Insert(before, random.Next(0, before.Length + 1), bad);
                AssertDecodesAsTheFramework(path, text);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void RandomlyDamagedTextIsRejectedExactlyWhenTheFrameworkRejectsIt(string path)
    {
        var random = new Random(161616);
        var rejected = 0;
        for (var round = 0; round < 3000; round++)
        {
            var text = RandomText(random, random.Next(1, 120), Mix(round));
            var damage = random.Next(1, 4);
            for (var d = 0; d < damage; d++)
            {
                var at = random.Next(text.Length);
                text[at] = random.Next(3) switch
                {
                    0 => (byte)random.Next(256),
                    1 => (byte)(0x80 | random.Next(64)),
                    _ => (byte)(0xC0 | random.Next(64)),
                };
            }

            rejected += TryDecode(path, text, new char[text.Length], out _) ? 0 : 1;
            AssertDecodesAsTheFramework(path, text);
        }

        Assert.InRange(rejected, 1000, 3000); // most damage breaks the text, some does not: both are compared
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void ADestinationOfExactlyTheDecodedLengthSuffices(string path)
    {
        var random = new Random(6);
        for (var length = 0; length <= 200; length++)
        {
            var bytes = RandomText(random, length, Mix(length));
            var expected = Strict.GetString(bytes);
            var chars = new char[expected.Length];
            Assert.True(TryDecode(path, bytes, chars, out var written));
            Assert.Equal(expected, new string(chars, 0, written));
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void OnlyTheSpansAreReadAndWritten(string path)
    {
        // The bytes are a slice of a longer buffer (as a line is of the reader's) whose next bytes are continuation
        // bytes, which would finish a character cut off at the slice's end if the decoder read them; the characters go
        // into a slice of exactly the decoded length, with guard characters after it that must stay untouched.
        const int Guard = 80;
        var random = new Random(2026);
        for (var length = 0; length <= 200; length++)
        {
            foreach (var tail in (byte[][])[[], [0xD8], [0xE2], [0xE2, 0x80], [0xF0, 0x9F, 0x98]])
            {
                byte[] text = [.. RandomText(random, length, Mix(length)), .. tail];
                var buffer = new byte[text.Length + Guard];
                text.CopyTo(buffer, 0);
                buffer.AsSpan(text.Length).Fill(0x80);
                var expected = tail.Length == 0 ? Strict.GetString(text) : null;

                var chars = new char[(expected?.Length ?? text.Length) + Guard];
                Array.Fill(chars, '\uFDD0');
                var valid = TryDecode(path, buffer.AsSpan(0, text.Length), chars.AsSpan(0, chars.Length - Guard), out var written);

                Assert.True(valid == expected is not null, $"{Describe(text)} (+{Guard} continuation bytes)");
                Assert.Equal(expected ?? string.Empty, valid ? new string(chars, 0, written) : string.Empty);
                Assert.True(chars.AsSpan(chars.Length - Guard).IndexOfAnyExcept('\uFDD0') < 0, $"{Describe(text)}: written past the destination");
            }
        }
    }

    [Fact]
    public void AnArabicNewsTextDecodesWhole()
    {
        var text = string.Concat(Enumerable.Repeat("قال «مصدر» إن قوات النظام دخلت المدينة، في 12 آذار… “رويترز” ", 40));
        var bytes = Encoding.UTF8.GetBytes(text);
        var chars = new char[bytes.Length];
        Assert.True(Utf8Decoder.TryDecodeVector(bytes, chars, out var written));
        Assert.Equal(text, new string(chars, 0, written));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void ADestinationTooShortForValidTextThrows(string path)
    {
        var e = Assert.Throws<ArgumentException>(() => TryDecode(path, Encoding.UTF8.GetBytes(new string('ب', 40)), new char[39], out _));
        Assert.Equal("destination", e.ParamName);
        Assert.StartsWith("the destination is too short for the decoded text", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RandomJsonStringsDecodeAsTheJsonReaderDoes()
    {
        // Raw UTF-8 of every width between escapes (\n, \", \\, \u0627, \ud83d\ude00): DecodeInto gives what the
        // reader's CopyString gives.
        string[] escapes = ["\\n", "\\\"", "\\\\", "\\/", "\\t", "\\u0627", "\\u00e9", "\\ud83d\\ude00", "\\u0000", "\\uFFFD"];
        var random = new Random(1606);
        for (var round = 0; round < 2000; round++)
        {
            var raw = new List<byte>();
            var pieces = random.Next(0, 8);
            for (var p = 0; p < pieces; p++)
            {
                raw.AddRange(RandomText(random, random.Next(0, 70), Mix(round), json: true));
                if (random.Next(3) > 0)
                {
                    raw.AddRange(Encoding.UTF8.GetBytes(escapes[random.Next(escapes.Length)]));
                }
            }

            var json = Bytes.Concat([(byte)'"'], [.. raw], [(byte)'"']);
            var reader = new Utf8JsonReader(json);
            Assert.True(reader.Read());
            var expected = new char[raw.Count];
            var expectedLength = reader.CopyString(expected);

            var chars = new char[raw.Count];
            var written = JsonStringDecoding.DecodeInto(reader.ValueSpan, chars, reader.ValueIsEscaped);

            Assert.Equal(new string(expected, 0, expectedLength), new string(chars, 0, written));
            Assert.Equal(new string(expected, 0, expectedLength), JsonStringDecoding.Decode(reader.ValueSpan));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void InvalidUtf8InALongTextStillRejectsTheLineWithItsNumber(bool escaped)
    {
        // Texts long enough to be lent or decoded into a pooled buffer, and the bad bytes at every place of a block.
        var random = new Random(61);
        foreach (var bad in Invalid)
        {
            for (var at = 0; at < 20; at++)
            {
                var text = Insert(RandomText(random, 300 + at, Mix(at), json: true), 280, bad);
                var line = Bytes.Concat(Bytes.Utf8("{\"outlet\":\"o\",\"text\":\"" + (escaped ? "\\n" : string.Empty)), text, Bytes.Utf8("\"}\n"));
                var file = Bytes.Concat(Bytes.Utf8("{\"outlet\":\"o\",\"text\":\"قبل\"}\n"), line, Bytes.Utf8("{\"outlet\":\"o\",\"text\":\"بعد\"}\n"));

                var items = new JsonLinesCorpusReader(new MemoryStream(file), "mem.jsonl").Read().ToList();
                var lent = new LentText();
                var inPlace = new JsonLinesCorpusReader(new MemoryStream(file), "mem.jsonl").Read()
                    .Select(i => i.DocumentForScoring(lent) is { } d ? (d.IsTextLent ? lent.Span.ToString() : d.Text) : i.Error!.ToString()).ToList();

                Assert.Equal(3, items.Count);
                Assert.Equal(new Diagnostic(new DocumentSource("mem.jsonl", 2), "invalid UTF-8"), items[1].Err());
                Assert.Equal("بعد", items[2].Doc().Text);
                Assert.Equal(["قبل", items[1].Err().ToString(), "بعد"], inPlace);
            }
        }
    }

    private static void AssertDecodesAsTheFramework(string path, byte[] bytes)
    {
        string? expected;
        try
        {
            expected = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            expected = null;
        }

        var chars = new char[bytes.Length];
        var valid = TryDecode(path, bytes, chars, out var written);
        Assert.True(expected is not null == valid, Describe(bytes));
        Assert.Equal(expected ?? string.Empty, valid ? new string(chars, 0, written) : string.Empty);
        Assert.Equal(valid ? expected!.Length : 0, written);
    }

    private static bool TryDecode(string path, ReadOnlySpan<byte> bytes, Span<char> chars, out int written) => path switch
    {
        "vector" => Utf8Decoder.TryDecodeVector(bytes, chars, out written),
        "scalar" => Utf8Decoder.TryDecodeScalar(bytes, chars, out written),
        _ => Utf8Decoder.TryDecode(bytes, chars, out written),
    };

    /// <summary>The weights of one-, two-, three- and four-byte characters: mostly Arabic with ASCII, as a corpus is,
    /// then every other mix.</summary>
    private static int[] Mix(int round) => (round % 6) switch
    {
        0 or 1 => [2, 8, 0, 0],
        2 => [1, 0, 0, 0],
        3 => [3, 8, 1, 0],
        4 => [1, 1, 1, 1],
        _ => [0, 1, 0, 0],
    };

    /// <summary>Random valid UTF-8 of exactly <paramref name="length"/> bytes (ASCII fills the end); with
    /// <paramref name="json"/>, without quotes, backslashes or control characters.</summary>
    private static byte[] RandomText(Random random, int length, int[] mix, bool json = false)
    {
        var bytes = new List<byte>(length + 4);
        var total = mix.Sum();
        Span<byte> one = stackalloc byte[4];
        while (bytes.Count < length)
        {
            var pick = random.Next(total);
            var width = 1;
            while (pick >= mix[width - 1])
            {
                pick -= mix[width - 1];
                width++;
            }

            width = Math.Min(width, length - bytes.Count);
            var rune = width switch
            {
                1 => json ? new Rune(random.Next(0x20, 0x7F) is var c && c is '"' or '\\' ? ' ' : c) : new Rune(random.Next(0x80)),
                2 => new Rune(random.Next(3) > 0 ? random.Next(0x0600, 0x0700) : random.Next(0x80, 0x800)),
                3 => new Rune(random.Next(0x800, 0x10000 - 0x800) is var u && u >= 0xD800 ? u + 0x800 : u),
                _ => new Rune(random.Next(0x10000, 0x110000)),
            };
            var written = rune.EncodeToUtf8(one);
            Assert.Equal(width, written);
            bytes.AddRange(one[..written]);
        }

        return [.. bytes];
    }

    private static byte[] Insert(byte[] text, int at, byte[] bad)
    {
        // Moved back to the start of a character, so that the bad bytes stand where a character starts.
        at = Math.Min(at, text.Length);
        while (at > 0 && at < text.Length && (text[at] & 0xC0) == 0x80)
        {
            at--;
        }

        return [.. text.AsSpan(0, at), .. bad, .. text.AsSpan(at)];
    }

    private static string Describe(byte[] bytes) => Convert.ToHexString(bytes);
}
