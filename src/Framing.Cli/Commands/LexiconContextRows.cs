using Framing.Cli.Output;
using Framing.Lexicons;

namespace Framing.Cli.Commands;

/// <summary>
/// <c>framing lexicons show --context</c>: every word of a lexicon's context sections, one row each, so a user can see
/// which names make a label's target, which cues make speech reported, and which words put a document in scope.
/// </summary>
internal static class LexiconContextRows
{
    /// <summary>The columns, in order.</summary>
    public static readonly string[] Columns = ["section", "lang", "word", "role", "window", "line"];

    /// <summary>One row per actor name, speech cue and opener, negation word, target link word, scare marker and scope
    /// word, in that order and in the order of the file; a language whose scare markers include quotation marks has a row
    /// with role <c>quotes</c> and an empty word.</summary>
    public static TabularData Of(Lexicon lexicon)
    {
        var data = new TabularData(Columns) { TextColumns = new HashSet<string>(["section", "lang", "word", "role"], StringComparer.Ordinal) };
        foreach (var actor in lexicon.Actors)
        {
            foreach (var name in actor.Names)
            {
                data.Add("actors", name.Language, name.Pattern, actor.Id, null, (long)name.Location.Line);
            }
        }

        foreach (var speech in lexicon.Speech)
        {
            Words(data, "speech", speech.Language, speech.Cues, "cue", speech.Window, speech.Location);
            Words(data, "speech", speech.Language, speech.Openers, "opener", speech.Window, speech.Location);
            Words(data, "speech", speech.Language, speech.Exclusions, "exclude", speech.Window, speech.Location);
        }

        foreach (var negation in lexicon.Negation)
        {
            Words(data, "negation", negation.Language, negation.Words, "", negation.Window, negation.Location);
        }

        foreach (var links in lexicon.TargetLinks)
        {
            Words(data, "target-links", links.Language, links.Words, "", links.Window, links.Location);
        }

        foreach (var scare in lexicon.ScareMarkers)
        {
            Words(data, "scare-markers", scare.Language, scare.Before, "before", null, scare.Location);
            Words(data, "scare-markers", scare.Language, scare.After, "after", null, scare.Location);
            if (scare.Quotes)
            {
                data.Add("scare-markers", scare.Language, "", "quotes", null, (long)scare.Location.Line);
            }
        }

        foreach (var scope in lexicon.Scope)
        {
            Words(data, "scope", scope.Language, scope.Words, "", null, scope.Location);
        }

        return data;
    }

    private static void Words(TabularData data, string section, string language, IReadOnlyList<string> words, string role, int? window, SourceLocation location)
    {
        foreach (var word in words)
        {
            data.Add(section, language, word, role, window is { } w ? (long)w : null, (long)location.Line);
        }
    }
}
