using Framing.Cli.Arguments;
using Framing.Cli.Output;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// A temporary file that holds the JSON report's findings while the corpus is read. The report counts its findings
/// (<c>errors</c>, <c>warnings</c>, <c>failed</c>) before it lists them, so they cannot reach the output as they are
/// found, and holding them in memory would grow with the corpus. The file is made in <c>TMPDIR</c> (else the system's
/// temporary folder), read back once, and deleted when it is closed, whether the run succeeds or not.
/// </summary>
internal sealed class FindingSpool : IDisposable
{
    private readonly FileStream _file;
    private readonly string _path;

    private FindingSpool(string path, FileStream file)
    {
        _path = path;
        _file = file;
        Stream = new GuardedOutputStream(file, $"{path} (the temporary file of the JSON report's findings; TMPDIR)");
    }

    /// <summary>The stream to write to; a failed write (a full disk) is an input error naming the file.</summary>
    public Stream Stream { get; }

    /// <summary>Creates the file in <c>TMPDIR</c> of <paramref name="environment"/>, else in the system's temporary folder.</summary>
    /// <param name="environment">The command's environment.</param>
    /// <returns>The open, empty file.</returns>
    /// <exception cref="InputException">The file cannot be created.</exception>
    public static FindingSpool Create(IReadOnlyDictionary<string, string?> environment)
    {
        var folder = environment.TryGetValue("TMPDIR", out var given) && !string.IsNullOrEmpty(given) ? given : Path.GetTempPath();
        var path = Path.Combine(folder, $"framing-check-{Environment.ProcessId}-{Path.GetRandomFileName()}.json");
        try
        {
            return new FindingSpool(path, new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{folder}: cannot create a temporary file for the JSON report's findings: {SystemReason.OfWrite(path, e)} (set TMPDIR to a folder that can be written)");
        }
    }

    /// <summary>Copies what was written, from byte <paramref name="offset"/> on, to <paramref name="destination"/>.</summary>
    /// <param name="destination">The output.</param>
    /// <param name="offset">The first byte to copy.</param>
    /// <exception cref="InputException">The file cannot be read back.</exception>
    public void CopyTo(Stream destination, long offset)
    {
        Stream.Flush();
        try
        {
            _file.Position = offset;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{_path}: cannot read back the temporary file of the JSON report's findings: {SystemReason.Of(e)}");
        }

        var buffer = new byte[1 << 16];
        while (true)
        {
            int read;
            try
            {
                read = _file.Read(buffer);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputException($"{_path}: cannot read back the temporary file of the JSON report's findings: {SystemReason.Of(e)}");
            }

            if (read == 0)
            {
                return;
            }

            destination.Write(buffer, 0, read);
        }
    }

    /// <summary>Closes and deletes the file.</summary>
    public void Dispose() => _file.Dispose();
}
