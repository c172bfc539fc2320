using Framing.Lexicons;
using Framing.Text;

namespace Framing.Cli;

/// <summary>
/// How commands load a lexicon: through the image cache the environment names (see <see cref="LexiconCache"/>:
/// <c>FRAMING_CACHE_DIR</c>, <c>XDG_CACHE_HOME</c> or <c>HOME</c>; <c>FRAMING_NO_CACHE</c> turns it off), so that a
/// lexicon read once before starts faster. <c>framing lexicons validate</c> always parses the YAML.
/// </summary>
internal static class CliLexicons
{
    /// <summary>Loads a built-in lexicon or a lexicon file.</summary>
    /// <param name="context">The invocation (its environment).</param>
    /// <param name="idOrPath">A built-in id or a file path.</param>
    /// <returns>The validated lexicon.</returns>
    public static Lexicon Load(CliContext context, string idOrPath)
    {
        idOrPath = IdOrPath(idOrPath);
        if (File.Exists(idOrPath))
        {
            context.NoteInput(idOrPath, "the lexicon");
        }

        return Lexicon.Load(idOrPath, LanguageRegistry.Default, LexiconCache.FromEnvironment(context.Environment));
    }

    /// <summary>
    /// A lexicon as <c>--lexicon</c> (or another place that takes a built-in id or a file) reads it: an existing file
    /// as it is written (read first, as <see cref="Lexicon.Load(string)"/> does); else a built-in id in any case as the
    /// id (<c>STARTER</c> is <c>starter</c>, as a choice is taken in any case), so that a state file and a shard's
    /// command name it as the library does; else as it is written.
    /// </summary>
    /// <param name="value">The value as given.</param>
    /// <returns>The file's path, the built-in id, or the value.</returns>
    public static string IdOrPath(string value) =>
        File.Exists(value) ? value : Arguments.Option.Keyword(value, Lexicon.BuiltInIds) ?? value;
}
