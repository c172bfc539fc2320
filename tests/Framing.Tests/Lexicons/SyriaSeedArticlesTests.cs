using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;

namespace Framing.Tests.Lexicons;

/// <summary>
/// The five real seed articles (kept outside the repository, in <c>../shared/seeds</c> next to the checkout; third-party
/// text that is read here, never copied) keep their camps' signs with targets, voice, scare markers and negation. The
/// tests pass without checking anything when the folder is absent.
/// </summary>
public sealed class SyriaSeedArticlesTests
{
    private static readonly Lazy<IReadOnlyList<(string File, DocumentResult Result)>?> Results = new(ScoreSeeds);

    [Theory]
    [InlineData("armed-opposition")]
    [InlineData("government-forces")]
    [InlineData("damascus-alignment")]
    public void ProGovernmentArticlesScoreAboveZeroAndOppositionLeaningOnesBelow(string dimension)
    {
        if (Results.Value is not { } results)
        {
            return;
        }

        var lexicon = Lexicon.Load("syria-conflict");
        var tally = new CorpusTally(lexicon.Dimensions.Count);
        foreach (var (file, result) in results)
        {
            tally.Add(file[..3], result, DocumentSample.IdentityOf(file.AsSpan(0, 3), file, string.Empty)); // the sample is not under test
        }

        var rows = ScoreTable.Build(tally, lexicon).Where(r => r.Dimension == dimension).ToDictionary(r => r.Group);
        foreach (var file in new[] { "000", "001", "002" })
        {
            Assert.True(rows[file].Score > 0, $"{file} {dimension}: {rows[file].Score}");
        }

        foreach (var file in new[] { "003", "004" })
        {
            Assert.True(rows[file].Score < 0, $"{file} {dimension}: {rows[file].Score}");
        }
    }

    [Fact]
    public void LabelsAimedAtIsisOrNusraDoNotCountAsArmedOpposition()
    {
        if (Results.Value is not { } results)
        {
            return;
        }

        var offTarget = results.SelectMany(r => r.Result.UncountedMatches).Where(m => m.Status == MatchStatus.OffTarget).ToList();
        Assert.All(offTarget, m => Assert.Equal("armed-opposition", m.Dimension.Id));
        Assert.All(offTarget, m => Assert.Contains(m.Target?.Id, new[] { "isis", "nusra", "al-qaeda" }));
        Assert.Contains(offTarget, m => m.Target?.Id == "isis");
        Assert.Contains(offTarget, m => m.Target?.Id == "nusra");
    }

    [Fact]
    public void EveryArticleReportsSpeechAndProGovernmentOnesScareQuoteTheOpposition()
    {
        if (Results.Value is not { } results)
        {
            return;
        }

        Assert.All(results, r => Assert.Contains(r.Result.Matches, m => m.Voice == Voice.Attributed));
        Assert.Contains(results.Single(r => r.File.StartsWith("000", StringComparison.Ordinal)).Result.Matches, m => m.Kind == MatchKind.ScareMarker && m.Target?.Id == "syrian-opposition");
    }

    private static IReadOnlyList<(string File, DocumentResult Result)>? ScoreSeeds()
    {
        var folder = FindSeeds();
        if (folder is null)
        {
            return null;
        }

        var scorer = Lexicon.Load("syria-conflict").Compile().CreateScorer(new ScoringOptions { CollectMatches = true });
        return [.. Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), scorer.Score(Path.GetFileName(path), File.ReadAllText(path), "ar")))];
    }

    private static string? FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (File.Exists(Path.Combine(dir.FullName, "Framing.sln")) && Directory.Exists(Path.Combine(dir.FullName, "..", "shared", "seeds")))
            {
                return Path.Combine(dir.FullName, "..", "shared", "seeds");
            }

            if (Directory.Exists(candidate) && Directory.GetFiles(candidate, "00*.txt").Length == 5)
            {
                return candidate;
            }
        }

        return null;
    }
}
