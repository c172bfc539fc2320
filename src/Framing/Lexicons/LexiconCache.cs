using System.Text;
using Framing.Text;

namespace Framing.Lexicons;

/// <summary>
/// A folder of lexicon images (<see cref="LexiconSnapshot"/>), so that a lexicon parsed once loads again without YAML
/// parsing and validation: about 0.1 s less at every start of the command-line tool with syria-conflict (the YAML
/// parser, the readers and their first-call costs). Results never depend on it.
/// </summary>
/// <remarks>
/// An image is used only when it was written by this very build of the library (the assembly's module version id) for
/// the same source name and exactly the same source bytes (the lexicon file's, or the built-in lexicon's), which the
/// image holds and which are compared in full without being decoded, and when its checksum holds; anything
/// else (a changed file, another build, a damaged or truncated image) is a miss, and the lexicon is parsed as usual
/// and its image written again. Images are written to a temporary file and renamed, so concurrent processes never read
/// a half-written one. Only lexicons for the built-in languages (<see cref="LanguageRegistry.Default"/>) are cached: a
/// caller's own registry normalizes patterns its own way. Failing to read or write the folder is never an error. The
/// checks catch stale and damaged images, not forged ones: the folder must be writable only by the user. Writing an
/// image deletes the folder's images last written more than <see cref="KeepFor"/> ago.
/// </remarks>
internal sealed class LexiconCache
{
    private const string Magic = "framing-lexicon-image-2"; // 2: the source's bytes, not its decoded text
    private static readonly Guid Build = typeof(LexiconCache).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>A cache in <paramref name="directory"/> (created when the first image is written).</summary>
    /// <param name="directory">The folder.</param>
    public LexiconCache(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = directory;
    }

    /// <summary>The folder of the images.</summary>
    public string Directory { get; }

    /// <summary>
    /// The cache the environment asks for: none when <c>FRAMING_NO_CACHE</c> is set (to anything but the empty
    /// string), else <c>$FRAMING_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/framing/lexicons</c>, else
    /// <c>$HOME/.cache/framing/lexicons</c>; none when neither is set.
    /// </summary>
    /// <param name="environment">The environment variables.</param>
    /// <returns>The cache, or null.</returns>
    public static LexiconCache? FromEnvironment(IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string? Get(string name) => environment.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;
        if (Get("FRAMING_NO_CACHE") is not null)
        {
            return null;
        }

        if (Get("FRAMING_CACHE_DIR") is { } directory)
        {
            return new LexiconCache(directory);
        }

        if (Get("XDG_CACHE_HOME") is { } xdg)
        {
            return new LexiconCache(Path.Combine(xdg, "framing", "lexicons"));
        }

        return Get("HOME") is { } home ? new LexiconCache(Path.Combine(home, ".cache", "framing", "lexicons")) : null;
    }

    /// <summary>The lexicon of <paramref name="yaml"/>: from its image when there is a valid one, else parsed (and its
    /// image written).</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">The name used in locations and error messages.</param>
    /// <param name="languages">The languages for normalizing patterns.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="LexiconException">The lexicon is invalid (never cached).</exception>
    public Lexicon Parse(string yaml, string sourceName, LanguageRegistry languages)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return SourceBytes(yaml) is { } source
            ? Parse(source, () => yaml, sourceName, languages)
            : Lexicon.Parse(yaml, sourceName, languages); // half a surrogate pair: no bytes name this text alone
    }

    /// <summary>The lexicon of the source whose bytes are <paramref name="source"/>: from its image when there is a
    /// valid one (the text is then never decoded), else parsed from <paramref name="decode"/>'s text (and its image
    /// written).</summary>
    /// <param name="source">The bytes of the source (a file's, or a built-in lexicon's).</param>
    /// <param name="decode">The text of those bytes (asked for only when the lexicon is parsed).</param>
    /// <param name="sourceName">The name used in locations and error messages.</param>
    /// <param name="languages">The languages for normalizing patterns.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="LexiconException">The lexicon is invalid (never cached).</exception>
    internal Lexicon Parse(ReadOnlySpan<byte> source, Func<string> decode, string sourceName, LanguageRegistry languages)
    {
        ArgumentNullException.ThrowIfNull(decode);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(languages);
        if (!ReferenceEquals(languages, LanguageRegistry.Default))
        {
            return Lexicon.Parse(decode(), sourceName, languages);
        }

        var path = PathFor(sourceName);
        if (TryRead(path, source, sourceName) is { } cached)
        {
            return cached;
        }

        var lexicon = Lexicon.Parse(decode(), sourceName, languages);
        Store(source, sourceName, lexicon);
        return lexicon;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The UTF-8 bytes of <paramref name="yaml"/>, or null when it holds half a surrogate pair (which UTF-8
    /// cannot encode: another text would have the same bytes).</summary>
    private static byte[]? SourceBytes(string yaml)
    {
        try
        {
            return StrictUtf8.GetBytes(yaml);
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The image file of a source name: one per source and build, overwritten when the source changes.</summary>
    /// <param name="sourceName">The source name.</param>
    /// <returns>The path.</returns>
    internal string PathFor(string sourceName)
    {
        // The build's 16 bytes, not its text: formatting a Guid is vector code that the installed tool would compile at
        // every start. (The names changed with that; an image under the old name is found by no build and pruned.)
        var name = Encoding.UTF8.GetBytes("\n" + sourceName);
        var key = new byte[16 + name.Length];
        Build.TryWriteBytes(key);
        name.CopyTo(key, 16);
        var hash = Hash(key);
        return Path.Combine(Directory, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"lexicon-{hash:x16}.bin"));
    }

    /// <summary>How long an image is kept after it was last written: images of older builds and of lexicon files that
    /// are no longer used go after this; one still in use is written again (one slower start a month).</summary>
    internal static readonly TimeSpan KeepFor = TimeSpan.FromDays(30);

    /// <summary>Deletes images written before <paramref name="now"/> − <see cref="KeepFor"/>, and temporary files a
    /// writer left behind more than a day ago, so that the folder does not grow with every build (failures ignored).</summary>
    /// <param name="now">The current time (UTC).</param>
    internal void Prune(DateTime now)
    {
        try
        {
            foreach (var file in new DirectoryInfo(Directory).EnumerateFiles("lexicon-*"))
            {
                var stale = file.Name.EndsWith(".bin", StringComparison.Ordinal) ? now - KeepFor
                    : file.Name.EndsWith(".tmp", StringComparison.Ordinal) ? now - TimeSpan.FromDays(1)
                    : DateTime.MinValue;
                if (file.LastWriteTimeUtc < stale)
                {
                    file.Delete();
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or System.Security.SecurityException)
        {
            // Pruning is housekeeping only.
        }
    }

    /// <summary>FNV-1a over bytes, eight at a time: the checksum of an image (a damaged image is a miss, not a wrong
    /// lexicon) and the name of its file.</summary>
    private static ulong Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL ^ (ulong)bytes.Length;
        // Little-endian words, read one by one rather than through MemoryMarshal.Cast<byte, ulong>, a generic method the
        // installed tool would compile at every start.
        var whole = bytes.Length & ~7;
        for (var i = 0; i < whole; i += 8)
        {
            hash = (hash ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes[i..])) * 1099511628211UL;
        }

        for (var i = whole; i < bytes.Length; i++)
        {
            hash = (hash ^ bytes[i]) * 1099511628211UL;
        }

        return hash;
    }

    private static Lexicon? TryRead(string path, ReadOnlySpan<byte> source, string sourceName)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using (var header = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true))
            {
                if (header.ReadString() != Magic
                    || new Guid(header.ReadBytes(16)) != Build
                    || header.ReadString() != sourceName
                    || header.ReadInt32() != source.Length
                    || !ReadsAs(stream, source))
                {
                    return null;
                }

                var length = header.ReadInt32();
                var checksum = header.ReadUInt64();
                var image = length >= 0 && length <= stream.Length - stream.Position ? header.ReadBytes(length) : [];
                if (image.Length != length || length == 0 || Hash(image) != checksum)
                {
                    return null;
                }

                using var body = new MemoryStream(image, writable: false);
                return LexiconSnapshot.Read(body);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or FormatException)
        {
            // No image, another build's, a changed lexicon or a damaged file: parse the YAML instead.
            return null;
        }
    }

    /// <summary>Whether the next bytes of <paramref name="stream"/> are <paramref name="expected"/>, compared a chunk at a
    /// time (no copy of the whole source).</summary>
    /// <exception cref="EndOfStreamException">The stream ends first.</exception>
    private static bool ReadsAs(Stream stream, ReadOnlySpan<byte> expected)
    {
        Span<byte> chunk = stackalloc byte[4096];
        for (var at = 0; at < expected.Length; at += chunk.Length)
        {
            var part = expected.Slice(at, Math.Min(chunk.Length, expected.Length - at));
            stream.ReadExactly(chunk[..part.Length]);
            if (!part.SequenceEqual(chunk[..part.Length]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes the image of <paramref name="lexicon"/> as the one of the YAML text <paramref name="yaml"/> read
    /// from <paramref name="sourceName"/>, as <see cref="Parse(string, string, LanguageRegistry)"/> would (ignoring
    /// failures to write).</summary>
    /// <param name="yaml">The YAML text the lexicon was parsed from.</param>
    /// <param name="sourceName">The source name.</param>
    /// <param name="lexicon">The lexicon.</param>
    internal void Store(string yaml, string sourceName, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        if (SourceBytes(yaml) is { } source)
        {
            Store(source, sourceName, lexicon);
        }
    }

    /// <summary>Writes the image of <paramref name="lexicon"/> as the one of the source bytes <paramref name="source"/>
    /// read from <paramref name="sourceName"/> (ignoring failures to write).</summary>
    /// <param name="source">The bytes the lexicon was parsed from.</param>
    /// <param name="sourceName">The source name.</param>
    /// <param name="lexicon">The lexicon.</param>
    internal void Store(ReadOnlySpan<byte> source, string sourceName, Lexicon lexicon)
    {
        var path = PathFor(sourceName);
        var temporary = path + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            using var body = new MemoryStream();
            LexiconSnapshot.Write(lexicon, body);
            var image = body.ToArray();
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var header = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                header.Write(Magic);
                header.Write(Build.ToByteArray());
                header.Write(sourceName);
                header.Write(source.Length);
                header.Write(source);
                header.Write(image.Length);
                header.Write(Hash(image));
                header.Write(image);
            }

            File.Move(temporary, path, overwrite: true);
            Prune(DateTime.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            // A read-only or full disk, or a folder name the system refuses: the next run parses the YAML again.
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // Nothing more to do.
            }
        }
    }
}
