using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ChatFirmware.FlashScriptTests
{
    /// <summary>
    /// .github/workflows/ci.yml read as text: a job's block and a step's "run: |" script, found by their
    /// keys and indentation (the file is plain block-style YAML; no YAML library needed).
    /// </summary>
    public sealed class WorkflowText
    {
        private readonly string[] _lines;

        private WorkflowText(string[] lines)
        {
            _lines = lines;
        }

        public static WorkflowText Load() => new WorkflowText(File.ReadAllLines(Repo.Path(".github", "workflows", "ci.yml")));

        public string? RunsOn(string job)
        {
            return Job(job).Select(l => l.Trim()).Where(l => l.StartsWith("runs-on:", StringComparison.Ordinal)).Select(l => l.Substring("runs-on:".Length).Trim()).FirstOrDefault();
        }

        public bool JobUses(string job, string actionPrefix)
        {
            return Job(job).Any(l => l.Trim().StartsWith("- uses: " + actionPrefix, StringComparison.Ordinal) || l.Trim().StartsWith("uses: " + actionPrefix, StringComparison.Ordinal));
        }

        /// <summary>The script of the step named <paramref name="step"/>, without its YAML indentation.</summary>
        public string StepRun(string job, string step)
        {
            List<string> lines = Job(job);
            int start = lines.FindIndex(l => l.Trim() == "- name: " + step);
            if (start < 0)
            {
                throw new InvalidOperationException("no step \"" + step + "\" in job " + job);
            }

            int stepIndent = Indent(lines[start]);
            int run = lines.FindIndex(start + 1, l => l.Trim() == "run: |");
            int next = lines.FindIndex(start + 1, l => l.Trim().StartsWith("- ", StringComparison.Ordinal) && Indent(l) == stepIndent);
            if (run < 0 || (next >= 0 && run > next))
            {
                throw new InvalidOperationException("step \"" + step + "\" has no \"run: |\" block");
            }

            int runIndent = Indent(lines[run]);
            List<string> body = lines.Skip(run + 1).TakeWhile(l => l.Trim().Length == 0 || Indent(l) > runIndent).ToList();
            int common = body.Where(l => l.Trim().Length > 0).Min(Indent);
            return string.Join("\n", body.Select(l => l.Length >= common ? l.Substring(common) : string.Empty)).TrimEnd() + "\n";
        }

        private List<string> Job(string job)
        {
            int start = Array.IndexOf(_lines, "  " + job + ":");
            if (start < 0)
            {
                throw new InvalidOperationException("no job " + job + " in ci.yml");
            }

            return _lines.Skip(start + 1).TakeWhile(l => l.Trim().Length == 0 || l.TrimStart().StartsWith('#') || Indent(l) > 2).ToList();
        }

        private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;
    }
}
