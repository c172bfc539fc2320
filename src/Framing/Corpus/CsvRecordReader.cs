using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Framing.Corpus;

/// <summary>
/// Splits RFC 4180 CSV into records: a configurable delimiter, fields optionally enclosed in double quotes, <c>""</c>
/// for a quote inside a quoted field, delimiters and line breaks inside quoted fields (kept as they appear in the file,
/// <c>\n</c> or <c>\r\n</c>; a <c>\r</c> alone is not a line break). Empty lines between records are skipped. A quote inside an unquoted field is kept
/// literally. Lines are decoded one at a time; since quotes and delimiters are ASCII, a line with invalid UTF-8 does not
/// stop the following records from being read (the record is marked and must be rejected).
/// </summary>
/// <remarks>
/// A record of more than <see cref="Utf8LineReader.MaxLineBytes"/> bytes (one line that long, or lines of a quoted field
/// adding up to it) is returned at once as a record with <see cref="CsvRecord.IsTooLong"/> and no fields, and the rest
/// of it is skipped by the next read without being kept: to the end of the line, and on while a quoted field is open,
/// as told by the parity of the quote characters on the lines skipped (which is exact for quoted fields; a stray quote
/// in an unquoted field of a too-long line can make the reader end that record early or late).
/// </remarks>
internal sealed class CsvRecordReader
{
    private readonly Utf8LineReader _lines;
    private readonly char _delimiter;
    private StringBuilder _field = new();

    // After a record found too long: whether its rest is still to be skipped, whether a quoted field is open where
    // skipping resumes, and whether it resumes in the middle of a line that is too long itself (whose quotes count).
    private bool _skipping;
    private bool _skipInsideQuotes;
    private bool _skipRestOfLine;

    /// <summary>Creates a record reader.</summary>
    /// <param name="lines">The lines of the file.</param>
    /// <param name="delimiter">The field delimiter.</param>
    internal CsvRecordReader(Utf8LineReader lines, char delimiter)
    {
        _lines = lines;
        _delimiter = delimiter;
    }

    /// <summary>The field delimiter the records are read with.</summary>
    internal char Delimiter => _delimiter;

    /// <summary>Checks that <paramref name="delimiter"/> can separate CSV fields.</summary>
    /// <param name="delimiter">The delimiter.</param>
    /// <param name="parameterName">The parameter name for the exception.</param>
    /// <exception cref="ArgumentException">The delimiter is a quote, a line break or not ASCII.</exception>
    internal static void CheckDelimiter(char delimiter, string parameterName)
    {
        if (delimiter is '"' or '\r' or '\n' || delimiter > '\u007F')
        {
            throw new ArgumentException("The delimiter must be an ASCII character other than a quote or a line break.", parameterName);
        }
    }

    /// <summary>Reads the next record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>False at the end of the file.</returns>
    internal bool TryRead([NotNullWhen(true)] out CsvRecord? record)
    {
        if (_skipping)
        {
            SkipRestOfTooLongRecord();
        }

        ArraySegment<byte> bytes;
        do
        {
            if (!_lines.TryReadLine(out bytes))
            {
                record = null;
                return false;
            }

            if (bytes.Count == 0 && _lines.LineTooLong)
            {
                record = TooLong(_lines.LineNumber, insideQuotes: false, restOfLine: true);
                return true;
            }
        }
        while (bytes.Count == 0);

        var startLine = _lines.LineNumber;
        long recordBytes = bytes.Count;
        var invalidLine = 0;
        string? error = null;
        var fields = new List<string>();
        var line = Decode(bytes, ref invalidLine);
        var pos = 0;

        while (true)
        {
            // At the start of a field.
            if (pos < line.Length && line[pos] == '"')
            {
                pos++;
                _field.Clear();
                var quoteLine = _lines.LineNumber;
                while (true)
                {
                    var quote = line.IndexOf('"', pos);
                    if (quote < 0)
                    {
                        _field.Append(line, pos, line.Length - pos);
                        var terminator = _lines.Terminator;
                        if (terminator.Length == 0 || !_lines.TryReadLine(out bytes))
                        {
                            record = new CsvRecord(startLine, fields, RecordMessages.UnterminatedQuote(quoteLine, _lines.LineNumber - quoteLine), invalidLine);
                            return true;
                        }

                        if (bytes.Count == 0 && _lines.LineTooLong)
                        {
                            record = TooLong(startLine, insideQuotes: true, restOfLine: true);
                            return true;
                        }

                        recordBytes += terminator.Length + bytes.Count;
                        if (recordBytes > _lines.MaxLineBytes)
                        {
                            // This line is read, and began inside the quoted field: is the field still open after it?
                            record = TooLong(startLine, insideQuotes: (bytes.AsSpan().Count((byte)'"') & 1) == 0, restOfLine: false);
                            return true;
                        }

                        _field.Append(terminator);
                        line = Decode(bytes, ref invalidLine);
                        pos = 0;
                        continue;
                    }

                    _field.Append(line, pos, quote - pos);
                    if (quote + 1 < line.Length && line[quote + 1] == '"')
                    {
                        _field.Append('"');
                        pos = quote + 2;
                        continue;
                    }

                    pos = quote + 1;
                    break;
                }

                if (pos < line.Length && line[pos] != _delimiter)
                {
                    // Text after the closing quote: keep reading the field unquoted to find the record's end.
                    error ??= RecordMessages.CharacterAfterQuote;
                    var stop = line.IndexOf(_delimiter, pos);
                    stop = stop < 0 ? line.Length : stop;
                    _field.Append(line, pos, stop - pos);
                    pos = stop;
                }

                fields.Add(_field.ToString());
            }
            else
            {
                var stop = line.IndexOf(_delimiter, pos);
                stop = stop < 0 ? line.Length : stop;
                fields.Add(line[pos..stop]);
                pos = stop;
            }

            if (pos >= line.Length)
            {
                record = new CsvRecord(startLine, fields, error, invalidLine);
                return true;
            }

            pos++; // Skip the delimiter.
        }
    }

    // A record found too long (starting on `startLine`): returned without fields; the next read skips its rest.
    private CsvRecord TooLong(int startLine, bool insideQuotes, bool restOfLine)
    {
        _field = new StringBuilder(); // Let go of what a long quoted field had gathered.
        _skipping = true;
        _skipInsideQuotes = insideQuotes;
        _skipRestOfLine = restOfLine;
        return new CsvRecord(startLine, [], RecordMessages.RecordTooLong(_lines.MaxLineBytes), 0) { IsTooLong = true };
    }

    // Skips the rest of the record found too long, without keeping it: the rest of its too-long line, then whole lines
    // while a quoted field is open (each odd number of quotes on a line opens or closes one).
    private void SkipRestOfTooLongRecord()
    {
        _skipping = false;
        var inside = _skipInsideQuotes;
        if (_skipRestOfLine)
        {
            inside ^= (_lines.FinishTooLongLine() & 1) == 1;
        }

        while (inside && _lines.TryReadLine(out var bytes))
        {
            var quotes = bytes.Count == 0 && _lines.LineTooLong ? _lines.FinishTooLongLine() : bytes.AsSpan().Count((byte)'"');
            inside ^= (quotes & 1) == 1;
        }
    }

    private string Decode(ArraySegment<byte> bytes, ref int invalidLine)
    {
        var text = Utf8Text.DecodeLenient(bytes, out var valid);
        if (!valid && invalidLine == 0)
        {
            invalidLine = _lines.LineNumber;
        }

        return text;
    }
}
