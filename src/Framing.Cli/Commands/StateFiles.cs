using Framing.Cli.Arguments;
using Framing.Scoring.State;

namespace Framing.Cli.Commands;

/// <summary>Saving and loading state files with one clear error line on failure.</summary>
internal static class StateFiles
{
    public static void Save(string path, TallyState state)
    {
        try
        {
            using var stream = File.Create(path);
            TallyStateFile.Write(stream, state);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot write the state: {e.Message}");
        }
    }

    public static TallyState Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return TallyStateFile.Read(stream, path);
        }
        catch (FileNotFoundException)
        {
            throw new InputException($"{path}: no such file");
        }
        catch (DirectoryNotFoundException)
        {
            throw new InputException($"{path}: no such file");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException($"{path}: cannot read: {e.Message}");
        }
        catch (TallyStateException e)
        {
            throw new InputException(e.Message);
        }
    }
}
