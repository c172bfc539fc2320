using System.Collections.Frozen;

namespace Framing.Corpus;

/// <summary>
/// What is known about the leaning of a corpus's documents, from outside the text: either a table that gives each group
/// (outlet) a leaning (<see cref="Load"/>, <see cref="Read"/>, <see cref="FromGroups"/>), or a document field that carries
/// it (<see cref="FromField"/>). Used with a <see cref="SideSelection"/> to compare the camps a lexicon's poles stand
/// for. Immutable.
/// </summary>
public sealed class KnownLeanings
{
    /// <summary>The column that gives the leaning in a known-leanings table.</summary>
    public const string LeaningColumn = "leaning";

    /// <summary>The column read for the group when the table has no column named as the grouping field.</summary>
    public const string GroupColumnFallback = "group";

    /// <summary>The optional column naming the corpus a row belongs to.</summary>
    public const string CorpusColumn = "corpus";

    private readonly Dictionary<string, string> _groups;

    private KnownLeanings(string source, string? field, Dictionary<string, string> groups, IReadOnlySet<string>? declared, Dictionary<string, int>? lines = null)
    {
        Lines = lines;
        Source = source;
        Field = field;
        _groups = groups;
        Groups = new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(groups); // no cast can change it
        DeclaredLeanings = declared?.ToFrozenSet(StringComparer.Ordinal); // its own copy, read-only: no cast can change it
    }

    /// <summary>The line of the table that gives each group its leaning (null unless read from a table), for messages.</summary>
    internal IReadOnlyDictionary<string, int>? Lines { get; }

    /// <summary>Where the leanings come from: the table's file name, or <c>field 'NAME'</c>.</summary>
    public string Source { get; }

    /// <summary>The document field that carries the leaning, or null when a table gives it per group.</summary>
    public string? Field { get; }

    /// <summary>Each group's leaning (empty when the leaning is a document field).</summary>
    public IReadOnlyDictionary<string, string> Groups { get; }

    /// <summary>
    /// Every leaning the table names, including rows of other corpora and of groups the corpus may not have (so that a
    /// misspelt leaning can be told from a camp the corpus lacks); null when the leaning is a document field and is
    /// known only once the documents are read.
    /// </summary>
    public IReadOnlySet<string>? DeclaredLeanings { get; }

    /// <summary>Leanings carried by a document field (for example <c>leaning</c>); a document without it has no known leaning.</summary>
    /// <param name="field">The field's name.</param>
    /// <returns>The known leanings.</returns>
    public static KnownLeanings FromField(string field)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        return new KnownLeanings($"field '{field}'", field, new Dictionary<string, string>(StringComparer.Ordinal), null);
    }

    /// <summary>Leanings given per group, in memory.</summary>
    /// <param name="groups">Each group with its leaning.</param>
    /// <param name="source">A name for messages.</param>
    /// <returns>The known leanings.</returns>
    /// <exception cref="ArgumentException">A group is given twice with different leanings, or a name is empty.</exception>
    public static KnownLeanings FromGroups(IEnumerable<KeyValuePair<string, string>> groups, string source = "known leanings")
    {
        ArgumentNullException.ThrowIfNull(groups);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (group, leaning) in groups)
        {
            if (string.IsNullOrWhiteSpace(group) || string.IsNullOrWhiteSpace(leaning))
            {
                throw new ArgumentException("groups and leanings must not be empty", nameof(groups));
            }

            if (map.TryGetValue(group, out var other) && !string.Equals(other, leaning, StringComparison.Ordinal))
            {
                throw new ArgumentException($"group '{group}' has two leanings, '{other}' and '{leaning}'", nameof(groups));
            }

            map[group] = leaning;
        }

        return new KnownLeanings(source, null, map, new HashSet<string>(map.Values, StringComparer.Ordinal));
    }

    /// <summary>Reads a known-leanings CSV file (see <see cref="Read"/>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="groupColumn">The column that names the group: the grouping field's name (for example <c>outlet</c>);
    /// a table without it may name the group in a <c>group</c> column.</param>
    /// <param name="corpusName">The corpus's file name, to pick its rows out of a table that has a <c>corpus</c> column, or null.</param>
    /// <returns>The known leanings.</returns>
    /// <exception cref="CorpusException">The file cannot be read, or a row is wrong; the error names the file and line.</exception>
    public static KnownLeanings Load(string path, string groupColumn = "outlet", string? corpusName = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        CorpusFile.EnsureFile(path);
        using var stream = CorpusFile.OpenRead(path);
        return Read(stream, path, groupColumn, corpusName);
    }

    /// <summary>
    /// Reads a known-leanings table: UTF-8 CSV (RFC 4180; UTF-16 or UTF-32 with a byte-order mark is read as the same text) with a header row that has the group column
    /// (<paramref name="groupColumn"/>, else <c>group</c>) and a <c>leaning</c> column; other columns are allowed and
    /// ignored. Column names, names and leanings are read without the spaces around them, and a corpus group with spaces around its
    /// name gets the leaning of the row that names it without them (see <see cref="LeaningOf"/>), and is that row's outlet for the outlet statistics. When the table has a <c>corpus</c> column and some row names <paramref name="corpusName"/> there, rows
    /// that name another corpus are left out (so one table can serve several corpora). Rows for groups that the corpus
    /// does not have do no harm. A group given two different leanings is an error.
    /// </summary>
    /// <param name="stream">The CSV bytes.</param>
    /// <param name="sourceName">The file name for messages.</param>
    /// <param name="groupColumn">The group column's name.</param>
    /// <param name="corpusName">The corpus's file name, or null.</param>
    /// <returns>The known leanings.</returns>
    /// <exception cref="CorpusException">A missing column, a malformed or empty row, no row at all, or a group with two leanings.</exception>
    public static KnownLeanings Read(Stream stream, string sourceName, string groupColumn = "outlet", string? corpusName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentException.ThrowIfNullOrEmpty(groupColumn);
        var records = new CsvRecordReader(new Utf8LineReader(stream, 4096), ',');
        var header = CsvHeader.Read(records, sourceName);
        var groupIndex = ColumnOf(header, groupColumn);
        if (groupIndex < 0)
        {
            groupIndex = ColumnOf(header, GroupColumnFallback);
        }

        if (groupIndex < 0)
        {
            throw new CorpusException(new Diagnostic(header.Source, RecordMessages.MissingColumn(groupColumn, header.Names, header.Delimiter, $"the grouping field; or \"{GroupColumnFallback}\"")));
        }

        var leaningIndex = ColumnOf(header, LeaningColumn) is var found and >= 0
            ? found
            : throw new CorpusException(new Diagnostic(header.Source, RecordMessages.MissingColumn(LeaningColumn, header.Names, header.Delimiter)));
        var corpusIndex = ColumnOf(header, CorpusColumn);
        var rows = new List<(int Line, string Group, string Leaning, string Corpus)>();
        while (records.TryRead(out var record))
        {
            var source = new DocumentSource(sourceName, record.Line);
            if (record.StructuralError(header.Count) is { } error)
            {
                throw new CorpusException(new Diagnostic(source, error));
            }

            var group = record.Fields[groupIndex].Trim();
            var leaning = record.Fields[leaningIndex].Trim();
            if (group.Length == 0 || leaning.Length == 0)
            {
                throw new CorpusException(new Diagnostic(source, RecordMessages.EmptyField(group.Length == 0 ? header.Names[groupIndex] : LeaningColumn)));
            }

            rows.Add((record.Line, group, leaning, corpusIndex < 0 ? string.Empty : record.Fields[corpusIndex].Trim()));
        }

        if (rows.Count == 0)
        {
            throw new CorpusException(new Diagnostic(header.Source, "no rows after the header: no group has a known leaning"));
        }

        var declared = new HashSet<string>(rows.Select(r => r.Leaning), StringComparer.Ordinal);
        var onlyThisCorpus = corpusName is not null && rows.Exists(r => string.Equals(r.Corpus, corpusName, StringComparison.Ordinal));
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, group, leaning, corpus) in rows)
        {
            if (onlyThisCorpus && corpus.Length > 0 && !string.Equals(corpus, corpusName, StringComparison.Ordinal))
            {
                // A row naming this corpus in another case would be left out without a word, as another corpus's.
                if (string.Equals(corpus, corpusName, StringComparison.OrdinalIgnoreCase))
                {
                    throw new CorpusException(new Diagnostic(
                        new DocumentSource(sourceName, line),
                        $"corpus '{corpus}' differs from '{corpusName}' (named on other rows) only in case: corpus names are compared exactly, so this row would be left out; write '{corpusName}'"));
                }

                continue;
            }

            if (groups.TryGetValue(group, out var other) && !string.Equals(other, leaning, StringComparison.Ordinal))
            {
                throw new CorpusException(new Diagnostic(
                    new DocumentSource(sourceName, line),
                    $"group '{group}' has leaning '{leaning}' here and '{other}' on line {lines[group].ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
            }

            groups[group] = leaning;
            lines.TryAdd(group, line);
        }

        return new KnownLeanings(sourceName, null, groups, declared, lines);
    }

    /// <summary>The position of a column of the table, found as written or, as the table's cells are read, without the
    /// spaces around its name (<c> outlet , leaning</c>); -1 when there is none.</summary>
    private static int ColumnOf(CsvHeader header, string name)
    {
        var index = header.IndexOf(name);
        for (var i = 0; index < 0 && i < header.Names.Count; i++)
        {
            if (string.Equals(header.Names[i].Trim(), name, StringComparison.Ordinal))
            {
                index = i;
            }
        }

        return index;
    }

    /// <summary>The known leaning of a document: its field's value, or its group's leaning (looked up as written, then
    /// without the spaces around it, as the table's names are read); null when unknown.</summary>
    /// <param name="document">The document.</param>
    /// <param name="group">The document's group.</param>
    /// <returns>The leaning, or null.</returns>
    public string? LeaningOf(Document document, string group)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(group);
        if (Field is not null)
        {
            var value = document.GetField(Field)?.Trim();
            return string.IsNullOrEmpty(value) ? null : value;
        }

        return _groups.TryGetValue(group, out var leaning) ? leaning : _groups.GetValueOrDefault(TableName(group));
    }

    /// <summary>
    /// The outlet a group's documents belong to wherever documents are grouped by outlet for statistics (cross-validation
    /// folds, outlet-cluster bootstraps, outlet counts and lists): the name of the table's row that gives the group its
    /// leaning (<see cref="LeaningOf"/>), so that a group written with spaces around its name (<c>"a "</c>) is the same
    /// outlet as <c>"a"</c>, not a second outlet of the same house style; with leanings from a document field, by the
    /// same rule, the group without the spaces around it.
    /// </summary>
    /// <param name="group">A corpus's group.</param>
    /// <returns>The outlet's name.</returns>
    internal string OutletOf(string group) =>
        Field is null && _groups.ContainsKey(group) ? group : TableName(group);

    /// <summary>
    /// A group's name as the table gives it: without the spaces around it (a table's names are read so, while a
    /// corpus keeps its groups as written, <c>"a "</c> from a CSV cell with a trailing space, say).
    /// </summary>
    /// <param name="group">A corpus's group.</param>
    /// <returns>The name to look up in <see cref="Groups"/>.</returns>
    internal static string TableName(string group) =>
        group.Length > 0 && (char.IsWhiteSpace(group[0]) || char.IsWhiteSpace(group[^1])) ? group.Trim() : group;
}
