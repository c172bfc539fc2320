using Framing.Cli.Arguments;
using Framing.Lexicons;

namespace Framing.Cli.Commands.Learning;

/// <summary>The YAML text a lexicon was loaded from: the file, or the built-in lexicon's embedded copy.</summary>
internal static class LexiconText
{
    public static string Read(string idOrPath, Lexicon lexicon)
    {
        if (File.Exists(idOrPath))
        {
            return File.ReadAllText(idOrPath);
        }

        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("Framing.Lexicons." + lexicon.Id + ".yaml")
            ?? throw new InputException($"{idOrPath}: the lexicon's text cannot be read");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
