using Framing.Scoring;

namespace Framing.Learning;

/// <summary>Options shared by the learning verbs (<see cref="LexiconCalibrator"/>, <see cref="SideClassifier"/>). Immutable.</summary>
public sealed record LearningOptions
{
    /// <summary>The default options.</summary>
    public static LearningOptions Default { get; } = new();

    /// <summary>Which voices the lexicon's matches include (default: all), as <c>framing score --voice</c>.</summary>
    public VoiceSelection Voices { get; init; } = VoiceSelection.All;

    /// <summary>Folds of outlets for cross-validation (default 0: leave one outlet out; see <see cref="OutletFolds"/>).</summary>
    public int Folds { get; init; }

    /// <summary>Seed of the folds, of Microsoft.ML's context and of the bootstrap (default 1).</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Replicates of the outlet-cluster bootstrap of the AUC intervals (default 2,000; 0: no intervals).</summary>
    public int Replicates { get; init; } = 2000;

    /// <summary>Confidence level of the intervals (default 0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>L1 regularisation of the logistic models (default 1; Microsoft.ML applies it to the summed loss over documents): it sets entries or n-grams without evidence to exactly 0.</summary>
    public float L1Regularization { get; init; } = 1f;

    /// <summary>L2 regularisation of the logistic models (default 0.1); with L1 an elastic net.</summary>
    public float L2Regularization { get; init; } = 0.1f;

    /// <summary>Worker threads for scoring the corpus; the results are the same for every value (default 1). The models
    /// are always fitted on one thread, so that their coefficients do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;

    internal void Check()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Replicates, nameof(Replicates));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDegreeOfParallelism, 1, nameof(MaxDegreeOfParallelism));
        if (Folds is 1 or < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Folds), "folds must be 0 (leave one outlet out) or at least 2");
        }

        if (!(ConfidenceLevel > 0 && ConfidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ConfidenceLevel), "the confidence level must be between 0 and 1");
        }

        if (!(L1Regularization >= 0) || !(L2Regularization >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(L1Regularization), "regularisation must be at least 0");
        }
    }

    /// <summary>The record's members as the compiler prints them (<c>LearningOptions { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(LearningOptions), PrintMembers);
}
