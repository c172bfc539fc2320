namespace Framing.Statistics.Tests;

public sealed class ConfidenceIntervalTests
{
    [Fact]
    public void AnIntervalHasLimitsAndNoReason()
    {
        var interval = ConfidenceInterval.Of(-0.5, 0.25);
        Assert.True(interval.HasInterval);
        Assert.Equal(IntervalAbsence.None, interval.Absence);
        Assert.Equal(string.Empty, interval.Note);
        Assert.Equal((-0.5, 0.25), (interval.Lower!.Value, interval.Upper!.Value));
    }

    [Fact]
    public void AnAbsentIntervalSaysWhyInATypeAndInWords()
    {
        var absent = ConfidenceInterval.Absent(IntervalAbsence.NoMatches, "no matches");
        Assert.False(absent.HasInterval);
        Assert.Null(absent.Lower);
        Assert.Equal(IntervalAbsence.NoMatches, absent.Absence);
        Assert.NotEqual(absent, ConfidenceInterval.Absent(IntervalAbsence.NoBootstrap, "no matches"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceInterval.Absent(IntervalAbsence.None, "no reason"));
    }
}
