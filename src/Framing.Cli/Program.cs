namespace Framing.Cli;

/// <summary>Entry point of the <c>framing</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">Arguments.</param>
    /// <returns>The exit code: 0 ok, 1 check failed, 2 usage or input error, 3 internal error.</returns>
    public static int Main(string[] args)
    {
        if (Environment.ProcessorCount > 1 && System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled)
        {
            // Compile the scoring hot path on the spare core while the command line and the lexicon are read. Ahead of
            // time (the native build) there is nothing to compile: the thread would only list the methods by reflection.
            _ = Framing.Scoring.HotPathWarmup.Start();
        }

        var context = CliContext.FromConsole();
        return FramingApp.Run(args, context);
    }
}
