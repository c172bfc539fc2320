namespace Framing.Text;

/// <summary>
/// The languages Framing can analyze, by code. Immutable: <see cref="With"/> returns a new registry, so a custom
/// language (its normalizer and affix stripper) can be added without touching global state.
/// </summary>
public sealed class LanguageRegistry
{
    private readonly Dictionary<string, LanguageProfile> _profiles;

    private LanguageRegistry(Dictionary<string, LanguageProfile> profiles)
    {
        _profiles = profiles;
    }

    /// <summary>The built-in languages: Arabic (<c>ar</c>, with clitic stripping) and English (<c>en</c>).</summary>
    public static LanguageRegistry Default { get; } = new(new Dictionary<string, LanguageProfile>(StringComparer.Ordinal)
    {
        ["ar"] = new LanguageProfile("ar", Normalizers.Arabic, new ArabicCliticStripper(ArabicCliticStripper.DefaultMinimumStemLength)),
        ["en"] = new LanguageProfile("en", Normalizers.English, null),
    });

    /// <summary>The language codes, sorted ordinally.</summary>
    public IReadOnlyList<string> Codes
    {
        get
        {
            var codes = _profiles.Keys.ToArray();
            Array.Sort(codes, StringComparer.Ordinal);
            return Array.AsReadOnly(codes); // a read-only list, as every list the library hands out
        }
    }

    /// <summary>Returns a registry with <paramref name="profile"/> added (or replacing the profile with the same code).</summary>
    /// <param name="profile">The language profile.</param>
    /// <returns>A new registry.</returns>
    public LanguageRegistry With(LanguageProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var copy = new Dictionary<string, LanguageProfile>(_profiles, StringComparer.Ordinal) { [profile.Code] = profile };
        return new LanguageRegistry(copy);
    }

    /// <summary>Finds the profile for a language code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="profile">The profile, when found.</param>
    /// <returns>Whether the language is known.</returns>
    public bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LanguageProfile? profile) =>
        _profiles.TryGetValue(code, out profile);

    /// <summary>Returns the profile for a language code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException">The language is unknown.</exception>
    public LanguageProfile Get(string code) =>
        TryGet(code ?? throw new ArgumentNullException(nameof(code)), out var profile) ? profile : throw new ArgumentException($"unknown language '{code}' (known: {string.Join(", ", Codes)})", nameof(code));
}
