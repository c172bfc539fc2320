using System.Diagnostics;
using System.Globalization;

namespace Framing.Cli.Tests;

/// <summary>
/// Output must be the same bytes whatever the culture (numbers, sorting, casing) and in globalization-invariant mode.
/// </summary>
public sealed class CultureInvarianceTests
{
    public static TheoryData<string> Cultures => new() { "ar-SA", "de-DE", "tr-TR", "fr-FR" };

    private static readonly string[][] Commands =
    [
        ["score", "--format", "csv"],
        ["score", "--format", "json"],
        ["score", "--per-document", "--format", "csv"],
        ["kwic", "--format", "csv"],
        ["lexicons", "show", "starter", "--entries", "--format", "csv"],
    ];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void InProcessOutputIsTheSameUnderEveryCulture(string culture)
    {
        foreach (var args in Commands)
        {
            var invariant = WithCulture(CultureInfo.InvariantCulture, () => CliRunner.Run(args).Out);
            var local = WithCulture(CultureInfo.GetCultureInfo(culture), () => CliRunner.Run(args).Out);
            Assert.Equal(invariant, local);
        }
    }

    [Theory]
    [InlineData("LANG", "tr_TR.UTF-8")]
    [InlineData("LANG", "ar_SA.UTF-8")]
    [InlineData("LANG", "de_DE.UTF-8")]
    [InlineData("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1")]
    public void ChildProcessOutputIsTheSameInEveryEnvironment(string variable, string value)
    {
        var args = new[] { "score", "--format", "csv", "-q" };
        var expected = WithCulture(CultureInfo.InvariantCulture, () => CliRunner.Run(args).Out);
        var kwicExpected = WithCulture(CultureInfo.InvariantCulture, () => CliRunner.Run("kwic", "--format", "csv").Out);
        Assert.Equal(expected, RunChild(variable, value, args));
        Assert.Equal(kwicExpected, RunChild(variable, value, "kwic", "--format", "csv"));
    }

    private static string RunChild(string variable, string value, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Framing.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["LC_ALL"] = null;
        start.Environment[variable] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "the CLI did not finish");
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {error.Result}");
        return output.Result;
    }

    internal static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
