namespace Framing.Corpus;

/// <summary>
/// The input of a single-file reader: a path (opened anew for each read) or a caller-owned stream (readable once and
/// not disposed by the reader, for example standard input).
/// </summary>
internal sealed class CorpusInput
{
    private readonly string? _path;
    private readonly Stream? _stream;
    private int _streamTaken;

    private CorpusInput(string name, string? path, Stream? stream)
    {
        Name = name;
        _path = path;
        _stream = stream;
    }

    /// <summary>The display name: the path as given, or the stream's name (<c>-</c> for standard input).</summary>
    internal string Name { get; }

    /// <summary>Bytes read so far (and the file's size).</summary>
    internal ReadProgress Progress { get; } = new();

    /// <summary>An input read from a file.</summary>
    internal static CorpusInput FromPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new CorpusInput(path, path, null);
    }

    /// <summary>An input read from a stream.</summary>
    internal static CorpusInput FromStream(Stream stream, string displayName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(displayName);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream must be readable.", nameof(stream));
        }

        return new CorpusInput(displayName, null, stream);
    }

    /// <summary>
    /// Checks the input now (a missing file throws here) and returns the lazy sequence that <paramref name="read"/>
    /// produces over the input's bytes; a file is opened when enumeration starts and closed when it ends.
    /// </summary>
    /// <exception cref="CorpusException">The file does not exist.</exception>
    /// <exception cref="InvalidOperationException">The input is a stream that has already been read.</exception>
    internal IEnumerable<CorpusItem> Read(Func<Stream, IEnumerable<CorpusItem>> read)
    {
        if (_path is not null)
        {
            CorpusFile.EnsureFile(_path);
            return ReadFile(_path, read);
        }

        if (Interlocked.Exchange(ref _streamTaken, 1) != 0)
        {
            throw new InvalidOperationException($"The stream \"{Name}\" has already been read; a stream corpus can be read only once.");
        }

        if (_stream!.CanSeek)
        {
            Progress.SetTotal(_stream.Length);
        }

        return read(new CountingStream(_stream, Progress, Name));
    }

    private IEnumerable<CorpusItem> ReadFile(string path, Func<Stream, IEnumerable<CorpusItem>> read)
    {
        using var stream = CorpusFile.OpenRead(path);
        if (stream.CanSeek)
        {
            // A named pipe (such as bash's <(zcat corpus.jsonl.gz)) has no length.
            Progress.SetTotal(stream.Length);
        }
        foreach (var item in read(new CountingStream(stream, Progress, Name)))
        {
            yield return item;
        }
    }
}
