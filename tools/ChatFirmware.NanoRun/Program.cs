using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ChatFirmware.NanoRun
{
    /// <summary>
    /// Usage: ChatFirmware.NanoRun --toolchain DIR --work DIR
    ///            --library Core.dll [--library ...]   converted, and loaded with every test assembly
    ///            [--app App.dll ...]                  converted only (it has its own Main)
    ///            [--tests NAME=NFUnitTest.dll ...]    converted and run with the UnitTestLauncher
    ///            [--program Program.dll]              converted and run; its output is printed
    ///            [--timeout SECONDS]                  per test assembly or program (default 600)
    ///            [--board Profile.dll --command-file F [--settings settings.json] [--http-port N] [--dns-port N] [--memory-sample-ms N]]
    ///                                                 prepares a launch of the board profile (BoardLaunch)
    ///                                                 and writes its nanoCLR command to F, one argument a line
    /// Prints each assembly's figures and a closing "nanoCLR: N passed, N failed, N skipped" line;
    /// exits 0 only when every assembly converted within the string-table budget and every test passed.
    /// </summary>
    public static class Program
    {
        /// <summary>
        /// The metadata processor refuses an assembly past 65,535 bytes of strings; failing well before it
        /// leaves room to grow without a surprise on the Windows build.
        /// </summary>
        public const int StringTableBudget = 56 * 1024;

        public static int Main(string[] args)
        {
            Options options;
            try
            {
                options = Options.Parse(args);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine(e.Message);
                Console.Error.WriteLine("usage: ChatFirmware.NanoRun --toolchain DIR --work DIR --library X.dll ... [--app Y.dll ...] [--tests NAME=NFUnitTest.dll ...] [--timeout SECONDS]");
                return 2;
            }

            Toolchain toolchain = Toolchain.Open(options.Toolchain);
            Directory.CreateDirectory(options.Work);
            if (options.Board != null)
            {
                return PrepareBoard(toolchain, options);
            }
            int problems = 0;

            List<string> converted = new List<string>();
            List<string> libraryPes = new List<string>();
            foreach (string dll in options.Libraries.Concat(options.Apps))
            {
                string? pe = ConvertAndMeasure(toolchain, dll, Path.Combine(options.Work, Path.GetFileNameWithoutExtension(dll) + ".pe"), converted, Path.GetFileNameWithoutExtension(dll));
                if (pe == null)
                {
                    problems++;
                    continue;
                }

                converted.Add(dll);
                if (options.Libraries.Contains(dll))
                {
                    libraryPes.Add(pe);
                }
            }

            if (options.Program != null)
            {
                return problems == 0 ? RunProgram(toolchain, options, converted, libraryPes) : 1;
            }

            int passed = 0, failed = 0, skipped = 0;
            foreach (KeyValuePair<string, string> tests in options.Tests)
            {
                string folder = Path.Combine(options.Work, tests.Key);
                Directory.CreateDirectory(folder);
                string? pe = ConvertAndMeasure(toolchain, tests.Value, Path.Combine(folder, "NFUnitTest.pe"), converted, "NFUnitTest (" + tests.Key + ")");
                List<string> expected = ExpectedTests.Read(tests.Value);
                if (pe == null)
                {
                    problems++;
                    failed += expected.Count;
                    continue;
                }

                (string fileName, List<string> arguments) = toolchain.NanoClrCommand(toolchain.LibraryPes.Concat(libraryPes).Append(pe));
                ProcessRun run = ProcessRun.Start(fileName, arguments, folder, options.TimeoutSeconds);
                File.WriteAllLines(Path.Combine(folder, "nanoclr.log"), run.Output);
                LauncherOutput output = LauncherOutput.Judge(expected, run, options.TimeoutSeconds);

                int notRun = expected.Count - output.PassedCount - output.FailedLines.Count - output.SkippedLines.Count;
                passed += output.PassedCount;
                failed += output.FailedLines.Count + Math.Max(0, notRun);
                skipped += output.SkippedLines.Count;
                Console.WriteLine(
                    "{0} NFUnitTest ({1}) on nanoCLR: {2} passed, {3} failed, {4} skipped of {5} expected, {6:F1} s (log: {7})",
                    output.Green ? "ok  " : "FAIL",
                    tests.Key,
                    output.PassedCount,
                    output.FailedLines.Count,
                    output.SkippedLines.Count,
                    expected.Count,
                    run.Elapsed.TotalSeconds,
                    Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(folder, "nanoclr.log")));
                foreach (string line in output.FailedLines.Concat(output.SkippedLines))
                {
                    Console.WriteLine("       " + line);
                }

                foreach (string problem in output.Problems)
                {
                    Console.WriteLine("       " + problem);
                }

                if (!output.Green)
                {
                    problems++;
                }
            }

            Console.WriteLine();
            Console.WriteLine("nanoCLR: {0} passed, {1} failed, {2} skipped in {3} test assemblies", passed, failed, skipped, options.Tests.Count);
            return problems == 0 ? 0 : 1;
        }

        /// <summary>Converts what changed, writes the launch's settings into the profile and its command to the command file.</summary>
        private static int PrepareBoard(Toolchain toolchain, Options options)
        {
            try
            {
                List<string> libraryPes = new List<string>();
                List<string> converted = new List<string>();
                foreach (string dll in options.Libraries)
                {
                    libraryPes.Add(BoardLaunch.ConvertLibrary(toolchain, dll, Path.Combine(options.Work, Path.GetFileNameWithoutExtension(dll) + ".pe"), converted));
                    converted.Add(dll);
                }

                string settings = BoardLaunch.WithPorts(options.SettingsFile == null ? "{}" : File.ReadAllText(options.SettingsFile), options.HttpPort, options.DnsPort);
                (string fileName, List<string> arguments) = BoardLaunch.Prepare(toolchain, Path.Combine(options.Work, "launch"), options.Libraries, libraryPes, options.Board!, settings, options.MemorySampleMs);
                File.WriteAllLines(options.CommandFile!, new[] { fileName }.Concat(arguments));
                return 0;
            }
            catch (Exception e) when (e is ArgumentException || e is InvalidOperationException || e is IOException)
            {
                Console.Error.WriteLine("board profile: " + e.Message);
                return 1;
            }
        }

        /// <summary>Runs a program on nanoCLR with the libraries; exits 0 when it ran to its end ("Done.") and printed no line starting "FAIL ".</summary>
        private static int RunProgram(Toolchain toolchain, Options options, List<string> converted, List<string> libraryPes)
        {
            string name = Path.GetFileNameWithoutExtension(options.Program!);
            string? pe = ConvertAndMeasure(toolchain, options.Program!, Path.Combine(options.Work, name + ".pe"), converted, name);
            if (pe == null)
            {
                return 1;
            }

            // The test launcher has a Main of its own: only one assembly may.
            IEnumerable<string> pes = toolchain.LibraryPes.Where(p => !p.EndsWith("UnitTestLauncher.pe", StringComparison.Ordinal)).Concat(libraryPes).Append(pe);
            (string fileName, List<string> arguments) = toolchain.NanoClrCommand(pes);
            ProcessRun run = ProcessRun.Start(fileName, arguments, options.Work, options.TimeoutSeconds);
            File.WriteAllLines(Path.Combine(options.Work, "nanoclr.log"), run.Output);
            bool ready = false;
            bool done = false;
            bool failed = false;
            foreach (string line in run.Output)
            {
                done |= line == "Done.";
                // A program says it failed in its output: nanoCLR prints "Done." after an unhandled exception too.
                failed |= ready && !done && line.StartsWith("FAIL ", StringComparison.Ordinal);
                if (ready && !done)
                {
                    Console.WriteLine(line);
                }

                ready |= line == "Ready.";
            }

            if (!done)
            {
                Console.WriteLine(run.TimedOut ? "FAIL still running after " + options.TimeoutSeconds + " s: killed" : "FAIL the runtime stopped without \"Done.\" (exit code " + run.ExitCode + ")");
            }

            return done && !failed ? 0 : 1;
        }

        private static string? ConvertAndMeasure(Toolchain toolchain, string dll, string pe, IEnumerable<string> references, string label)
        {
            ConversionResult result = PeConverter.Convert(toolchain, dll, pe, references);
            if (!result.Succeeded)
            {
                Console.WriteLine("FAIL {0}: the metadata processor refused it:\n       {1}", label, result.Problem!.Replace("\n", "\n       "));
                return null;
            }

            int strings = PeFile.StringTableBytes(pe);
            bool within = strings <= StringTableBudget;
            Console.WriteLine(
                "{0} {1}: .pe {2:N0} B, string table {3:N0} B of the {4:N0} B budget ({5:N0} B is the metadata processor's ceiling)",
                within ? "ok  " : "FAIL",
                label,
                new FileInfo(pe).Length,
                strings,
                StringTableBudget,
                PeFile.StringTableCeiling);
            return within ? pe : null;
        }
    }
}
