namespace Framing.Corpus;

/// <summary>Opens the right <see cref="ICorpusReader"/> for a path and a format, detecting the format when asked.</summary>
public static class CorpusReaderFactory
{
    /// <summary>The path that stands for standard input (read as JSON Lines unless a CSV or TSV format is given).</summary>
    public const string StandardInput = "-";

    /// <summary>Opens a reader for the corpus at <paramref name="path"/>.</summary>
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
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentException($"Unknown corpus format {format}.", nameof(format));
        }

        options ??= CorpusReaderOptions.Default;
        if (string.Equals(path, StandardInput, StringComparison.Ordinal))
        {
            return format switch
            {
                CorpusFormat.Auto or CorpusFormat.JsonLines => new JsonLinesCorpusReader(Console.OpenStandardInput(), StandardInput, options),
                CorpusFormat.Csv => new CsvCorpusReader(Console.OpenStandardInput(), StandardInput, options, ','),
                CorpusFormat.Tsv => new CsvCorpusReader(Console.OpenStandardInput(), StandardInput, options, '\t'),
                _ => throw new CorpusException(new CorpusError(new DocumentSource(StandardInput, 0), "standard input can only be read as JSON Lines, CSV or TSV")),
            };
        }

        if (format == CorpusFormat.Auto)
        {
            format = DetectFormat(path, options);
        }
        else if (format == CorpusFormat.TextFolder)
        {
            CorpusFile.EnsureFolder(path);
        }
        else
        {
            CorpusFile.EnsureFile(path);
        }

        return format switch
        {
            CorpusFormat.JsonLines => new JsonLinesCorpusReader(path, options),
            CorpusFormat.Csv => new CsvCorpusReader(path, options, ','),
            CorpusFormat.Tsv => new CsvCorpusReader(path, options, '\t'),
            CorpusFormat.TextFolder => new TextFolderCorpusReader(path, options),
            _ => new ManifestCorpusReader(path, options, DelimiterOf(path)),
        };
    }

    /// <summary>
    /// Detects the format of the corpus at <paramref name="path"/>: a folder is <see cref="CorpusFormat.TextFolder"/>;
    /// <c>.jsonl</c>, <c>.ndjson</c> and <c>.json</c> files are <see cref="CorpusFormat.JsonLines"/>; <c>.csv</c> files are
    /// <see cref="CorpusFormat.Csv"/> and <c>.tsv</c> files <see cref="CorpusFormat.Tsv"/>, unless their header has a
    /// <see cref="ManifestCorpusReader.FileColumn"/> column and no text column, which makes them a
    /// <see cref="CorpusFormat.Manifest"/>. Extensions are compared case-insensitively. <see cref="StandardInput"/> is
    /// <see cref="CorpusFormat.JsonLines"/>.
    /// </summary>
    /// <param name="path">A file, a folder, or <see cref="StandardInput"/>.</param>
    /// <param name="options">Supplies the text field name; <see cref="CorpusReaderOptions.Default"/> when null.</param>
    /// <returns>The detected format (never <see cref="CorpusFormat.Auto"/>).</returns>
    /// <exception cref="CorpusException">The path does not exist or has an unknown extension.</exception>
    public static CorpusFormat DetectFormat(string path, CorpusReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= CorpusReaderOptions.Default;
        if (string.Equals(path, StandardInput, StringComparison.Ordinal))
        {
            return CorpusFormat.JsonLines;
        }

        if (Directory.Exists(path))
        {
            return CorpusFormat.TextFolder;
        }

        CorpusFile.EnsureFile(path);
        var extension = Path.GetExtension(path);
        if (HasExtension(extension, ".jsonl") || HasExtension(extension, ".ndjson") || HasExtension(extension, ".json"))
        {
            return CorpusFormat.JsonLines;
        }

        if (HasExtension(extension, ".csv") || HasExtension(extension, ".tsv"))
        {
            var delimiter = DelimiterOf(path);
            var names = CsvHeader.TryReadNames(path, delimiter);
            if (names is not null
                && names.Contains(ManifestCorpusReader.FileColumn, StringComparer.Ordinal)
                && !names.Contains(options.TextField, StringComparer.Ordinal))
            {
                return CorpusFormat.Manifest;
            }

            return delimiter == '\t' ? CorpusFormat.Tsv : CorpusFormat.Csv;
        }

        var shown = extension.Length == 0 ? "files without an extension" : $"\"{extension}\" files";
        throw new CorpusException(new CorpusError(
            new DocumentSource(path, 0),
            $"cannot detect the corpus format of {shown} (expected .jsonl, .ndjson, .json, .csv, .tsv or a folder); choose a format explicitly"));
    }

    private static bool HasExtension(string extension, string expected) => string.Equals(extension, expected, StringComparison.OrdinalIgnoreCase);

    private static char DelimiterOf(string path) => HasExtension(Path.GetExtension(path), ".tsv") ? '\t' : ',';
}
