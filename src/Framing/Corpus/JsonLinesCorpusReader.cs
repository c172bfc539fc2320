namespace Framing.Corpus;

/// <summary>
/// Reads a JSON Lines corpus: one JSON object per line, read lazily line by line.
/// </summary>
/// <remarks>
/// <para>
/// Each line is decoded on its own with strict UTF-8, so a line with invalid bytes is rejected (<c>invalid UTF-8</c>)
/// while the other lines are still read. Blank lines (only spaces, tabs and carriage returns, or the few NUL bytes the
/// line breaks of UTF-16 or UTF-32 without a byte-order mark leave, see <see cref="Utf8Text.IsBlank"/>) are skipped and are not records. A UTF-8 byte-order mark at the
/// start is ignored; lines may end with <c>\n</c> or <c>\r\n</c>, not with <c>\r</c> alone (JSON takes it as white
/// space, so such a file is one line, rejected with <c>line breaks are bare CR (\r); use \n or \r\n</c> when it stops
/// being JSON after a <c>\r</c>); the last line need not end with a line break. A line
/// longer than <see cref="RecordLimit.DefaultBytes"/> (1000 MiB of UTF-8, see <see cref="RecordLimit"/>) is rejected, <c>record too long (more than 1000
/// MiB)</c>, as soon as that many bytes have been read of it, and the rest of it is skipped without being kept: the
/// lines after it are read as usual.
/// </para>
/// <para>
/// Fields: a string keeps its value; a number keeps its JSON text exactly as written (for example <c>1.50</c>);
/// <c>true</c>/<c>false</c> become <c>"true"</c>/<c>"false"</c>; an object or array keeps its raw JSON text; a
/// <c>null</c> field is left out. The text field (<see cref="CorpusReaderOptions.TextField"/>) must be a string that
/// is not empty or only white space and invisible characters (<see cref="Text.InvisibleCharacters"/>), and is not copied to <see cref="Document.Fields"/>. The id field
/// (<see cref="CorpusReaderOptions.IdField"/>) must be a non-empty string or a number; when it is absent the id is the
/// record's location, <c>file:line</c> (for example <c>news.jsonl:12</c>, or <c>-:12</c> for standard input). When
/// <see cref="CorpusReaderOptions.RequireGroupField"/> is set, the group field must be present, not null and not empty.
/// An object with the same field twice is rejected.
/// </para>
/// <para>
/// A file whose first line (that is not blank) is only <c>{</c> or <c>[</c> (<c>[{</c>) is pretty-printed JSON, not JSON
/// Lines: reading it throws a <see cref="CorpusException"/> at that line (<c>not JSON Lines: …</c>, with the <c>jq</c>
/// command that converts it), instead of rejecting each of its lines.
/// </para>
/// <para>
/// Rejection messages: <c>record too long (more than 1000 MiB)</c>, <c>line breaks are bare CR (\r); use \n or
/// \r\n</c>, <c>invalid UTF-8</c>, <c>malformed JSON: &lt;reason&gt;</c> (such as <c>the line opens an object that it does
/// not close: …</c> or <c>a comma before the closing brace (a trailing comma), …</c>, with the byte where it stops), <c>nesting deeper than 64 levels in field
/// "x"</c> (valid JSON that nests arrays or objects deeper than the reader follows), <c>expected a JSON object, found
/// an array</c>, <c>duplicate field "x"</c>, <c>field "x" has an unpaired surrogate escape (…)</c> (a <c>\ud800</c> with
/// no low surrogate after it, or a lone <c>\udc00</c>: valid UTF-8, but no text; in a string field, or anywhere in a
/// nested object or array, which is kept as written), <c>a field name has an unpaired surrogate
/// escape (…)</c>, <c>missing field "text"</c>, <c>field "text" is not a string</c>,
/// <c>empty text</c>, <c>field "id" is not a string or number</c>, <c>empty field "id"</c>, <c>missing field
/// "outlet"</c>, <c>field "outlet" is null</c>, <c>field "outlet" is not a string, number or boolean</c>, <c>empty field "outlet"</c>.
/// </para>
/// </remarks>
internal sealed class JsonLinesCorpusReader : ICorpusReader
{
    private readonly CorpusInput _input;
    private readonly JsonRecordRules _rules;
    private Utf8LineReader? _lines;

    /// <summary>Creates a reader over a file.</summary>
    /// <param name="path">The file's path; also used as the file name in ids and messages.</param>
    /// <param name="options">Field names and rules; <see cref="CorpusReaderOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The path is empty or the options are inconsistent.</exception>
    public JsonLinesCorpusReader(string path, CorpusReaderOptions? options = null)
        : this(CorpusInput.FromPath(path), options)
    {
    }

    /// <summary>
    /// Creates a reader over a stream, such as standard input. The stream can be read once and is not disposed by the
    /// reader.
    /// </summary>
    /// <param name="stream">The stream of UTF-8 bytes.</param>
    /// <param name="displayName">The name used in ids and messages (<c>-</c> for standard input).</param>
    /// <param name="options">Field names and rules; <see cref="CorpusReaderOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The stream is not readable, the name is empty, or the options are inconsistent.</exception>
    public JsonLinesCorpusReader(Stream stream, string displayName = "-", CorpusReaderOptions? options = null)
        : this(CorpusInput.FromStream(stream, displayName), options)
    {
    }

    private JsonLinesCorpusReader(CorpusInput input, CorpusReaderOptions? options)
    {
        Options = options ?? CorpusReaderOptions.Default;
        Options.Validate();
        _input = input;
        _rules = new JsonRecordRules(Options);
    }

    /// <inheritdoc/>
    public string Description => _input.Name;

    /// <summary>How far reading has got (bytes read and the file's size).</summary>
    public ReadProgress Progress => _input.Progress;

    /// <summary>The field names and rules.</summary>
    public CorpusReaderOptions Options { get; }

    /// <inheritdoc/>
    /// <exception cref="CorpusException">The file does not exist (thrown by this call, before enumeration); or, during
    /// enumeration, the first line is only <c>{</c> or <c>[</c> (pretty-printed JSON, not JSON Lines).</exception>
    /// <exception cref="InvalidOperationException">The reader is over a stream that has already been read.</exception>
    public IEnumerable<CorpusItem> Read(CancellationToken cancellationToken = default) =>
        _input.Read(stream => ReadLines(stream, cancellationToken));

    /// <summary>How many line buffers the last read has allocated (for tests: decoded lines give theirs back).</summary>
    internal int LineBuffersAllocated => _lines?.BuffersAllocated ?? 0;

    private IEnumerable<CorpusItem> ReadLines(Stream stream, CancellationToken cancellationToken)
    {
        var lines = _lines = new Utf8LineReader(stream, maxLineBytes: Options.MaxRecordBytes, cancellationToken: cancellationToken);
        CompressedInput.Refuse(lines, Description); // standard input or a pipe: a file was refused when it was named
        var first = true;
        while (lines.TryReadLine(out var line))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Utf8Text.IsBlank(line))
            {
                if (lines.LineTooLong)
                {
                    // Returned empty, its bytes dropped; the rest of it is skipped by the next read.
                    var tooLong = new Diagnostic(new DocumentSource(Description, lines.LineNumber), RecordMessages.RecordTooLong(lines.MaxLineBytes));
                    yield return CorpusItem.Rejected(tooLong, lines.MaxLineBytes + 1L);
                }

                continue;
            }

            if (first)
            {
                // A pretty-printed JSON file is one value over many lines, each of which would be rejected on its own
                // (with --skip-invalid, every line of the file): it stops the run at its first line instead.
                first = false;
                if (JsonRecordDocumentPath.NotJsonLines(line) is { } notJsonLines)
                {
                    throw new CorpusException(new Diagnostic(new DocumentSource(Description, lines.LineNumber), notJsonLines));
                }
            }

            // The line is kept (left in the reader's buffer, which is not overwritten until the line is released) and
            // decoded later, possibly on another thread (see CorpusItem.Deferred).
            var kept = lines.Keep(line);
            var source = new DocumentSource(Description, lines.LineNumber);
            yield return CorpusItem.Deferred(kept.Bytes.Count, new PendingLine(this, kept, source));
        }
    }

    // Everything the item holds is decoded from the line (strings or the lent text, never views of its bytes), so the
    // line's buffer can be reused as soon as it is parsed.
    private CorpusItem ParseLine(KeptLine line, DocumentSource source, LentText? lent)
    {
        try
        {
            return JsonRecordFastPath.TryRead(line.Bytes, _rules, out var record, lent)
                ? _rules.Judge(record, source)
                : JsonRecordDocumentPath.Read(line.Bytes, _rules, source);
        }
        finally
        {
            line.Release();
        }
    }

    // A kept line and where it was read, decoded by the reader (one object per line: no closure and delegate).
    private sealed class PendingLine(JsonLinesCorpusReader reader, KeptLine line, DocumentSource source) : PendingRecord
    {
        internal override CorpusItem Decode(LentText? buffer) => reader.ParseLine(line, source, buffer);
    }
}
