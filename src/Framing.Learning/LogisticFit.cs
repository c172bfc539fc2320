using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Framing.Learning;

/// <summary>
/// A regularised logistic regression (elastic net: L1 and L2) of a document's side on sparse features, fitted with
/// Microsoft.ML's L-BFGS trainer on one thread (its optimiser then gives the same coefficients on every run and
/// machine load; on processors with and without AVX-512 its vector arithmetic rounds differently, from the fourth
/// significant digit), in a context seeded with the run's seed. The rows reach it through
/// <see cref="SparseRowsDataView"/>, without reflection.
/// </summary>
internal static class LogisticFit
{
    /// <summary>Fits the model; side A is the positive class.</summary>
    /// <returns>The coefficients (one per feature) and the intercept.</returns>
    public static (float[] Weights, float Bias) Fit(IReadOnlyList<SparseRow> rows, IReadOnlyList<bool> isSideA, int features, LearningOptions options)
    {
        var context = new MLContext(seed: unchecked((int)(options.Seed & 0x7FFFFFFF)));
        if (features == 0 || rows.Count == 0)
        {
            return (new float[features], 0f);
        }

        var data = new SparseRowsDataView(rows, isSideA, features);
        var trainer = context.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = SparseRowsDataView.LabelColumn,
            FeatureColumnName = SparseRowsDataView.FeaturesColumn,
            L1Regularization = options.L1Regularization,
            L2Regularization = options.L2Regularization,
            NumberOfThreads = 1,
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = 1000,
            ShowTrainingStatistics = false,
        });
        var model = trainer.Fit(data);
        var linear = model.Model.SubModel;
        var weights = new float[features];
        linear.Weights.ToArray().CopyTo(weights, 0);
        return (weights, linear.Bias);
    }
}
