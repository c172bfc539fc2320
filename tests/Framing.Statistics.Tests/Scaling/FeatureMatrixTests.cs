using Framing.Statistics.Scaling;
using Framing.Text;

namespace Framing.Statistics.Tests.Scaling;

/// <summary>The feature matrix counts the library's own terms, so that Arabic spelling variants scale as one word.</summary>
public sealed class FeatureMatrixTests
{
    [Fact]
    public void ArabicVariantsAndArticleChainsCountAsOneFeature()
    {
        var matrix = new FeatureMatrix();
        // Invented: hamza, taa marbuta, alif maqsura and article/proclitic variants of the same words.
        matrix.Add("a", "الإرهابيين في المدينة. للارهابيين والمدينه", "ar");
        var row = matrix.Rows.Single();
        Assert.Equal(2, row.Counts["ارهابيين"]);
        Assert.Equal(2, row.Counts["مدينه"]);
        Assert.Equal(1, row.Counts["في"]);
        Assert.Equal(5, row.Terms);
        Assert.Equal(1, row.Documents);
    }

    [Fact]
    public void EnglishIsCaseFoldedAndBigramsStayWithinSentences()
    {
        var matrix = new FeatureMatrix(new TermExtractor(1, 2));
        matrix.Add("x", "Rebels advanced. REBELS advanced", "en");
        matrix.Add("x", "rebels", "en");
        var row = matrix.Rows.Single();
        Assert.Equal(3, row.Counts["rebels"]);
        Assert.Equal(2, row.Counts["rebels advanced"]);
        Assert.False(row.Counts.ContainsKey("advanced rebels"));
        Assert.Equal(2, row.Documents);
    }

    [Fact]
    public void FeaturesCoverRowsAndTextsThatBelongToNoRow()
    {
        var matrix = new FeatureMatrix();
        matrix.Add("b", "one two", "en");
        matrix.Add("a", "two three", "en");
        matrix.AddFeatures("four two", "en");
        Assert.Equal(["a", "b"], matrix.Rows.Select(r => r.Name));
        Assert.Equal(["four", "one", "three", "two"], matrix.Features().Order(StringComparer.Ordinal));
        Assert.False(matrix.TryGetRow("four", out _));
        Assert.Equal(2, matrix.Count("two two", "en")["two"]);
        Assert.Equal(2, matrix.Rows.Count);
    }

    [Fact]
    public void ReferencesAreTheNamedRowsWithTheirPositions()
    {
        var matrix = new FeatureMatrix();
        matrix.Add("left", "alpha alpha beta", "en");
        matrix.Add("right", "beta gamma gamma", "en");
        var references = matrix.References([new("right", 1.0), new("left", -1.0)]);
        Assert.Equal(["right", "left"], references.Select(r => r.Name));
        Assert.Equal(2, references[1].Counts["alpha"]);
        Assert.Throws<ArgumentException>(() => matrix.References([new("middle", 0.0)]));
    }

    [Fact]
    public void ArabicTextsScaleTheSameWhateverTheirSpelling()
    {
        // Invented texts: one side calls the fighters terrorists and the city liberated, the other rebels and seized.
        var matrix = new FeatureMatrix();
        matrix.Add("pro", "حرر الجيش المدينة من الإرهابيين. الجيش يلاحق الإرهابيين", "ar");
        matrix.Add("anti", "سيطرت قوات النظام على المدينة. الثوار يقاتلون قوات النظام", "ar");
        var model = WordscoresModel.Fit(matrix.References([new("pro", -1.0), new("anti", 1.0)]));
        var canonical = model.Score("v1", matrix.Count("الجيش يلاحق الإرهابيين في المدينة", "ar"));
        var variant = model.Score("v2", matrix.Count("والجيش يلاحق للارهابيين في المدينه", "ar"));
        Assert.Equal(canonical.Score, variant.Score);
        Assert.Equal(canonical.ScoredWords, variant.ScoredWords);
        Assert.True(canonical.Score < 0);
    }
}
