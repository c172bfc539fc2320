using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Tests.Scoring;

/// <summary>The resolved axes of a lexicon: dimensions, then composites with their signed components, pooled in one place.</summary>
public sealed class ScoreAxisTests
{
    private static readonly Lexicon Starter = Lexicon.Load("starter");

    [Fact]
    public void AxesAreTheDimensionsThenTheCompositesWithSignedComponents()
    {
        Assert.Equal([.. Starter.Dimensions.Select(d => d.Id), .. Starter.Composites.Select(c => c.Id)], Starter.Axes.Select(a => a.Id));
        Assert.Equal(Enumerable.Range(0, Starter.Axes.Count), Starter.Axes.Select(a => a.Index));
        var composite = Starter.Composites[0];
        var axis = Starter.Axis(composite.Id);
        Assert.True(axis.IsComposite);
        Assert.Equal(("a", "b"), (axis.PoleA, axis.PoleB));
        Assert.Equal(
            composite.Components.Select(c => (Starter.Dimensions.ToList().FindIndex(d => d.Id == c.DimensionId), c.Sign)),
            axis.Components.Select(c => (c.Dimension, c.Sign)));
        var dimension = Starter.Axis(Starter.Dimensions[1].Id);
        Assert.False(dimension.IsComposite);
        Assert.Equal([new AxisComponent(1, 1)], dimension.Components);
        Assert.Throws<ArgumentException>(() => Starter.Axis("no-such-axis"));
    }

    [Fact]
    public void ANegativeComponentSwapsItsPoles()
    {
        // Layout of per-dimension pole weights: [A of 0, B of 0, A of 1, B of 1, ...].
        var lexicon = Lexicon.Parse(SignedLexicon, "signed.yaml");
        var composite = lexicon.Axis("net");
        Assert.Equal([new AxisComponent(0, 1), new AxisComponent(1, -1)], composite.Components);
        long[] weights = [7, 3, 5, 1];
        Assert.Equal((7L + 1, 3L + 5), composite.Pool(weights));
        Assert.Equal((5L, 1L), lexicon.Axes[1].Pool(weights));
    }

    private const string SignedLexicon = """
        id: signed
        version: 1.0.0
        title: Signed
        description: Two dimensions and a composite with a negative sign.
        license: CC0-1.0
        authors: [Tester]
        languages: [en]
        dimensions:
          - id: one
            description: One.
            poles:
              a: { id: up, label: Up, description: Up. }
              b: { id: down, label: Down, description: Down. }
          - id: two
            description: Two.
            poles:
              a: { id: left, label: Left, description: Left. }
              b: { id: right, label: Right, description: Right. }
        composites:
          - id: net
            description: One minus two.
            components:
              - { dimension: one, sign: 1 }
              - { dimension: two, sign: -1 }
        entries:
          - { lang: en, pattern: rise, dimension: one, pole: up, note: test }
          - { lang: en, pattern: fall, dimension: one, pole: down, note: test }
          - { lang: en, pattern: port, dimension: two, pole: left, note: test }
          - { lang: en, pattern: starboard, dimension: two, pole: right, note: test }
        """;
}
