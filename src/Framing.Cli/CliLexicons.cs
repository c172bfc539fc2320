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
        if (File.Exists(idOrPath))
        {
            context.NoteInput(idOrPath, "the lexicon");
        }

        return Lexicon.Load(idOrPath, LanguageRegistry.Default, LexiconCache.FromEnvironment(context.Environment));
    }
}
