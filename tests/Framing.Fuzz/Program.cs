using Framing.Fuzz;
using SharpFuzz;

// Framing.Fuzz seeds DIR           writes each target's seeds to DIR/TARGET/
// Framing.Fuzz run TARGET          runs TARGET under afl-fuzz (input on standard input, persistent mode)
// Framing.Fuzz run-isolated TARGET the same, each input in a child process (slower; catches stack overflows)
// Framing.Fuzz replay TARGET F...  runs TARGET once on each file (a crash the fuzzer found, to reproduce it)
if (args is ["seeds", var dir])
{
    foreach (var target in FuzzTargets.All.Keys)
    {
        var folder = Directory.CreateDirectory(Path.Combine(dir, target)).FullName;
        foreach (var (seed, bytes) in Seeds.For(target))
        {
            File.WriteAllBytes(Path.Combine(folder, seed), bytes);
        }
    }

    return 0;
}

if (args is ["run" or "run-isolated", var name] && FuzzTargets.All.TryGetValue(name, out var run))
{
    void Input(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        run(copy.ToArray());
    }

    // run-isolated: each input in a child process, so that a crash the runtime cannot catch (a stack overflow) is
    // reported as a crash of that input instead of ending the fuzzer's server.
    if (args[0] == "run")
    {
        Fuzzer.Run(Input);
    }
    else
    {
        Fuzzer.OutOfProcess.Run(Input);
    }

    return 0;
}

if (args is ["replay", var replayed, .. var files] && FuzzTargets.All.TryGetValue(replayed, out var replay))
{
    var failed = 0;
    foreach (var file in files)
    {
        try
        {
            replay(File.ReadAllBytes(file));
            Console.WriteLine($"ok {file}");
        }
        catch (Exception e)
        {
            failed++;
            Console.WriteLine($"FAILED {file}: {e}");
        }
    }

    return failed == 0 ? 0 : 1;
}

Console.Error.WriteLine($"usage: Framing.Fuzz seeds DIR | run TARGET | replay TARGET FILE... (targets: {string.Join(", ", FuzzTargets.All.Keys)})");
return 2;
