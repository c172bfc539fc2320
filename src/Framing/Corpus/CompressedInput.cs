namespace Framing.Corpus;

/// <summary>
/// A compression format told by the first bytes of a file or stream (gzip, bzip2, xz, zstd, zip), with the command that
/// writes its content to standard output: corpora and documents are read as text, and such bytes read as text would
/// be rejected as invalid UTF-8 or as UTF-16 without a byte-order mark, which says nothing of the cause.
/// </summary>
/// <param name="Kind">The format's name (<c>gzip</c>).</param>
/// <param name="Cat">The command that decompresses it to standard output (<c>zcat</c>).</param>
internal readonly record struct CompressedInput(string Kind, string Cat)
{
    /// <summary>How many first bytes <see cref="Of"/> needs to see (when the input has so many).</summary>
    internal const int HeadBytes = 4;

    /// <summary>The compression whose magic bytes <paramref name="head"/> starts with, or null.</summary>
    /// <param name="head">The first bytes: at least <see cref="HeadBytes"/>, or all of a shorter input.</param>
    /// <returns>The compression, or null.</returns>
    internal static CompressedInput? Of(ReadOnlySpan<byte> head) => head switch
    {
        [0x1F, 0x8B, ..] => new("gzip", "zcat"),
        [0x42, 0x5A, 0x68, >= (byte)'1' and <= (byte)'9', ..] => new("bzip2", "bzcat"),
        [0xFD, 0x37, 0x7A, 0x58, ..] => new("xz", "xzcat"),
        [0x28, 0xB5, 0x2F, 0xFD, ..] => new("zstd", "zstdcat"),
        [0x50, 0x4B, 0x03, 0x04, ..] => new("zip", "unzip -p"),
        _ => null,
    };

    /// <summary>Throws when the stream that <paramref name="lines"/> reads (standard input, a pipe) starts as a compressed
    /// file does; a corpus file given by name is refused before it is opened, with advice for its name
    /// (<see cref="CorpusReaderFactory"/>).</summary>
    /// <param name="lines">The reader, before its first line is read.</param>
    /// <param name="name">The input's name in messages (<c>-</c> for standard input).</param>
    /// <exception cref="CorpusException">The input is compressed.</exception>
    internal static void Refuse(Utf8LineReader lines, string name)
    {
        if (lines.Compression() is { } compressed)
        {
            throw new CorpusException(new Diagnostic(
                new DocumentSource(name, 0),
                $"the input is {compressed.Kind}-compressed, and corpora are read as text: decompress it on the way in ({compressed.Cat} FILE | framing …, or <({compressed.Cat} FILE))"));
        }
    }

    /// <summary>Why a document's file (in a folder, named by a manifest, given to <c>check</c>) that is compressed is not
    /// read as its text.</summary>
    /// <param name="what">The file as the message names it (<c>the file</c>).</param>
    internal string DocumentReason(string what) => $"{what} is {Kind}-compressed, and documents are read as text: decompress it ({Cat})";
}
