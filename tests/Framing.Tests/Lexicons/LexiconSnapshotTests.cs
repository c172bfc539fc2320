using Framing.Lexicons;
using Framing.Tests.Scoring;

namespace Framing.Tests.Lexicons;

public sealed class LexiconSnapshotTests
{
    public static TheoryData<string> BuiltIn() => [.. Lexicon.BuiltInIds];

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void ABuiltInLexiconReadsBackEqualInEveryProperty(string id)
    {
        var parsed = Lexicon.Load(id);
        var read = RoundTrip(parsed);

        var compared = LexiconDeepEquality.AssertSame(parsed, read);
        Assert.True(compared > 100, $"only {compared} values compared");
        Assert.Equal(parsed.Fingerprint, read.Fingerprint);
    }

    [Fact]
    public void ContextRulesAndTargetsReadBackEqual()
    {
        // Actors with scare rules, speech cues with openers, negation, target links, scare markers, target rules.
        var parsed = ContextLexicon.Parsed;
        var read = RoundTrip(parsed);

        LexiconDeepEquality.AssertSame(parsed, read);
        Assert.NotEmpty(read.Actors);
        Assert.NotEmpty(read.Speech);
    }

    [Theory]
    [InlineData("en", "The regime's forces shelled rebel-held districts of Aleppo, while state media said the army had liberated the town from terrorists and \"militants\".")]
    [InlineData("ar", "قالت وكالة الأنباء إن الجيش العربي السوري حرر البلدة من الإرهابيين، فيما قالت المعارضة إن قوات النظام قصفت الأحياء.")]
    public void AReadLexiconScoresLikeTheParsedOne(string language, string text)
    {
        // Invented sentences that reach entries, exclusions, actors, speech cues and quotation marks.
        var options = new Framing.Scoring.ScoringOptions { CollectMatches = true };
        var parsed = Lexicon.Load("syria-conflict");
        var expected = parsed.Compile().CreateScorer(options).Score("d", text, language);
        var actual = RoundTrip(parsed).Compile().CreateScorer(options).Score("d", text, language);

        Assert.True(expected.Matches.Count >= 4, $"only {expected.Matches.Count} matches");
        Assert.Equal(Summary(expected), Summary(actual));
    }

    private static List<string> Summary(Framing.Scoring.DocumentResult result) =>
        [.. result.Matches.Concat(result.UncountedMatches).Select(m => $"{m.Start}+{m.Length} {m.Dimension.Id} {m.Entry.Side} {m.Entry.WeightMilli} {m.Voice} {m.Status} {m.Target?.Id} {m.Entry.Location}")];

    [Fact]
    public void ATruncatedImageIsAnErrorNotALexicon()
    {
        using var stream = new MemoryStream();
        LexiconSnapshot.Write(Lexicon.Load("starter"), stream);
        var bytes = stream.ToArray();

        using var truncated = new MemoryStream(bytes[..(bytes.Length / 2)]);
        Assert.Throws<EndOfStreamException>(() => LexiconSnapshot.Read(truncated));
    }

    private static Lexicon RoundTrip(Lexicon lexicon)
    {
        using var stream = new MemoryStream();
        LexiconSnapshot.Write(lexicon, stream);
        stream.Position = 0;
        var read = LexiconSnapshot.Read(stream);
        Assert.Equal(stream.Length, stream.Position);
        return read;
    }
}
