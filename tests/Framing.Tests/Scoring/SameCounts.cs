using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Tests.Scoring;

/// <summary>Compares one dimension's counts in two results, every pole and voice, counted, negated and off target.</summary>
internal static class SameCounts
{
    /// <summary>Asserts that dimension <paramref name="expectedDimension"/> of <paramref name="expected"/> counts as dimension <paramref name="actualDimension"/> of <paramref name="actual"/>.</summary>
    public static void Assert(FramingCounts expected, int expectedDimension, FramingCounts actual, int actualDimension, string text)
    {
        foreach (var side in new[] { PoleSide.A, PoleSide.B, PoleSide.Neutral })
        {
            foreach (var voice in new[] { VoiceSelection.Editorial, VoiceSelection.Quoted, VoiceSelection.Attributed })
            {
                var what = $"dimension {actualDimension}, {side}, {voice}: {text}";
                Xunit.Assert.True(expected.Count(expectedDimension, side, voice) == actual.Count(actualDimension, side, voice), "count, " + what);
                Xunit.Assert.True(expected.WeightMilli(expectedDimension, side, voice) == actual.WeightMilli(actualDimension, side, voice), "weight, " + what);
                Xunit.Assert.True(expected.NegatedCount(expectedDimension, side, voice) == actual.NegatedCount(actualDimension, side, voice), "negated, " + what);
                Xunit.Assert.True(expected.OffTargetCount(expectedDimension, side, voice) == actual.OffTargetCount(actualDimension, side, voice), "off target, " + what);
            }
        }
    }
}
