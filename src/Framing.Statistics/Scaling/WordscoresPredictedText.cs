namespace Framing.Statistics.Scaling;

/// <summary>One predicted text: its raw score, and its LBG and Martin–Vanberg scores when those rescalings are defined.</summary>
/// <param name="Text">The raw score as <c>WordscoresModel.Score</c> computed it (name, words, scored words).</param>
/// <param name="Raw">The raw score, its standard error and its interval S ± z·SE.</param>
/// <param name="Lbg">The LBG-rescaled estimate, or null when the prediction has no LBG rescaling.</param>
/// <param name="MartinVanberg">The Martin–Vanberg estimate, or null when the model has no MV rescaling.</param>
public sealed record WordscoresPredictedText(WordscoresTextScore Text, WordscoresEstimate Raw, WordscoresEstimate? Lbg, WordscoresEstimate? MartinVanberg)
{
    /// <summary>The record's members as the compiler prints them (<c>WordscoresPredictedText { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(WordscoresPredictedText), PrintMembers);
}
