namespace Framing.Statistics.Tests;

/// <summary>Compares doubles to a relative tolerance (absolute near zero).</summary>
internal sealed class ToleranceComparer(double relative) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Close(x, y, relative);

    public int GetHashCode(double obj) => 0;

    public static bool Close(double x, double y, double relative) =>
        x == y || Math.Abs(x - y) <= relative * Math.Max(1e-300, Math.Max(Math.Abs(x), Math.Abs(y))) || Math.Abs(x - y) < 1e-15;
}
