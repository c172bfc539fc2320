namespace Framing.Benchmarks;

/// <summary>
/// Declares what one operation of a benchmark method processes, so that <see cref="ThroughputColumn"/> can turn the
/// mean time per operation into MiB/s and ns/token.
/// </summary>
/// <param name="input">The input of one operation.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ProcessesAttribute(BenchmarkInput input) : Attribute
{
    /// <summary>The input of one operation.</summary>
    public BenchmarkInput Input { get; } = input;
}
