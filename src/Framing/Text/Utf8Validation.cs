using System.Buffers;
using System.Text.Unicode;

namespace Framing.Text;

/// <summary>Finds where bytes stop being valid UTF-8, for error messages that point at the bad byte.</summary>
internal static class Utf8Validation
{
    /// <summary>The offset of the first byte that is not part of valid UTF-8, or −1 when all of it is valid.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The offset, or −1.</returns>
    public static int IndexOfInvalid(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }

        var chars = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var offset = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(bytes[offset..], chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                if (status != OperationStatus.DestinationTooSmall)
                {
                    // The bytes are not valid UTF-8 (checked above), so decoding stopped at the first bad byte:
                    // InvalidData (NeedMoreData cannot happen for a final block).
                    return offset;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
