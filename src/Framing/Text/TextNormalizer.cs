namespace Framing.Text;

/// <summary>
/// Maps the characters of one token to the form used for matching (its normalized form).
/// A normalizer is stateless, thread-safe and idempotent: normalizing a normalized form leaves it unchanged.
/// </summary>
/// <remarks>
/// Normalizers work on a single token at a time and append to a caller-owned <see cref="NormalizedTextBuilder"/>,
/// so that the scoring hot path does not allocate. Offsets are never changed by normalization: a token keeps the
/// offset and length of its characters in the original text; only its matching form is normalized.
/// </remarks>
public abstract class TextNormalizer
{
    /// <summary>The normalizer's name, as used in documentation and diagnostics (for example <c>arabic-default</c>).</summary>
    public abstract string Name { get; }

    /// <summary>Appends the normalized form of <paramref name="source"/> to <paramref name="output"/>.</summary>
    /// <param name="source">The characters of one token in the original text.</param>
    /// <param name="output">The buffer that receives the normalized characters.</param>
    public abstract void Normalize(ReadOnlySpan<char> source, NormalizedTextBuilder output);

    /// <summary>
    /// Whether this normalizer is certain to leave <paramref name="text"/> unchanged, so that a pipeline can skip it.
    /// The default answers false; a normalizer overrides it only with a cheap and exact test.
    /// </summary>
    /// <param name="text">Text as a previous step produced it.</param>
    /// <returns>True only when <see cref="Normalize(ReadOnlySpan{char}, NormalizedTextBuilder)"/> would copy it unchanged.</returns>
    public virtual bool LeavesUnchanged(ReadOnlySpan<char> text) => false;

    /// <summary>Returns the normalized form of <paramref name="source"/> as a new string (convenience; allocates).</summary>
    /// <param name="source">The text to normalize.</param>
    /// <returns>The normalized text.</returns>
    public string Normalize(ReadOnlySpan<char> source)
    {
        var builder = new NormalizedTextBuilder(source.Length + 8);
        Normalize(source, builder);
        return builder.ToString();
    }
}
