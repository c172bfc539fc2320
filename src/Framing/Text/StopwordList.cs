using System.Text;
using Framing.Text.Stopwords;

namespace Framing.Text;

/// <summary>
/// A list of stopwords: frequent function words to leave out of term counts. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>A stopword file is UTF-8 text (with or without a byte-order mark; UTF-16 or UTF-32 with one is read too) with one word per line; blank lines and
/// lines whose first non-blank character is <c>#</c> are ignored. A word is one token as the <c>Tokenizer</c>
/// reads it (<c>don't</c> is one word, <c>U.S.</c> is not), written as in running text: it is normalized like a
/// document token when it is compared (see <c>ToTermSet</c>).</para>
/// <para>The built-in lists (<see cref="BuiltIn"/>) were written for Framing from general knowledge of the two
/// languages' grammar, not copied from a published list: about 190 English and 180 Arabic function words, including
/// frequent Arabic forms with و ف ب ل attached, which article stripping does not remove.</para>
/// </remarks>
public sealed class StopwordList
{
    private readonly string[] _words;

    private StopwordList(string name, string[] words)
    {
        Name = name;
        _words = words;
        Words = ReadOnlyLists.Of(words);
    }

    /// <summary>The empty list (nothing is left out).</summary>
    public static StopwordList None { get; } = new("none", []);

    /// <summary>The built-in English list.</summary>
    public static StopwordList BuiltInEnglish { get; } = Parse(BuiltInStopwordData.English, "builtin:en");

    /// <summary>The built-in Arabic list.</summary>
    public static StopwordList BuiltInArabic { get; } = Parse(BuiltInStopwordData.Arabic, "builtin:ar");

    /// <summary>The built-in Arabic and English lists together.</summary>
    public static StopwordList BuiltIn { get; } = new("builtin", [.. BuiltInArabic.Words, .. BuiltInEnglish.Words]);

    /// <summary>Whether this is one of the built-in lists (<see cref="BuiltIn"/>, <see cref="BuiltInArabic"/>,
    /// <see cref="BuiltInEnglish"/>): words of Arabic and English, which leave out nothing in a text of another language
    /// (see <see cref="AppliesTo"/>).</summary>
    internal bool IsBuiltIn => ReferenceEquals(this, BuiltIn) || ReferenceEquals(this, BuiltInArabic) || ReferenceEquals(this, BuiltInEnglish);

    /// <summary>Whether the list leaves words out of texts analyzed with <paramref name="profile"/>: a list of the
    /// user's always; a built-in list only in Arabic and English texts (the built-in lists have no French, Persian …
    /// words, and English function words such as "a" or "on" are words of other languages).</summary>
    /// <param name="profile">The texts' language.</param>
    /// <returns>Whether the list applies.</returns>
    internal bool AppliesTo(LanguageProfile profile) => !IsBuiltIn || profile.Code is "ar" or "en";

    /// <summary>Where the list comes from: <c>builtin</c>, <c>none</c>, or the file or source name it was read from.</summary>
    public string Name { get; }

    /// <summary>The words as written in the list, in list order.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Reads a stopword file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The list, named after <paramref name="path"/>.</returns>
    /// <exception cref="StopwordListException">The file cannot be read, or a line is not one word.</exception>
    public static StopwordList Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(Corpus.Utf8Text.StripBom(WideUnicode.ToUtf8(File.ReadAllBytes(path))));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or ArgumentException or NotSupportedException)
        {
            throw new StopwordListException(path, 0, e is DecoderFallbackException ? "not valid UTF-8" : SystemReason.OfRead(path, e, "cannot read the stopword file"));
        }

        return Parse(text, path);
    }

    /// <summary>Parses the text of a stopword file.</summary>
    /// <param name="text">The text.</param>
    /// <param name="source">The name used in errors and as <see cref="Name"/>.</param>
    /// <returns>The list.</returns>
    /// <exception cref="StopwordListException">A line is not one word.</exception>
    public static StopwordList Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var words = new List<string>();
        var tokens = new TokenizedText();
        using var reader = new StringReader(text);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var trimmed = line.Trim().TrimStart('\uFEFF');
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            if (trimmed.Contains('\0', StringComparison.Ordinal))
            {
                throw new StopwordListException(source, lineNumber, Corpus.RecordMessages.NulBytes("the line"));
            }

            Tokenizer.Instance.Tokenize(trimmed, tokens);
            if (tokens.TokenCount != 1 || tokens.Tokens[0].Length != trimmed.Length)
            {
                throw new StopwordListException(source, lineNumber, $"a stopword line holds one word, not '{Corpus.RecordMessages.NameOnOneLine(trimmed)}'");
            }

            words.Add(trimmed);
        }

        return new StopwordList(source, [.. words]);
    }

    /// <summary>The list's words as <paramref name="extractor"/> counts them in text of one language: normalized, with an
    /// article-bearing proclitic chain removed (see <see cref="TermExtractor.Term"/>).</summary>
    /// <param name="extractor">The term extractor.</param>
    /// <param name="profile">The language.</param>
    /// <returns>A new set of terms, compared ordinally.</returns>
    internal HashSet<string> ToTermSet(TermExtractor extractor, LanguageProfile profile)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(profile);
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in _words)
        {
            var term = extractor.Term(word, profile);
            if (term.Length > 0)
            {
                set.Add(term);
            }
        }

        return set;
    }
}
