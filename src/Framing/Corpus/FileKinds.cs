using System.Runtime.InteropServices;
using System.Text;

namespace Framing.Corpus;

/// <summary>
/// Tells what a path names before it is opened, so that a reader never opens a named pipe (which waits for a writer)
/// or a device (which may never end). .NET has no API for the type of a file (dotnet/runtime#85148), so on Linux this
/// asks the C library's <c>statx</c>, whose result has the same layout on every architecture; elsewhere, or where the C
/// library has no <c>statx</c> (glibc before 2.28), the kind is <see cref="FileKind.Unknown"/>.
/// </summary>
internal static unsafe class FileKinds
{
    private const int CurrentDirectory = -100; // AT_FDCWD: a relative path is relative to the working directory.
    private const uint TypeOnly = 0x1; // STATX_TYPE: only the file type bits of stx_mode are asked for.
    private const int ResultSize = 256; // sizeof(struct statx)
    private const int ModeOffset = 28; // offsetof(struct statx, stx_mode), a 16-bit field
    private const int TypeMask = 0xF000; // S_IFMT
    private const int LongestPathOnTheStack = 1024;

    // statx(2), found in the process's C library, or null.
    private static readonly delegate* unmanaged<int, byte*, int, uint, byte*, int> Statx = FindStatx();

    /// <summary>The kind of file <paramref name="path"/> names, following symbolic links.</summary>
    /// <param name="path">The path, absolute or relative to the working directory.</param>
    /// <returns>The kind; <see cref="FileKind.Unknown"/> when the path cannot be examined (for example when nothing
    /// is there) or the operating system gives no way to tell.</returns>
    internal static FileKind Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var result = stackalloc byte[ResultSize];
        if (!TryStat(path, TypeOnly, result))
        {
            return FileKind.Unknown;
        }

        return (*(ushort*)(result + ModeOffset) & TypeMask) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.NamedPipe,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Unknown,
        };
    }

    /// <summary>
    /// What file <paramref name="path"/> is, following symbolic links: its device and inode numbers, the same for every
    /// name of one file (a hard link, a path through a linked folder, <c>/proc/self/fd/0</c> and <c>/dev/fd/0</c> for
    /// one pipe), or null when the path cannot be examined or the operating system gives no way to tell.
    /// </summary>
    /// <param name="path">The path, absolute or relative to the working directory.</param>
    /// <returns>"kind:major:minor:inode", or null.</returns>
    internal static string? IdentityOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        const uint TypeAndInode = 0x1 | 0x100; // STATX_TYPE | STATX_INO
        var result = stackalloc byte[ResultSize];
        if (!TryStat(path, TypeAndInode, result))
        {
            return null;
        }

        // struct statx: stx_ino at 32 (u64), stx_dev_major at 136 and stx_dev_minor at 140 (u32).
        var kind = *(ushort*)(result + ModeOffset) & TypeMask;
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{kind}:{*(uint*)(result + 136)}:{*(uint*)(result + 140)}:{*(ulong*)(result + 32)}");
    }

    /// <summary>Calls statx(2) on <paramref name="path"/> (following links) for the fields of <paramref name="mask"/>,
    /// into <paramref name="result"/> (<see cref="ResultSize"/> bytes); false when it cannot.</summary>
    private static bool TryStat(string path, uint mask, byte* result)
    {
        if (Statx == null || path.Length == 0 || path.Contains('\0', StringComparison.Ordinal))
        {
            return false;
        }

        var size = Encoding.UTF8.GetMaxByteCount(path.Length) + 1;
        Span<byte> name = size <= LongestPathOnTheStack ? stackalloc byte[size] : new byte[size];
        name[Encoding.UTF8.GetBytes(path, name)] = 0;
        fixed (byte* text = name)
        {
            return Statx(CurrentDirectory, text, 0, mask, result) == 0;
        }
    }

    // The C library is loaded in every process that runs .NET on Linux (the managed host and a native executable
    // alike), so its symbols are found from the main program without naming the library.
    private static delegate* unmanaged<int, byte*, int, uint, byte*, int> FindStatx()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        return NativeLibrary.TryGetExport(NativeLibrary.GetMainProgramHandle(), "statx", out var address)
            ? (delegate* unmanaged<int, byte*, int, uint, byte*, int>)address
            : null;
    }
}
