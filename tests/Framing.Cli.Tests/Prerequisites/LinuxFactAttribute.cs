using System.Runtime.InteropServices;

namespace Framing.Cli.Tests.Prerequisites;

/// <summary>
/// A fact about Linux file-system objects in a corpus (symbolic links, named pipes, devices): skipped elsewhere, with
/// its reason.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class LinuxFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux: makes symbolic links and named pipes, and reads /dev";
        }
    }
}

/// <summary>Makes the Linux file-system objects that <see cref="LinuxFactAttribute"/> tests need.</summary>
internal static class LinuxFiles
{
    /// <summary>Makes a named pipe (FIFO) at <paramref name="path"/>; opening it to read would wait for a writer.</summary>
    public static string MakeFifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Assert.True(Mkfifo(System.Text.Encoding.UTF8.GetBytes(path + "\0"), Convert.ToUInt32("644", 8)) == 0, $"mkfifo {path} failed: errno {Marshal.GetLastPInvokeError()}");
        return path;
    }

    /// <summary>Makes a symbolic link at <paramref name="path"/> whose target is <paramref name="target"/> as written.</summary>
    public static string Link(string path, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
        return path;
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int Mkfifo(byte[] nulTerminatedPath, uint mode);
}
