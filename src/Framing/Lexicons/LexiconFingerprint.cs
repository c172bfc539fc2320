using System.Security.Cryptography;
using System.Text;

namespace Framing.Lexicons;

/// <summary>Computes <see cref="Lexicon.Fingerprint"/> from a canonical text of the lexicon's scoring content.</summary>
internal static class LexiconFingerprint
{
    public static string Compute(Lexicon lexicon)
    {
        var b = new StringBuilder();
        b.Append(lexicon.Id).Append('\n').Append(lexicon.Metadata.Version).Append('\n');
        foreach (var d in lexicon.Dimensions)
        {
            b.Append("d\t").Append(d.Id).Append('\t').Append(d.PoleA.Id).Append('\t').Append(d.PoleB.Id).Append('\t').Append(d.Neutral is null ? "-" : "n").Append('\n');
        }

        foreach (var c in lexicon.Composites)
        {
            b.Append("c\t").Append(c.Id);
            foreach (var component in c.Components)
            {
                b.Append('\t').Append(component.DimensionId).Append(component.Sign > 0 ? "+" : "-");
            }

            b.Append('\n');
        }

        foreach (var e in lexicon.Entries)
        {
            b.Append("e\t").Append(e.Language).Append('\t').Append(e.Pattern).Append('\t').Append(e.DimensionId).Append('\t')
                .Append((int)e.Side).Append('\t').Append(e.WeightMilli.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var x in e.Exclusions)
            {
                b.Append('\t').Append(x);
            }

            b.Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(b.ToString()))).ToLowerInvariant();
    }
}
