using System.Globalization;

namespace Framing.Corpus;

/// <summary>
/// The most bytes a record may have: a line of JSON Lines, a CSV record (all its lines), or a text file of a folder or
/// a manifest, counted in UTF-8 (a UTF-16 or UTF-32 file's text re-encoded) without a byte-order mark or the line break
/// that ends a line, whether found too long at once or as its bytes arrive. Longer records are rejected (<c>record too long (more than 1000 MiB)</c>) without being held in memory:
/// the default, 1000 MiB, lies below the longest string .NET can make (2^30 − 33 characters; a record's text never has
/// more characters than bytes), so every record within it can be read, and above it none could.
/// </summary>
internal static class RecordLimit
{
    /// <summary>The default limit: 1000 MiB (1,048,576,000 bytes).</summary>
    internal const int DefaultBytes = 1000 * MiB;

    private const int MiB = 1 << 20;

    /// <summary>Checks a limit given to a reader (for tests, a small one).</summary>
    /// <param name="bytes">The limit.</param>
    /// <param name="parameterName">The parameter's name for the exception.</param>
    /// <exception cref="ArgumentOutOfRangeException">The limit is below 1 or above what a line buffer can hold.</exception>
    internal static void Check(int bytes, string parameterName)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes, 1, parameterName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bytes, DefaultBytes, parameterName);
    }

    /// <summary>The limit in words: <c>1000 MiB</c>, or <c>N bytes</c> when it is not a whole number of MiB.</summary>
    /// <param name="bytes">The limit.</param>
    /// <returns>The words.</returns>
    internal static string Describe(long bytes) => bytes % MiB == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / MiB} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}
