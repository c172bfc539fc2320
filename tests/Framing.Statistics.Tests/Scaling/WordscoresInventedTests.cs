using Framing.Statistics.Scaling;

namespace Framing.Statistics.Tests.Scaling;

/// <summary>
/// Wordscores on an invented matrix against values computed independently in R by wordscores-reference.R (beside this
/// file: a base-R transcription of quanteda.textmodels' textmodel_wordscores and predict.textmodel_wordscores, run once
/// with R 4.2.2; its printed output, 15 significant digits, is copied below). Matched to 1e-10.
/// </summary>
public sealed class WordscoresInventedTests
{
    private const double Tolerance = 1e-10;

    private static readonly string[] Features = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "theta", "kappa"];

    private static readonly string[] Names = ["R1", "R2", "R3", "V1", "V2", "V3"];

    private static readonly long[][] Matrix =
    [
        [9, 4, 1, 0, 2, 0, 3, 0],
        [3, 5, 4, 2, 1, 1, 0, 0],
        [0, 1, 3, 7, 0, 6, 1, 0],
        [4, 3, 2, 1, 1, 0, 0, 2],
        [1, 0, 2, 5, 0, 3, 1, 0],
        [0, 0, 0, 2, 0, 0, 0, 5],
    ];

    private static readonly double[] Positions = [-1, 0.5, 2];

    // Zero counts are left out of a row, as a sparse matrix leaves them out.
    private static Dictionary<string, long> Row(int i) =>
        Features.Select((f, j) => (f, Matrix[i][j])).Where(p => p.Item2 > 0).ToDictionary(p => p.f, p => p.Item2, StringComparer.Ordinal);

    // ws <- wordscores(x, y, smooth): the matrix's features are those of all six texts.
    private static WordscoresModel Fit(double smooth) =>
        WordscoresModel.Fit([.. Enumerable.Range(0, 3).Select(i => new WordscoresReference(Names[i], Positions[i], Row(i)))], smooth, Features);

    private static WordscoresPrediction Predict(WordscoresModel model, int from, double level) =>
        model.Predict(Enumerable.Range(from, 6 - from).Select(i => model.Score(Names[i], Row(i))), level);

    private static void Near(double[] expected, IEnumerable<double> actual)
    {
        var values = actual.ToArray();
        Assert.Equal(expected.Length, values.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - values[i]) <= Tolerance, $"[{i}] expected {expected[i]:R}, got {values[i]:R}");
        }
    }

    [Fact]
    public void UnsmoothedWordScoresLeaveOutTheFeatureNoReferenceUses()
    {
        var model = Fit(0);
        Assert.Equal(8, model.FeatureCount);
        Assert.False(model.WordScores.ContainsKey("kappa"));
        Near(
            [-0.574626865671642, 0.0982312065698041, 0.864485981308411, 1.63513513513514, -0.441176470588235, 1.76315789473684, -0.219178082191781],
            Features[..7].Select(f => model.WordScores[f]));
    }

    [Fact]
    public void UnsmoothedPredictionOfAllTextsMatchesR()
    {
        // predict(ws, se.fit = TRUE, interval = "confidence", level = 0.90, rescaling = "lbg" / "mv"), all six texts
        var p = Predict(Fit(0), 0, 0.90);
        Near([-0.287058851116261, 0.426091940967914, 1.36096691014835, 0.0835560712896879, 1.2000263645533, 1.63513513513514], p.Texts.Select(t => t.Raw.Score));
        Near([0.0868889085979622, 0.195396289899349, 0.139748038587655, 0.215818834214521, 0.224948445001415, 0], p.Texts.Select(t => t.Raw.StandardError));
        Near([-0.429978387565474, 0.104693644834108, 1.13110184201809, -0.271434320932506, 0.83001909891563, 1.63513513513514], p.Texts.Select(t => t.Raw.Lower));
        Near([-0.144139314667048, 0.747490237101719, 1.59083197827861, 0.438546463511882, 1.57003363019097, 1.63513513513514], p.Texts.Select(t => t.Raw.Upper));
        Near([-1.25130132424281, 0.133703272720549, 1.94931666651182, -0.531532970995477, 1.63675528684133, 2.48177664014271], p.Texts.Select(t => t.Lbg!.Score));
        Near([-0.52506029362608, -0.314328953809888, -0.422402989112329, -0.274666489612746, -0.256935943634693, -0.693806566040096], p.Texts.Select(t => p.Lbg!.QuantedaStandardError(t.Raw.StandardError)));
        Near([-1.52886424245755, -0.490481854103192, 1.50289750863458, -1.22095704590772, 0.918167059069259, 2.48177664014271], p.Texts.Select(t => t.Lbg!.Lower));
        Near([-0.973738406028078, 0.757888399544291, 2.39573582438906, 0.157891103916765, 2.35534351461341, 2.48177664014271], p.Texts.Select(t => t.Lbg!.Upper));
        Near([-1, 0.29819110024762, 2, -0.325347459153384, 1.70703028548859, 2.49908484096099], p.Texts.Select(t => t.MartinVanberg!.Score));
        Near([0.158169084440685, 0.355691569559105, 0.254391724702931, 0.39286795016283, 0.409487127486649, 0], p.Texts.Select(t => t.MartinVanberg!.StandardError));
        Near([-1.26016499221385, -0.286869468017735, 1.58156284895595, -0.971557731891704, 1.03348389865223, 2.49908484096099], p.Texts.Select(t => t.MartinVanberg!.Lower));
        Near([-0.739835007786145, 0.883251668512975, 2.41843715104406, 0.320862813584937, 2.38057667232494, 2.49908484096099], p.Texts.Select(t => t.MartinVanberg!.Upper));

        // V1 has 13 words, 11 of them scored (kappa has no score); V3 has 7 words, 2 scored, all of one feature.
        Assert.Equal((13L, 11L), (p.Texts[3].Text.Words, p.Texts[3].Text.ScoredWords));
        Assert.Equal((7L, 2L), (p.Texts[5].Text.Words, p.Texts[5].Text.ScoredWords));
    }

    [Fact]
    public void UnsmoothedPredictionOfTheVirginTextsAloneMatchesR()
    {
        // predict(ws, newdata = x[4:6, ], level = 0.95, rescaling = "lbg"): the LBG mean and sd are over V1-V3 only.
        var p = Predict(Fit(0), 3, 0.95);
        Near([0.0835560712896879, 1.2000263645533, 1.63513513513514], p.Texts.Select(t => t.Raw.Score));
        Near([-0.339441070956195, 0.759135513972239, 1.63513513513514], p.Texts.Select(t => t.Raw.Lower));
        Near([0.50655321353557, 1.64091721513436, 1.63513513513514], p.Texts.Select(t => t.Raw.Upper));
        Near([-0.693925600597572, 1.39857819958692, 2.21406497198877], p.Texts.Select(t => t.Lbg!.Score));
        Near([-0.446036932432383, -0.42892609179377, -0.850527525214008], p.Texts.Select(t => p.Lbg!.QuantedaStandardError(t.Raw.StandardError)));
        Near([-1.48671259453481, 0.572254574252794, 2.21406497198877], p.Texts.Select(t => t.Lbg!.Lower));
        Near([0.0988613933396697, 2.22490182492105, 2.21406497198877], p.Texts.Select(t => t.Lbg!.Upper));

        // The MV values of a text do not depend on the set predicted with it (R: the all-texts values above).
        Near([-0.325347459153384, 1.70703028548859, 2.49908484096099], p.Texts.Select(t => t.MartinVanberg!.Score));
    }

    [Fact]
    public void SmoothedFitScoresEveryFeatureOfTheMatrixAndMatchesR()
    {
        var model = Fit(0.5);
        Near(
            [-0.458582753599741, 0.145149459013387, 0.813393446228282, 1.48176291793313, -0.124700813786501, 1.54686318972033, -0.013491743858236, 0.521337126600285],
            Features.Select(f => model.WordScores[f]));

        // predict(ws, se.fit = TRUE, interval = "confidence", level = 0.95): texts are scored on their unsmoothed counts.
        var p = Predict(model, 0, 0.95);
        Near([-0.159112124171766, 0.436828814436308, 1.23474208987188, 0.202126200957305, 1.1003430461521, 0.795744495552526], p.Texts.Select(t => t.Raw.Score));
        Near([0.077873318739826, 0.166877808345636, 0.115062467678079, 0.162292323065185, 0.189317194939143, 0.163989768991949], p.Texts.Select(t => t.Raw.StandardError));
        Near([-0.311741024258433, 0.109754320259885, 1.00922379725055, -0.115960907217797, 0.729288162417235, 0.474330454495263], p.Texts.Select(t => t.Raw.Lower));
        Near([-0.00648322408509872, 0.763903308612732, 1.46026038249322, 0.520213309132406, 1.47139792988697, 1.11715853660979], p.Texts.Select(t => t.Raw.Upper));
        Near([-1.5156465384407, 0.142752126364311, 2.36320422972753, -0.510383907097232, 1.98919536372053, 1.14155124852392], p.Texts.Select(t => t.Lbg!.Score));
        Near([-0.856157792759345, -0.608473975183926, -0.752666941655066, -0.621234573045091, -0.546029114703903, -0.616510880014202], p.Texts.Select(t => p.Lbg!.QuantedaStandardError(t.Raw.StandardError)));
        Near([-1.94038588376172, -0.767438580957917, 1.73562654351273, -1.39556430219038, 0.95661497883783, 0.247112585216208], p.Texts.Select(t => t.Lbg!.Lower));
        Near([-1.09090719311968, 1.05294283368654, 2.99078191594234, 0.374796487995914, 3.02177574860323, 2.03598991183163], p.Texts.Select(t => t.Lbg!.Upper));
        Near([-1, 0.282646920898311, 2, -0.222504789619789, 1.71073220778976, 1.0551430919469], p.Texts.Select(t => t.MartinVanberg!.Score));
        Near([0.167607167138185, 0.359172013825278, 0.247649574508103, 0.349302648935643, 0.40746842754076, 0.352956071028846], p.Texts.Select(t => t.MartinVanberg!.StandardError));
        Near([-1.32850401114163, -0.421317290453955, 1.51461575317745, -0.907125401238086, 0.912108764972705, 0.363361904605597], p.Texts.Select(t => t.MartinVanberg!.Lower));
        Near([-0.671495988858371, 0.986611132250577, 2.48538424682255, 0.462115821998508, 2.50935565060682, 1.74692427928819], p.Texts.Select(t => t.MartinVanberg!.Upper));
    }

    [Fact]
    public void SmoothingDependsOnTheFeaturesOfTheWholeMatrix()
    {
        // Without kappa (the virgin texts' feature) the matrix has 7 features, so every smoothed proportion changes.
        var narrow = WordscoresModel.Fit([.. Enumerable.Range(0, 3).Select(i => new WordscoresReference(Names[i], Positions[i], Row(i)))], 0.5);
        Assert.Equal(7, narrow.FeatureCount);
        Assert.False(narrow.WordScores.ContainsKey("kappa"));
        Assert.NotEqual(Fit(0.5).WordScores["alpha"], narrow.WordScores["alpha"], 6);

        // Without smoothing the extra features change nothing.
        var plain = WordscoresModel.Fit([.. Enumerable.Range(0, 3).Select(i => new WordscoresReference(Names[i], Positions[i], Row(i)))]);
        Assert.Equal(Fit(0).WordScores.OrderBy(p => p.Key, StringComparer.Ordinal), plain.WordScores.OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
