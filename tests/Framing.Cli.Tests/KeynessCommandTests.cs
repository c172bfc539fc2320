using System.Globalization;

namespace Framing.Cli.Tests;

public sealed class KeynessCommandTests
{
    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void FindsTheTargetsDistinctiveTermsAndMarksLexiconEntries()
    {
        var result = CliRunner.Run("keyness", "--target", "al-minbar", "--format", "csv", "--top", "200");
        Assert.Equal(0, result.ExitCode);
        var rows = Csv.Parse(result.Out);
        Assert.Equal(["term", "n", "count_target", "count_reference", "rate_target", "rate_reference", "statistic", "p", "p_adj", "log_ratio", "lexicon", "measure"], rows[0].Keys.ToArray());

        // Sorted by statistic, descending.
        for (var i = 1; i < rows.Count; i++)
        {
            Assert.True(D(rows[i - 1]["statistic"]) >= D(rows[i]["statistic"]));
        }

        // The opposition-side outlet says "the opposition" (المعارضة → معارضه after the article goes) more than the others.
        var opposition = rows.Single(r => r["term"] == "معارضه");
        Assert.True(D(opposition["statistic"]) > 0);
        Assert.Equal("armed-opposition/opposition", opposition["lexicon"]);

        // The starter lexicon writes النظام with its article and refuses bare نظام ("system"); the term (article
        // removed) pools both forms, so it is recognized as matched with the article only (it was labelled as if the
        // entry matched the whole term).
        Assert.Equal("with ال: government-forces/regime", rows.Single(r => r["term"] == "نظام")["lexicon"]);
        Assert.All(rows, r => Assert.True(D(r["p_adj"]) >= D(r["p"]) - 1e-12));
        Assert.All(rows, r => Assert.True(long.Parse(r["count_target"], CultureInfo.InvariantCulture) + long.Parse(r["count_reference"], CultureInfo.InvariantCulture) >= 3));
    }

    [Fact]
    public void BigramsAreCountedWithinSentences()
    {
        var rows = Csv.Parse(CliRunner.Run("keyness", "--target", "northern-courier", "--ngrams", "2", "--format", "csv", "--top", "500").Out);
        Assert.All(rows, r => Assert.Equal("2", r["n"]));
        Assert.All(rows, r => Assert.Single(r["term"], ' '));
        Assert.Contains(rows, r => r["term"] == "the militants" && r["lexicon"] == "partial: armed-opposition/terrorism");
        Assert.Contains(rows, r => r["term"] == "syrian state" && r["lexicon"] == "government-forces/state");
    }

    [Fact]
    public void TheSummaryCountsTheDocumentsOfOtherGroups()
    {
        // Before, with a reference group the summary named only the target's and the reference's documents: the 12
        // documents of the sample corpus's two other outlets were read and left out without a word.
        var pair = CliRunner.Run("keyness", "--target", "harbor-tribune", "--reference", "northern-courier", "--format", "csv");
        var rest = CliRunner.Run("keyness", "--target", "harbor-tribune", "--format", "csv");

        Assert.Equal(0, pair.ExitCode);
        Assert.Contains("framing: 6 target and 6 reference documents; not compared: 12 of other groups; ", pair.ErrorLines[^1], StringComparison.Ordinal);
        Assert.StartsWith("framing: 6 target and 18 reference documents; ", rest.ErrorLines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("not compared", rest.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AdjustTakesRsNamesAndListsThemWhenItDoesNot()
    {
        // Before, keyness said only "unknown --adjust method 'hochberg'", though its help promised R's p.adjust names.
        var holm = Csv.Parse(CliRunner.Run("keyness", "--target", "al-minbar", "--format", "csv", "-q").Out);
        var hochberg = CliRunner.Run("keyness", "--target", "al-minbar", "--adjust", "hochberg", "--format", "csv", "-q");
        Assert.Equal(0, hochberg.ExitCode);
        var rows = Csv.Parse(hochberg.Out);
        Assert.Equal(holm.Select(r => r["term"]), rows.Select(r => r["term"]));
        Assert.All(rows.Zip(holm), pair => Assert.True(D(pair.First["p_adj"]) <= D(pair.Second["p_adj"]) + 1e-12)); // step-up is never above Holm
        Assert.Contains(rows.Zip(holm), pair => D(pair.First["p_adj"]) < D(pair.Second["p_adj"]));

        foreach (var command in new[] { "keyness", "compare" })
        {
            var args = command == "keyness" ? new[] { command, "--target", "al-minbar", "--adjust", "hommel" } : [command, "--adjust", "hommel"];
            var result = CliRunner.Run(args);
            Assert.Equal(2, result.ExitCode);
            Assert.Equal("framing: error: unknown --adjust method 'hommel': expected holm, hochberg, bonferroni, BH (or fdr), BY or none (hommel is not offered)", Assert.Single(result.ErrorLines));
        }
    }

    [Fact]
    public void AGroupWithoutAnyTermFailsAndTermsBelowTheMinimumGiveAnEmptyTable()
    {
        // Invented texts. Both runs test nothing; one has no rate to compare (no 3-gram in group a), the other only
        // filters every term out. The help of --allow-empty said only documents were needed.
        using var folder = new TempFolder();
        var corpus = folder.Write("c.jsonl", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"Rebels left.\"}\n{\"id\":\"2\",\"outlet\":\"b\",\"text\":\"The army came back to the town today.\"}\n");
        var noTerm = CliRunner.Run("keyness", corpus, "--target", "a", "--ngrams", "3", "--min-count", "1");
        Assert.Equal(2, noTerm.ExitCode);
        Assert.EndsWith("group 'a' has 1 document(s) but no terms (words or n-grams) to compare", Assert.Single(noTerm.ErrorLines), StringComparison.Ordinal);
        var filtered = CliRunner.Run("keyness", corpus, "--target", "a", "--min-count", "5", "--format", "csv", "-q");
        Assert.Equal(0, filtered.ExitCode);
        Assert.Empty(Csv.Parse(filtered.Out));
        Assert.Contains("documents with at least one term (of --ngrams) in --target and in its reference", CliRunner.Run("keyness", "--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AGroupNamedRestIsComparedWithAllTheOthers()
    {
        // "rest" as --reference is every other group; with --target rest it was refused as "--reference must differ
        // from --target", though no --reference was given, and a group of that name could not be compared with the others.
        using var folder = new TempFolder();
        var corpus = folder.Write("rest.jsonl",
            "{\"id\":\"1\",\"outlet\":\"rest\",\"text\":\"apple apple apple pear\"}\n"
            + "{\"id\":\"2\",\"outlet\":\"other\",\"text\":\"plum plum plum pear\"}\n"
            + "{\"id\":\"3\",\"outlet\":\"third\",\"text\":\"fig fig fig pear\"}\n");

        var result = CliRunner.Run("keyness", corpus, "--target", "rest", "--format", "csv", "--min-count", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("framing: 1 target and 2 reference documents; ", result.ErrorLines[^1], StringComparison.Ordinal);
        var apple = Csv.Parse(result.Out).Single(r => r["term"] == "apple");
        Assert.Equal(("3", "0"), (apple["count_target"], apple["count_reference"]));
        Assert.Equal(2, CliRunner.Run("keyness", corpus, "--target", "other", "--reference", "other").ExitCode);
    }

    [Theory]
    [InlineData("chi2")]
    [InlineData("g2")]
    [InlineData("pmi")]
    [InlineData("fisher")]
    [InlineData("logratio")]
    public void EveryMeasureRuns(string measure)
    {
        var rows = Csv.Parse(CliRunner.Run("keyness", "--target", "harbor-tribune", "--reference", "northern-courier", "--measure", measure, "--format", "csv").Out);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(measure, r["measure"]));
    }

    [Theory]
    [InlineData("keyness")]
    [InlineData("keyness", "--target", "nope")]
    [InlineData("keyness", "--target", "al-minbar", "--reference", "al-minbar")]
    [InlineData("keyness", "--target", "al-minbar", "--ngrams", "0..2")]
    [InlineData("keyness", "--target", "al-minbar", "--ngrams", "1..9")]
    [InlineData("keyness", "--target", "al-minbar", "--alpha", "Infinity")]
    [InlineData("keyness", "--target", "al-minbar", "--alpha", "1e400")]
    [InlineData("keyness", "--target", "al-minbar", "--alpha", "1e308")]
    [InlineData("keyness", "--target", "al-minbar", "--prior", "informative", "--alpha", "1e13")]
    [InlineData("keyness", "--target", "al-minbar", "--alpha", "0")]
    public void BadArgumentsExitTwo(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("framing: error: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("chi2", "--alpha", "5", "--alpha sets the prior of --measure logodds, and --measure is chi2")]
    [InlineData("fisher", "--prior", "informative", "--prior sets the prior of --measure logodds, and --measure is fisher")]
    [InlineData("fisher", "--correction", "williams", "--correction corrects --measure chi2 and g2, and --measure is fisher")]
    [InlineData("logodds", "--correction", "none", "--correction corrects --measure chi2 and g2, and --measure is logodds")]
    [InlineData("pmi", "--correction", "yates", "--correction corrects --measure chi2 and g2, and --measure is pmi")]
    public void AnOptionOfAnotherMeasureIsRefusedNotIgnored(string measure, string option, string value, string message)
    {
        // Before: accepted with exit 0, and the output was that of the measure without the option.
        var result = CliRunner.Run("keyness", "--target", "al-minbar", "--measure", measure, option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("framing: error: " + message, Assert.Single(result.ErrorLines));
        Assert.Equal(0, CliRunner.Run("keyness", "--target", "al-minbar", "--measure", option == "--correction" ? "g2" : "logodds", option, value).ExitCode);
    }

    [Fact]
    public void TheFourTermVarianceMatchesRAndTheTwoTermOneWarnsWhereATermDominates()
    {
        // Invented texts: "terrorists" 9 times and "rebels" once against 5 and 5. R (Monroe, Colaresi and Quinn; the
        // four-term variance as scattertext): lo <- function(yi,yj,ni,nj,a,a0,four){ti<-yi+a;tj<-yj+a;ri<-ni+a0-ti;
        // rj<-nj+a0-tj; d<-log(ti/ri)-log(tj/rj); s2<-1/ti+1/tj+if(four)1/ri+1/rj else 0; z<-d/sqrt(s2); c(z,2*pnorm(-abs(z)))}
        // lo(9,5,10,10,.01,.02,TRUE) -> 1.786637 0.0739962 (fisher.test(matrix(c(9,5,1,5),2)) -> 0.1409);
        // lo(9,5,10,10,.01,.02,FALSE) -> 3.926729 8.61089e-5, far too small.
        using var folder = new TempFolder();
        var corpus = folder.Write("c.jsonl",
            "{\"id\":\"1\",\"outlet\":\"t\",\"text\":\"" + string.Join(' ', Enumerable.Repeat("terrorists", 9)) + " rebels\"}\n"
            + "{\"id\":\"2\",\"outlet\":\"r\",\"text\":\"" + string.Join(' ', Enumerable.Repeat("terrorists", 5)) + " " + string.Join(' ', Enumerable.Repeat("rebels", 5)) + "\"}\n");

        var four = CliRunner.Run("keyness", corpus, "--target", "t", "--variance", "four-term", "--format", "csv", "-q");
        Assert.Equal(0, four.ExitCode);
        var rows = Csv.Parse(four.Out);
        Assert.Equal([("terrorists", "1.786637", "0.0739962"), ("rebels", "-1.786637", "0.0739962")], rows.Select(r => (r["term"], r["statistic"], r["p"])));
        Assert.Empty(four.ErrorLines);

        var two = CliRunner.Run("keyness", corpus, "--target", "t", "--format", "csv", "-q");
        Assert.Equal(("3.926729", "8.61089e-5"), (Csv.Parse(two.Out)[0]["statistic"], Csv.Parse(two.Out)[0]["p"]));
        Assert.Equal("framing: warning: \"terrorists\" is 90% of its group's terms: the two-term variance of logodds understates the variance there, so its p is too small; use --variance four-term", Assert.Single(two.ErrorLines));

        var chi2 = CliRunner.Run("keyness", corpus, "--target", "t", "--variance", "four-term", "--measure", "chi2");
        Assert.Equal(2, chi2.ExitCode);
        Assert.Contains("--variance sets the variance of --measure logodds", chi2.Error, StringComparison.Ordinal);
    }
}
