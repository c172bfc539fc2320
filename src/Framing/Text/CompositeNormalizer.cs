using System.Buffers;
using System.Collections.Immutable;

namespace Framing.Text;

/// <summary>
/// Applies a sequence of normalizers in order: the output of each step is the input of the next. The name is the
/// steps' names joined with <c>+</c> (for example <c>arabic-default+latin-default</c>).
/// </summary>
/// <remarks>
/// Each step after the first re-normalizes the region of the output written so far for this token, through a
/// temporary copy on the stack (or, for tokens longer than 256 characters, a buffer rented from
/// <see cref="ArrayPool{T}.Shared"/>). There is no shared scratch state, so the composite is thread-safe, and it does
/// not allocate. It is idempotent when every step is idempotent and no step produces characters that an earlier
/// step would change (true of the normalizers in this library).
/// </remarks>
public sealed class CompositeNormalizer : TextNormalizer
{
    private const int StackLimit = 256;

    private readonly TextNormalizer[] _steps;

    /// <summary>Creates a composite of <paramref name="steps"/>, applied in the given order.</summary>
    /// <param name="steps">The normalizers; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="steps"/> is empty.</exception>
    public CompositeNormalizer(params TextNormalizer[] steps)
        : this((IEnumerable<TextNormalizer>)steps)
    {
    }

    /// <summary>Creates a composite of <paramref name="steps"/>, applied in the given order.</summary>
    /// <param name="steps">The normalizers; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="steps"/> is empty.</exception>
    public CompositeNormalizer(IEnumerable<TextNormalizer> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        _steps = [.. steps];
        if (_steps.Length == 0)
        {
            throw new ArgumentException("A composite normalizer needs at least one step.", nameof(steps));
        }

        var names = new string[_steps.Length];
        for (var i = 0; i < _steps.Length; i++)
        {
            if (_steps[i] is null)
            {
                throw new ArgumentNullException(nameof(steps), "A composite normalizer step is null.");
            }

            names[i] = _steps[i].Name;
        }

        Name = string.Join('+', names);
        Steps = [.. _steps];
    }

    /// <summary>The normalizers, in the order they are applied.</summary>
    public ImmutableArray<TextNormalizer> Steps { get; }

    /// <inheritdoc />
    public override string Name { get; }

    /// <inheritdoc />
    public override void Normalize(ReadOnlySpan<char> source, NormalizedTextBuilder output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var start = output.Length;
        _steps[0].Normalize(source, output);
        if (_steps.Length == 1)
        {
            return;
        }

        // Skip the steps that would leave the text unchanged (the Latin step on Arabic text) before paying for a buffer.
        var first = 1;
        while (first < _steps.Length && _steps[first].LeavesUnchanged(output.Slice(start, output.Length - start)))
        {
            first++;
        }

        if (first == _steps.Length)
        {
            return;
        }

        Span<char> stackBuffer = stackalloc char[StackLimit];
        for (var i = first; i < _steps.Length; i++)
        {
            var length = output.Length - start;
            if (_steps[i].LeavesUnchanged(output.Slice(start, length)))
            {
                continue;
            }

            char[]? rented = null;
            var scratch = length <= StackLimit
                ? stackBuffer[..length]
                : (rented = ArrayPool<char>.Shared.Rent(length)).AsSpan(0, length);
            try
            {
                output.Slice(start, length).CopyTo(scratch);
                output.SetLength(start);
                _steps[i].Normalize(scratch, output);
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<char>.Shared.Return(rented);
                }
            }
        }
    }
}
