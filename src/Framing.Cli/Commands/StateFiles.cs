using Framing.Cli.Arguments;
using Framing.Scoring.State;

namespace Framing.Cli.Commands;

/// <summary>Saving and loading state files with one clear error line on failure.</summary>
internal static class StateFiles
{
    /// <summary>Saves a state to a file (put in place when the command succeeds), or to standard output as one JSON line when the path is <c>-</c>.</summary>
    public static void Save(string path, TallyState state, CliContext context)
    {
        if (path == "-")
        {
            context.Out.Flush();
            TallyStateFile.Write(context.OutStream, state, indented: false);
            return;
        }

        // Whole or not at all, and only when the command succeeds: a shard killed while writing its state leaves no
        // state, so resubmit-failed.sh runs it again instead of the merge failing on half a file.
        context.WriteOnSuccess(path, "the state", stream => TallyStateFile.Write(stream, state));
    }

    /// <summary>Loads the states named on the command line; <c>-</c> reads states as JSON Lines from standard input.</summary>
    public static List<(TallyState State, string Name)> LoadAll(IEnumerable<string> paths, CliContext context)
    {
        var states = new List<(TallyState, string)>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                try
                {
                    var fromInput = TallyStateFile.ReadLines(context.OpenInput(), "-");
                    for (var i = 0; i < fromInput.Count; i++)
                    {
                        states.Add((fromInput[i], "-:" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    }
                }
                catch (TallyStateException e)
                {
                    throw new InputException(Message(e));
                }
                catch (System.Text.DecoderFallbackException)
                {
                    throw new InputException("-: standard input is not UTF-8");
                }
            }
            else
            {
                states.Add((Load(path), path));
            }
        }

        if (states.Count == 0)
        {
            throw new InputException("no state to merge (standard input was empty)");
        }

        return states;
    }

    public static TallyState Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return TallyStateFile.Read(stream, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: {SystemReason.OfRead(path, e)}");
        }
        catch (TallyStateException e)
        {
            throw new InputException(Message(e));
        }
    }

    /// <summary>The library's message, with the CLI's hint on how to write a state when the file is none.</summary>
    private static string Message(TallyStateException e) => e.NotAState ? e.Message + " (write one with 'framing score --save-state')" : e.Message;
}
