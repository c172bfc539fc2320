using Framing.Text;

namespace Framing.Lexicons;

/// <summary>
/// A framing lexicon: metadata with provenance, dimensions with their poles, composite indices, and entries.
/// Immutable. Load one with <see cref="Load(string)"/> (a built-in id such as <c>starter</c>, or a file path) and
/// compile it with <see cref="Compile()"/> before scoring.
/// </summary>
public sealed class Lexicon
{
    internal Lexicon(
        LexiconMetadata metadata,
        IReadOnlyList<Dimension> dimensions,
        IReadOnlyList<CompositeIndex> composites,
        IReadOnlyList<LexiconEntry> entries,
        string sourceName,
        LexiconContextRules? context = null)
    {
        Metadata = metadata;
        // Wrapped, so that no cast of a public list can change a loaded lexicon (it is immutable, and shared by threads).
        Dimensions = ReadOnlyLists.Of(dimensions);
        Composites = ReadOnlyLists.Of(composites);
        Entries = ReadOnlyLists.Of(entries);
        SourceName = sourceName;
        context ??= LexiconContextRules.Empty;
        Actors = ReadOnlyLists.Of(context.Actors);
        Speech = context.Speech;
        Negation = context.Negation;
        TargetLinks = context.TargetLinks;
        ScareMarkers = context.ScareMarkers;
        Scope = context.Scope;
        _axes = Scoring.ScoreAxis.Resolve(dimensions, composites);
        Axes = ReadOnlyLists.Of(_axes);
    }

    private readonly Scoring.ScoreAxis[] _axes;

    /// <summary>Identifier, title, version, licence, authors, citation and languages.</summary>
    public LexiconMetadata Metadata { get; }

    /// <summary>The lexicon's identifier (shortcut for <c>Metadata.Id</c>).</summary>
    public string Id => Metadata.Id;

    /// <summary>The dimensions, in file order.</summary>
    public IReadOnlyList<Dimension> Dimensions { get; }

    /// <summary>The composite indices, in file order.</summary>
    public IReadOnlyList<CompositeIndex> Composites { get; }

    /// <summary>Every dimension in file order, then every composite index, resolved once: what scores are computed on.</summary>
    public IReadOnlyList<Scoring.ScoreAxis> Axes { get; }

    /// <summary>The axis of a dimension or composite index.</summary>
    /// <param name="id">The dimension or composite id.</param>
    /// <returns>The axis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException">No dimension or composite has the id.</exception>
    public Scoring.ScoreAxis Axis(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (var axis in _axes)
        {
            if (string.Equals(axis.Id, id, StringComparison.Ordinal))
            {
                return axis;
            }
        }

        throw new ArgumentException($"unknown dimension or composite '{id}'", nameof(id));
    }

    /// <summary>The entries, in file order.</summary>
    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>The actors (<c>actors:</c>), in file order: the parties labels are aimed at.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>Speech verbs and attribution phrases per language (<c>speech:</c>); matches in the text they introduce are attributed.</summary>
    internal IReadOnlyList<SpeechCues> Speech { get; }

    /// <summary>Negation words per language (<c>negation:</c>); a negated label does not count for its pole.</summary>
    internal IReadOnlyList<ContextWords> Negation { get; }

    /// <summary>Words that may stand between a label and the actor it refers to, per language (<c>target-links:</c>).</summary>
    internal IReadOnlyList<ContextWords> TargetLinks { get; }

    /// <summary>Scare markers per language (<c>scare-markers:</c>).</summary>
    internal IReadOnlyList<ScareMarkers> ScareMarkers { get; }

    /// <summary>Scope words per language (<c>scope:</c>): a document of a language listed here that names none of its
    /// words is out of the lexicon's scope, and none of its matches counts.</summary>
    internal IReadOnlyList<ContextWords> Scope { get; }

    /// <summary>Where the lexicon was read from (a path, or <c>lexicons/&lt;id&gt;.yaml</c> for a built-in one).</summary>
    public string SourceName { get; }

    /// <summary>The ids of the lexicons embedded in the library, sorted.</summary>
    public static IReadOnlyList<string> BuiltInIds => BuiltInLexicons.Ids;

    /// <summary>
    /// Loads a built-in lexicon by id (for example <c>starter</c>) or, when <paramref name="idOrPath"/> names an
    /// existing file or ends in <c>.yaml</c>/<c>.yml</c>, a lexicon file.
    /// </summary>
    /// <param name="idOrPath">A built-in id or a file path.</param>
    /// <returns>The validated lexicon.</returns>
    /// <exception cref="LexiconException">The lexicon is unknown or invalid; every problem is listed with file:line:column.</exception>
    public static Lexicon Load(string idOrPath) => Load(idOrPath, LanguageRegistry.Default);

    /// <summary>Loads a built-in lexicon or a lexicon file, validating patterns with the given languages.</summary>
    /// <param name="idOrPath">A built-in id or a file path.</param>
    /// <param name="languages">The languages available for normalizing patterns.</param>
    /// <returns>The validated lexicon.</returns>
    public static Lexicon Load(string idOrPath, LanguageRegistry languages) => Load(idOrPath, languages, cache: null);

    /// <summary>Loads a built-in lexicon or a lexicon file through an image cache (see <see cref="LexiconCache"/>).</summary>
    /// <param name="idOrPath">A built-in id or a file path.</param>
    /// <param name="languages">The languages available for normalizing patterns.</param>
    /// <param name="cache">The cache, or null to parse the YAML.</param>
    /// <returns>The validated lexicon.</returns>
    internal static Lexicon Load(string idOrPath, LanguageRegistry languages, LexiconCache? cache)
    {
        ArgumentException.ThrowIfNullOrEmpty(idOrPath);
        ArgumentNullException.ThrowIfNull(languages);
        var looksLikeFile = File.Exists(idOrPath)
            || idOrPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
            || idOrPath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
            || idOrPath.Contains('/', StringComparison.Ordinal)
            || idOrPath.Contains('\\', StringComparison.Ordinal);
        if (looksLikeFile)
        {
            return LoadFile(idOrPath, languages, cache);
        }

        if (!BuiltInLexicons.TryGetBytes(idOrPath, out var source))
        {
            var reason = $"not a built-in lexicon ({string.Join(", ", BuiltInIds)}) and no such file";
            throw new LexiconException($"unknown lexicon '{idOrPath}': {reason}", new Diagnostic(new SourceLocation(idOrPath, 0, 0), "unknown lexicon: " + reason));
        }

        var sourceName = $"lexicons/{idOrPath}.yaml";
        return cache is null
            ? Parse(BuiltInLexicons.TryReadText(idOrPath)!, sourceName, languages)
            : cache.Parse(source, () => BuiltInLexicons.TryReadText(idOrPath)!, sourceName, languages);
    }

    /// <summary>Loads a lexicon file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="languages">The languages available for normalizing patterns (default: the built-in ones).</param>
    /// <returns>The validated lexicon.</returns>
    public static Lexicon LoadFile(string path, LanguageRegistry? languages = null) => LoadFile(path, languages ?? LanguageRegistry.Default, cache: null);

    private static Lexicon LoadFile(string path, LanguageRegistry languages, LexiconCache? cache)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LexiconException([new Diagnostic(new SourceLocation(path, 0, 0), SystemReason.OfRead(path, e))]);
        }

        return cache is null
            ? Parse(LexiconFileText.Decode(bytes, path), path, languages)
            : cache.Parse(bytes, () => LexiconFileText.Decode(bytes, path), path, languages);
    }

    /// <summary>Parses and validates lexicon YAML. A leading byte-order mark (U+FEFF, as <c>Encoding.UTF8.GetString</c>
    /// keeps it) is ignored, as <see cref="Load(string)"/> ignores it in a file.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">The name used in error locations.</param>
    /// <param name="languages">The languages available for normalizing patterns (default: the built-in ones).</param>
    /// <returns>The validated lexicon.</returns>
    public static Lexicon Parse(string yaml, string sourceName, LanguageRegistry? languages = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        return LexiconYamlReader.Read(yaml.StartsWith('\uFEFF') ? yaml[1..] : yaml, sourceName, languages ?? LanguageRegistry.Default);
    }

    /// <summary>
    /// Compiles the lexicon for matching with the languages it was loaded with (<see cref="Load(string, LanguageRegistry?)"/>
    /// or <see cref="Parse"/>; the built-in ones by default), so that every verb that takes a lexicon also takes its
    /// custom languages.
    /// </summary>
    /// <returns>The compiled, immutable, thread-safe lexicon.</returns>
    public Matching.CompiledLexicon Compile() => Compile(Languages);

    /// <summary>The languages the lexicon was loaded with: its patterns were normalized with them.</summary>
    internal LanguageRegistry Languages { get; init; } = LanguageRegistry.Default;

    /// <summary>
    /// What the file holds that is valid but likely not meant, each a <see cref="DiagnosticSeverity.Warning"/> with its
    /// file:line:column, ordered by line and column (what <c>framing lexicons validate</c> lists): a pattern, context word
    /// or actor name that matches more than it seems to say (a contraction read as a possessive, <c>it's</c> as
    /// <c>it</c>; a symbol that is not part of a word), or an entry that never counts because a broader entry of its
    /// dimension wins every tie with it. Found when the lexicon is parsed from YAML; empty for a lexicon built otherwise.
    /// </summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init => field = ReadOnlyLists.Of(value ?? []); } = [];

    /// <summary>
    /// The lexicon without its scope (its <c>scope:</c> section): every document is in scope, as with a lexicon that has
    /// none. For a corpus already about the lexicon's conflict, whose documents may happen to name none of the scope
    /// words. Its <see cref="Fingerprint"/> differs from the lexicon's, so that states scored with the one are not merged
    /// with states scored with the other; <see cref="ScopeIgnored"/> says what was done.
    /// </summary>
    /// <returns>A lexicon without scope words, or this lexicon when it has none.</returns>
    public Lexicon WithoutScope() => Scope.Count == 0
        ? this
        : new Lexicon(Metadata, Dimensions, Composites, Entries, SourceName, new LexiconContextRules(Actors, Speech, Negation, TargetLinks, ScareMarkers, []))
        {
            Languages = Languages,
            Warnings = Warnings,
            ScopeIgnored = true,
        };

    /// <summary>Whether this lexicon is one whose scope words were set aside (<see cref="WithoutScope"/>): outputs say so.</summary>
    public bool ScopeIgnored { get; private init; }

    /// <summary>Whether the lexicon has scope words (a <c>scope:</c> section): a document that names none of its language's is out of scope.</summary>
    internal bool HasScope => Scope.Count > 0;

    /// <summary>Compiles the lexicon for matching.</summary>
    /// <param name="languages">The languages to analyze documents with.</param>
    /// <returns>The compiled, immutable, thread-safe lexicon.</returns>
    public Matching.CompiledLexicon Compile(LanguageRegistry languages) => Matching.CompiledLexicon.Create(this, languages);

    /// <summary>
    /// A SHA-256 fingerprint of everything that affects scores (dimensions, poles, composites, entries with their
    /// patterns, weights and exclusions), as lower-case hex. Two lexicons with the same fingerprint score alike;
    /// saved states record it so that only states scored with the same lexicon are merged.
    /// </summary>
    public string Fingerprint => _fingerprint ??= LexiconFingerprint.Compute(this);

    private string? _fingerprint;

    /// <summary>Finds an actor by id.</summary>
    /// <param name="id">The actor id.</param>
    /// <returns>The actor, or null.</returns>
    public Actor? FindActor(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (var actor in Actors)
        {
            if (string.Equals(actor.Id, id, StringComparison.Ordinal))
            {
                return actor;
            }
        }

        return null;
    }

    /// <summary>Finds a dimension by id.</summary>
    /// <param name="id">The dimension id.</param>
    /// <returns>The dimension, or null.</returns>
    public Dimension? FindDimension(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (var dimension in Dimensions)
        {
            if (string.Equals(dimension.Id, id, StringComparison.Ordinal))
            {
                return dimension;
            }
        }

        return null;
    }
}
