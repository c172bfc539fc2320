using System.Globalization;

namespace Framing.Lexicons.Import;

/// <summary>
/// Reads a LIWC dictionary (<c>.dic</c>): a header of category ids and names between two <c>%</c> lines, then one line
/// per word or phrase with the ids of its categories.
/// </summary>
/// <remarks>
/// <code>
/// %
/// 1	posemo
/// 2	negemo
/// %
/// happ*	1
/// a bit	1	2
/// </code>
/// <para>
/// Fields are separated by tabs; when a line has no tab, runs of spaces separate them and the trailing numbers are the
/// ids, with a warning when there are several (<c>covid 19 19</c> may be the phrase <c>covid 19</c> with id 19). Words may end with <c>*</c> (a prefix); words with spaces are phrases (LIWC2015 writes phrases so). Blank lines
/// and lines starting with <c>#</c> are ignored (with a warning when such a line after the header has a tab and category
/// ids, like a hashtag <c>#freesyria&lt;TAB&gt;1</c>); a UTF-8 byte-order mark and both '\n' and '\r\n' line ends are
/// accepted. Leading tabs in the header (LIWC2015's category hierarchy) are ignored: category names are flat.
/// </para>
/// <para>
/// Errors (an <see cref="ImportException"/> listing every one with file:line:column): no header, a header that is not
/// closed, a header line without a numeric id and a name, a duplicate id or name, a word with an id the header does
/// not define, a word without ids, ids without a word. Warnings (in <see cref="ImportedDictionary.Warnings"/>): words with <c>?</c> or a
/// misplaced <c>*</c>, lines with LIWC2007 <c>&lt;of&gt;</c> tags, and conditional codes such as
/// <c>(02 134)131/125</c>, which are ignored (the word keeps its plain ids).
/// </para>
/// </remarks>
internal static class LiwcDictionaryReader
{
    /// <summary>The format name used in notes and messages.</summary>
    public const string FormatName = "LIWC";

    /// <summary>Reads a LIWC <c>.dic</c> file (UTF-8, with or without a byte-order mark, or UTF-16 with one).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The categories (in header order) and their words, with warnings about skipped words.</returns>
    /// <exception cref="ImportException">The file cannot be read or is not a LIWC dictionary.</exception>
    public static ImportedDictionary ReadFile(string path) => Read(DictionaryText.ReadFile(path), path);

    /// <summary>Reads LIWC dictionary text.</summary>
    /// <param name="text">The text of a <c>.dic</c> file.</param>
    /// <param name="sourceName">The name used in locations and notes (usually the path).</param>
    /// <returns>The categories (in header order) and their words, with warnings about skipped words.</returns>
    /// <exception cref="ImportException">The text is not a LIWC dictionary.</exception>
    public static ImportedDictionary Read(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        return new Parser(sourceName).Parse(DictionaryText.Lines(DictionaryText.WithoutBom(text)));
    }

    private enum Section
    {
        BeforeHeader,
        Header,
        Words,
    }

    private sealed class Parser(string sourceName)
    {
        private readonly Dictionary<int, (string Name, List<ImportedPattern> Patterns, int Line)> _byId = [];
        private readonly Dictionary<string, int> _idByName = new(StringComparer.Ordinal);
        private readonly List<ImportedCategory> _categories = [];
        private readonly List<Diagnostic> _errors = [];
        private readonly List<Diagnostic> _warnings = [];
        private int _skippedPatterns;

        public ImportedDictionary Parse(List<string> lines)
        {
            var section = Section.BeforeHeader;
            var headerLine = 0;
            var headerLines = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                var lineNumber = i + 1;
                var line = lines[i];
                var trimmed = line.Trim();
                if (trimmed.Length == 0 || trimmed[0] == '#')
                {
                    if (section == Section.Words && trimmed.Length > 0)
                    {
                        WarnOfCommentWithIds(line, lineNumber);
                    }

                    continue;
                }

                if (trimmed == "%")
                {
                    switch (section)
                    {
                        case Section.BeforeHeader:
                            section = Section.Header;
                            headerLine = lineNumber;
                            break;
                        case Section.Header:
                            if (headerLines == 0)
                            {
                                _errors.Add(Error(lineNumber, 1, "the category header is empty: list 'id<TAB>name' lines between the two '%' lines"));
                            }

                            section = Section.Words;
                            break;
                        default:
                            _errors.Add(Error(lineNumber, 1, "unexpected '%': the category header was already closed"));
                            break;
                    }

                    continue;
                }

                switch (section)
                {
                    case Section.BeforeHeader:
                        _errors.Add(Error(lineNumber, 1, "missing header: a LIWC dictionary starts with a '%' line, then 'id<TAB>category' lines, then another '%' line"));
                        return Fail();
                    case Section.Header:
                        headerLines++;
                        ReadCategory(line, lineNumber);
                        break;
                    default:
                        ReadWord(line, lineNumber);
                        break;
                }
            }

            if (section == Section.BeforeHeader)
            {
                _errors.Add(Error(1, 1, "missing header: no '%' line (a LIWC dictionary starts with a '%' line, then 'id<TAB>category' lines, then another '%' line)"));
            }
            else if (section == Section.Header)
            {
                _errors.Add(Error(headerLine, 1, "the category header is not closed: no second '%' line"));
            }

            return Fail();
        }

        private ImportedDictionary Fail()
        {
            ImportException.ThrowIfAny(_errors);
            return new ImportedDictionary(sourceName, FormatName, _categories, _warnings, _skippedPatterns);
        }

        private Diagnostic Error(int line, int column, string message) => new(new SourceLocation(sourceName, line, column), message);

        private void ReadCategory(string line, int lineNumber)
        {
            var fields = Fields(line);
            if (fields.Count < 2 || !TryParseId(fields[0].Text, out var id))
            {
                var column = fields.Count > 0 ? fields[0].Column : 1;
                _errors.Add(Error(lineNumber, column, $"expected 'id<TAB>category name' in the header, not \"{line.Trim()}\""));
                return;
            }

            var name = string.Join(' ', fields.Skip(1).Select(f => f.Text));
            if (_byId.TryGetValue(id, out var first))
            {
                _errors.Add(Error(lineNumber, fields[0].Column, string.Create(CultureInfo.InvariantCulture, $"duplicate category id {id} (first used at line {first.Line} for '{first.Name}')")));
                return;
            }

            if (_idByName.TryGetValue(name, out var other))
            {
                _errors.Add(Error(lineNumber, fields[1].Column, string.Create(CultureInfo.InvariantCulture, $"duplicate category name '{name}' (also id {other} at line {_byId[other].Line})")));
                return;
            }

            var patterns = new List<ImportedPattern>();
            _byId[id] = (name, patterns, lineNumber);
            _idByName[name] = id;
            _categories.Add(new ImportedCategory(name, patterns, new SourceLocation(sourceName, lineNumber, fields[1].Column)));
        }

        private void ReadWord(string line, int lineNumber)
        {
            if (line.Contains("<of>", StringComparison.OrdinalIgnoreCase))
            {
                _warnings.Add(Error(lineNumber, 1, $"line skipped: LIWC '<of>' tags are not supported (\"{line.Trim()}\")"));
                return;
            }

            if (EmptyWordIds(line) is { } idsOnly)
            {
                _errors.Add(Error(lineNumber, 1, $"empty word: the line has category ids ({idsOnly}) but no word before its tab (expected 'word<TAB>id<TAB>id...')"));
                return;
            }

            // The word: up to the first tab; with no tab, everything before the trailing run of codes.
            string word;
            int wordColumn;
            List<Field> codes;
            var leading = line.Length - line.TrimStart().Length;
            var tab = line.IndexOf('\t', leading);
            if (tab >= 0)
            {
                word = line[..tab].Trim();
                wordColumn = leading + 1;
                codes = Fields(line, tab + 1);
            }
            else
            {
                var fields = Fields(line);
                var firstCode = fields.Count;
                while (firstCode > 1 && IsCode(fields[firstCode - 1].Text))
                {
                    firstCode--;
                }

                word = string.Join(' ', fields.Take(firstCode).Select(f => f.Text));
                wordColumn = fields[0].Column;
                codes = fields.GetRange(firstCode, fields.Count - firstCode);
                if (codes.Count > 1 && TryParseId(codes[0].Text, out _))
                {
                    // "covid 19 19": the word "covid" with ids 19 19, or the phrase "covid 19" with id 19? Only a tab says.
                    _warnings.Add(Error(lineNumber, wordColumn, $"\"{string.Join(' ', fields.Select(f => f.Text))}\" has no tab: read as \"{word}\" with category ids {string.Join(' ', codes.Select(c => c.Text))}; if a number belongs to the word (a phrase such as \"{word} {codes[0].Text}\"), separate the word from the ids with a tab"));
                }
            }

            var ids = new List<(int Id, int Column)>();
            var conditional = new List<string>();
            var bad = false;
            var depth = 0;
            foreach (var code in codes)
            {
                var textOfCode = code.Text;
                if (depth > 0 || textOfCode.Contains('(', StringComparison.Ordinal) || textOfCode.Contains('/', StringComparison.Ordinal))
                {
                    conditional.Add(textOfCode);
                    depth += textOfCode.Count(c => c == '(') - textOfCode.Count(c => c == ')');
                    depth = Math.Max(0, depth);
                    continue;
                }

                if (!TryParseId(textOfCode, out var id))
                {
                    _errors.Add(Error(lineNumber, code.Column, $"invalid category id '{textOfCode}' for \"{word}\": expected a number from the header"));
                    bad = true;
                    continue;
                }

                if (!_byId.ContainsKey(id))
                {
                    _errors.Add(Error(lineNumber, code.Column, string.Create(CultureInfo.InvariantCulture, $"unknown category id {id} for \"{word}\": the header does not define it")));
                    bad = true;
                    continue;
                }

                ids.Add((id, code.Column));
            }

            if (conditional.Count > 0)
            {
                _warnings.Add(Error(lineNumber, wordColumn, $"conditional LIWC codes ignored for \"{word}\": {string.Join(' ', conditional)}"));
            }

            if (bad)
            {
                return;
            }

            if (ids.Count == 0)
            {
                if (conditional.Count == 0)
                {
                    _errors.Add(Error(lineNumber, wordColumn, $"\"{word}\" has no category id (expected 'word<TAB>id<TAB>id...')"));
                }

                return;
            }

            if (Wildcards.Check(word) is { } problem)
            {
                _warnings.Add(Error(lineNumber, wordColumn, $"word skipped: {problem}"));
                _skippedPatterns++;
                return;
            }

            var location = new SourceLocation(sourceName, lineNumber, wordColumn);
            var pattern = new ImportedPattern(Wildcards.Clean(word), location);
            var added = new HashSet<int>();
            foreach (var (id, _) in ids)
            {
                if (added.Add(id))
                {
                    _byId[id].Patterns.Add(pattern);
                }
            }
        }

        /// <summary>
        /// Warns of a word line that starts with '#' (<c>#freesyria&lt;TAB&gt;1</c>): read as a comment, it is left out,
        /// but its tab and category ids say it may be a hashtag meant as a word. The tokenizer drops the '#' from a word
        /// in text, so the word without it matches the same tokens.
        /// </summary>
        private void WarnOfCommentWithIds(string line, int lineNumber)
        {
            var leading = line.Length - line.TrimStart().Length;
            var tab = line.IndexOf('\t', leading);
            if (tab < 0)
            {
                return;
            }

            var codes = Fields(line, tab + 1);
            if (codes.Count == 0 || !codes.All(c => TryParseId(c.Text, out var id) && _byId.ContainsKey(id)))
            {
                return;
            }

            var word = line[leading..tab].Trim();
            var bare = word.TrimStart('#').Trim();
            var remedy = bare.Length == 0
                ? "remove the line if it is not a comment"
                : $"if it is a word (a hashtag), write it without the '#': the tokenizer drops a '#' from words in text, so \"{bare}\" matches \"{word}\"";
            _warnings.Add(Error(lineNumber, leading + 1, $"\"{word}\" starts with '#' like a comment but has category ids ({string.Join(' ', codes.Select(c => c.Text))}): left out as a comment; {remedy}"));
        }

        /// <summary>
        /// The codes of a line whose first tab has nothing but spaces before it and only codes after it (<c>&lt;TAB&gt;1</c>,
        /// <c>&lt;TAB&gt;1&lt;TAB&gt;2</c>): a word line with an empty word, whose first id the word search would otherwise take
        /// for the word. Null for any other line (a word after a leading tab, <c>&lt;TAB&gt;word&lt;TAB&gt;1</c>, is read as
        /// the word).
        /// </summary>
        private static string? EmptyWordIds(string line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0 || !string.IsNullOrWhiteSpace(line[..tab]))
            {
                return null;
            }

            var codes = Fields(line, tab + 1);
            return codes.Count > 0 && codes.TrueForAll(c => IsCode(c.Text)) ? string.Join(' ', codes.Select(c => c.Text)) : null;
        }

        private static bool IsCode(string text) =>
            TryParseId(text, out _) || text.Contains('(', StringComparison.Ordinal) || text.Contains(')', StringComparison.Ordinal) || text.Contains('/', StringComparison.Ordinal);

        private static bool TryParseId(string text, out int id) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);

        /// <summary>The white-space separated fields of <paramref name="line"/> from <paramref name="start"/>, with 1-based columns.</summary>
        private static List<Field> Fields(string line, int start = 0)
        {
            var fields = new List<Field>();
            var i = start;
            while (i < line.Length)
            {
                while (i < line.Length && char.IsWhiteSpace(line[i]))
                {
                    i++;
                }

                var begin = i;
                while (i < line.Length && !char.IsWhiteSpace(line[i]))
                {
                    i++;
                }

                if (i > begin)
                {
                    fields.Add(new Field(line[begin..i], begin + 1));
                }
            }

            return fields;
        }

        private readonly record struct Field(string Text, int Column);
    }
}
