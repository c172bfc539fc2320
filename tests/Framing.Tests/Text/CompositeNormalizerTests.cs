using Framing.Text;

namespace Framing.Tests.Text;

public sealed class CompositeNormalizerTests
{
    [Fact]
    public void NameJoinsStepNamesWithPlus()
    {
        var composite = new CompositeNormalizer(ArabicNormalizer.Light, LatinNormalizer.Default, PassThroughNormalizer.Instance);
        Assert.Equal("arabic-light+latin-default+pass-through", composite.Name);
        Assert.Equal(3, composite.Steps.Length);
        Assert.Same(ArabicNormalizer.Light, composite.Steps[0]);
    }

    [Fact]
    public void AppliesStepsInOrder()
    {
        // Upper-casing after Latin folding must win over Latin's lower-casing, and vice versa.
        var latinThenUpper = new CompositeNormalizer(LatinNormalizer.Default, new UpperCaseNormalizer());
        var upperThenLatin = new CompositeNormalizer(new UpperCaseNormalizer(), LatinNormalizer.Default);

        Assert.Equal("CAFE", latinThenUpper.Normalize("Café"));
        Assert.Equal("cafe", upperThenLatin.Normalize("Café"));
    }

    [Fact]
    public void CombinesArabicAndLatinFolding()
    {
        var composite = new CompositeNormalizer(ArabicNormalizer.Default, LatinNormalizer.Default);
        Assert.Equal("الارهاب-isis-2016", composite.Normalize("الإرهاب\u2013ISIS\u2013٢٠١٦"));
    }

    [Fact]
    public void KeepsEarlierContentOfTheBuilder()
    {
        var composite = new CompositeNormalizer(ArabicNormalizer.Default, LatinNormalizer.Default);
        var builder = new NormalizedTextBuilder(2);
        builder.Append("PREFIX|");
        composite.Normalize("Assad’s", builder);
        builder.Append('|');
        composite.Normalize("السورى", builder);
        Assert.Equal("PREFIX|assad|السوري", builder.ToString());
    }

    [Fact]
    public void HandlesTokensLongerThanTheStackBuffer()
    {
        var composite = new CompositeNormalizer(ArabicNormalizer.Default, LatinNormalizer.Default);
        var input = string.Concat(Enumerable.Repeat("أَ\u0640É", 400));
        var expected = string.Concat(Enumerable.Repeat("اe", 400));
        Assert.Equal(expected, composite.Normalize(input));
    }

    [Fact]
    public void SingleStepBehavesLikeTheStep()
    {
        var composite = new CompositeNormalizer(LatinNormalizer.Default);
        Assert.Equal("latin-default", composite.Name);
        Assert.Equal(LatinNormalizer.Default.Normalize("Straße"), composite.Normalize("Straße"));
    }

    [Fact]
    public void IsThreadSafe()
    {
        var composite = new CompositeNormalizer(ArabicNormalizer.Default, LatinNormalizer.Default);
        var inputs = new[] { "الإرهابيّين", "Assad’s", "İSTANBUL", string.Concat(Enumerable.Repeat("مُسلَّحي", 60)) };
        var expected = inputs.Select(s => composite.Normalize(s)).ToArray();

        Parallel.For(0, 2000, i =>
        {
            var builder = new NormalizedTextBuilder(8);
            var k = i % inputs.Length;
            composite.Normalize(inputs[k], builder);
            Assert.Equal(expected[k], builder.ToString());
        });
    }

    [Fact]
    public void RejectsEmptyOrNullSteps()
    {
        Assert.Throws<ArgumentException>(() => new CompositeNormalizer());
        Assert.Throws<ArgumentNullException>(() => new CompositeNormalizer(LatinNormalizer.Default, null!));
        Assert.Throws<ArgumentNullException>(() => new CompositeNormalizer((IEnumerable<TextNormalizer>)null!));
    }

    private sealed class UpperCaseNormalizer : TextNormalizer
    {
        public override string Name => "upper";

        public override void Normalize(ReadOnlySpan<char> source, NormalizedTextBuilder output)
        {
            foreach (var c in source)
            {
                output.Append(char.ToUpperInvariant(c));
            }
        }
    }
}
