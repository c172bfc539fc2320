using Framing.Statistics.Agreement;

namespace Framing.Statistics.Tests;

public sealed class PrecisionRecallTests
{
    // Base R: pr <- function(tp, fp, fn, beta = 1) c(precision = tp/(tp+fp), recall = tp/(tp+fn),
    //   f = (1+beta^2)*tp/((1+beta^2)*tp + beta^2*fn + fp)); sprintf("%.15g", ...)
    private static readonly ToleranceComparer Tol = new(1e-12);

    [Fact]
    public void CountsMatchR()
    {
        // R: pr(42, 8, 14) -> precision 0.84, recall 0.75, f 0.792452830188679
        var pr = new PrecisionRecall(42, 8, 14);
        Assert.Equal(0.84, pr.Precision, Tol);
        Assert.Equal(0.75, pr.Recall, Tol);
        Assert.Equal(0.792452830188679, pr.F1, Tol);
        // F1 is the harmonic mean: R: 2*0.84*0.75/(0.84+0.75) -> 0.792452830188679
        Assert.Equal(2 * pr.Precision * pr.Recall / (pr.Precision + pr.Recall), pr.F1, Tol);
    }

    [Fact]
    public void FBetaMatchesR()
    {
        // R: pr(42, 8, 14, beta = 2)["f"] -> 0.766423357664234; pr(42, 8, 14, beta = 0.5)["f"] -> 0.8203125
        var pr = new PrecisionRecall(42, 8, 14);
        Assert.Equal(0.766423357664234, pr.FScore(2), Tol);
        Assert.Equal(0.8203125, pr.FScore(0.5), Tol);
        Assert.Throws<ArgumentOutOfRangeException>(() => pr.FScore(0));
    }

    [Fact]
    public void FromPredictionsCountsPairs()
    {
        bool[] predicted = [true, true, false, true, false, false, true];
        bool[] actual = [true, false, true, true, false, true, true];
        var pr = PrecisionRecall.FromPredictions(predicted, actual);
        Assert.Equal(new PrecisionRecall(3, 1, 2), pr);
        // R: pr(3, 1, 2) -> precision 0.75, recall 0.6, f 0.666666666666667
        Assert.Equal(0.75, pr.Precision, Tol);
        Assert.Equal(0.6, pr.Recall, Tol);
        Assert.Equal(0.666666666666667, pr.F1, Tol);
    }

    [Fact]
    public void ZeroOverZeroIsNaN()
    {
        // Nothing predicted positive, two actual positives: precision 0/0, recall 0, F1 0.
        var noPredictions = new PrecisionRecall(0, 0, 2);
        Assert.True(double.IsNaN(noPredictions.Precision));
        Assert.Equal(0, noPredictions.Recall);
        Assert.Equal(0, noPredictions.F1);

        // No actual positives, one false alarm: recall 0/0, precision 0, F1 0.
        var noPositives = new PrecisionRecall(0, 1, 0);
        Assert.True(double.IsNaN(noPositives.Recall));
        Assert.Equal(0, noPositives.Precision);
        Assert.Equal(0, noPositives.F1);

        // No positives anywhere: everything undefined.
        var nothing = PrecisionRecall.FromPredictions([false, false], [false, false]);
        Assert.True(double.IsNaN(nothing.Precision));
        Assert.True(double.IsNaN(nothing.Recall));
        Assert.True(double.IsNaN(nothing.F1));
    }

    [Fact]
    public void RejectsInvalidInput()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PrecisionRecall(-1, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PrecisionRecall(0, -1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PrecisionRecall(0, 0, -1));
        Assert.Throws<ArgumentException>(() => PrecisionRecall.FromPredictions([true], [true, false]));
    }
}
