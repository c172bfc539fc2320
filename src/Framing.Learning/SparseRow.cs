namespace Framing.Learning;

/// <summary>A document's feature vector, sparse: feature indices in ascending order and their values.</summary>
/// <param name="Indices">Feature indices, ascending.</param>
/// <param name="Values">Their values.</param>
internal sealed record SparseRow(int[] Indices, float[] Values)
{
    public static SparseRow Empty { get; } = new([], []);

    /// <summary>w·x + b.</summary>
    public double Dot(float[] weights, float bias)
    {
        double sum = bias;
        for (var k = 0; k < Indices.Length; k++)
        {
            sum += (double)weights[Indices[k]] * Values[k];
        }

        return sum;
    }
}
