using Framing.Cli.Tests.Prerequisites;

namespace Framing.Cli.Tests.Report;

public sealed class ChromiumTests
{
    [Fact]
    public void TheHeadlessShellIsPreferredAndAbsenceIsNull()
    {
        using var temp = new TempFolder();
        var first = Directory.CreateDirectory(Path.Combine(temp.Path, "a")).FullName;
        var second = Directory.CreateDirectory(Path.Combine(temp.Path, "b")).FullName;
        var path = first + Path.PathSeparator + second;
        Assert.Null(Chromium.Find(path));

        File.WriteAllText(Path.Combine(first, "chromium"), string.Empty);
        Assert.Equal(Path.Combine(first, "chromium"), Chromium.Find(path));

        File.WriteAllText(Path.Combine(second, "chromium-headless-shell"), string.Empty);
        Assert.Equal(Path.Combine(second, "chromium-headless-shell"), Chromium.Find(path));
    }

    [Fact]
    public void TheBrowserTestUsesTheAttribute()
    {
        var facts = typeof(ReportBrowserTests).GetMethods()
            .Select(m => m.GetCustomAttributes(typeof(FactAttribute), inherit: true).Cast<FactAttribute>().SingleOrDefault())
            .Where(a => a is not null)
            .ToList();

        Assert.Equal(Prerequisite.Browser, Assert.IsType<FactRequiringAttribute>(Assert.Single(facts)).Name);
        Assert.Equal("FRAMING_REQUIRE_BROWSER", Prerequisite.RequireVariable(Prerequisite.Browser));
        Assert.Equal(Chromium.Obstacle(), Prerequisite.Obstacle(Prerequisite.Browser));
    }
}
