using System.Runtime.InteropServices;

namespace Framing.Tests.Corpus;

/// <summary>
/// A fact about Linux file-system objects (symbolic links, named pipes, devices): skipped elsewhere, with its reason
/// (which <c>dotnet test</c> shows as "[SKIP]" and, through <see cref="SkipReasonDiscoverer"/>, with the reason).
/// </summary>
[Xunit.Sdk.XunitTestCaseDiscoverer(SkipReasonDiscoverer.TypeName, SkipReasonDiscoverer.Assembly)]
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

    /// <summary>Whether the test needs file permissions to be enforced: then it is skipped when it runs as root.</summary>
    public bool NeedsPermissions
    {
        get => Skip is not null;
        set
        {
            if (value && Skip is null && Environment.UserName == "root")
            {
                Skip = "runs as root, whom file permissions do not stop (run the tests as another user to check this)";
            }
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

    /// <summary>Makes an empty regular file whose name is <paramref name="folder"/>, '/', then <paramref name="nameBytes"/>
    /// as they are (not UTF-8, which .NET's file APIs cannot name).</summary>
    public static void MakeFileNamedByBytes(string folder, byte[] nameBytes)
    {
        Directory.CreateDirectory(folder);
        byte[] path = [.. System.Text.Encoding.UTF8.GetBytes(folder + "/"), .. nameBytes, 0];
        var descriptor = Creat(path, Convert.ToUInt32("644", 8));
        Assert.True(descriptor >= 0, $"creat failed: errno {Marshal.GetLastPInvokeError()}");
        Assert.Equal(0, Close(descriptor));
    }

    [DllImport("libc", EntryPoint = "creat", SetLastError = true)]
    private static extern int Creat(byte[] nulTerminatedPath, uint mode);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int descriptor);

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int Mkfifo(byte[] nulTerminatedPath, uint mode);
}
