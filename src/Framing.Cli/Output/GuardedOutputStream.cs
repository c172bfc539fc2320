namespace Framing.Cli.Output;

/// <summary>
/// The stream a command writes its output to (standard output or an <c>-o</c> file), which turns a failed write (a full
/// disk, a closed standard output, a read-only target) into an input error naming the output, so that it ends the
/// command with one line and exit code 2 instead of an internal error.
/// </summary>
/// <param name="inner">The stream written to.</param>
/// <param name="name">The output's name in messages (the path as given, or "standard output").</param>
/// <param name="standardOutput">Whether <paramref name="inner"/> is the process's standard output, where a write that
/// the system refuses means a descriptor that is closed or open only for reading (<c>EBADF</c>, which .NET reports as
/// "Access to the path is denied", sending users looking at permissions).</param>
internal sealed class GuardedOutputStream(Stream inner, string name, bool standardOutput = false) : Stream
{
    /// <summary>The stream written to.</summary>
    public Stream Inner => inner;

    public override bool CanRead => false;

    public override bool CanSeek => inner.CanSeek; // Parquet's writer reads the position for its offsets

    public override bool CanWrite => true;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(e);
        }
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(e);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
        try
        {
            inner.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(e);
        }
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await inner.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(e);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value) => inner.SetLength(value);

    /// <summary>The input error for a failed write.</summary>
    internal Arguments.InputException CannotWrite(Exception e) => new($"{name}: cannot write output: {Reason(e)}");

    private string Reason(Exception e) =>
        standardOutput && e is UnauthorizedAccessException ? ClosedStandardOutput
        : standardOutput && e is IOException { HResult: StandardOutput.BrokenPipe } ? ReaderStopped
        : SystemReason.Of(e);

    /// <summary>The reason for a write to standard output that found no one reading (a broken pipe).</summary>
    internal const string ReaderStopped = "the program reading it stopped before the output was complete (broken pipe)";

    /// <summary>The reason for a write to standard output that the system refuses.</summary>
    internal const string ClosedStandardOutput = "it is closed or not open for writing (redirect it to a file, or give -o FILE)";
}
