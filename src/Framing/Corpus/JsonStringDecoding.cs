using System.Buffers.Text;
using System.Text;
using Framing.Text;

namespace Framing.Corpus;

/// <summary>
/// Decodes a long JSON string value (a document's text of many megabytes) straight into its string: one pass counts its
/// UTF-16 code units and a second writes them into the string, so nothing as large as the value is allocated besides
/// the string. (<see cref="System.Text.Json.Utf8JsonReader.GetString"/> first unescapes an escaped value, such as a
/// text with <c>\n</c> between its paragraphs, into a buffer rented from the shared pool as large as the value, which
/// the pool then keeps: 64 MB more for a 50 MB document.)
/// </summary>
/// <remarks>
/// The value is the raw bytes between the quotes, already checked by the JSON reader (valid escapes, no control
/// characters). Its text between escapes is decoded as strict UTF-8, as the JSON reader decodes it (by
/// <see cref="Utf8Decoder"/>). Whatever this class does not decode exactly as the JSON reader would (an escaped
/// surrogate that is not half of a pair) throws, as invalid UTF-8 does, so that the caller gives the line to the path
/// that reports it.
/// </remarks>
internal static unsafe class JsonStringDecoding
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // The longest value ToText decodes on the stack, and the longest it decodes into a pooled buffer.
    private const int ShortValue = 128;
    private const int LongestPooledValue = 1 << 20;

    /// <summary>The string a JSON string value's raw bytes stand for.</summary>
    /// <param name="value">The bytes between the quotes, escapes included.</param>
    /// <returns>The unescaped, decoded string.</returns>
    /// <exception cref="InvalidOperationException">The value holds invalid UTF-8 or an unpaired escaped surrogate.</exception>
    public static string Decode(ReadOnlySpan<byte> value)
    {
        var count = Walk(value, []);
        fixed (byte* bytes = value)
        {
            return string.Create(count, ((IntPtr)bytes, value.Length), static (chars, state) =>
                Walk(new ReadOnlySpan<byte>((byte*)state.Item1, state.Item2), chars));
        }
    }

    /// <summary>
    /// The string a JSON string value's raw bytes stand for, as <see cref="Decode"/> gives it, in one pass: decoded
    /// into a buffer on the stack (a short value, such as a field's name) or rented from the shared pool, then copied
    /// into the string; a value over 1 MiB by <see cref="Decode"/>, so that no buffer as large as it is kept.
    /// </summary>
    /// <param name="value">The bytes between the quotes, escapes included.</param>
    /// <param name="escaped">Whether the value may hold escapes (false: it holds no backslash).</param>
    /// <returns>The unescaped, decoded string.</returns>
    /// <exception cref="InvalidOperationException">The value holds invalid UTF-8 or an unpaired escaped surrogate.</exception>
    public static string ToText(ReadOnlySpan<byte> value, bool escaped)
    {
        if (value.Length <= ShortValue)
        {
            Span<char> chars = stackalloc char[ShortValue];
            return new string(chars[..DecodeInto(value, chars, escaped)]);
        }

        if (value.Length > LongestPooledValue)
        {
            return Decode(value);
        }

        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(value.Length);
        try
        {
            return new string(buffer, 0, DecodeInto(value, buffer, escaped));
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Decodes a JSON string value's raw bytes into <paramref name="chars"/>, as <see cref="Decode"/> does, and returns
    /// how many code units it wrote: the unescaped text between escapes with <see cref="Utf8Decoder"/>, which decodes
    /// Arabic with far fewer instructions than the framework.
    /// </summary>
    /// <param name="value">The bytes between the quotes, escapes included.</param>
    /// <param name="chars">Room for the text: at least as long as <paramref name="value"/> (a JSON string never has
    /// more UTF-16 code units than bytes).</param>
    /// <param name="escaped">Whether the value may hold escapes (false: it holds no backslash).</param>
    /// <returns>The count of code units written.</returns>
    /// <exception cref="InvalidOperationException">The value holds invalid UTF-8 or an unpaired escaped surrogate.</exception>
    public static int DecodeInto(ReadOnlySpan<byte> value, Span<char> chars, bool escaped = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chars.Length, value.Length);
        if (value.IsEmpty)
        {
            return 0;
        }

        if (!escaped)
        {
            return Utf8Decoder.TryDecode(value, chars, out var units) ? units : throw new InvalidOperationException("invalid UTF-8");
        }

        return Walk(value, chars);
    }

    // Counts the value's UTF-16 code units (when `chars` is empty) or writes them into `chars`; returns the count.
    private static int Walk(ReadOnlySpan<byte> value, Span<char> chars)
    {
        var write = !chars.IsEmpty;
        var count = 0;
        while (!value.IsEmpty)
        {
            var escape = value.IndexOf((byte)'\\');
            var run = escape < 0 ? value : value[..escape];
            if (!run.IsEmpty)
            {
                if (write)
                {
                    count += Utf8Decoder.TryDecode(run, chars[count..], out var units) ? units : throw new InvalidOperationException("invalid UTF-8");
                }
                else
                {
                    try
                    {
                        count += Strict.GetCharCount(run);
                    }
                    catch (DecoderFallbackException e)
                    {
                        throw new InvalidOperationException("invalid UTF-8", e);
                    }
                }
            }

            if (escape < 0)
            {
                break;
            }

            value = value[(escape + 1)..];
            int unit;
            if (value[0] != (byte)'u')
            {
                unit = value[0] switch
                {
                    (byte)'b' => '\b',
                    (byte)'f' => '\f',
                    (byte)'n' => '\n',
                    (byte)'r' => '\r',
                    (byte)'t' => '\t',
                    (byte)'"' or (byte)'\\' or (byte)'/' => value[0],
                    _ => throw new InvalidOperationException("invalid escape"),
                };
                value = value[1..];
            }
            else
            {
                unit = Hex(value);
                value = value[5..];
                if (char.IsLowSurrogate((char)unit))
                {
                    throw new InvalidOperationException("unpaired surrogate");
                }

                if (char.IsHighSurrogate((char)unit))
                {
                    if (value.Length < 6 || value[0] != (byte)'\\' || value[1] != (byte)'u' || !char.IsLowSurrogate((char)Hex(value[1..])))
                    {
                        throw new InvalidOperationException("unpaired surrogate");
                    }

                    if (write)
                    {
                        chars[count] = (char)unit;
                    }

                    count++;
                    unit = Hex(value[1..]);
                    value = value[6..];
                }
            }

            if (write)
            {
                chars[count] = (char)unit;
            }

            count++;
        }

        return count;
    }

    // The code unit of `u` and four hexadecimal digits at the start of `escape`.
    private static int Hex(ReadOnlySpan<byte> escape)
    {
        if (escape.Length < 5 || !Utf8Parser.TryParse(escape.Slice(1, 4), out ushort unit, out var consumed, 'X') || consumed != 4)
        {
            throw new InvalidOperationException("invalid \\u escape");
        }

        return unit;
    }
}
