using System.Globalization;
using System.Text;
using Framing.Cli.Arguments;
using Framing.Statistics.Scaling;

namespace Framing.Cli.Commands.Scale;

/// <summary>One reference text of a reference file: a group value or a document id, and its known position.</summary>
/// <param name="Key">The group value or document id.</param>
/// <param name="Position">The known position.</param>
/// <param name="Line">The file line it was read from.</param>
internal sealed record ReferenceEntry(string Key, double Position, int Line);

/// <summary>
/// The <c>--reference</c> file of <c>framing scale wordscores</c>: CSV (RFC 4180, UTF-8, a header) with a column naming
/// the reference texts, <c>group</c> or the <c>--by</c> field for groups, <c>id</c> or the <c>--id-field</c> for
/// documents, and a numeric <c>position</c> column. Other columns are ignored. Every mistake is an
/// <see cref="InputException"/> naming the file and line.
/// </summary>
internal sealed class ReferenceFile
{
    private ReferenceFile(string path, string keyColumn, bool byDocument, IReadOnlyList<ReferenceEntry> entries)
    {
        Path = path;
        KeyColumn = keyColumn;
        ByDocument = byDocument;
        Entries = entries;
    }

    public string Path { get; }

    /// <summary>The column that names the reference texts.</summary>
    public string KeyColumn { get; }

    /// <summary>Whether the reference texts are documents (by id) rather than groups.</summary>
    public bool ByDocument { get; }

    /// <summary>The reference texts in file order.</summary>
    public IReadOnlyList<ReferenceEntry> Entries { get; }

    public static ReferenceFile Read(string path, string groupField, string idField)
    {
        string text;
        try
        {
            var bytes = Framing.Corpus.Utf8Text.StripBom(Framing.Text.WideUnicode.ToUtf8(File.ReadAllBytes(path))).ToArray();
            if (Framing.Text.Utf8Validation.IndexOfInvalid(bytes) is var invalid and >= 0)
            {
                // At its line, as a corpus's CSV and a --known file say it.
                var line = 1 + bytes.AsSpan(0, invalid).Count((byte)'\n');
                throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{path}:{line}: invalid UTF-8"));
            }

            text = Encoding.UTF8.GetString(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: {SystemReason.OfRead(path, e, "cannot read the reference file")}");
        }

        var records = Parse(path, text.TrimStart('\uFEFF'));
        if (records.Count == 0)
        {
            throw new InputException($"{path}:1: empty reference file (expected a header with a position column)");
        }

        var header = records[0].Fields.Select(f => f.Trim()).ToList();
        if (header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InputException($"{path}:1: {Framing.Corpus.RecordMessages.DuplicateColumn(twice.Key)}");
        }

        var position = header.IndexOf("position");
        if (position < 0)
        {
            throw new InputException($"{path}:1: missing column \"position\" (columns: {Framing.Corpus.RecordMessages.Columns(header)})");
        }

        var groupColumn = FindColumn(path, header, "group", groupField);
        var documentColumn = FindColumn(path, header, "id", idField);
        if (groupColumn < 0 && documentColumn < 0)
        {
            throw new InputException($"{path}:1: no column naming the reference texts: expected {Names(groupField, "group")} (groups) or {Names(idField, "id")} (documents) beside \"position\" (columns: {Framing.Corpus.RecordMessages.Columns(header)})");
        }

        if (groupColumn >= 0 && documentColumn >= 0)
        {
            throw new InputException($"{path}:1: both a group column (\"{header[groupColumn]}\") and a document column (\"{header[documentColumn]}\"): keep the one that names the reference texts");
        }

        var byDocument = documentColumn >= 0;
        var key = byDocument ? documentColumn : groupColumn;
        var entries = new List<ReferenceEntry>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != header.Count)
            {
                throw new InputException($"{path}:{record.Line}: expected {header.Count} fields, found {record.Fields.Count}");
            }

            var name = record.Fields[key].Trim();
            if (name.Length == 0)
            {
                throw new InputException($"{path}:{record.Line}: empty \"{header[key]}\"");
            }

            var value = record.Fields[position].Trim();
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            {
                throw new InputException($"{path}:{record.Line}: position \"{value}\" is not a number");
            }

            if (Math.Abs(number) > WordscoresModel.MaxPosition)
            {
                throw new InputException($"{path}:{record.Line}: position \"{value}\" is out of range: positions must lie within ±1e100 (they are squared, and larger ones overflow)");
            }

            if (number != 0 && Math.Abs(number) < WordscoresModel.MinPosition)
            {
                throw new InputException($"{path}:{record.Line}: position \"{value}\" is out of range: a nonzero position must be at least 1e-100 in magnitude (positions are squared, and smaller ones underflow to 0)");
            }

            if (seen.TryGetValue(name, out var first))
            {
                throw new InputException($"{path}:{record.Line}: \"{name}\" is listed twice (first on line {first})");
            }

            seen[name] = record.Line;
            entries.Add(new ReferenceEntry(name, number, record.Line));
        }

        if (entries.Count < 2)
        {
            throw new InputException($"{path}: Wordscores needs at least two reference texts, found {entries.Count}");
        }

        if (entries.All(e => e.Position == entries[0].Position))
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{path}: every reference text has position {entries[0].Position}; Wordscores needs at least two different positions"));
        }

        return new ReferenceFile(path, header[key], byDocument, entries);
    }

    /// <summary>The accepted names of a column, quoted: the field's name, and the usual name when it differs.</summary>
    private static string Names(string field, string usual) =>
        string.Equals(field, usual, StringComparison.Ordinal) ? $"\"{usual}\"" : $"\"{field}\" or \"{usual}\"";

    private static int FindColumn(string path, List<string> header, string standard, string field)
    {
        var index = header.IndexOf(field);
        var other = header.IndexOf(standard);
        if (index >= 0 && other >= 0 && index != other)
        {
            // Two columns that could both name the texts, and may disagree: which one was meant is not for us to guess.
            throw new InputException($"{path}:1: both \"{field}\" and \"{standard}\" name the reference texts: keep one of the two columns");
        }

        return index >= 0 ? index : other;
    }

    /// <summary>
    /// Splits RFC 4180 text into records with the line each starts on; blank lines are skipped. As the corpus's CSV
    /// reader, it refuses text after a closing quote (<c>"1"0</c>) and a bare CR outside quotes (a file whose lines end
    /// with <c>\r</c> would otherwise be one line).
    /// </summary>
    private static List<(int Line, List<string> Fields)> Parse(string path, string text)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var wasQuoted = false;
        var closed = false; // the field's closing quote was just read: only ',' or a line end may follow
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            if (quoted)
            {
                if (i == text.Length)
                {
                    throw new InputException($"{path}:{start}: unterminated quoted field");
                }

                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                    closed = true;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0 && !wasQuoted)
            {
                quoted = wasQuoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                wasQuoted = closed = false;
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                if (fields.Count > 1 || fields[0].Trim().Length > 0 || wasQuoted)
                {
                    records.Add((start, fields));
                }

                fields = [];
                wasQuoted = closed = false;
                line++;
                start = line;
            }
            else if (c == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    throw new InputException($"{path}:{line}: {Framing.Corpus.RecordMessages.BareCarriageReturns}");
                }
            }
            else if (closed)
            {
                throw new InputException($"{path}:{start}: {Framing.Corpus.RecordMessages.CharacterAfterQuote}");
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }
}
