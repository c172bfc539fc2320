using FsCheck;
using FsCheck.Fluent;
using Framing.Lexicons;
using Framing.Tests.Text;

namespace Framing.Tests.Properties;

/// <summary>
/// FsCheck generators shared by the properties. FsCheck prints, on failure, the smallest failing value it found and
/// the seed to replay the run (<c>[Property(Replay = "…")]</c>); the properties' values have readable ToString()s.
/// </summary>
internal static class Generators
{
    /// <summary>Lexicon phrases (starter patterns without their wildcards), the tokenizer's tricky pieces, and any character.</summary>
    public static Gen<string> Text { get; } = TextOf(
        Gen.Elements(Lexicon.Load("starter").Entries.Select(e => e.Pattern.Replace("*", string.Empty, StringComparison.Ordinal)).ToArray()),
        Gen.Elements(TokenizerInvariantTests.Pieces),
        Gen.Elements(NormalizerIdempotenceTests.BuildPool()).Select(c => c.ToString()),
        Gen.Choose(0, char.MaxValue).Select(c => ((char)c).ToString()));

    /// <summary>Text built from the given kinds of pieces, up to about 60 of them, mostly separated by a space.</summary>
    public static Gen<string> TextOf(params Gen<string>[] pieces) =>
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, Math.Min(size, 60)))
            .SelectMany(count => Gen.ArrayOf(Gen.OneOf(pieces).SelectMany(p => Gen.Elements(" ", " ", " ", string.Empty, ". ", "\n").Select(s => p + s)), count))
            .Select(parts => string.Concat(parts)));

    /// <summary>Shorter candidates for a failing text: without its first or second half, then without one character.</summary>
    public static IEnumerable<string> Shrink(string text)
    {
        if (text.Length == 0)
        {
            yield break;
        }

        yield return text[(text.Length / 2)..];
        yield return text[..(text.Length / 2)];
        for (var i = 0; i < text.Length && i < 64; i++)
        {
            yield return text.Remove(i, 1);
        }
    }

    /// <summary>Texts of <see cref="Text"/> that FsCheck shrinks on failure.</summary>
    public static Arbitrary<ShownText> Texts { get; } = Arb.From(Text.Select(t => new ShownText(t)), t => Shrink(t.Value).Select(s => new ShownText(s)));

    /// <summary>A shown string: C# escapes for anything but printable ASCII, so a failing value can be pasted back.</summary>
    public static string Show(string text)
    {
        var builder = new System.Text.StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c is >= ' ' and <= '~' and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.Append('"').ToString();
    }
}

/// <summary>A text, shown escaped in FsCheck's failure report.</summary>
/// <param name="Value">The text.</param>
internal sealed record ShownText(string Value)
{
    public override string ToString() => Generators.Show(Value);
}
