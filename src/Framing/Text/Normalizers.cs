namespace Framing.Text;

/// <summary>The default normalizer of each supported language.</summary>
internal static class Normalizers
{
    /// <summary>
    /// The default normalizer for Arabic text (<c>arabic-default+latin-default</c>):
    /// <see cref="ArabicNormalizer.Default"/> followed by <see cref="LatinNormalizer.Default"/>, so that Latin words,
    /// fullwidth characters and apostrophes inside Arabic articles are folded too.
    /// </summary>
    public static TextNormalizer Arabic { get; } = new CompositeNormalizer(ArabicNormalizer.Default, LatinNormalizer.Default);

    /// <summary>The default normalizer for English text (<c>latin-default</c>): <see cref="LatinNormalizer.Default"/>.</summary>
    public static TextNormalizer English { get; } = LatinNormalizer.Default;

    /// <summary>Returns the default normalizer for a language code: <c>ar</c> or <c>en</c> (case-insensitive).</summary>
    /// <param name="code">The language code.</param>
    /// <returns><see cref="Arabic"/> for <c>ar</c>, <see cref="English"/> for <c>en</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a supported language.</exception>
    public static TextNormalizer ForLanguage(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (string.Equals(code, "ar", StringComparison.OrdinalIgnoreCase))
        {
            return Arabic;
        }

        if (string.Equals(code, "en", StringComparison.OrdinalIgnoreCase))
        {
            return English;
        }

        throw new ArgumentException($"No normalizer for language '{code}'; supported: ar, en.", nameof(code));
    }
}
