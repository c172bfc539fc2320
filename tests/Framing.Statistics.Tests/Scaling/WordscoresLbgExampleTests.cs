using System.Globalization;
using Framing.Statistics.Scaling;

namespace Framing.Statistics.Tests.Scaling;

/// <summary>
/// The worked example of Laver, Benoit and Garry (2003), as quanteda.textmodels ships it (<c>data_dfm_lbgexample</c>) and
/// prints its results in the documentation of <c>textmodel_wordscores</c> and <c>predict.textmodel_wordscores</c>
/// (pkgdown reference pages of quanteda.textmodels 0.9.2.9000, docs/reference/textmodel_wordscores.html and
/// predict.textmodel_wordscores.html). Every printed value is matched to its printed precision: within half a unit of
/// its last printed digit (7 to 9 decimals, so always within 1e-6). The paper's own figure for V1, −0.45, is the raw
/// score rounded to two decimals (quanteda's data documentation: "a raw text score of approximately -0.45").
/// </summary>
/// <remarks>
/// The matrix: 37 features A … Z, ZA … ZK; six texts of 1,000 words that share one profile of 17 counts,
/// 2 3 10 22 45 78 115 146 158 146 115 78 45 22 10 3 2, shifted: R1 from A, R2 from F, R3 from K, R4 from P, R5 from U,
/// V1 from H. quanteda's documentation prints the first ten columns (R1: 2 3 10 22 45 78 115 146 158 146; R2 from F;
/// V1: 0 0 0 0 0 0 0 2 3 10) and the summary (every text: total 1000, min 0, max 158, mean 27.03, median 0); the shifted
/// profile is the only reading consistent with those, and it reproduces every printed value below.
/// </remarks>
public sealed class WordscoresLbgExampleTests
{
    private static readonly long[] Profile = [2, 3, 10, 22, 45, 78, 115, 146, 158, 146, 115, 78, 45, 22, 10, 3, 2];

    private static readonly string[] Features =
    [
        .. Enumerable.Range(0, 26).Select(i => ((char)('A' + i)).ToString()),
        .. Enumerable.Range(0, 11).Select(i => "Z" + (char)('A' + i)),
    ];

    private static readonly string[] Texts = ["R1", "R2", "R3", "R4", "R5", "V1"];

    private static readonly double[] Positions = [-1.5, -0.75, 0, 0.75, 1.5];

    private static Dictionary<string, long> Row(int start)
    {
        var row = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < Profile.Length; i++)
        {
            row[Features[start + i]] = Profile[i];
        }

        return row;
    }

    private static readonly Dictionary<string, long>[] Rows = [Row(0), Row(5), Row(10), Row(15), Row(20), Row(7)];

    // tmod <- textmodel_wordscores(data_dfm_lbgexample, y = c(seq(-1.5, 1.5, .75), NA))
    private static WordscoresModel Model() =>
        WordscoresModel.Fit([.. Enumerable.Range(0, 5).Select(i => new WordscoresReference(Texts[i], Positions[i], Rows[i]))], smooth: 0, features: Features);

    // predict(tmod, ...) without newdata: all six texts, references included (so the LBG mean and sd are over six).
    private static WordscoresPrediction PredictAll(WordscoresModel model) =>
        model.Predict(Enumerable.Range(0, 6).Select(i => model.Score(Texts[i], Rows[i])), 0.95);

    /// <summary>Asserts that <paramref name="actual"/> rounds to the printed value.</summary>
    private static void Printed(string printed, double actual)
    {
        var expected = double.Parse(printed, CultureInfo.InvariantCulture);
        var mantissa = printed.Split('e')[0];
        var decimals = mantissa.Contains('.') ? mantissa.Length - mantissa.IndexOf('.') - 1 : 0;
        var exponent = printed.Contains('e') ? int.Parse(printed.Split('e')[1], CultureInfo.InvariantCulture) : 0;
        var halfUnit = 0.5 * Math.Pow(10, exponent - decimals);
        Assert.True(Math.Abs(actual - expected) <= halfUnit * (1 + 1e-9), $"expected {printed} (±{halfUnit:G3}), got {actual:R}");
    }

    [Fact]
    public void WordScoresMatchCoef()
    {
        // coef(tmod): 37 scored features
        string[] printed =
        [
            "-1.5000000", "-1.5000000", "-1.5000000", "-1.5000000", "-1.5000000", "-1.4812500", "-1.4809322",
            "-1.4519231", "-1.4083333", "-1.3232984", "-1.1846154", "-1.0369898", "-0.8805970", "-0.7500000",
            "-0.6194030", "-0.4507576", "-0.2992424", "-0.1305970", "0.0000000", "0.1305970", "0.2992424",
            "0.4507576", "0.6194030", "0.7500000", "0.8805970", "1.0369898", "1.1846154", "1.3232984",
            "1.4083333", "1.4519231", "1.4809322", "1.4812500", "1.5000000", "1.5000000", "1.5000000",
            "1.5000000", "1.5000000",
        ];
        var model = Model();
        Assert.Equal(37, model.WordScores.Count);
        Assert.Equal(37, model.FeatureCount);
        for (var i = 0; i < Features.Length; i++)
        {
            Printed(printed[i], model.WordScores[Features[i]]);
        }
    }

    [Fact]
    public void RawScoresAndStandardErrorsMatchPredict()
    {
        // predict(tmod, se.fit = TRUE, interval = "confidence")
        var prediction = PredictAll(Model());
        string[] fit = ["-1.317931e+00", "-7.395598e-01", "0", "7.395598e-01", "1.317931e+00", "-4.480591e-01"];
        string[] se = ["0.006699613", "0.011433605", "0.012005250", "0.011433605", "0.006699613", "0.011897667"];
        string[] lwr = ["-1.33106234", "-0.76196925", "-0.02352986", "0.71715035", "1.30480034", "-0.47137808"];
        string[] upr = ["-1.30480034", "-0.71715035", "0.02352986", "0.76196925", "1.33106234", "-0.42474008"];
        for (var i = 0; i < 6; i++)
        {
            var raw = prediction.Texts[i].Raw;
            Printed(fit[i], raw.Score);
            Printed(se[i], raw.StandardError);
            Printed(lwr[i], raw.Lower);
            Printed(upr[i], raw.Upper);
        }

        // R3 prints as -8.673617e-18: zero up to rounding.
        Assert.True(Math.Abs(prediction.Texts[2].Raw.Score) < 1e-15);

        // The paper's figure for the virgin text.
        Assert.Equal(-0.45, Math.Round(prediction.Texts[5].Raw.Score, 2));
        Assert.Equal(1000, prediction.Texts[5].Text.Words);
        Assert.Equal(1000, prediction.Texts[5].Text.ScoredWords);
    }

    [Fact]
    public void LbgRescalingMatchesPredict()
    {
        // predict(tmod, se.fit = TRUE, interval = "confidence", rescaling = "lbg")
        var prediction = PredictAll(Model());
        string[] fit = ["-1.58967683", "-0.88488724", "0.01632248", "0.91753220", "1.62232179", "-0.52967149"];
        string[] lwr = ["-1.60567795", "-0.91219485", "-0.01235043", "0.89022458", "1.60632067", "-0.55808746"];
        string[] upr = ["-1.5736757", "-0.8575796", "0.0449954", "0.9448398", "1.6383229", "-0.5012555"];
        string[] quantedaSe = ["0.02448647", "0.03025520", "0.03095179", "0.03025520", "0.02448647", "0.03082069"];
        var lbg = prediction.Lbg!;
        for (var i = 0; i < 6; i++)
        {
            var estimate = prediction.Texts[i].Lbg!;
            Printed(fit[i], estimate.Score);
            Printed(lwr[i], estimate.Lower);
            Printed(upr[i], estimate.Upper);
            Printed(quantedaSe[i], lbg.QuantedaStandardError(prediction.Texts[i].Raw.StandardError));

            // The standard error of the LBG score is the half-width of quanteda's own LBG interval over z.
            Assert.Equal((estimate.Upper - estimate.Lower) / (2 * prediction.Z), estimate.StandardError, 12);
        }

        Assert.Equal(Math.Sqrt(5.625 / 4), lbg.PositionStandardDeviation, 14); // sd(c(-1.5, -0.75, 0, 0.75, 1.5))
    }

    [Fact]
    public void MartinVanbergRescalingMatchesPredict()
    {
        // predict(tmod, se.fit = TRUE, interval = "confidence", rescaling = "mv")
        var prediction = PredictAll(Model());
        string[] fit = ["-1.5000000", "-0.8417280", "0.0000000", "0.8417280", "1.5000000", "-0.5099572"];
        string[] lwr = ["-1.51494501", "-0.86723325", "-0.02678045", "0.81622274", "1.48505499", "-0.53649769"];
        string[] upr = ["-1.48505499", "-0.81622274", "0.02678045", "0.86723325", "1.51494501", "-0.48341678"];
        string[] se = ["0.007625147", "0.013013126", "0.013663743", "0.013013126", "0.007625147", "0.013541297"];
        for (var i = 0; i < 6; i++)
        {
            var estimate = prediction.Texts[i].MartinVanberg!;
            Printed(fit[i], estimate.Score);
            Printed(lwr[i], estimate.Lower);
            Printed(upr[i], estimate.Upper);
            Printed(se[i], estimate.StandardError);
        }

        Assert.Equal("R1", prediction.MartinVanberg!.Low.Name);
        Assert.Equal("R5", prediction.MartinVanberg.High.Name);
        Assert.Null(prediction.MartinVanbergUnavailable);
    }

    [Fact]
    public void VirginTextAloneHasTheSameRawAndMvScoresButNoLbgRescaling()
    {
        // predict(tmod, newdata = data_dfm_lbgexample[6, ]): one text, so sd(raw) is 0 and LBG is undefined
        // (quanteda divides by zero); the raw and MV values do not depend on the other texts.
        var model = Model();
        var alone = model.Predict([model.Score("V1", Rows[5])]);
        Printed("-4.480591e-01", alone.Texts[0].Raw.Score);
        Printed("-0.5099572", alone.Texts[0].MartinVanberg!.Score);
        Assert.Null(alone.Lbg);
        Assert.Null(alone.Texts[0].Lbg);
    }

    [Fact]
    public void ReferenceTextsKeepTheirOwnRawScores()
    {
        var model = Model();
        Assert.Equal(["R1", "R2", "R3", "R4", "R5"], model.References.Select(r => r.Name));
        Printed("-1.317931e+00", model.References[0].Score.Score);
        Printed("1.317931e+00", model.References[4].Score.Score);
        Assert.Equal(Positions, model.References.Select(r => r.Position));
    }
}
