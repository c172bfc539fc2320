namespace Framing.Cli.Tests.Prerequisites;

public sealed class PrerequisiteTests
{
    [Fact]
    public void AMissingPrerequisiteSkipsWithItsReasonAndHowToRequireIt()
    {
        var reason = Prerequisite.SkipReason("slurm", required: false, skipRequest: null, () => "/usr/sbin/slurmctld is missing");

        Assert.Equal("/usr/sbin/slurmctld is missing (set FRAMING_REQUIRE_SLURM=1 to make this a failure, as .ci/run does where it installs slurm)", reason);
    }

    [Fact]
    public void APresentPrerequisiteRuns()
    {
        Assert.Null(Prerequisite.SkipReason("slurm", required: false, skipRequest: null, () => null));
    }

    [Fact]
    public void ARequiredPrerequisiteNeverSkipsSoThatItsAbsenceFails()
    {
        var asked = false;
        string? Missing()
        {
            asked = true;
            return "not root";
        }

        Assert.Null(Prerequisite.SkipReason("slurm", required: true, skipRequest: null, Missing));
        Assert.Null(Prerequisite.SkipReason("slurm", required: true, skipRequest: "helper run", Missing));
        Assert.False(asked);
    }

    [Fact]
    public void ASkipRequestSkipsEvenWhenThePrerequisiteIsThere()
    {
        var reason = Prerequisite.SkipReason("browser", required: false, skipRequest: " quick local run ", () => null);

        Assert.Equal("quick local run (FRAMING_SKIP_BROWSER is set)", reason);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("true", true)]
    [InlineData("yes", true)]
    [InlineData("0", false)]
    [InlineData("false", false)]
    [InlineData("no", false)]
    [InlineData("", false)]
    [InlineData(" ", false)]
    [InlineData(null, false)]
    public void RequireVariableValues(string? value, bool required)
    {
        Assert.Equal(required, Prerequisite.IsRequiringValue(value));
    }

    [Fact]
    public void VariablesAreNamedAfterThePrerequisite()
    {
        Assert.Equal("FRAMING_REQUIRE_SLURM", Prerequisite.RequireVariable(Prerequisite.Slurm));
        Assert.Equal("FRAMING_SKIP_SLURM", Prerequisite.SkipVariable(Prerequisite.Slurm));
        Assert.Equal("FRAMING_REQUIRE_BROWSER", Prerequisite.RequireVariable("browser"));
    }

    [Fact]
    public void AnUnknownPrerequisiteIsAMistakeNotASkip()
    {
        Assert.Throws<ArgumentException>(() => Prerequisite.Obstacle("chromium-typo"));
    }

    [Fact]
    public void TheAttributeSkipsExactlyWhenThisRunSkips()
    {
        var attribute = new FactRequiringAttribute(Prerequisite.Slurm);

        Assert.Equal(Prerequisite.SkipReason(Prerequisite.Slurm), attribute.Skip);
        Assert.Equal(Prerequisite.Slurm, attribute.Name);
    }

    [Fact]
    public void TheSlurmTestsUseTheAttribute()
    {
        var facts = typeof(Distribute.SlurmIntegrationTests).GetMethods()
            .Select(m => m.GetCustomAttributes(typeof(FactAttribute), inherit: true).Cast<FactAttribute>().SingleOrDefault())
            .Where(a => a is not null)
            .ToList();

        Assert.Equal(2, facts.Count);
        Assert.All(facts, a => Assert.Equal(Prerequisite.Slurm, Assert.IsType<FactRequiringAttribute>(a).Name));
    }
}
