namespace Framing.Text;

/// <summary>A normalizer that copies characters unchanged. Useful for tests and for scripts that need no folding.</summary>
internal sealed class PassThroughNormalizer : TextNormalizer
{
    /// <summary>The shared instance.</summary>
    public static PassThroughNormalizer Instance { get; } = new();

    /// <inheritdoc />
    public override string Name => "pass-through";

    /// <inheritdoc />
    public override void Normalize(ReadOnlySpan<char> source, NormalizedTextBuilder output) => output.Append(source);
}
