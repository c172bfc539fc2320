namespace Framing.Corpus;

/// <summary>
/// A line that <see cref="Utf8LineReader.Keep"/> set aside: its bytes stay as they are until <see cref="Release"/>,
/// which must be called once, when the line has been decoded and nothing refers to <see cref="Bytes"/> any more.
/// A line that is never released only keeps its buffer from being reused.
/// </summary>
internal readonly struct KeptLine
{
    private readonly SharedLineBuffer? _buffer;

    /// <summary>A kept line.</summary>
    /// <param name="bytes">The line's bytes.</param>
    /// <param name="buffer">The shared buffer they lie in (a reference already taken for this line), or null for bytes of their own.</param>
    internal KeptLine(ArraySegment<byte> bytes, SharedLineBuffer? buffer)
    {
        Bytes = bytes;
        _buffer = buffer;
    }

    /// <summary>The line's bytes, valid until <see cref="Release"/>.</summary>
    internal ArraySegment<byte> Bytes { get; }

    /// <summary>Lets go of the line's buffer.</summary>
    internal void Release() => _buffer?.Release();
}
