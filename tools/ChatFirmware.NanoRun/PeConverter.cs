using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ChatFirmware.NanoRun
{
    /// <summary>
    /// Turns a compiled .dll into the .pe a board loads, with nanoFramework's own metadata processor (the
    /// step the Windows build runs). It refuses what the board's build would refuse, e.g. an assembly
    /// whose string table passes 65,535 bytes ("String table overflow").
    /// </summary>
    public static class PeConverter
    {
        /// <summary>Converts <paramref name="dll"/> into <paramref name="pe"/>; every assembly it may reference is given as a load hint.</summary>
        public static ConversionResult Convert(Toolchain toolchain, string dll, string pe, IEnumerable<string> referenceDlls)
        {
            List<string> arguments = new List<string> { toolchain.MetadataProcessor };
            foreach (string reference in toolchain.LibraryDlls.Concat(referenceDlls))
            {
                arguments.Add("-loadHints");
                arguments.Add(Path.GetFileNameWithoutExtension(reference));
                arguments.Add(reference);
            }

            arguments.AddRange(new[] { "-parse", dll, "-compile", pe, "false" });
            if (File.Exists(pe))
            {
                File.Delete(pe);
            }

            ProcessRun run = ProcessRun.Start("dotnet", arguments, Path.GetDirectoryName(pe)!, timeoutSeconds: 300);
            if (run.ExitCode == 0 && File.Exists(pe))
            {
                return ConversionResult.Converted(pe);
            }

            // The processor prints a banner and a stack trace; the lines worth showing name the problem.
            string problem = string.Join("\n", run.Output.Where(IsProblemLine).Take(6));
            return ConversionResult.Refused(problem.Length > 0 ? problem : "exit code " + run.ExitCode + ", no .pe written");
        }

        private static bool IsProblemLine(string line)
        {
            string trimmed = line.TrimStart();
            return !trimmed.StartsWith("at ", System.StringComparison.Ordinal)
                && (trimmed.Contains("rror", System.StringComparison.Ordinal) || trimmed.Contains("xception", System.StringComparison.Ordinal));
        }
    }

    public sealed class ConversionResult
    {
        private ConversionResult(string? pe, string? problem)
        {
            Pe = pe;
            Problem = problem;
        }

        public string? Pe { get; }

        public string? Problem { get; }

        public bool Succeeded => Pe != null;

        public static ConversionResult Converted(string pe) => new ConversionResult(pe, null);

        public static ConversionResult Refused(string problem) => new ConversionResult(null, problem);
    }
}
