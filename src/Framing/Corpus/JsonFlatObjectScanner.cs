using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Framing.Corpus;

/// <summary>
/// A strict scanner for the common shape of a JSON Lines record: one flat JSON object whose values are strings,
/// numbers, <c>true</c>, <c>false</c> or <c>null</c>. It walks the members one by one (<see cref="MoveNext"/>) and gives
/// each one's name and value as their raw bytes, escapes and all, without decoding them. A nested object or array, the
/// rare value, is skipped by <see cref="Utf8JsonReader"/> and given as its raw JSON text.
/// </summary>
/// <remarks>
/// It accepts only RFC 8259 JSON, as <see cref="Utf8JsonReader"/> reads it with comments and trailing commas
/// disallowed: white space is only space, tab, line feed and carriage return; a string has no unescaped byte below
/// 0x20 and its escapes are <c>\" \\ \/ \b \f \n \r \t</c> or <c>\u</c> and four hexadecimal digits; a number is
/// <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>; members are separated by single commas, with none after the
/// last; nothing but white space follows the closing brace. Anything else ends the walk with <see cref="Completed"/>
/// false, so that the caller reads the line another way. It does not check UTF-8: whoever keeps a string or a nested
/// value must decode or check it strictly.
/// </remarks>
internal ref struct JsonFlatObjectScanner
{
    // Where a string's plain run ends: its closing quote, an escape, or a control byte (which is never allowed).
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F,
         0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F,
         (byte)'"', (byte)'\\']);

    private static readonly JsonReaderOptions NestedOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 63,
    };

    private readonly ReadOnlySpan<byte> _line;
    private int _at;
    private State _state;
    private int _nameStart;
    private int _nameLength;
    private int _valueStart;
    private int _valueLength;

    /// <summary>Starts a scan of <paramref name="line"/>.</summary>
    /// <param name="line">The line's bytes.</param>
    public JsonFlatObjectScanner(ReadOnlySpan<byte> line) => _line = line;

    private enum State
    {
        Start,
        InObject,
        Completed,
        Failed,
    }

    /// <summary>The current member's name: the bytes between its quotes.</summary>
    public readonly ReadOnlySpan<byte> Name => _line.Slice(_nameStart, _nameLength);

    /// <summary>Whether <see cref="Name"/> holds a backslash escape.</summary>
    public bool NameEscaped { get; private set; }

    /// <summary>The current member's value kind: a string, number, true, false, null, object or array.</summary>
    public JsonValueKind Kind { get; private set; }

    /// <summary>The current member's value: a string's bytes between its quotes, or the bytes of a number, literal,
    /// object or array as written.</summary>
    public readonly ReadOnlySpan<byte> Value => _line.Slice(_valueStart, _valueLength);

    /// <summary>Whether <see cref="Value"/> is a string holding a backslash escape.</summary>
    public bool ValueEscaped { get; private set; }

    /// <summary>Whether the walk reached the object's closing brace, with only white space after it, and the line is
    /// therefore one flat object (valid once every string is decoded as strict UTF-8).</summary>
    public readonly bool Completed => _state == State.Completed;

    /// <summary>Moves to the next member.</summary>
    /// <returns>True at a member; false at the end of the object (<see cref="Completed"/>) or at anything this scanner
    /// does not accept (not <see cref="Completed"/>).</returns>
    [MethodImpl(HotPath.Compilation)]
    public bool MoveNext()
    {
        switch (_state)
        {
            case State.Start:
                SkipWhiteSpace();
                if (!Take((byte)'{'))
                {
                    return Fail();
                }

                SkipWhiteSpace();
                if (Take((byte)'}'))
                {
                    return Finish();
                }

                break;
            case State.InObject:
                SkipWhiteSpace();
                if (Take((byte)'}'))
                {
                    return Finish();
                }

                if (!Take((byte)','))
                {
                    return Fail();
                }

                SkipWhiteSpace();
                break;
            default:
                return false;
        }

        // A member: a string (so never a trailing comma's closing brace), a colon, a value.
        if (!TryString(out _nameStart, out _nameLength, out var nameEscaped))
        {
            return Fail();
        }

        NameEscaped = nameEscaped;
        SkipWhiteSpace();
        if (!Take((byte)':'))
        {
            return Fail();
        }

        SkipWhiteSpace();
        if (!TryValue())
        {
            return Fail();
        }

        _state = State.InObject;
        return true;
    }

    [PerTokenHelper]
    private bool TryValue()
    {
        if (_at >= _line.Length)
        {
            return false;
        }

        var escaped = false;
        var start = _at;
        var length = 0;
        bool read;
        (read, Kind) = _line[_at] switch
        {
            (byte)'"' => (TryString(out start, out length, out escaped), JsonValueKind.String),
            (byte)'t' => (TryLiteral("true"u8), JsonValueKind.True),
            (byte)'f' => (TryLiteral("false"u8), JsonValueKind.False),
            (byte)'n' => (TryLiteral("null"u8), JsonValueKind.Null),
            (byte)'-' or (>= (byte)'0' and <= (byte)'9') => (TryNumber(), JsonValueKind.Number),
            (byte)'[' => (TrySkipNested(), JsonValueKind.Array),
            (byte)'{' => (TrySkipNested(), JsonValueKind.Object),
            _ => (false, JsonValueKind.Undefined),
        };

        if (Kind != JsonValueKind.String)
        {
            length = _at - start;
        }

        _valueStart = start;
        _valueLength = length;
        ValueEscaped = escaped;
        return read;
    }

    // A nested object or array at _at, read by Utf8JsonReader (as deep as it would read it inside this object: 63 more
    // levels, 64 in all); _at moves past it.
    private bool TrySkipNested()
    {
        var reader = new Utf8JsonReader(_line[_at..], NestedOptions);
        try
        {
            reader.Read();
            reader.Skip();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false;
        }

        _at += (int)reader.BytesConsumed;
        return true;
    }

    // A string at _at: its contents' start and length, and whether it holds an escape; _at moves past its closing
    // quote. The plain runs between escapes are found by a vectorized search.
    [PerTokenHelper]
    private bool TryString(out int start, out int length, out bool escaped)
    {
        start = _at + 1;
        length = 0;
        escaped = false;
        if (!Take((byte)'"'))
        {
            return false;
        }

        while (true)
        {
            var stop = _line[_at..].IndexOfAny(StringStops);
            if (stop < 0)
            {
                return false;
            }

            _at += stop;
            var b = _line[_at];
            if (b == (byte)'"')
            {
                length = _at - start;
                _at++;
                return true;
            }

            if (b != (byte)'\\' || !TryEscape())
            {
                return false;
            }

            escaped = true;
        }
    }

    // An escape at _at (its backslash); _at moves past it.
    [PerTokenHelper]
    private bool TryEscape()
    {
        if (_at + 1 >= _line.Length)
        {
            return false;
        }

        switch (_line[_at + 1])
        {
            case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                _at += 2;
                return true;
            case (byte)'u':
                if (_at + 6 > _line.Length)
                {
                    return false;
                }

                foreach (var digit in _line.Slice(_at + 2, 4))
                {
                    if (!char.IsAsciiHexDigit((char)digit))
                    {
                        return false;
                    }
                }

                _at += 6;
                return true;
            default:
                return false;
        }
    }

    // A number at _at: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?; _at moves past it. What follows it is checked by
    // the caller (white space, a comma or the closing brace).
    private bool TryNumber()
    {
        Take((byte)'-');
        if (Take((byte)'0'))
        {
            // No more digits: a leading zero is a number of its own.
        }
        else if (SkipDigits() == 0)
        {
            return false;
        }

        if (Take((byte)'.') && SkipDigits() == 0)
        {
            return false;
        }

        if (Take((byte)'e') || Take((byte)'E'))
        {
            _ = Take((byte)'+') || Take((byte)'-');
            if (SkipDigits() == 0)
            {
                return false;
            }
        }

        return true;
    }

    private int SkipDigits()
    {
        var start = _at;
        while (_at < _line.Length && char.IsAsciiDigit((char)_line[_at]))
        {
            _at++;
        }

        return _at - start;
    }

    private bool TryLiteral(ReadOnlySpan<byte> literal)
    {
        if (!_line[_at..].StartsWith(literal))
        {
            return false;
        }

        _at += literal.Length;
        return true;
    }

    [PerTokenHelper]
    private void SkipWhiteSpace()
    {
        while (_at < _line.Length && _line[_at] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            _at++;
        }
    }

    private bool Take(byte b)
    {
        if (_at < _line.Length && _line[_at] == b)
        {
            _at++;
            return true;
        }

        return false;
    }

    private bool Finish()
    {
        SkipWhiteSpace();
        _state = _at == _line.Length ? State.Completed : State.Failed;
        return false;
    }

    private bool Fail()
    {
        _state = State.Failed;
        return false;
    }
}
