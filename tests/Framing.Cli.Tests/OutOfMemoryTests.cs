using System.Text;

namespace Framing.Cli.Tests;

/// <summary>
/// Running out of memory ends a command with one error line and exit code 2. Before: the top-level handler let an
/// <see cref="OutOfMemoryException"/> through, and the runtime printed "Out of memory." and aborted (exit 134), with no
/// <c>framing: error</c> line.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2201", Justification = "The tests stand in for the runtime, which throws OutOfMemoryException when an allocation fails.")]
public sealed class OutOfMemoryTests
{
    [Fact]
    public void OutOfMemoryOnTheCommandsThreadIsOneErrorLine() =>
        AssertOneLine(Run(() => throw new OutOfMemoryException(), "score", "-", "--parallel", "1"));

    [Fact]
    public void OutOfMemoryInAWorkerIsOneErrorLine() =>
        AssertOneLine(Run(() => new FailingStream(), "score", "-", "--parallel", "2"));

    [Fact]
    public void OutOfMemoryInsideAnotherExceptionIsOneErrorLine() =>
        AssertOneLine(Run(() => throw new InvalidOperationException("wrapped", new AggregateException(new OutOfMemoryException())), "score", "-"));

    private static void AssertOneLine(CliRunner.Result result)
    {
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("framing: error: out of memory: ", line, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    private static CliRunner.Result Run(Func<Stream> openInput, params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(output, error, openInput, new Dictionary<string, string?>(), errorIsTerminal: false);
        var exit = FramingApp.Run(args, context);
        return new CliRunner.Result(exit, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    /// <summary>Standard input that runs out of memory on its first read, as a reader growing a buffer would.</summary>
    private sealed class FailingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new OutOfMemoryException();

        public override int Read(Span<byte> buffer) => throw new OutOfMemoryException();

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => throw new OutOfMemoryException();

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw new OutOfMemoryException();
    }
}
