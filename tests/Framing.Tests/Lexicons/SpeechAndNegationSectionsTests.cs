using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;

namespace Framing.Tests.Lexicons;

/// <summary>
/// The speech and negation sections of the immigration and russia-ukraine lexicons (since version 1.1.0), with invented
/// sentences in English and Arabic: reported speech is attributed, quotations quoted, the outlet's own words
/// editorial, and a label right after a negation word is counted apart.
/// </summary>
public sealed class SpeechAndNegationSectionsTests
{
    private static readonly Dictionary<string, Lazy<CompiledLexicon>> Compiled = new(StringComparer.Ordinal)
    {
        ["immigration"] = new(() => Lexicon.Load("immigration").Compile()),
        ["russia-ukraine"] = new(() => Lexicon.Load("russia-ukraine").Compile()),
    };

    public static TheoryData<string, string, string, string, Voice> Voices => new()
    {
        { "immigration", "The senator said illegal aliens crossed the river.", "migrant-legality", "illegal aliens", Voice.Attributed },
        { "immigration", "Illegal aliens crossed the river, the sheriff claimed.", "migrant-legality", "Illegal aliens", Voice.Attributed },
        { "immigration", "Illegal aliens crossed the river at night.", "migrant-legality", "Illegal aliens", Voice.Editorial },
        { "immigration", "\"Illegal aliens crossed the river,\" a deputy wrote.", "migrant-legality", "Illegal aliens", Voice.Quoted },
        { "immigration", "وقال المسؤول إن مهاجرين غير شرعيين عبروا الحدود.", "migrant-legality", "مهاجرين غير شرعيين", Voice.Attributed },
        { "immigration", "عبر مهاجرين غير شرعيين الحدود ليلا.", "migrant-legality", "مهاجرين غير شرعيين", Voice.Editorial },
        { "russia-ukraine", "The Kremlin said the special military operation was going to plan.", "war-naming", "special military operation", Voice.Attributed },
        { "russia-ukraine", "According to the ministry, the invasion stalled near the river.", "war-naming", "invasion", Voice.Attributed },
        { "russia-ukraine", "The invasion stalled near the river.", "war-naming", "invasion", Voice.Editorial },
        { "russia-ukraine", "وقال المتحدث إن نظام كييف رفض التفاوض.", "ukrainian-government", "نظام كييف", Voice.Attributed },
        { "russia-ukraine", "رفض نظام كييف التفاوض، بحسب الوكالة.", "ukrainian-government", "نظام كييف", Voice.Attributed },
        { "russia-ukraine", "رفض نظام كييف التفاوض مجددا.", "ukrainian-government", "نظام كييف", Voice.Editorial },
    };

    [Theory]
    [MemberData(nameof(Voices))]
    public void SpeechCuesMakeReportedSpeechAttributed(string lexicon, string sentence, string dimension, string surface, Voice voice) =>
        Assert.Equal(voice, Match(lexicon, sentence, dimension, surface).Voice);

    public static TheoryData<string, string, string, string, MatchStatus> Negations => new()
    {
        { "immigration", "They are not illegal aliens, the lawyer said.", "migrant-legality", "illegal aliens", MatchStatus.Negated },
        { "immigration", "These families are no longer refugees.", "migrant-identity", "refugees", MatchStatus.Negated },
        { "immigration", "These families are refugees.", "migrant-identity", "refugees", MatchStatus.Counted },
        { "immigration", "إنهم ليسوا لاجئين.", "migrant-identity", "لاجئين", MatchStatus.Negated },
        { "immigration", "They can't be illegal aliens, the lawyer said.", "migrant-legality", "illegal aliens", MatchStatus.Negated }, // 1.1.2
        { "immigration", "They cannot be refugees, the minister claimed.", "migrant-identity", "refugees", MatchStatus.Negated },
        { "immigration", "They can\u00B4t be refugees, the minister claimed.", "migrant-identity", "refugees", MatchStatus.Negated }, // typed for ’
        { "immigration", "فليسوا لاجئين.", "migrant-identity", "لاجئين", MatchStatus.Negated },
        { "russia-ukraine", "فلا غزو ولا احتلال.", "war-naming", "غزو", MatchStatus.Negated },
        { "russia-ukraine", "It was never a special military operation.", "war-naming", "special military operation", MatchStatus.Negated },
        { "russia-ukraine", "This is not an invasion, the envoy insisted.", "war-naming", "invasion", MatchStatus.Negated },
        { "russia-ukraine", "ليس نظام كييف من رفض التفاوض.", "ukrainian-government", "نظام كييف", MatchStatus.Negated },
        { "russia-ukraine", "لم يكن غزو المدينة سهلا.", "war-naming", "غزو", MatchStatus.Counted }, // two tokens away: the Arabic window is 1
        { "russia-ukraine", "كان غزو المدينة صعبا.", "war-naming", "غزو", MatchStatus.Counted },
    };

    [Theory]
    [MemberData(nameof(Negations))]
    public void NegationRightBeforeALabelCancelsIt(string lexicon, string sentence, string dimension, string surface, MatchStatus status) =>
        Assert.Equal(status, Match(lexicon, sentence, dimension, surface).Status);

    [Theory]
    [InlineData("immigration", "1.1.2")]
    [InlineData("russia-ukraine", "1.1.3")]
    public void BothLanguagesHaveSpeechCuesAndNegationWords(string id, string version)
    {
        var lexicon = Lexicon.Load(id);
        Assert.Equal(version, lexicon.Metadata.Version);
        Assert.Equal(["ar", "en"], lexicon.Negation.Select(n => n.Language).Order(StringComparer.Ordinal));
        Assert.Equal(1, lexicon.Negation.Single(n => n.Language == "ar").Window);
        Assert.Equal(2, lexicon.Negation.Single(n => n.Language == "en").Window);
    }

    private static FramingMatch Match(string lexicon, string sentence, string dimension, string surface)
    {
        var result = Compiled[lexicon].Value.CreateScorer(new ScoringOptions { CollectMatches = true }).Score("t", sentence);
        var all = result.Matches.Concat(result.UncountedMatches).ToList();
        return Assert.Single(all, m => m.Dimension.Id == dimension && m.Surface == surface);
    }
}
