namespace Framing.Cli.Arguments;

/// <summary>A mistake in how the command was called (unknown option, missing value…): exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
