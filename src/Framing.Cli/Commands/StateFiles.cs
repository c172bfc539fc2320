using Framing.Cli.Arguments;
using Framing.Scoring.State;

namespace Framing.Cli.Commands;

/// <summary>Saving and loading state files with one clear error line on failure.</summary>
internal static class StateFiles
{
    /// <summary>
    /// With <c>--save-state -</c> the state is the command's whole output (one JSON line, for Hadoop Streaming, Spark's
    /// pipe or a level of a merge tree): the options of printed scores (format, output file, voice, the intervals'
    /// level) would be accepted and ignored, so they are refused.
    /// </summary>
    /// <param name="args">The command's arguments.</param>
    /// <param name="state">What the state is, for the message ("the state", "the merged state").</param>
    /// <param name="elsewhere">Where those options belong instead, for the message.</param>
    /// <exception cref="UsageException">Such an option is given.</exception>
    public static void RefuseScoreOptionsWithStateOnStandardOutput(ParsedArguments args, string state, string elsewhere)
    {
        foreach (var option in new OptionSpec[] { SharedOptions.Format, SharedOptions.Output, SharedOptions.Voice, BootstrapOptions.ConfidenceSpec, BootstrapOptions.MinDocuments })
        {
            if (args.IsGiven(option))
            {
                throw new UsageException($"--save-state - writes {state} to standard output instead of the scores, so --{option.Name} does not apply here (give it to {elsewhere}, or save the state to a file to print the scores too)");
            }
        }
    }

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

    /// <summary>
    /// Reads the states named on the command line as they are enumerated, one at a time (a merge of thousands of
    /// states holds one, not all); <c>-</c> reads states as JSON Lines from standard input. Enumerate once.
    /// </summary>
    /// <param name="paths">The state files, or <c>-</c>.</param>
    /// <param name="context">The command's context (standard input).</param>
    /// <param name="allowEmpty">Whether <c>--allow-empty</c> is given: the error of no state at all then says why it does not apply.</param>
    /// <returns>The states in order, each with its name for messages.</returns>
    /// <exception cref="InputException">A state cannot be read, thrown when the enumeration reaches it; or no state at all.</exception>
    public static IEnumerable<StateInput> Read(IEnumerable<string> paths, CliContext context, bool allowEmpty)
    {
        var count = 0;
        foreach (var path in paths)
        {
            if (path == "-")
            {
                using var states = FromInput(context).GetEnumerator();
                var index = 0; // the number of the state among those on standard input (blank lines are not counted)
                while (Next(states))
                {
                    count++;
                    index++;
                    yield return new(states.Current, "-:" + index.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
                }
            }
            else
            {
                count++;
                yield return new(Load(path), path, path);
            }
        }

        if (count == 0)
        {
            // A task of 'score - --save-state - --allow-empty' writes a state on an empty split too (README, Hadoop
            // Streaming): none at all is a job that read no input, or lost its tasks' output, which must not go green.
            // Nor could the empty result be printed: its lexicon and bootstrap settings are the states'.
            throw new InputException(allowEmpty
                ? "no state to merge (standard input was empty): --allow-empty accepts states that scored no document, not no state; 'framing score - --save-state - --allow-empty' writes a state for an empty split too, so none at all means the job read no input or lost its tasks' output"
                : "no state to merge (standard input was empty)");
        }
    }

    private static IEnumerable<TallyState> FromInput(CliContext context) => TallyStateFile.EnumerateLines(context.OpenInput(), "-");

    /// <summary>The next state on standard input, with the CLI's error line when it is not one.</summary>
    private static bool Next(IEnumerator<TallyState> states)
    {
        try
        {
            return states.MoveNext();
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
