using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Tests.Scoring;

public sealed class VoiceSelectionTests
{
    [Fact]
    public void ACombinationOfVoicesCountsTheSumOfItsVoices()
    {
        var lexicon = Lexicon.Load("starter");
        var result = lexicon.Compile().CreateScorer().Score("d", "The regime shelled the rebels. The minister said the terrorists fled. \"The regime lies,\" they said.", null);
        var counts = result.Counts;
        var editorialAndAttributed = VoiceSelection.Editorial | VoiceSelection.Attributed;
        var any = false;
        for (var d = 0; d < lexicon.Dimensions.Count; d++)
        {
            foreach (var side in new[] { PoleSide.A, PoleSide.B })
            {
                var expected = counts.Count(d, side, VoiceSelection.Editorial) + counts.Count(d, side, VoiceSelection.Attributed);
                Assert.Equal(expected, counts.Count(d, side, editorialAndAttributed));
                Assert.Equal(
                    counts.Count(d, side, VoiceSelection.Editorial) + counts.Count(d, side, VoiceSelection.Quoted) + counts.Count(d, side, VoiceSelection.Attributed),
                    counts.Count(d, side, VoiceSelection.All));
                any |= expected > 0;
            }
        }

        Assert.True(any, "the text has no editorial or attributed match");
    }

    [Fact]
    public void NamesStayAsOnTheCommandLineAndCombinationsJoinWithPlus()
    {
        Assert.Equal("all", VoiceSelection.All.Name());
        Assert.Equal("editorial", VoiceSelection.Editorial.Name());
        Assert.Equal("quoted", VoiceSelection.Quoted.Name());
        Assert.Equal("attributed", VoiceSelection.Attributed.Name());
        Assert.Equal("editorial+attributed", (VoiceSelection.Editorial | VoiceSelection.Attributed).Name());
        Assert.True((VoiceSelection.Editorial | VoiceSelection.Attributed).Includes(Voice.Attributed));
        Assert.False((VoiceSelection.Editorial | VoiceSelection.Attributed).Includes(Voice.Quoted));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((VoiceSelection)0).Name());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((VoiceSelection)8).Includes(Voice.Editorial));
    }
}
