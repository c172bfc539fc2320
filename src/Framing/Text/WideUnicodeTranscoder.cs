using System.Buffers.Binary;
using System.Text;

namespace Framing.Text;

/// <summary>
/// Re-encodes UTF-16 or UTF-32 code units (without their byte-order mark) as UTF-8, block by block: a surrogate pair
/// split between blocks is kept for the next one. A code unit that is no character becomes the byte 0xFF (see
/// <see cref="WideUnicode"/>).
/// </summary>
internal sealed class WideUnicodeTranscoder(WideForm form)
{
    /// <summary>A byte that never occurs in UTF-8, written for a code unit that is no character.</summary>
    internal const byte Invalid = 0xFF;

    private readonly int _unit = form is WideForm.Utf16LittleEndian or WideForm.Utf16BigEndian ? 2 : 4;
    private readonly bool _bigEndian = form is WideForm.Utf16BigEndian or WideForm.Utf32BigEndian;

    // A high surrogate whose low surrogate has not been read yet (0: none).
    private int _high;

    /// <summary>The most bytes <see cref="Convert"/> writes for <paramref name="inputBytes"/> bytes of input (and what it kept).</summary>
    internal static int MaxOutput(int inputBytes) => checked((inputBytes * 2) + 8);

    /// <summary>Converts the whole code units of <paramref name="input"/>; with <paramref name="final"/>, also what is left over.</summary>
    /// <param name="input">The bytes.</param>
    /// <param name="output">Room for at least <see cref="MaxOutput"/> of the input's length.</param>
    /// <param name="final">Whether no input follows.</param>
    /// <param name="consumed">The bytes of <paramref name="input"/> used (all of them when final).</param>
    /// <returns>The bytes written.</returns>
    internal int Convert(ReadOnlySpan<byte> input, Span<byte> output, bool final, out int consumed)
    {
        var written = 0;
        var at = 0;
        for (; at + _unit <= input.Length; at += _unit)
        {
            var unit = input.Slice(at, _unit);
            var value = _unit == 2
                ? (_bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(unit) : BinaryPrimitives.ReadUInt16LittleEndian(unit))
                : (long)(_bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(unit) : BinaryPrimitives.ReadUInt32LittleEndian(unit));
            if (_high != 0)
            {
                if (_unit == 2 && value is >= 0xDC00 and <= 0xDFFF)
                {
                    written += Write(0x10000 + ((_high - 0xD800) << 10) + ((int)value - 0xDC00), output[written..]);
                    _high = 0;
                    continue;
                }

                output[written++] = Invalid;
                _high = 0;
            }

            if (_unit == 2 && value is >= 0xD800 and <= 0xDBFF)
            {
                _high = (int)value;
            }
            else if (value is >= 0xD800 and <= 0xDFFF or > 0x10FFFF)
            {
                output[written++] = Invalid;
            }
            else
            {
                written += Write((int)value, output[written..]);
            }
        }

        if (final)
        {
            if (_high != 0)
            {
                output[written++] = Invalid;
                _high = 0;
            }

            if (at < input.Length)
            {
                output[written++] = Invalid;
                at = input.Length;
            }
        }

        consumed = at;
        return written;
    }

    private static int Write(int scalar, Span<byte> output) => new Rune(scalar).EncodeToUtf8(output);
}
