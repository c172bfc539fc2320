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
        // A declared analysis changes how its language's patterns and texts are normalized. Lexicons without one (all
        // those of ar and en) keep the fingerprint they had before the section existed.
        foreach (var a in lexicon.Metadata.Analysis)
        {
            b.Append("analysis\t").Append(a.Language).Append('\t').Append(a.Analysis).Append('\n');
        }

        foreach (var d in lexicon.Dimensions)
        {
            b.Append("d\t").Append(d.Id).Append('\t').Append(d.PoleA.Id).Append('\t').Append(d.PoleB.Id).Append('\t').Append(d.Neutral is null ? "-" : "n")
                .Append('\t').Append((int)d.TargetDefault);
            Target(b, d.Target);
            b.Append('\n');
        }

        foreach (var a in lexicon.Actors)
        {
            b.Append("a\t").Append(a.Id);
            foreach (var name in a.Names)
            {
                b.Append('\t').Append(name.Language).Append(':').Append(name.Pattern);
            }

            if (a.Scare is { } scare)
            {
                b.Append("\tscare:").Append(scare.DimensionId).Append('/').Append((int)scare.Side).Append('/').Append(scare.WeightMilli.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            b.Append('\n');
        }

        foreach (var s in lexicon.Speech)
        {
            b.Append("s\t").Append(s.Language).Append('\t').Append(s.Window.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\t').Append(s.SpeakerAfterCue ? 1 : 0);
            Words(b, "cue", s.Cues);
            Words(b, "opener", s.Openers);
            if (s.Exclusions.Count > 0)
            {
                Words(b, "cue-exclude", s.Exclusions);
            }

            b.Append('\n');
        }

        foreach (var (tag, list) in new[] { ("n", lexicon.Negation), ("l", lexicon.TargetLinks), ("o", lexicon.Scope) })
        {
            foreach (var w in list)
            {
                b.Append(tag).Append('\t').Append(w.Language).Append('\t').Append(w.Window.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Words(b, "w", w.Words);
                b.Append('\n');
            }
        }

        foreach (var m in lexicon.ScareMarkers)
        {
            b.Append("m\t").Append(m.Language).Append('\t').Append(m.Quotes ? 1 : 0);
            Words(b, "before", m.Before);
            Words(b, "after", m.After);
            b.Append('\n');
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

            b.Append('\t').Append(e.TargetDefault is { } td ? ((int)td).ToString(System.Globalization.CultureInfo.InvariantCulture) : "-");
            Target(b, e.Target);
            b.Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(b.ToString()))).ToLowerInvariant();
    }

    private static void Target(StringBuilder b, TargetRule? rule)
    {
        if (rule is null)
        {
            return;
        }

        Words(b, "require", rule.Require);
        Words(b, "forbid", rule.Forbid);
    }

    private static void Words(StringBuilder b, string tag, IReadOnlyList<string> words)
    {
        b.Append('\t').Append(tag).Append('[');
        foreach (var w in words)
        {
            b.Append(w).Append('|');
        }

        b.Append(']');
    }
}
