using System.Text;
using Framing.Corpus;
using Framing.Lexicons;

namespace Framing.Tests.Scoring;

/// <summary>
/// A reproducible corpus of Arabic and English documents built from the starter lexicon's own patterns (with
/// prefix endings, Arabic clitics, quotations and exclusion contexts) mixed with filler words, in several outlets.
/// </summary>
internal static class GeneratedCorpus
{
    public const string GroupField = "outlet";

    private static readonly string[] Outlets = ["alpha", "beta", "gamma", "delta"];
    private static readonly string[] EnglishFiller = ["the", "said", "in", "on", "town", "Monday", "officials", "near", "Aleppo", "after", "clashes", "a", "statement", "reported", "regime", "change", "sanctions", "Turkish", "Dr."];
    private static readonly string[] ArabicFiller = ["قال", "في", "مدينة", "يوم", "الاثنين", "مصدر", "بعد", "اشتباكات", "حلب", "قرب", "نظام", "وقف", "إطلاق", "النار", "قتلى", "التركي", "عرقي"];
    private static readonly string[] EnglishEndings = ["", "", "s", "ed", "ing", "ion"];
    private static readonly string[] ArabicEndings = ["", "", "ت", "وا", "ين"];
    private static readonly string[] ArabicProclitics = ["", "", "", "و", "ال", "وال", "بال", "لل", "ف", "ب"];
    private static readonly string[] ArabicEnclitics = ["", "", "", "", "هم", "ها"];

    /// <summary>The generated items in corpus order: documents, with a rejected record every 40 items.</summary>
    public static List<CorpusItem> Items(Lexicon lexicon, int seed, int documents)
    {
        var random = new Random(seed);
        var english = lexicon.Entries.Where(e => e.Language == "en").ToArray();
        var arabic = lexicon.Entries.Where(e => e.Language == "ar").ToArray();
        var items = new List<CorpusItem>();
        for (var i = 0; i < documents; i++)
        {
            if (i % 40 == 17)
            {
                items.Add(CorpusItem.Rejected(new Diagnostic(new DocumentSource("generated.jsonl", items.Count + 1), "invalid JSON")));
            }

            var mode = random.Next(10); // 0-4 English, 5-8 Arabic, 9 mixed
            var text = new StringBuilder();
            var sentences = random.Next(1, 6);
            for (var s = 0; s < sentences; s++)
            {
                var arabicSentence = mode >= 5 && (mode < 9 || random.Next(2) == 0);
                AppendSentence(text, random, arabicSentence ? arabic : english, arabicSentence);
            }

            var outlet = Outlets[random.Next(Outlets.Length)];
            var fields = new Dictionary<string, string>(StringComparer.Ordinal) { [GroupField] = outlet };
            items.Add(CorpusItem.Accepted(new Document($"doc-{i:D3}", fields, text.ToString(), new DocumentSource("generated.jsonl", items.Count + 1))));
        }

        return items;
    }

    public static IEnumerable<Document> Documents(IEnumerable<CorpusItem> items) =>
        items.Where(i => !i.IsRejected).Select(i => i.Document!);

    private static void AppendSentence(StringBuilder text, Random random, LexiconEntry[] entries, bool arabic)
    {
        var filler = arabic ? ArabicFiller : EnglishFiller;
        var words = random.Next(3, 12);
        var quoteOpen = false;
        for (var w = 0; w < words; w++)
        {
            if (w > 0)
            {
                text.Append(random.Next(8) == 0 ? (arabic ? "، " : ", ") : " ");
            }

            if (!quoteOpen && random.Next(7) == 0)
            {
                text.Append(arabic || random.Next(2) == 0 ? '«' : '\u201C');
                quoteOpen = true;
            }

            if (random.Next(3) == 0)
            {
                AppendPhrase(text, random, entries[random.Next(entries.Length)], arabic);
            }
            else
            {
                text.Append(filler[random.Next(filler.Length)]);
            }

            if (quoteOpen && random.Next(3) == 0)
            {
                text.Append(text.ToString().LastIndexOf('«') > text.ToString().LastIndexOf('\u201C') ? '»' : '\u201D');
                quoteOpen = false;
            }
        }

        if (quoteOpen)
        {
            text.Append(text.ToString().LastIndexOf('«') > text.ToString().LastIndexOf('\u201C') ? '»' : '\u201D');
        }

        text.Append(random.Next(4) switch
        {
            0 => arabic ? "؟ " : "? ",
            1 => "\n",
            _ => ". ",
        });
    }

    private static void AppendPhrase(StringBuilder text, Random random, LexiconEntry entry, bool arabic)
    {
        // Sometimes write one of the entry's exclusion contexts instead of the pattern itself.
        var phrase = entry.Exclusions.Count > 0 && random.Next(4) == 0
            ? entry.Exclusions[random.Next(entry.Exclusions.Count)]
            : entry.Pattern;
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 0; k < words.Length; k++)
        {
            if (k > 0)
            {
                text.Append(' ');
            }

            var word = words[k];
            var isPrefix = word.EndsWith('*');
            if (isPrefix)
            {
                word = word[..^1];
            }

            if (arabic)
            {
                var proclitic = ArabicProclitics[random.Next(ArabicProclitics.Length)];
                if (word.StartsWith("ال", StringComparison.Ordinal) && proclitic.Contains('ا', StringComparison.Ordinal))
                {
                    proclitic = string.Empty;
                }

                text.Append(proclitic);
                if (word.Length > 3 && random.Next(6) == 0)
                {
                    // A tatweel or a diacritic inside the word: removed by normalization.
                    word = word[..2] + (random.Next(2) == 0 ? "\u0640" : "\u064E") + word[2..];
                }
            }
            else if (random.Next(5) == 0)
            {
                word = word.ToUpperInvariant();
            }

            text.Append(word);
            if (isPrefix)
            {
                var endings = arabic ? ArabicEndings : EnglishEndings;
                text.Append(endings[random.Next(endings.Length)]);
            }
            else if (arabic)
            {
                text.Append(ArabicEnclitics[random.Next(ArabicEnclitics.Length)]);
            }
        }
    }
}
