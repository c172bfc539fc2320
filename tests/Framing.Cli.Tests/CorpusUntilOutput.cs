using System.Text;

namespace Framing.Cli.Tests;

/// <summary>
/// Standard input for a test that output is streamed: a JSON Lines corpus made one document at a time (each with
/// matches of the starter lexicon), which ends as soon as the command's output has any bytes, or after a maximum number
/// of documents. A command that writes its rows as documents are read ends the corpus early (<see cref="SawOutput"/>);
/// one that holds them until the end reads every document first. No timing is involved. "Output" may be any condition
/// (<see cref="CorpusUntilOutput(Func{bool}, int)"/>), such as bytes in a temporary file.
/// </summary>
internal sealed class CorpusUntilOutput(Func<bool> outputArrived, int max) : Stream
{
    /// <summary>A corpus that ends once <paramref name="output"/> has any bytes.</summary>
    public CorpusUntilOutput(MemoryStream output, int max)
        : this(() => output.Length > 0, max)
    {
    }

    private byte[] _pending = [];
    private int _offset;

    public int Documents { get; private set; }

    public bool SawOutput { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_offset == _pending.Length)
        {
            if (outputArrived())
            {
                SawOutput = true;
                return 0;
            }

            if (Documents == max)
            {
                return 0;
            }

            Documents++;
            _pending = Encoding.UTF8.GetBytes($"{{\"id\":\"d{Documents}\",\"outlet\":\"o{Documents % 3}\",\"text\":\"The army said the terrorists and the rebels fought near the town.\"}}\n");
            _offset = 0;
        }

        var n = Math.Min(buffer.Length, _pending.Length - _offset);
        _pending.AsSpan(_offset, n).CopyTo(buffer);
        _offset += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
