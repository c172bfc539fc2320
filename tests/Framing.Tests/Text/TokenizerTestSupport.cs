using Framing.Text;

namespace Framing.Tests.Text;

/// <summary>Helpers shared by the tokenizer, sentence and quotation tests.</summary>
internal static class TokenizerTestSupport
{
    public static TokenizedText Tokenize(string text)
    {
        var output = new TokenizedText();
        Tokenizer.Instance.Tokenize(text, output);
        return output;
    }

    /// <summary>The surface of every token, cut from the original text by its offset and length.</summary>
    public static string[] Surfaces(string text) => Surfaces(text, Tokenize(text));

    public static string[] Surfaces(string text, TokenizedText tokenized)
    {
        var result = new string[tokenized.TokenCount];
        for (var i = 0; i < result.Length; i++)
        {
            var token = tokenized.Tokens[i];
            result[i] = text.Substring(token.Start, token.Length);
        }

        return result;
    }

    /// <summary>Each sentence as its tokens' surfaces joined by a space.</summary>
    public static string[] SentenceTexts(string text)
    {
        var tokenized = Tokenize(text);
        var surfaces = Surfaces(text, tokenized);
        var result = new string[tokenized.SentenceCount];
        for (var s = 0; s < result.Length; s++)
        {
            var sentence = tokenized.Sentences[s];
            result[s] = string.Join(' ', surfaces, sentence.FirstToken, sentence.TokenCount);
        }

        return result;
    }

    /// <summary>(surface, quote depth) for every token.</summary>
    public static (string Surface, int Depth)[] Depths(string text)
    {
        var tokenized = Tokenize(text);
        var result = new (string, int)[tokenized.TokenCount];
        for (var i = 0; i < result.Length; i++)
        {
            var token = tokenized.Tokens[i];
            result[i] = (text.Substring(token.Start, token.Length), token.QuoteDepth);
        }

        return result;
    }

    public static QuotedSpan[] Quotes(string text) => Tokenize(text).Quotes.ToArray();
}
