namespace Framing.Text;

/// <summary>
/// A growable character buffer that normalizers append to. One instance is reused for every token of a document,
/// so appending does not allocate once the buffer has grown to the longest token seen.
/// </summary>
public sealed class NormalizedTextBuilder
{
    private char[] _buffer;
    private int _length;

    /// <summary>Creates a builder with the given initial capacity.</summary>
    /// <param name="capacity">Initial capacity in characters.</param>
    public NormalizedTextBuilder(int capacity = 256)
    {
        _buffer = new char[Math.Max(16, capacity)];
    }

    /// <summary>Number of characters written so far.</summary>
    public int Length => _length;

    /// <summary>The characters written so far.</summary>
    public ReadOnlySpan<char> WrittenSpan => _buffer.AsSpan(0, _length);

    /// <summary>The characters written from <paramref name="start"/> (inclusive) for <paramref name="length"/> characters.</summary>
    /// <param name="start">Start index in the buffer.</param>
    /// <param name="length">Number of characters.</param>
    /// <returns>The requested slice.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The slice is not within the characters written (the buffer past
    /// them holds what was written before a <see cref="Clear"/> or <see cref="Truncate"/>).</exception>
    public ReadOnlySpan<char> Slice(int start, int length) => _buffer.AsSpan(0, _length).Slice(start, length);

    /// <summary>Appends one character.</summary>
    /// <param name="c">The character.</param>
    public void Append(char c)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = c;
    }

    /// <summary>Appends characters.</summary>
    /// <param name="chars">The characters.</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Append(ReadOnlySpan<char> chars)
    {
        if (_length + chars.Length > _buffer.Length)
        {
            Grow(chars.Length);
        }

        chars.CopyTo(_buffer.AsSpan(_length));
        _length += chars.Length;
    }

    /// <summary>Removes the last <paramref name="count"/> characters.</summary>
    /// <param name="count">How many characters to remove.</param>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative or more than the characters written.</exception>
    public void Truncate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _length);
        _length -= count;
    }

    /// <summary>Sets the length to <paramref name="length"/>, which must not exceed the current length.</summary>
    /// <param name="length">The new length.</param>
    public void SetLength(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, _length);
        _length = length;
    }

    /// <summary>Empties the buffer, keeping its capacity.</summary>
    public void Clear() => _length = 0;

    /// <inheritdoc />
    public override string ToString() => new(_buffer, 0, _length);

    private void Grow(int needed)
    {
        var size = Math.Max(_buffer.Length * 2, _length + needed);
        Array.Resize(ref _buffer, size);
    }
}
