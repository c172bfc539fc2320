using Framing.Lexicons;
using Framing.Scoring;
using static Framing.Tests.Lexicons.TestLexicon;

namespace Framing.Tests.Scoring;

/// <summary>
/// The <c>exclude:</c> list of a language's speech cues: phrases in which a cue word is used in another sense ("claimed
/// the lives", "told to") and attributes nothing (invented sentences).
/// </summary>
public sealed class CueExclusionTests
{
    private const string Speech = "speech:\n  en: { cues: [said, claimed, told, \"according to\"], exclude: [\"claimed the lives\", \"claimed the life\", \"told to\"] }\n";

    private static readonly string[] Entries = [Entry("en", "rebels", "opposition", "rebel"), Entry("en", "terrorists", "opposition", "terror")];

    private static Voice VoiceOf(string text, string surface, string speech = Speech) =>
        Assert.Single(Scorer(Parse(YamlWith("[ar, en]", speech, Entries))).Score("d", text).Matches, m => m.Surface == surface).Voice;

    [Theory]
    [InlineData("The blast claimed the lives of ten people as terrorists attacked the market.", "terrorists")]
    [InlineData("The shelling claimed the life of a child while rebels fled.", "rebels")]
    [InlineData("Residents were told to leave as rebels advanced.", "rebels")]
    [InlineData("The blast Claimed The Lives of ten people as terrorists attacked.", "terrorists")]
    public void ACueInAnExcludedPhraseAttributesNothing(string text, string surface)
    {
        Assert.Equal(Voice.Editorial, VoiceOf(text, surface));

        // Without the exclusions, the cue made the rest of the sentence reported speech.
        Assert.Equal(Voice.Attributed, VoiceOf(text, surface, "speech:\n  en: { cues: [said, claimed, told] }\n"));
    }

    [Theory]
    [InlineData("The army claimed terrorists attacked the market.", "terrorists")]
    [InlineData("An officer told reporters rebels had fled.", "rebels")]
    [InlineData("The army claimed the rebels had fled.", "rebels")]
    [InlineData("Rebels shelled the town, the army claimed.", "Rebels")]
    [InlineData("The army claimed: the lives of rebels were spared.", "rebels")] // an exclusion never spans a colon
    public void TheSameCueInItsSpeechSenseStillAttributes(string text, string surface) =>
        Assert.Equal(Voice.Attributed, VoiceOf(text, surface));

    [Fact]
    public void ExclusionsLoadAndRoundTrip()
    {
        var lexicon = Parse(YamlWith("[ar, en]", Speech, Entries));
        Assert.Equal(["claimed the lives", "claimed the life", "told to"], Assert.Single(lexicon.Speech).Exclusions);
        Assert.NotEqual(
            LexiconFingerprint.Compute(Parse(YamlWith("[ar, en]", "speech:\n  en: { cues: [said, claimed, told, \"according to\"] }\n", Entries))),
            LexiconFingerprint.Compute(lexicon));
    }

    [Fact]
    public void AnExclusionMustHoldACueAndMore()
    {
        var speech = "speech:\n  en: { cues: [said, claimed], exclude: [\"claimed the lives\", \"took the lives\", claimed, \"claimed the lives\"] }\n";
        var messages = Errors(YamlWith("[ar, en]", speech, Entries)).Select(e => e.Message).ToList();
        Assert.Equal(
            [
                "exclusion \"took the lives\" of the speech cues (en) contains none of the cues: it would exclude nothing",
                "exclusion \"claimed\" of the speech cues (en) is a cue itself: it would exclude every use of it (remove the cue instead)",
                "duplicate exclusion \"claimed the lives\" in 'exclude' of 'en' in 'speech'",
            ],
            messages);
    }
}
