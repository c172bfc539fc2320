namespace Framing.Corpus;

/// <summary>
/// Opens the right <see cref="ICorpusReader"/> for a path and a format, detecting the format when asked. The built-in
/// formats are JSON Lines, CSV, TSV, folders of text files and CSV manifests; other formats (such as Parquet, in the
/// <c>Framing.Parquet</c> package) are added by giving their <see cref="ICorpusFormatProvider"/>s to the constructor.
/// </summary>
/// <remarks>
/// A factory is immutable and thread-safe. The static members (<see cref="Open(string, CorpusFormat, CorpusReaderOptions?)"/>
/// and <see cref="DetectFormat"/>) know the built-in formats only, as <see cref="BuiltIn"/> does.
/// </remarks>
public sealed class CorpusReaderFactory
{
    /// <summary>The path that stands for standard input (read as JSON Lines unless a CSV or TSV format is given).</summary>
    public const string StandardInput = "-";

    /// <summary>The format name that asks the factory to detect the format (see <see cref="Detect"/>).</summary>
    public const string AutoFormat = "auto";

    private static readonly string[] BuiltInNames = ["jsonl", "csv", "tsv", "folder", "manifest"];
    private static readonly string[] BuiltInExtensions = [".jsonl", ".ndjson", ".json", ".csv", ".tsv"];

    private readonly ICorpusFormatProvider[] _providers;

    /// <summary>Creates a factory that opens the built-in formats and those of <paramref name="providers"/>.</summary>
    /// <param name="providers">Further formats; their names and extensions must be unique (see <see cref="ICorpusFormatProvider"/>).</param>
    /// <exception cref="ArgumentException">A provider's name or extension is malformed, or taken by a built-in format or another provider.</exception>
    /// <remarks>A <c>params</c> array, not <c>params IEnumerable</c>: callers on net8.0, whose default C# version (12)
    /// has no <c>params</c> collections, write <c>new CorpusReaderFactory(new ParquetCorpusFormat())</c> too.</remarks>
    public CorpusReaderFactory(params ICorpusFormatProvider[] providers)
        : this((IEnumerable<ICorpusFormatProvider>)providers)
    {
    }

    /// <summary>Creates a factory that opens the built-in formats and those of <paramref name="providers"/>.</summary>
    /// <param name="providers">Further formats; their names and extensions must be unique (see <see cref="ICorpusFormatProvider"/>).</param>
    /// <exception cref="ArgumentException">A provider's name or extension is malformed, or taken by a built-in format or another provider.</exception>
    public CorpusReaderFactory(IEnumerable<ICorpusFormatProvider> providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        _providers = [.. providers];
        var names = new HashSet<string>(BuiltInNames, StringComparer.Ordinal) { AutoFormat };
        var extensions = new HashSet<string>(BuiltInExtensions, StringComparer.OrdinalIgnoreCase);
        foreach (var provider in _providers)
        {
            ArgumentNullException.ThrowIfNull(provider, nameof(providers));
            if (!IsFormatName(provider.Name) || !names.Add(provider.Name))
            {
                throw new ArgumentException($"The corpus format name \"{provider.Name}\" is malformed or already taken.", nameof(providers));
            }

            foreach (var extension in provider.Extensions)
            {
                if (extension is null || extension.Length < 2 || extension[0] != '.' || !extensions.Add(extension))
                {
                    throw new ArgumentException($"The extension \"{extension}\" of corpus format \"{provider.Name}\" is malformed or already taken.", nameof(providers));
                }
            }
        }

        Providers = ReadOnlyLists.Of(_providers);
        FormatNames = [AutoFormat, .. BuiltInNames, .. _providers.Select(p => p.Name)];
    }

    /// <summary>A factory of the built-in formats only.</summary>
    public static CorpusReaderFactory BuiltIn { get; } = new();

    /// <summary>The names of the built-in formats: <c>jsonl</c>, <c>csv</c>, <c>tsv</c>, <c>folder</c> and <c>manifest</c>.</summary>
    public static IReadOnlyList<string> BuiltInFormatNames { get; } = ReadOnlyLists.Of(BuiltInNames);

    /// <summary>The formats added to the built-in ones, in the order given.</summary>
    public IReadOnlyList<ICorpusFormatProvider> Providers { get; }

    /// <summary>Every name <see cref="Create"/> accepts: <see cref="AutoFormat"/>, the built-in names, then the providers' names.</summary>
    public IReadOnlyList<string> FormatNames { get; }

    /// <summary>Opens a reader for the corpus at <paramref name="path"/> (built-in formats only).</summary>
    /// <param name="path">A file, a folder, or <see cref="StandardInput"/>.</param>
    /// <param name="format">The corpus format, or <see cref="CorpusFormat.Auto"/> to detect it (see <see cref="DetectFormat"/>).</param>
    /// <param name="options">Field names and rules; <see cref="CorpusReaderOptions.Default"/> when null.</param>
    /// <returns>The reader. Nothing is read until <see cref="ICorpusReader.Read"/> is enumerated.</returns>
    /// <exception cref="CorpusException">
    /// The path does not exist (<c>no such file or directory</c>), is a folder where a file is needed or the reverse,
    /// its format cannot be detected, or standard input is asked for as a folder or manifest.
    /// </exception>
    /// <exception cref="ArgumentException">The path is empty or the format is not defined.</exception>
    public static ICorpusReader Open(string path, CorpusFormat format = CorpusFormat.Auto, CorpusReaderOptions? options = null)
    {
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentException($"Unknown corpus format {format}.", nameof(format));
        }

        return BuiltIn.Create(path, NameOf(format), options);
    }

    /// <summary>
    /// Opens a reader over a stream of UTF-8 records, such as a download or standard input, with the same record rules
    /// and messages as a file of that format. The stream can be read once and is not disposed by the reader.
    /// </summary>
    /// <param name="stream">The readable stream.</param>
    /// <param name="format"><see cref="CorpusFormat.JsonLines"/>, <see cref="CorpusFormat.Csv"/> or <see cref="CorpusFormat.Tsv"/>
    /// (<see cref="CorpusFormat.Auto"/> means JSON Lines: a stream has no extension to detect a format by).</param>
    /// <param name="displayName">The name in ids and messages (<c>name:line</c>), <see cref="StandardInput"/> by default.</param>
    /// <param name="options">Field names and rules; <see cref="CorpusReaderOptions.Default"/> when null.</param>
    /// <returns>The reader. Nothing is read until <see cref="ICorpusReader.Read"/> is enumerated.</returns>
    /// <exception cref="ArgumentException">The stream is not readable, the name is empty, or the format is a folder,
    /// a manifest or not defined.</exception>
    public static ICorpusReader OpenStream(Stream stream, CorpusFormat format = CorpusFormat.JsonLines, string displayName = StandardInput, CorpusReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= CorpusReaderOptions.Default;
        return format switch
        {
            CorpusFormat.Auto or CorpusFormat.JsonLines => new JsonLinesCorpusReader(stream, displayName, options),
            CorpusFormat.Csv => new CsvCorpusReader(stream, displayName, options, options.CsvDelimiter ?? ','),
            CorpusFormat.Tsv => new CsvCorpusReader(stream, displayName, options, options.CsvDelimiter ?? '\t'),
            _ => throw new ArgumentException($"A stream can be read as JSON Lines, CSV or TSV, not {format}.", nameof(format)),
        };
    }

    /// <summary>
    /// Detects the format of the corpus at <paramref name="path"/> among the built-in formats (see <see cref="Detect"/>).
    /// </summary>
    /// <param name="path">A file, a folder, or <see cref="StandardInput"/>.</param>
    /// <param name="options">Supplies the text field name; <see cref="CorpusReaderOptions.Default"/> when null.</param>
    /// <returns>The detected format (never <see cref="CorpusFormat.Auto"/>).</returns>
    /// <exception cref="CorpusException">The path does not exist or has an unknown extension.</exception>
    public static CorpusFormat DetectFormat(string path, CorpusReaderOptions? options = null) => BuiltIn.Detect(path, options) switch
    {
        "jsonl" => CorpusFormat.JsonLines,
        "csv" => CorpusFormat.Csv,
        "tsv" => CorpusFormat.Tsv,
        "folder" => CorpusFormat.TextFolder,
        _ => CorpusFormat.Manifest,
    };

    /// <summary>Opens a reader for the corpus at <paramref name="path"/>.</summary>
    /// <param name="path">A file, a folder, or <see cref="StandardInput"/>.</param>
    /// <param name="format">One of <see cref="FormatNames"/>; <see cref="AutoFormat"/> detects it (see <see cref="Detect"/>).</param>
    /// <param name="options">Field names and rules; <see cref="CorpusReaderOptions.Default"/> when null.</param>
    /// <returns>The reader. Nothing is read until <see cref="ICorpusReader.Read"/> is enumerated.</returns>
    /// <exception cref="CorpusException">
    /// The path does not exist (<c>no such file or directory</c>), is a folder where a file is needed or the reverse,
    /// its format cannot be detected, or standard input is asked for in a format other than JSON Lines, CSV or TSV.
    /// </exception>
    /// <exception cref="ArgumentException">The path is empty or the format is not one of <see cref="FormatNames"/>.</exception>
    public ICorpusReader Create(string path, string format = AutoFormat, CorpusReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(format);
        if (!FormatNames.Contains(format, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Unknown corpus format \"{format}\" (expected {string.Join(", ", FormatNames)}).", nameof(format));
        }

        options ??= CorpusReaderOptions.Default;
        if (string.Equals(path, StandardInput, StringComparison.Ordinal))
        {
            return format switch
            {
                AutoFormat or "jsonl" => OpenStream(Console.OpenStandardInput(), CorpusFormat.JsonLines, StandardInput, options),
                "csv" => OpenStream(Console.OpenStandardInput(), CorpusFormat.Csv, StandardInput, options),
                "tsv" => OpenStream(Console.OpenStandardInput(), CorpusFormat.Tsv, StandardInput, options),
                _ => throw new CorpusException(new Diagnostic(new DocumentSource(StandardInput, 0), "standard input can only be read as JSON Lines, CSV or TSV")),
            };
        }

        if (format == AutoFormat)
        {
            format = Detect(path, options);
        }
        else if (format == "folder")
        {
            CorpusFile.EnsureFolder(path);
        }
        else
        {
            CorpusFile.EnsureFile(path);
        }

        if (format is "jsonl" or "csv" or "tsv" or "manifest")
        {
            RefuseCompressed(path);
        }

        return format switch
        {
            "jsonl" => new JsonLinesCorpusReader(path, options),
            "csv" => new CsvCorpusReader(path, options, options.CsvDelimiter ?? ','),
            "tsv" => new CsvCorpusReader(path, options, options.CsvDelimiter ?? '\t'),
            "folder" => new TextFolderCorpusReader(path, options),
            "manifest" => new ManifestCorpusReader(path, options, options.CsvDelimiter ?? DelimiterOf(path)),
            _ => Array.Find(_providers, p => string.Equals(p.Name, format, StringComparison.Ordinal))!.Open(path, options),
        };
    }

    /// <summary>
    /// Detects the format of the corpus at <paramref name="path"/>: a folder is <c>folder</c>; <c>.jsonl</c>,
    /// <c>.ndjson</c> and <c>.json</c> files are <c>jsonl</c>; <c>.csv</c> files are <c>csv</c> and <c>.tsv</c> files
    /// <c>tsv</c>, unless their header has a <c>ManifestCorpusReader.FileColumn</c> column and no text column,
    /// which makes them a <c>manifest</c>; a file with one of a provider's <see cref="ICorpusFormatProvider.Extensions"/>
    /// is that provider's format. Extensions are compared case-insensitively. <see cref="StandardInput"/> is <c>jsonl</c>.
    /// </summary>
    /// <param name="path">A file, a folder, or <see cref="StandardInput"/>.</param>
    /// <param name="options">Supplies the text field name; <see cref="CorpusReaderOptions.Default"/> when null.</param>
    /// <returns>The detected format's name (never <see cref="AutoFormat"/>).</returns>
    /// <exception cref="CorpusException">The path does not exist or has an unknown extension.</exception>
    public string Detect(string path, CorpusReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= CorpusReaderOptions.Default;
        if (string.Equals(path, StandardInput, StringComparison.Ordinal))
        {
            return "jsonl";
        }

        if (Directory.Exists(path))
        {
            return "folder";
        }

        CorpusFile.EnsureFile(path);
        var extension = Path.GetExtension(path);
        if (HasExtension(extension, ".jsonl") || HasExtension(extension, ".ndjson") || HasExtension(extension, ".json"))
        {
            return "jsonl";
        }

        if (HasExtension(extension, ".csv") || HasExtension(extension, ".tsv"))
        {
            var delimiter = options.CsvDelimiter ?? DelimiterOf(path);

            // The header is read to tell a manifest from a corpus only from a regular file: a named pipe read for it would
            // be closed, and the reader would then wait for a second writer, or read only what one sends.
            var names = FileKinds.Of(path) is FileKind.Regular or FileKind.Unknown ? CsvHeader.TryReadNames(path, delimiter) : null;
            if (names is not null
                && names.Contains(ManifestCorpusReader.FileColumn, StringComparer.Ordinal)
                && !names.Contains(options.TextField, StringComparer.Ordinal))
            {
                return "manifest";
            }

            return HasExtension(extension, ".tsv") ? "tsv" : "csv";
        }

        foreach (var provider in _providers)
        {
            if (provider.Extensions.Any(e => HasExtension(extension, e)))
            {
                return provider.Name;
            }
        }

        // A pipe without a name's extension (<(zcat corpus.jsonl.gz)) is read as standard input is: JSON Lines.
        if (extension.Length == 0 && FileKinds.Of(path) == FileKind.NamedPipe)
        {
            return "jsonl";
        }

        RefuseCompressed(path);
        throw UndetectedFormat(path, [], $"name it (the command line's --corpus-format {string.Join("|", FormatNames.Where(f => f != AutoFormat))})");
    }

    /// <summary>Whether <see cref="Detect"/> tells the format of the file at <paramref name="path"/> by its name (an
    /// extension it knows, or none for a named pipe), without reading it; false for a folder or a missing file too.</summary>
    /// <param name="path">A path.</param>
    internal bool DetectsByName(string path)
    {
        var extension = Path.GetExtension(path);
        return File.Exists(path)
            && (BuiltInExtensions.Concat(_providers.SelectMany(p => p.Extensions)).Any(e => HasExtension(extension, e))
                || (extension.Length == 0 && FileKinds.Of(path) == FileKind.NamedPipe));
    }

    /// <summary>
    /// The error of a file whose format <see cref="Detect"/> cannot tell by its name: it names the extensions that it
    /// knows (after <paramref name="before"/>, those a caller reads itself, such as <c>check</c>'s <c>.txt</c>) and ends
    /// with <paramref name="advice"/>; a compressed file is refused as compressed instead.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="before">Extensions the caller reads besides the factory's, listed first.</param>
    /// <param name="advice">What to do, after a semicolon.</param>
    /// <returns>The exception to throw.</returns>
    /// <exception cref="CorpusException">The file is compressed.</exception>
    internal CorpusException UndetectedFormat(string path, IEnumerable<string> before, string advice)
    {
        RefuseCompressed(path);
        var extension = Path.GetExtension(path);
        var shown = extension.Length == 0 ? "files without an extension" : $"\"{extension}\" files";
        var known = string.Join(", ", before.Concat(BuiltInExtensions).Concat(_providers.SelectMany(p => p.Extensions)));
        return new CorpusException(new Diagnostic(new DocumentSource(path, 0), $"cannot detect the corpus format of {shown} (expected {known} or a folder); {advice}"));
    }

    /// <summary>
    /// Refuses a regular file that starts as a compressed file does (gzip, bzip2, xz, zstd, zip): read as text, it would
    /// be rejected as invalid UTF-8 at line 1, which says nothing of the cause. Pipes are not peeked at (a byte read
    /// from one is gone).
    /// </summary>
    private static void RefuseCompressed(string path)
    {
        if (FileKinds.Of(path) != FileKind.Regular)
        {
            return;
        }

        Span<byte> head = stackalloc byte[CompressedInput.HeadBytes];
        int read;
        try
        {
            using var stream = File.OpenRead(path);
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // the reader reports it
        }

        head = head[..read];
        if (CompressedInput.Of(head) is { Kind: var kind, Cat: var tool })
        {
            // The format inside, from the name without its compression's extension (corpus.csv.gz is CSV): a pipe
            // without a name's extension is read as JSON Lines, so any other format must be named.
            var inner = Path.GetExtension(Path.GetFileNameWithoutExtension(path));
            var pipe = HasExtension(inner, ".jsonl") || HasExtension(inner, ".ndjson") || HasExtension(inner, ".json") ? $"<({tool} FILE)"
                : HasExtension(inner, ".csv") ? $"<({tool} FILE) --corpus-format csv"
                : HasExtension(inner, ".tsv") ? $"<({tool} FILE) --corpus-format tsv"
                : $"<({tool} FILE) --corpus-format jsonl|csv|tsv";
            throw new CorpusException(new Diagnostic(
                new DocumentSource(path, 0),
                $"the file is {kind}-compressed, and corpora are read as text: decompress it, or (for a command that reads the corpus once) read it through a pipe: {pipe}"));
        }
    }

    private static string NameOf(CorpusFormat format) => format switch
    {
        CorpusFormat.JsonLines => "jsonl",
        CorpusFormat.Csv => "csv",
        CorpusFormat.Tsv => "tsv",
        CorpusFormat.TextFolder => "folder",
        CorpusFormat.Manifest => "manifest",
        _ => AutoFormat,
    };

    private static bool IsFormatName(string? name) =>
        !string.IsNullOrEmpty(name) && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private static bool HasExtension(string extension, string expected) => string.Equals(extension, expected, StringComparison.OrdinalIgnoreCase);

    private static char DelimiterOf(string path) => HasExtension(Path.GetExtension(path), ".tsv") ? '\t' : ',';
}
