namespace Framing.Cli.Arguments;

/// <summary>Bad input (a corpus or lexicon that cannot be read): exit code 2, one line naming the file and place.</summary>
internal sealed class InputException(string message) : Exception(message);
