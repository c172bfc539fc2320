using System.Text;

namespace Framing.Text;

/// <summary>
/// Turns text into countable terms for keyness: normalized tokens and n-grams of them within a sentence.
/// Arabic tokens lose a proclitic chain that ends in the definite article (ال، وال، بال، فال، كال، لل، وبال، فلل …),
/// so that الإرهابيين and للإرهابيين count as one term with إرهابيين. Chains without the article (a bare و or ب) and
/// enclitic pronouns are kept: without a dictionary they cannot be told apart from the letters of the word itself
/// (وحدات, فصائل, معارضة).
/// </summary>
internal sealed class TermExtractor
{
    private readonly LanguageRegistry _languages;
    private readonly ScriptDetector _detector;
    private readonly TokenizedText _tokens = new();
    private readonly NormalizedTextBuilder _builder = new();
    private readonly AffixVariant[] _variants = new AffixVariant[AffixStripper.MaxVariants];
    private readonly List<string> _sentence = [];

    /// <summary>Creates an extractor (not thread-safe: one per thread).</summary>
    /// <param name="minimumN">Shortest n-gram (at least 1).</param>
    /// <param name="maximumN">Longest n-gram (at least <paramref name="minimumN"/>, at most 5).</param>
    /// <param name="languages">Languages (default: the built-in ones).</param>
    /// <param name="detector">Language detector for texts without a language.</param>
    public TermExtractor(int minimumN = 1, int maximumN = 1, LanguageRegistry? languages = null, ScriptDetector? detector = null)
    {
        if (minimumN < 1 || maximumN < minimumN || maximumN > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumN), "n-grams must satisfy 1 <= min <= max <= 5");
        }

        MinimumN = minimumN;
        MaximumN = maximumN;
        _languages = languages ?? LanguageRegistry.Default;
        _detector = detector ?? ScriptDetector.Default;
    }

    /// <summary>Shortest n-gram.</summary>
    public int MinimumN { get; }

    /// <summary>Longest n-gram.</summary>
    public int MaximumN { get; }

    /// <summary>Adds the terms of <paramref name="text"/> to <paramref name="counts"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="language">Its language, or null to detect it.</param>
    /// <param name="counts">Term counts to add to.</param>
    /// <returns>The number of terms added (all n-gram orders).</returns>
    public long Count(string text, string? language, IDictionary<string, long> counts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(counts);
        language ??= _detector.Detect(text);
        var profile = _languages.TryGet(language, out var p) ? p : _languages.Get("en");
        Tokenizer.Instance.Tokenize(text, _tokens);
        long added = 0;
        var tokens = _tokens.Tokens;
        for (var t = 0; t < tokens.Length; t++)
        {
            // N-grams, like lexicon phrases, stay within a sentence and never span a comma, semicolon, colon,
            // parenthesis, bracket or dash.
            if (t > 0 && !Scoring.TokenGaps.ContinuesPhrase(text, tokens, t))
            {
                added += Flush(counts);
            }

            _sentence.Add(Term(text.AsSpan(tokens[t].Start, tokens[t].Length), profile));
        }

        return added + Flush(counts);
    }

    /// <summary>
    /// Adds to <paramref name="counts"/> the n-grams of <paramref name="text"/>, as <see cref="Count"/> counts them, whose
    /// tokens all lie inside one of <paramref name="spans"/> (character ranges of the text, such as the lexicon's matches):
    /// each occurrence once, however many spans hold it.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="language">Its language, or null to detect it.</param>
    /// <param name="spans">Character ranges of <paramref name="text"/>: start (inclusive) and end (exclusive), in any order.</param>
    /// <param name="counts">Term counts to add to.</param>
    /// <returns>The number of n-gram occurrences added.</returns>
    public long CountWithin(string text, string? language, IReadOnlyList<(int Start, int End)> spans, IDictionary<string, long> counts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(counts);
        if (spans.Count == 0)
        {
            return 0;
        }

        language ??= _detector.Detect(text);
        var profile = _languages.TryGet(language, out var p) ? p : _languages.Get("en");
        Tokenizer.Instance.Tokenize(text, _tokens);
        var tokens = _tokens.Tokens;
        var sorted = spans.OrderBy(s => s.Start).ToArray();
        var terms = new string?[tokens.Length];
        var builder = new StringBuilder();
        long added = 0;
        var next = 0;
        var reach = int.MinValue;
        for (var s = 0; s < tokens.Length; s++)
        {
            // The furthest end of a span that starts at or before this token: an n-gram from here lies inside a span
            // exactly when its last token ends by then.
            for (; next < sorted.Length && sorted[next].Start <= tokens[s].Start; next++)
            {
                reach = Math.Max(reach, sorted[next].End);
            }

            for (var n = 1; n <= MaximumN && s + n <= tokens.Length; n++)
            {
                var last = s + n - 1;
                if (tokens[last].End > reach || (n > 1 && !Scoring.TokenGaps.ContinuesPhrase(text, tokens, last)))
                {
                    break;
                }

                if (n < MinimumN)
                {
                    continue;
                }

                for (var k = s; k <= last; k++)
                {
                    terms[k] ??= Term(text.AsSpan(tokens[k].Start, tokens[k].Length), profile);
                }

                var term = Joined(builder, terms.AsSpan(s, n)!);
                counts[term] = counts.TryGetValue(term, out var c) ? c + 1 : 1;
                added++;
            }
        }

        return added;
    }

    /// <summary>The counting form of one token: normalized, with an article-bearing proclitic chain removed.</summary>
    /// <param name="token">The token as written.</param>
    /// <param name="profile">Its language.</param>
    /// <returns>The term.</returns>
    public string Term(ReadOnlySpan<char> token, LanguageProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _builder.Clear();
        profile.Normalizer.Normalize(token, _builder);
        var form = _builder.WrittenSpan;
        if (profile.AffixStripper is { } stripper)
        {
            var count = stripper.GetVariants(form, _variants);
            var best = 0;
            for (var v = 1; v < count; v++)
            {
                var variant = _variants[v];
                if (variant.EncliticLength == 0 && !variant.RestoresArticle && variant.ProcliticLength > best && EndsWithArticle(form, variant.ProcliticLength, stripper.Article))
                {
                    best = variant.ProcliticLength;
                }
            }

            form = form[best..];
        }

        return form.ToString();
    }

    private static bool EndsWithArticle(ReadOnlySpan<char> form, int procliticLength, string article)
    {
        var prefix = form[..procliticLength];
        return prefix.EndsWith(article, StringComparison.Ordinal) || prefix.EndsWith("لل", StringComparison.Ordinal);
    }

    // An n-gram's term: its words separated by spaces.
    private static string Joined(StringBuilder builder, ReadOnlySpan<string> words)
    {
        builder.Clear();
        for (var k = 0; k < words.Length; k++)
        {
            if (k > 0)
            {
                builder.Append(' ');
            }

            builder.Append(words[k]);
        }

        return builder.ToString();
    }

    private long Flush(IDictionary<string, long> counts)
    {
        long added = 0;
        var builder = new StringBuilder();
        var sentence = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_sentence);
        for (var start = 0; start < sentence.Length; start++)
        {
            for (var n = MinimumN; n <= MaximumN && start + n <= sentence.Length; n++)
            {
                var term = Joined(builder, sentence.Slice(start, n));
                counts[term] = counts.TryGetValue(term, out var c) ? c + 1 : 1;
                added++;
            }
        }

        _sentence.Clear();
        return added;
    }
}
