using System.Text;
using Framing.Corpus;

namespace Framing.Tests.Corpus;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "framing-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string relative) => System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    public string Write(string relative, string content) => WriteBytes(relative, Encoding.UTF8.GetBytes(content));

    public string WriteBytes(string relative, byte[] content)
    {
        var path = File(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

internal static class Bytes
{
    public static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
}

internal static class Items
{
    public static List<CorpusItem> ReadAll(this ICorpusReader reader) => reader.Read().ToList();

    public static Document Doc(this CorpusItem item)
    {
        Assert.False(item.IsRejected, item.Error?.ToString());
        return item.Document!;
    }

    public static Diagnostic Err(this CorpusItem item)
    {
        Assert.True(item.IsRejected, "expected a rejected record, got document " + item.Document?.Id);
        return item.Error!;
    }
}

/// <summary>A stream that hands out at most <c>chunk</c> bytes per read (exercises buffer boundaries).</summary>
internal sealed class TrickleStream(byte[] data, int chunk) : ReadOnlyTestStream
{
    private int _position;

    public int Reads { get; private set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        Reads++;
        var n = Math.Min(Math.Min(count, chunk), data.Length - _position);
        Array.Copy(data, _position, buffer, offset, n);
        _position += n;
        return n;
    }
}

/// <summary>A stream whose first read returns <c>first</c> and every later read throws.</summary>
internal sealed class FailingAfterFirstReadStream(byte[] first) : ReadOnlyTestStream
{
    private bool _done;

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_done)
        {
            throw new IOException("simulated failure after the first read");
        }

        _done = true;
        Array.Copy(first, 0, buffer, offset, first.Length);
        return first.Length;
    }
}

/// <summary>A stream that can only be read, forward, without a length: what a test stream derives from to override <c>Read</c>.</summary>
internal abstract class ReadOnlyTestStream : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
