using System.Globalization;
using System.Text;

namespace Framing.Cli.Commands.Distribute;

/// <summary>
/// The three files of a distributed run: the job array that scores one shard per task, the merge job, and the helper
/// that resubmits only the shards without a state. Every path is absolute and quoted for bash; line ends are '\n'.
/// </summary>
internal static class SlurmScripts
{
    private const string Header = "(written by 'framing distribute slurm')";

    /// <summary>The sbatch script of the job array: task T scores shard T - base + 1 and saves its state.</summary>
    public static string Score(SlurmPlan plan)
    {
        var b = new StringBuilder();
        b.Append("#!/bin/bash\n");
        Line(b, $"# Framing: each task of this Slurm job array scores one of {plan.Shards} shards of a corpus and saves its state {Header}.");
        Line(b, $"# Task T scores shard T{(plan.ArrayBase == 1 ? string.Empty : " + 1")} of {plan.Shards} (array tasks {plan.ArrayRange}); its state is states/shard-<shard>.json.");
        Line(b, $"# Submit:               sbatch {Q(plan.ScoreScript)}");
        Line(b, $"# Then the merge:       sbatch --dependency=afterok:<job id> {Q(plan.MergeScript)}");
        Line(b, $"# Only some tasks:      sbatch --array=<task ids> {Q(plan.ScoreScript)}   (or: bash {Q(plan.ResubmitScript)})");
        Directive(b, "--job-name", plan.JobName + "-score");
        Line(b, $"#SBATCH --array={plan.ArrayRange}");
        Directive(b, "--output", ShellQuote.FilenamePattern(plan.LogsDir) + "/score-%A_%a.log");
        foreach (var (name, value) in plan.Directives.Concat(plan.ShardDirectives))
        {
            Directive(b, name, value);
        }

        b.Append("set -euo pipefail\n");
        Line(b, $"out={Q(plan.OutDir)}");
        Line(b, $"shards={plan.Shards}");
        Line(b, $"base={plan.ArrayBase}");
        b.Append("task=${SLURM_ARRAY_TASK_ID:?submit this script with sbatch: each task of the job array scores one shard}\n");
        b.Append("shard=$((task - base + 1))\n");
        b.Append("if [ \"$shard\" -lt 1 ] || [ \"$shard\" -gt \"$shards\" ]; then\n");
        b.Append("  echo \"framing: array task $task is not one of the shards 1..$shards (array tasks start at $base)\" >&2\n");
        b.Append("  exit 2\n");
        b.Append("fi\n");
        b.Append("state=\"$out/states/shard-$shard.json\"\n");
        b.Append("rm -f -- \"$state\" \"$state.partial\"\n");
        b.Append("trap 'rm -f -- \"$state.partial\"' EXIT\n");
        Line(b, $"{plan.FramingCommand} score {Q(plan.Corpus)}{Words(plan.ScoreOptions)} --shard \"$shard/$shards\" --save-state \"$state.partial\" > /dev/null");
        b.Append("mv -f -- \"$state.partial\" \"$state\"\n");
        return b.ToString();
    }

    /// <summary>The sbatch script of the merge: every shard's state into the scores of the whole corpus.</summary>
    public static string Merge(SlurmPlan plan)
    {
        var scores = "scores." + plan.Extension;
        var b = new StringBuilder();
        b.Append("#!/bin/bash\n");
        Line(b, $"# Framing: merges the states of the {plan.Shards} shards into the scores of the whole corpus, {scores} and merged-state.json {Header}.");
        Line(b, $"# Submit it to run once every shard succeeded: sbatch --dependency=afterok:<array job id> {Q(plan.MergeScript)}");
        Directive(b, "--job-name", plan.JobName + "-merge");
        Directive(b, "--output", ShellQuote.FilenamePattern(plan.LogsDir) + "/merge-%j.log");
        foreach (var (name, value) in plan.Directives)
        {
            Directive(b, name, value);
        }

        b.Append("set -euo pipefail\n");
        Line(b, $"out={Q(plan.OutDir)}");
        Line(b, $"shards={plan.Shards}");
        b.Append("states=()\n");
        b.Append("for ((shard = 1; shard <= shards; shard++)); do\n");
        b.Append("  states+=(\"$out/states/shard-$shard.json\")\n");
        b.Append("done\n");
        Line(b, $"rm -f -- \"$out/{scores}\" \"$out/merged-state.json\"");
        Line(b, $"{plan.FramingCommand} merge \"${{states[@]}}\"{Words(plan.MergeOptions)} --format {Q(plan.Format)} --save-state \"$out/merged-state.json.partial\" --output \"$out/{scores}.partial\"");
        b.Append("mv -f -- \"$out/merged-state.json.partial\" \"$out/merged-state.json\"\n");
        Line(b, $"mv -f -- \"$out/{scores}.partial\" \"$out/{scores}\"");
        return b.ToString();
    }

    /// <summary>
    /// The helper that finds the shards without a state file and resubmits just their array tasks, then the merge
    /// (cancelling the old merge, which waits forever on a failed array). <c>--list</c> prints the task ids only.
    /// </summary>
    public static string Resubmit(SlurmPlan plan)
    {
        var scores = "scores." + plan.Extension;
        var b = new StringBuilder();
        b.Append("#!/bin/bash\n");
        Line(b, $"# Framing: resubmits only the shards of this run that have no state file (failed, timed out, cancelled), then the merge {Header}.");
        b.Append("""
            #
            # Usage: resubmit-failed.sh [--list | --dry-run] [--force]
            #   --list     print the array task ids of the shards without a state, comma-separated (nothing: none), and exit
            #   --dry-run  print what would be cancelled and submitted, and change nothing
            #   --force    resubmit even though jobs of this run are still queued or running
            # The environment variables SBATCH, SQUEUE and SCANCEL override the Slurm programs.

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        b.Append("set -euo pipefail\n");
        Line(b, $"out={Q(plan.OutDir)}");
        Line(b, $"shards={plan.Shards}");
        Line(b, $"base={plan.ArrayBase}");
        Line(b, $"scores={scores}");
        Line(b, $"sbatch={Q(plan.Sbatch)}");
        b.Append("""
            squeue=squeue
            scancel=scancel
            if [ -n "${SBATCH:-}" ]; then sbatch=$SBATCH; fi
            if [ -n "${SQUEUE:-}" ]; then squeue=$SQUEUE; fi
            if [ -n "${SCANCEL:-}" ]; then scancel=$SCANCEL; fi

            mode=submit
            force=0
            for arg in "$@"; do
              case "$arg" in
                --list) mode=list ;;
                --dry-run) mode=dry-run ;;
                --force) force=1 ;;
                -h|--help) sed -n '2,8s/^# \{0,1\}//p' "$0"; exit 0 ;;
                *) echo "resubmit-failed.sh: unknown option '$arg' (see --help)" >&2; exit 2 ;;
              esac
            done

            # The shards whose state file is missing or empty, as array task ids.
            tasks=()
            missing=()
            for ((shard = 1; shard <= shards; shard++)); do
              if [ ! -s "$out/states/shard-$shard.json" ]; then
                tasks+=("$((shard - 1 + base))")
                missing+=("$shard/$shards")
              fi
            done
            task_list=$(IFS=,; echo "${tasks[*]}")
            if [ "$mode" = list ]; then
              echo "$task_list"
              exit 0
            fi

            job_of() {
              if [ -f "$out/jobs.env" ]; then sed -n "s/^$1=//p" "$out/jobs.env" | tail -n 1; fi
            }
            # Whether a job is still queued or running. squeue not knowing the id means it ended long ago; any other
            # failure of squeue (the controller down, or too busy to answer in time) leaves that unknown, so nothing is
            # cancelled or submitted.
            queued() {
              [ -n "$1" ] || return 1
              local listed errors
              errors=$(mktemp)
              if listed=$("$squeue" -h -j "$1" -o %i 2>"$errors"); then
                rm -f "$errors"
                [ -n "$listed" ]
                return
              fi
              listed=$(tr '\n' ' ' < "$errors")
              rm -f "$errors"
              case "$listed" in *"Invalid job id specified"*) return 1 ;; esac
              echo "resubmit-failed.sh: cannot tell whether job $1 is still queued or running: $squeue failed: ${listed}(nothing was changed; try again when Slurm answers)" >&2
              exit 1
            }
            run() {
              if [ "$mode" = dry-run ]; then
                printf 'would run:'; printf ' %q' "$@"; printf '\n'
              else
                "$@"
              fi
            }
            submit() {
              local id
              if [ "$mode" = dry-run ]; then
                printf 'would run:' >&2; printf ' %q' "$sbatch" --parsable "$@" >&2; printf '\n' >&2
                echo "<job id>"
                return
              fi
              id=$("$sbatch" --parsable "$@")
              echo "${id%%;*}"
            }

            array_job=$(job_of array_job)
            merge_job=$(job_of merge_job)
            if [ "$force" = 0 ] && queued "$array_job"; then
              echo "resubmit-failed.sh: shards of job $array_job are still queued or running (squeue -j $array_job); wait for them, or use --force" >&2
              exit 1
            fi

            if [ ${#tasks[@]} -eq 0 ]; then
              if [ -s "$out/$scores" ]; then
                echo "every shard has its state and $out/$scores exists: nothing to resubmit"
                exit 0
              fi
              if [ "$force" = 0 ] && queued "$merge_job"; then
                echo "resubmit-failed.sh: the merge, job $merge_job, is still queued or running (squeue -j $merge_job); wait for it, or use --force" >&2
                exit 1
              fi
              echo "every shard has its state; submitting the merge"
              new_merge=$(submit "$out/merge.sbatch")
              new_array=$array_job
            else
              echo "shards without a state: ${missing[*]} (array tasks $task_list)"
              if queued "$merge_job"; then
                echo "cancelling the merge, job $merge_job, which waits on the failed shards"
                run "$scancel" "$merge_job"
              fi
              new_array=$(submit --array="$task_list" "$out/score.sbatch")
              new_merge=$(submit --dependency=afterok:"$new_array" "$out/merge.sbatch")
            fi

            if [ "$mode" = submit ]; then
              printf 'array_job=%s\nmerge_job=%s\n' "$new_array" "$new_merge" > "$out/jobs.env"
            fi
            echo "shards: job $new_array; merge: job $new_merge (runs once every resubmitted shard succeeds)"
            echo "results: $out/$scores"

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        return b.ToString();
    }

    private static string Q(string value) => ShellQuote.Quote(value);

    private static string Words(IReadOnlyList<string> words) => words.Count == 0 ? string.Empty : " " + ShellQuote.Join(words);

    private static void Line(StringBuilder b, FormattableString line) => b.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');

    private static void Directive(StringBuilder b, string name, string? value)
    {
        b.Append("#SBATCH ").Append(name);
        if (value is not null)
        {
            b.Append('=').Append(ShellQuote.Directive(value));
        }

        b.Append('\n');
    }
}
