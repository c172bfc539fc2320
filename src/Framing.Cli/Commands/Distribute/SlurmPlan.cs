namespace Framing.Cli.Commands.Distribute;

/// <summary>Everything the Slurm scripts of a distributed scoring run need; every path is absolute.</summary>
internal sealed record SlurmPlan
{
    /// <summary>The corpus every shard reads (a file or folder that every node can read).</summary>
    public required string Corpus { get; init; }

    /// <summary>The number of shards, one array task each.</summary>
    public required int Shards { get; init; }

    /// <summary>The folder of the scripts, states, logs and results.</summary>
    public required string OutDir { get; init; }

    /// <summary>The first array task id (0 or 1); task <c>T</c> scores shard <c>T - ArrayBase + 1</c>.</summary>
    public int ArrayBase { get; init; } = 1;

    /// <summary>The shell command that runs framing (already quoted shell words).</summary>
    public required string FramingCommand { get; init; }

    /// <summary>The options every shard's <c>framing score</c> gets (unquoted arguments).</summary>
    public IReadOnlyList<string> ScoreOptions { get; init; } = [];

    /// <summary>The options of the merge's <c>framing merge</c> (unquoted arguments), besides its inputs and outputs.</summary>
    public IReadOnlyList<string> MergeOptions { get; init; } = [];

    /// <summary>The output format of the merged scores: table, csv, json, markdown or parquet.</summary>
    public string Format { get; init; } = "csv";

    /// <summary>The prefix of the job names (<c>NAME-score</c>, <c>NAME-merge</c>).</summary>
    public string JobName { get; init; } = "framing";

    /// <summary>Directives for both jobs (<c>--partition</c>, <c>--time</c>, <c>--mem</c>, extra ones), as name and value (null for a flag).</summary>
    public IReadOnlyList<(string Name, string? Value)> Directives { get; init; } = [];

    /// <summary>Directives for the shards only (<c>--cpus-per-task</c>).</summary>
    public IReadOnlyList<(string Name, string? Value)> ShardDirectives { get; init; } = [];

    /// <summary>The sbatch program.</summary>
    public string Sbatch { get; init; } = "sbatch";

    /// <summary>The array task ids: <c>1-N</c> or <c>0-(N-1)</c>.</summary>
    public string ArrayRange => FormattableString.Invariant($"{ArrayBase}-{LastTask}");

    /// <summary>The last array task id.</summary>
    public int LastTask => ArrayBase + Shards - 1;

    /// <summary>Slurm's default MaxArraySize: array task ids must be below it (1001 lets ids up to 1000).</summary>
    public const int DefaultMaxArraySize = 1001;

    /// <summary>A warning when the array's task ids reach Slurm's default MaxArraySize (sbatch then refuses the array,
    /// unless the cluster raised it), else null.</summary>
    public string? ArraySizeWarning => LastTask < DefaultMaxArraySize
        ? null
        : FormattableString.Invariant($"--shards {Shards} makes array task ids {ArrayRange}, but Slurm refuses an array task id from its MaxArraySize on, {DefaultMaxArraySize} by default (ids up to {DefaultMaxArraySize - 1}): unless this cluster's is larger ('scontrol show config | grep MaxArraySize'), sbatch will refuse the array; give at most {DefaultMaxArraySize - ArrayBase} shards, or ask the cluster's administrator to raise MaxArraySize");

    /// <summary>The extension of the merged scores file for <see cref="Format"/>.</summary>
    public string Extension => Format switch
    {
        "json" => "json",
        "markdown" => "md",
        "table" => "txt",
        "parquet" => "parquet",
        _ => "csv",
    };

    /// <summary>The sbatch script of the shards (a job array).</summary>
    public string ScoreScript => Path.Combine(OutDir, "score.sbatch");

    /// <summary>The sbatch script of the merge.</summary>
    public string MergeScript => Path.Combine(OutDir, "merge.sbatch");

    /// <summary>The helper that resubmits the shards without a state, then the merge.</summary>
    public string ResubmitScript => Path.Combine(OutDir, "resubmit-failed.sh");

    /// <summary>The folder of the shards' state files, <c>shard-I.json</c>.</summary>
    public string StatesDir => Path.Combine(OutDir, "states");

    /// <summary>The folder of the jobs' logs.</summary>
    public string LogsDir => Path.Combine(OutDir, "logs");

    /// <summary>The merged scores.</summary>
    public string ScoresFile => Path.Combine(OutDir, "scores." + Extension);

    /// <summary>The merged state (for a later merge with more data, or for <c>framing check</c>-style reuse).</summary>
    public string MergedStateFile => Path.Combine(OutDir, "merged-state.json");

    /// <summary>The job ids of the last submission (<c>array_job=…</c>, <c>merge_job=…</c>), read by the resubmit helper.</summary>
    public string JobsFile => Path.Combine(OutDir, "jobs.env");

    /// <summary>The array task id of a 1-based shard.</summary>
    public int TaskOf(int shard) => shard - 1 + ArrayBase;
}
