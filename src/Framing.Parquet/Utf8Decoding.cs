using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Framing.Parquet;

/// <summary>Strict UTF-8 decoding of text values in one pass (a counting pass first would read the text twice).</summary>
internal static class Utf8Decoding
{
    private const int LongestPooled = 1 << 20;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="bytes"/>, or null when they are not valid UTF-8.</summary>
    internal static string? TryDecode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > LongestPooled)
        {
            // A huge value: no pooled buffer as large as the text itself.
            try
            {
                return Strict.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }

        // UTF-8 never decodes to more UTF-16 code units than it has bytes.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            return Utf8.ToUtf16(bytes, buffer, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
                ? new string(buffer, 0, written)
                : null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
