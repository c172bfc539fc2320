namespace Framing.Corpus;

/// <summary>
/// How far a reader has got through its input, for progress displays: bytes read so far and, when known, the total.
/// Updated by the reading thread and safe to read from any thread.
/// </summary>
public sealed class ReadProgress
{
    private long _bytesRead;
    private long _totalBytes = -1;

    /// <summary>Bytes read so far.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>The input's size in bytes, or null when unknown (a stream such as standard input).</summary>
    public long? TotalBytes => Interlocked.Read(ref _totalBytes) is var total && total >= 0 ? total : null;

    internal void Add(long bytes) => Interlocked.Add(ref _bytesRead, bytes);

    internal void SetTotal(long bytes) => Interlocked.Exchange(ref _totalBytes, bytes);
}
