using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace ChatFirmware.NanoRun
{
    /// <summary>A child process run to its end (or killed at its time limit), with its output lines.</summary>
    public sealed class ProcessRun
    {
        private ProcessRun(int exitCode, bool timedOut, List<string> output, TimeSpan elapsed)
        {
            ExitCode = exitCode;
            TimedOut = timedOut;
            Output = output;
            Elapsed = elapsed;
        }

        public int ExitCode { get; }

        public bool TimedOut { get; }

        /// <summary>Standard output and standard error, interleaved as they arrived, without line ends.</summary>
        public List<string> Output { get; }

        public TimeSpan Elapsed { get; }

        public static ProcessRun Start(string fileName, IEnumerable<string> arguments, string workingDirectory, int timeoutSeconds)
        {
            ProcessStartInfo start = new ProcessStartInfo(fileName)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            List<string> output = new List<string>();
            Stopwatch clock = Stopwatch.StartNew();
            using Process process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Add(output, e.Data);
            process.ErrorDataReceived += (_, e) => Add(output, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            bool finished = process.WaitForExit(timeoutSeconds * 1000);
            if (!finished)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            // The parameterless wait drains the asynchronous output readers.
            process.WaitForExit();
            return new ProcessRun(finished ? process.ExitCode : -1, !finished, output, clock.Elapsed);
        }

        private static void Add(List<string> output, string? line)
        {
            if (line == null)
            {
                return;
            }

            lock (output)
            {
                // nanoCLR ends its lines with CR LF.
                output.Add(line.TrimEnd('\r'));
            }
        }
    }
}
