using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>
    /// The C# compiler stores only the non-default elements of an array initializer, so the null in
    /// <c>new string[] { null, "x" }</c> is never stored, and on nanoFramework an unset string[] slot is
    /// not null (comparing it to a string crashes the runtime). This source check fails on a null
    /// inside a string[] initializer in any firmware or unit-test source (use string.Empty, or fill the
    /// array through ChatFirmware.Core.Text.StringArray).
    /// </summary>
    public static class NullInStringArrayCheck
    {
        public const string Check = "string-array-nulls";

        private static readonly Regex Initializer = new Regex(@"(new\s+string\s*\[\s*\]|string\s*\[\s*\]\s+\w+\s*=)\s*\{(?<body>[^{}]*)\}", RegexOptions.Singleline);
        private static readonly Regex Null = new Regex(@"\bnull\b");
        private static readonly Regex StringLiteral = new Regex(@"@?""(?:\\.|[^""\\])*""");

        public static void Run(IEnumerable<NfProject> projects, string repo, Report report)
        {
            List<string> found = new List<string>();
            int files = 0;
            foreach (string file in projects.SelectMany(p => p.Compile).Distinct().Where(File.Exists))
            {
                files++;
                string text = File.ReadAllText(file);
                foreach (Match match in Initializer.Matches(text))
                {
                    if (Null.IsMatch(StringLiteral.Replace(match.Groups["body"].Value, "\"\"")))
                    {
                        int line = text.Take(match.Index).Count(c => c == '\n') + 1;
                        found.Add(Path.GetRelativePath(repo, file) + ":" + line);
                    }
                }
            }

            foreach (string place in found)
            {
                report.Fail(Check, place + ": a null in a string[] initializer is never stored, and an unset slot is not null on nanoFramework");
            }

            if (found.Count == 0)
            {
                report.Pass(Check, "no null in a string[] initializer in " + files + " firmware and test sources");
            }
        }
    }
}
