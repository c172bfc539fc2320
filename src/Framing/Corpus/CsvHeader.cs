namespace Framing.Corpus;

/// <summary>The header row of a CSV file: column names and their positions.</summary>
internal sealed class CsvHeader
{
    private readonly Dictionary<string, int> _indexes;

    private CsvHeader(IReadOnlyList<string> names, Dictionary<string, int> indexes, DocumentSource source, char delimiter)
    {
        Names = names;
        _indexes = indexes;
        Source = source;
        Delimiter = delimiter;
    }

    /// <summary>The column names in file order.</summary>
    internal IReadOnlyList<string> Names { get; }

    /// <summary>Where the header row is.</summary>
    internal DocumentSource Source { get; }

    /// <summary>The field delimiter the header was read with.</summary>
    internal char Delimiter { get; }

    /// <summary>
    /// Reads the header row (the first non-empty record).
    /// </summary>
    /// <param name="records">The records of the file.</param>
    /// <param name="file">The file's display name.</param>
    /// <returns>The header.</returns>
    /// <exception cref="CorpusException">No header, a malformed header (one with a carriage return not followed by a
    /// line feed: the file's lines end with a bare CR), or duplicate or empty column names.</exception>
    internal static CsvHeader Read(CsvRecordReader records, string file) =>
        TryRead(records, file) ?? throw new CorpusException(new Diagnostic(new DocumentSource(file, 1), RecordMessages.MissingHeader));

    /// <summary>As <see cref="Read"/>, but null when the file has no record at all (empty, or blank lines only).</summary>
    /// <param name="records">The records of the file.</param>
    /// <param name="file">The file's display name.</param>
    /// <returns>The header, or null.</returns>
    /// <exception cref="CorpusException">A malformed header, or duplicate or empty column names.</exception>
    internal static CsvHeader? TryRead(CsvRecordReader records, string file)
    {
        if (!records.TryRead(out var record))
        {
            return null;
        }

        var source = new DocumentSource(file, record.Line);
        // Before the bare CR: UTF-16's \r\n is \r\0\n\0.
        if (record.Fields.Any(field => field.Contains('\0', StringComparison.Ordinal)))
        {
            throw new CorpusException(new Diagnostic(source, RecordMessages.NulBytes("header row")));
        }

        if (!record.IsTooLong && record.Fields.Any(field => Utf8Text.HasBareCarriageReturn(field)))
        {
            // Lines ending in \r alone are one line to a CSV reader: the header would take in the whole file.
            throw new CorpusException(new Diagnostic(source, RecordMessages.BareCarriageReturns));
        }

        var error = record.StructuralError(record.Fields.Count);
        if (error is not null)
        {
            throw new CorpusException(new Diagnostic(source, "header row: " + error));
        }

        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < record.Fields.Count; i++)
        {
            var name = record.Fields[i];
            if (name.Length == 0)
            {
                throw new CorpusException(new Diagnostic(source, RecordMessages.EmptyColumnName(i + 1)));
            }

            if (!indexes.TryAdd(name, i))
            {
                throw new CorpusException(new Diagnostic(source, RecordMessages.DuplicateColumn(name)));
            }
        }

        return new CsvHeader(record.Fields, indexes, source, records.Delimiter);
    }

    /// <summary>Reads only the header row of a CSV file, or returns null when it cannot be read.</summary>
    /// <param name="path">The file.</param>
    /// <param name="delimiter">The delimiter.</param>
    /// <returns>The column names, or null.</returns>
    internal static IReadOnlyList<string>? TryReadNames(string path, char delimiter)
    {
        try
        {
            using var stream = CorpusFile.OpenRead(path);
            return Read(new CsvRecordReader(new Utf8LineReader(stream, 4096), delimiter), path).Names;
        }
        catch (CorpusException)
        {
            return null;
        }
        catch (IOException)
        {
            // Includes InvalidDataException (a header longer than an array can hold).
            return null;
        }
    }

    /// <summary>The position of column <paramref name="name"/>, or -1.</summary>
    internal int IndexOf(string name) => _indexes.TryGetValue(name, out var index) ? index : -1;

    /// <summary>The position of column <paramref name="name"/>.</summary>
    /// <param name="name">The column's name.</param>
    /// <param name="hintFormat">Whether a header that seems to be separated by the other separator (see
    /// <see cref="RecordMessages.SeemingDelimiter"/>) makes the error's hint the format to read it as
    /// (<see cref="DiagnosticHint.ReadAsCsv"/> or <see cref="DiagnosticHint.ReadAsTsv"/>): for a corpus, whose format can
    /// be named, not a manifest, whose separator follows its file's name.</param>
    /// <param name="hintDelimiter">Whether a header that seems to be separated by semicolons makes the error's hint
    /// <see cref="DiagnosticHint.ReadWithSemicolons"/> (a corpus or manifest, whose
    /// <see cref="CorpusReaderOptions.CsvDelimiter"/> can be set), instead of the message's advice to save it again.</param>
    /// <exception cref="CorpusException">There is no such column.</exception>
    internal int Require(string name, bool hintFormat = false, bool hintDelimiter = false)
    {
        var index = IndexOf(name);
        return index >= 0 ? index : throw new CorpusException(MissingColumn(name, hintFormat, hintDelimiter));
    }

    /// <summary>The error of a missing column <paramref name="name"/> (see <see cref="Require"/>).</summary>
    internal Diagnostic MissingColumn(string name, bool hintFormat = false, bool hintDelimiter = false) =>
        new(Source, RecordMessages.MissingColumn(name, Names, Delimiter, readable: hintDelimiter))
        {
            Hint = hintDelimiter && RecordMessages.SeemsSemicolonSeparated(Names, Delimiter) ? DiagnosticHint.ReadWithSemicolons
                : !hintFormat ? DiagnosticHint.None
                : RecordMessages.SeemingDelimiter(Names, Delimiter) switch
                {
                    ',' => DiagnosticHint.ReadAsCsv,
                    '\t' => DiagnosticHint.ReadAsTsv,
                    _ => DiagnosticHint.None,
                },
        };

    /// <summary>The fields of <paramref name="record"/> by column name, leaving out the column at <paramref name="skip"/>.</summary>
    internal DocumentFields ToFields(CsvRecord record, int skip)
    {
        // The header's names are distinct (checked when it was read).
        var pairs = new string[2 * (skip >= 0 && skip < Names.Count ? Names.Count - 1 : Names.Count)];
        var next = 0;
        for (var i = 0; i < Names.Count; i++)
        {
            if (i != skip)
            {
                pairs[next++] = Names[i];
                pairs[next++] = record.Fields[i];
            }
        }

        return new DocumentFields(pairs, next / 2);
    }

    /// <summary>The number of columns.</summary>
    internal int Count => Names.Count;
}
