using Microsoft.Win32.SafeHandles;

namespace Framing.Cli.Output;

/// <summary>
/// The process's standard output as a stream. When it is a pipe or a socket on Unix, it is a stream over descriptor 1
/// rather than .NET's console stream, which ignores a broken pipe (<c>EPIPE</c>): when the program reading the output
/// stops early (<c>| head</c>, a consumer that crashed), the next write fails, and the command stops with an error (exit
/// code 2) instead of going on with no one reading and reporting success. A file, a device or a terminal keeps the
/// console stream: a <see cref="FileStream"/> over a file writes at a position of its own (<c>pwrite</c>), so the
/// descriptor's offset, which the shell shares with standard error and with the commands after this one
/// (<c>{ a; b; } &gt; log</c>, <c>&gt; log 2&gt;&amp;1</c>), would not move and their text would land on this output.
/// </summary>
internal static class StandardOutput
{
    /// <summary>The error number of a broken pipe (<c>EPIPE</c>), the same on Linux and macOS.</summary>
    internal const int BrokenPipe = 32;

    /// <summary>Opens standard output for writing.</summary>
    /// <returns>The stream (not to be disposed: it does not own the descriptor).</returns>
    public static Stream Open()
    {
        if (!OperatingSystem.IsWindows() && Console.IsOutputRedirected)
        {
            try
            {
                var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
                if (!stream.CanSeek)
                {
                    return stream; // a pipe or a socket: written with write(2), which reports EPIPE
                }

                stream.Dispose(); // does not close descriptor 1, which it does not own
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // Descriptor 1 is closed or not a file the system can describe: the console stream reports that at the
                // first write (see GuardedOutputStream), as before.
            }
        }

        return Console.OpenStandardOutput();
    }
}
