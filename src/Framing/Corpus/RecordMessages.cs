using System.Buffers;
using System.Globalization;
using System.Text;

namespace Framing.Corpus;

/// <summary>The one-line messages of rejected records and unreadable corpora, in one place so that they stay consistent.</summary>
internal static class RecordMessages
{
    internal const string InvalidUtf8 = "invalid UTF-8";
    internal const string EmptyText = "empty text";
    internal const string CharacterAfterQuote = "unexpected character after a closing quote";
    internal const string NoSuchFile = "no such file or directory";

    /// <summary>Why a listed file whose name is not UTF-8 cannot be read (.NET lists such a name with U+FFFD).</summary>
    internal const string NameNotUtf8 = "its name is not valid UTF-8 (shown with U+FFFD), and such a file cannot be opened: rename it (convmv -f latin1 -t utf8)";
    internal const string MissingHeader = "missing header row";

    /// <summary>
    /// A file whose lines end with a carriage return alone (classic Mac OS), which JSON Lines and CSV do not take as a
    /// line break: the whole file would read as one line.
    /// </summary>
    internal const string BareCarriageReturns = @"line breaks are bare CR (\r); use \n or \r\n";

    /// <summary>A record (a line of JSON Lines, a CSV record) longer than the limit (see <see cref="RecordLimit"/>).</summary>
    internal static string RecordTooLong(long limit) => $"record too long (more than {RecordLimit.Describe(limit)})";

    /// <summary>A document's file (in a folder or named by a manifest) longer than the limit (see <see cref="RecordLimit"/>).</summary>
    internal static string FileTooLong(long limit) => $"file too long (more than {RecordLimit.Describe(limit)})";

    /// <summary>A document's file (in a folder or named by a manifest) that is a directory.</summary>
    internal const string IsADirectory = "is a directory";

    /// <summary>A document's file that is not a regular file: a named pipe or a device is never opened (it may wait or never end).</summary>
    internal static string NotARegularFile(FileKind kind) => kind switch
    {
        FileKind.NamedPipe => "not a regular file (a named pipe)",
        FileKind.CharacterDevice => "not a regular file (a character device)",
        FileKind.BlockDevice => "not a regular file (a block device)",
        FileKind.Socket => "not a regular file (a socket)",
        _ => "not a regular file",
    };

    /// <summary>A symbolic link, in a folder corpus, to a folder that encloses it: following it would walk the same files forever.</summary>
    internal const string FolderLinkLoop = "symbolic link to a folder that encloses it (a loop), not followed";

    /// <summary>
    /// A quoted field never closed: the quote opened on line <paramref name="quoteLine"/> and swallowed the
    /// <paramref name="swallowed"/> lines after it, to the end of the file (every later record).
    /// </summary>
    internal static string UnterminatedQuote(int quoteLine, int swallowed) => swallowed switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"unterminated quoted field: the quote opened on line {quoteLine}, the last line, is never closed"),
        1 => string.Create(CultureInfo.InvariantCulture, $"unterminated quoted field: the quote opened on line {quoteLine} is never closed and swallowed the 1 line after it, to the end of the file"),
        _ => string.Create(CultureInfo.InvariantCulture, $"unterminated quoted field: the quote opened on line {quoteLine} is never closed and swallowed the {swallowed} lines after it, to the end of the file"),
    };

    internal static string MissingField(string name) => $"missing field \"{name}\"";

    internal static string NotAString(string name) => $"field \"{name}\" is not a string";

    internal static string NotAStringOrNumber(string name) => $"field \"{name}\" is not a string or number";

    /// <summary>A group field holding a list or an object: a group is one value, read as text (<c>7</c>, <c>true</c> too).</summary>
    internal static string NotASingleValue(string name) => $"field \"{name}\" is not a string, number or boolean";

    internal static string NullField(string name) => $"field \"{name}\" is null";

    /// <summary>A group or id field holding U+0000 (NUL): written to CSV, R's <c>read.csv</c> would cut the cell at it
    /// (pandas keeps it), reading back another group or id. Every reader rejects such a record.</summary>
    internal static string NulInField(string name) => $"field \"{name}\" holds U+0000 (NUL), which R's read.csv cuts a CSV cell at: remove it from the record";

    /// <summary>What is wrong with the value of a document's group or id, in every reader: blank, or holding U+0000; null
    /// when it is fine.</summary>
    internal static string? KeyFieldError(string value, string name) => FaultOf(value) switch
    {
        KeyFault.None => null,
        KeyFault.Blank => EmptyField(name),
        KeyFault.Nul => NulInField(name),
        KeyFault.Invisible => $"field \"{name}\" holds only invisible characters (\"{Lexicons.PatternParser.Shown(value)}\"): a name nobody could read in a table",
        _ => InvisibleEdge(value) is { } edge
            ? string.Create(CultureInfo.InvariantCulture, $"field \"{name}\" {(edge.First ? "begins" : "ends")} with the invisible character U+{edge.Rune.Value:X4}{(edge.Rune.Value == 0xFEFF ? " (a byte-order mark: files joined with cat?)" : string.Empty)}, which makes \"{Lexicons.PatternParser.Shown(value)}\" another name than the one it shows as: remove it")
            : null,
    };

    /// <summary>What is wrong with a group taken from elsewhere than a record's field (a saved state, a folder's name),
    /// by the rule every record reader applies to a group field (<see cref="KeyFieldError"/>): a phrase to follow the
    /// place it is at (<c>is empty</c>, <c>holds only invisible characters ("\u200B")</c>), or null when it is fine.</summary>
    internal static string? KeyValueProblem(string value) => FaultOf(value) switch
    {
        KeyFault.None => null,
        KeyFault.Blank => value.Length == 0 ? "is empty" : $"is blank (\"{Lexicons.PatternParser.Shown(value)}\")",
        KeyFault.Nul => "holds U+0000 (NUL)",
        KeyFault.Invisible => $"holds only invisible characters (\"{Lexicons.PatternParser.Shown(value)}\")",
        _ => InvisibleEdge(value) is { } edge
            ? string.Create(CultureInfo.InvariantCulture, $"{(edge.First ? "begins" : "ends")} with the invisible character U+{edge.Rune.Value:X4}")
            : null,
    };

    /// <summary>What is wrong with a group taken from a file's path (a folder corpus, a <c>.txt</c> file given to
    /// <c>check</c>): the rule of a group field (<see cref="KeyValueProblem"/>), worded for a name to rename; null when
    /// it is fine.</summary>
    /// <param name="group">The group.</param>
    /// <param name="byFolder">Whether the group is the folder's name (else the file's path).</param>
    internal static string? PathGroupError(string group, bool byFolder) => KeyValueProblem(group) is not { } problem
        ? null
        : byFolder
            ? $"its folder's name, its group, {problem}: a name nobody could read in a table (rename the folder)"
            : $"its path, its group, {problem}: a name nobody could read in a table (rename the file)";

    /// <summary>What makes a value no group or id (<see cref="FaultOf"/>).</summary>
    private enum KeyFault
    {
        None,
        Blank,
        Nul,
        Invisible,
        InvisibleEdge,
    }

    // The one rule of KeyFieldError and KeyValueProblem; an ordinary name costs a few tests of its first and last characters.
    private static KeyFault FaultOf(string value) =>
        string.IsNullOrWhiteSpace(value) ? KeyFault.Blank
        : value.Contains('\0', StringComparison.Ordinal) ? KeyFault.Nul
        : Text.InvisibleCharacters.OnlyInvisible(value) ? KeyFault.Invisible
        : InvisibleEdge(value) is not null ? KeyFault.InvisibleEdge
        : KeyFault.None;

    // A format character (a zero-width space, a joiner, a bidi mark, a byte-order mark, a tag character of another
    // plane) first or last in a visible name: "\uFEFFa" is another group than "a", and no table shows the difference.
    private static (Rune Rune, bool First)? InvisibleEdge(string value)
    {
        if (Rune.DecodeFromUtf16(value, out var first, out _) == OperationStatus.Done && Rune.GetUnicodeCategory(first) == UnicodeCategory.Format)
        {
            return (first, true);
        }

        // A flag of a subdivision (🏴 and tag letters, ending with the cancel tag U+E007F) is visible: not an edge.
        return Rune.DecodeLastFromUtf16(value, out var last, out _) == OperationStatus.Done && Rune.GetUnicodeCategory(last) == UnicodeCategory.Format
            && !(last.Value == 0xE007F && value.Contains("\U0001F3F4", StringComparison.Ordinal))
            ? (last, false)
            : null;
    }

    internal static string EmptyField(string name) => $"empty field \"{name}\"";

    internal static string DuplicateField(string name) => $"duplicate field \"{name}\"";

    /// <summary>
    /// A column the header lacks, with the columns it has (<see cref="Columns"/>); when the header, read with
    /// <paramref name="delimiter"/>, is one column holding the other separator (a comma-separated file named
    /// <c>.tsv</c>: one column <c>"id,outlet,text"</c>), it says that the file seems to be separated by that one, and
    /// when it holds a semicolon instead (Excel's CSV in German or French), that it seems to be separated by semicolons
    /// and, unless <paramref name="readable"/>, how to save it with commas or tabs (<see cref="SemicolonsAdvice"/>).
    /// </summary>
    /// <param name="name">The missing column.</param>
    /// <param name="columns">The header's column names.</param>
    /// <param name="delimiter">The separator the header was read with.</param>
    /// <param name="note">What to say of the column first, in the parentheses (<c>the grouping field; or "group"</c>), or null.</param>
    /// <param name="readable">Whether the file can be read with semicolons (a corpus or manifest, whose
    /// <see cref="CorpusReaderOptions.CsvDelimiter"/> can be set: the error's hint says so, <see cref="DiagnosticHint.ReadWithSemicolons"/>),
    /// rather than saved again (a file of known leanings).</param>
    internal static string MissingColumn(string name, IReadOnlyList<string> columns, char delimiter, string? note = null, bool readable = false) =>
        $"missing column \"{name}\" ({(note is null ? string.Empty : note + "; ")}the file has {Columns(columns)}{SeparatedOtherwise(columns, delimiter)})"
        + (!readable && SeemsSemicolonSeparated(columns, delimiter) ? "; " + SemicolonsAdvice : string.Empty);

    /// <summary>The separator a header read with <paramref name="delimiter"/> seems to be written with instead: a tab or
    /// comma held by its only column (<c>,</c> for the one column <c>"id,outlet,text"</c> of a file read as TSV), or null.</summary>
    /// <param name="columns">The header's column names.</param>
    /// <param name="delimiter">The separator the header was read with.</param>
    internal static char? SeemingDelimiter(IReadOnlyList<string> columns, char delimiter) =>
        columns is [var only] && delimiter is ',' or '\t' && only.Contains(delimiter == ',' ? '\t' : ',', StringComparison.Ordinal)
            ? delimiter == ',' ? '\t' : ','
            : null;

    // ": one column, so the file seems to be separated by commas, not tabs", or the same of semicolons, or nothing.
    private static string SeparatedOtherwise(IReadOnlyList<string> columns, char delimiter) =>
        SeemingDelimiter(columns, delimiter) is { } seeming
            ? $": one column, so the file seems to be separated by {SeparatorName(seeming)}, not {SeparatorName(delimiter)}"
            : SeemsSemicolonSeparated(columns, delimiter)
                ? $": one column, so the file seems to be separated by semicolons, as Excel saves CSV in some languages (de, fr), not {SeparatorName(delimiter)}"
                : SeemingUsualDelimiter(columns, delimiter) is { } usual
                    ? $": one column, so the file seems to be separated by {SeparatorName(usual)}, not {SeparatorName(delimiter)}"
                    : string.Empty;

    // A comma or tab held by the only column of a header read with another separator (a chosen one, such as
    // --csv-delimiter ';' given for a comma-separated file), or null.
    private static char? SeemingUsualDelimiter(IReadOnlyList<string> columns, char delimiter) =>
        delimiter is not (',' or '\t') && columns is [var only]
            ? only.Contains(',', StringComparison.Ordinal) ? ',' : only.Contains('\t', StringComparison.Ordinal) ? '\t' : null
            : null;

    /// <summary>Whether a header read with a comma or tab is one column holding a semicolon (and not the other of comma and tab).</summary>
    internal static bool SeemsSemicolonSeparated(IReadOnlyList<string> columns, char delimiter) =>
        SeemingDelimiter(columns, delimiter) is null && columns is [var only] && delimiter is ',' or '\t' && only.Contains(';', StringComparison.Ordinal);

    /// <summary>How to save again a file separated by semicolons that is not read with a chosen separator (a file of known leanings).</summary>
    internal const string SemicolonsAdvice = "save it with commas (csvformat -d ';' in.csv > out.csv, from csvkit) or with tabs (Excel's Unicode Text, read as TSV)";

    private static string SeparatorName(char delimiter) => delimiter switch
    {
        '\t' => "tabs",
        ',' => "commas",
        ';' => "semicolons",
        _ => $"'{delimiter}'",
    };

    /// <summary>The column names of a header for a message, each in double quotes as a missing one is named (so that
    /// <c>"id,outlet,text"</c> reads as one column, not three): the first 20, then how many more.</summary>
    internal static string Columns(IReadOnlyList<string> columns) =>
        columns.Count <= 20
            ? string.Join(", ", columns.Select(QuotedName))
            : string.Join(", ", columns.Take(20).Select(QuotedName)) + string.Create(CultureInfo.InvariantCulture, $" and {columns.Count - 20} more");

    private static string QuotedName(string name) => "\"" + NameOnOneLine(name) + "\"";

    /// <summary>The groups of a corpus as a message lists them in parentheses' content: <c>groups: a, b</c> (the first 20,
    /// a name holding a comma in double quotes, as <c>--pairs</c> takes it, so that the list reads one way), or
    /// <c>no groups</c>.</summary>
    internal static string GroupList(IReadOnlyList<string> groups)
    {
        if (groups.Count == 0)
        {
            return "no groups";
        }

        var shown = groups.Take(20).Select(g => NameOnOneLine(g.Contains(',', StringComparison.Ordinal) ? "\"" + g + "\"" : g));
        return "groups: " + string.Join(", ", shown)
            + (groups.Count > 20 ? string.Create(CultureInfo.InvariantCulture, $" and {groups.Count - 20} more") : string.Empty);
    }

    /// <summary>A name as a one-line message shows it: control characters, the line and paragraph separators and the bidi
    /// embedding, override and isolate controls (which would reorder the rest of the line) as \uXXXX, at most 60
    /// characters.</summary>
    internal static string NameOnOneLine(string name) =>
        name.Length > 60 ? OnOneLine(name[..60]) + "…" : OnOneLine(name);

    /// <summary>A whole message as one terminal line shows it: control characters (line breaks and ESC included), the
    /// line and paragraph separators and the bidi embedding, override and isolate controls as \uXXXX; the same text
    /// when it holds none of them.</summary>
    internal static string OnOneLine(string text)
    {
        var first = 0;
        while (first < text.Length && !NeedsEscape(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var b = new System.Text.StringBuilder(text.Length + 8).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            _ = NeedsEscape(c) ? b.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)) : b.Append(c);
        }

        return b.ToString();
    }

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is (>= '\u2028' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    internal static string DuplicateColumn(string name) => $"duplicate column \"{name}\"";

    internal static string EmptyColumnName(int column) => $"empty column name (column {column.ToString(CultureInfo.InvariantCulture)})";

    internal static string FieldCount(int expected, int found) =>
        $"expected {expected.ToString(CultureInfo.InvariantCulture)} fields, found {found.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>What is wrong with a JSON string or key whose escapes leave half a surrogate pair (such as <c>\ud800</c>
    /// alone): valid UTF-8, but no text. Every JSON reader words it so.</summary>
    internal const string UnpairedSurrogateEscape = "has an unpaired surrogate escape (\\ud800-\\udfff without its other half)";

    /// <summary>A JSON field name whose escapes leave half a surrogate pair.</summary>
    internal const string UnpairedSurrogateInName = "a field name " + UnpairedSurrogateEscape;

    /// <summary>A JSON string field whose escapes leave half a surrogate pair.</summary>
    internal static string UnpairedSurrogate(string name) => $"field \"{name}\" {UnpairedSurrogateEscape}";

    internal static string MalformedJson(string reason) => $"malformed JSON: {reason}";

    /// <summary>Why a line that opens a JSON array is not a record.</summary>
    internal const string JsonArrayNotLines = "a corpus is JSON Lines, one object per line, not a JSON array: convert the file with jq -c '.[]' in.json > out.jsonl";

    /// <summary>Why a line that starts a JSON object and ends before closing it is not a record: most often one line of
    /// an object spread over several (pretty-printed JSON), else a record cut short.</summary>
    internal const string UnclosedObject = "the line opens an object that it does not close: JSON Lines needs one object per line (pretty-printed JSON? convert the file with jq -c . in.json > out.jsonl)";

    /// <summary>
    /// Why a file whose first line is only <c>{</c> or <c>[</c> cannot be read as JSON Lines at all: it is one
    /// pretty-printed JSON value, every line of which would be rejected on its own.
    /// </summary>
    /// <param name="array">Whether the line opens an array (else an object).</param>
    internal static string NotJsonLines(bool array) => array
        ? "not JSON Lines: the first line opens an array; " + JsonArrayNotLines
        : "not JSON Lines: the first line opens an object that it does not close, as pretty-printed JSON does; a corpus is JSON Lines, one object per line: convert the file with jq -c . in.json > out.jsonl";

    /// <summary>A comma right before the closing brace or bracket of an object or array, which JSON does not allow.</summary>
    /// <param name="closing">The closing character.</param>
    internal static string TrailingComma(byte closing) =>
        $"a comma before the closing {(closing == (byte)'}' ? "brace" : "bracket")} (a trailing comma), which JSON does not allow";

    /// <summary>Why text holding NUL bytes cannot be read (said of <paramref name="what"/>, "the line", "header row"):
    /// UTF-16 or UTF-32 saved without a byte-order mark reads so, which no text written as UTF-8 does.</summary>
    internal static string NulBytes(string what) => $"{what} holds NUL bytes, as UTF-16 or UTF-32 without a byte-order mark does: save the file as UTF-8 (or with a byte-order mark)";

    /// <summary>The identifier of a record without an id field: its place, <c>name:line</c>, with the file's name but
    /// not its folder (<c>-</c> for standard input), so that the same file read as <c>corpus.jsonl</c>,
    /// <c>./corpus.jsonl</c> or by its full path (as <c>framing distribute</c> writes it) gets the same ids, and with
    /// them the same bootstrap weights.</summary>
    internal static string LocationId(DocumentSource source) =>
        new DocumentSource(PlaceName(source.File), source.Line).ToString();

    /// <summary>The file name a place id starts with: <paramref name="file"/> without its folder.</summary>
    internal static string PlaceName(string file) => PlaceName(file.AsSpan()).ToString();

    /// <summary>As <see cref="PlaceName(string)"/>, without making a string (once per document).</summary>
    internal static ReadOnlySpan<char> PlaceName(ReadOnlySpan<char> file) => Path.GetFileName(file) is { Length: > 0 } name ? name : file;

    /// <summary>Flattens an exception message to one line.</summary>
    internal static string OneLine(string message) =>
        message.ReplaceLineEndings(" ").Trim();
}
