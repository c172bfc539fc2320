using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Framing.Cli.Tests.Api;

/// <summary>
/// A public record's text is the same whatever the current culture: the compiler's <c>ToString</c> formats numbers with
/// it (a score <c>0,5</c> under de-DE), so every public record declares its own, which prints the compiler's format
/// under the invariant culture.
/// </summary>
public sealed class PublicRecordTextTests
{
    private static readonly string[] Cultures = ["tr-TR", "de-DE", "ar-SA"];

    [Fact]
    public void ThePackagesHavePublicRecords()
    {
        Assert.True(PublicRecords.Types.Count >= 80, $"only {PublicRecords.Types.Count} public records found");
        Assert.Contains(typeof(Framing.Scoring.ScoreRow), PublicRecords.Types);
        Assert.Contains(typeof(Framing.Scoring.PooledCounts), PublicRecords.Types);
        Assert.Contains(typeof(Framing.Reports.ScorePoint), PublicRecords.Types);
    }

    [Fact]
    public void EveryPublicRecordDeclaresItsOwnToString()
    {
        var compilers = PublicRecords.Types
            .Where(t => t.GetMethod(nameof(ToString), BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly, Type.EmptyTypes) is not { } method
                || method.GetCustomAttribute<CompilerGeneratedAttribute>() is not null)
            .Select(t => t.FullName)
            .ToList();
        Assert.True(compilers.Count == 0, string.Join("\n", compilers));
    }

    [Fact]
    public void EveryPublicRecordPrintsTheSameUnderEveryCulture()
    {
        var problems = new List<string>();
        foreach (var type in PublicRecords.Types)
        {
            var sample = PublicRecords.Sample(type);
            if (sample is null)
            {
                problems.Add($"{type.FullName}: no sample instance");
                continue;
            }

            var invariant = WithCulture(CultureInfo.InvariantCulture, sample.ToString);
            foreach (var name in Cultures)
            {
                var local = WithCulture(CultureInfo.GetCultureInfo(name), sample.ToString);
                if (local != invariant)
                {
                    problems.Add($"{type.FullName} under {name}: {local} (invariant: {invariant})");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void AScorePointPrintsAPointUnderGermanAndTheCultureIsRestored()
    {
        var row = new Framing.Reports.ScorePoint("north", "violence", 3, 1, 2, -0.5, -0.75, 0.25, "");
        var cultureAfter = "";
        var text = WithCulture(CultureInfo.GetCultureInfo("de-DE"), () =>
        {
            var printed = row.ToString();
            cultureAfter = CultureInfo.CurrentCulture.Name;
            return printed;
        });
        Assert.Equal("ScorePoint { Group = north, Axis = violence, Documents = 3, CountA = 1, CountB = 2, Score = -0.5, Lower = -0.75, Upper = 0.25, Note = , Absence = None, HasInterval = True }", text);
        Assert.Equal("de-DE", cultureAfter);
    }

    private static string WithCulture(CultureInfo culture, Func<string?> text)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            return text() ?? string.Empty;
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
