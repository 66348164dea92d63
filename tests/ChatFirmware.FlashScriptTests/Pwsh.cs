using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace ChatFirmware.FlashScriptTests
{
    /// <summary>
    /// PowerShell 7 as a local dotnet tool in &lt;repo&gt;/.tools (git-ignored), installed on first use
    /// when missing: a fresh machine with only the .NET SDK runs these tests.
    /// </summary>
    public static class Pwsh
    {
        public const string Version = "7.6.9";
        private static readonly object InstallLock = new object();

        /// <summary>The tool's command (a shim that starts "dotnet pwsh.dll" through the PATH).</summary>
        public static string Executable => Repo.Path(".tools", OperatingSystem.IsWindows() ? "pwsh.exe" : "pwsh");

        /// <summary>The .NET installation running these tests.</summary>
        public static string DotnetRoot => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

        public static string Dotnet => Path.Combine(DotnetRoot, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");

        /// <summary>
        /// PowerShell itself, which the tests start with <see cref="Dotnet"/> directly: the shim finds
        /// "dotnet" on the PATH, and the tests' PATH holds only stub commands.
        /// </summary>
        public static string PwshDll => Repo.Path(".tools", ".store", "powershell", Version, "powershell", Version, "tools", "net10.0", "any", OperatingSystem.IsWindows() ? "win" : "unix", "pwsh.dll");

        public static void EnsureInstalled()
        {
            lock (InstallLock)
            {
                if (File.Exists(Executable) && File.Exists(PwshDll))
                {
                    return;
                }

                Result install = Run(Dotnet, new[] { "tool", "install", "--tool-path", Repo.Path(".tools"), "PowerShell", "--version", Version }, null, TimeSpan.FromMinutes(5));
                if (install.ExitCode != 0 || !File.Exists(PwshDll))
                {
                    throw new InvalidOperationException("could not install PowerShell " + Version + " into .tools: " + install.Output + install.Error);
                }
            }
        }

        /// <summary>Runs nf-flash.ps1 with the arguments, non-interactively, under a controlled PATH and HOME.</summary>
        public static Result RunScript(Sandbox sandbox, params string[] scriptArguments)
        {
            EnsureInstalled();
            List<string> arguments = new List<string> { PwshDll, "-NoProfile", "-NonInteractive", "-File", Repo.Script };
            arguments.AddRange(scriptArguments);
            return Run(Dotnet, arguments, sandbox.Environment(), TimeSpan.FromMinutes(2));
        }

        /// <summary>Runs one PowerShell command line (not the script) in the sandbox.</summary>
        public static Result RunCommand(Sandbox sandbox, string command)
        {
            EnsureInstalled();
            return Run(Dotnet, new[] { PwshDll, "-NoProfile", "-NonInteractive", "-Command", command }, sandbox.Environment(), TimeSpan.FromMinutes(2));
        }

        /// <summary>Runs a PowerShell script file in <paramref name="workingDirectory"/> with these variables added.</summary>
        public static Result RunFileIn(string workingDirectory, string scriptFile, IDictionary<string, string?> environment)
        {
            EnsureInstalled();
            return Run(Dotnet, new[] { PwshDll, "-NoProfile", "-NonInteractive", "-File", scriptFile }, environment, TimeSpan.FromMinutes(2), workingDirectory);
        }

        private static Result Run(string file, IEnumerable<string> arguments, IDictionary<string, string?>? environment, TimeSpan timeout, string? workingDirectory = null)
        {
            ProcessStartInfo start = new ProcessStartInfo(file)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = workingDirectory ?? Repo.Root,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            if (environment != null)
            {
                foreach (KeyValuePair<string, string?> variable in environment)
                {
                    if (variable.Value == null)
                    {
                        start.Environment.Remove(variable.Key);
                    }
                    else
                    {
                        start.Environment[variable.Key] = variable.Value;
                    }
                }
            }

            using Process process = Process.Start(start)!;
            StringBuilder output = new StringBuilder();
            StringBuilder error = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (error) { error.AppendLine(e.Data); } } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit((int)timeout.TotalMilliseconds))
            {
                process.Kill(true);
                throw new TimeoutException(file + " did not finish within " + timeout);
            }

            process.WaitForExit();
            return new Result(process.ExitCode, output.ToString(), error.ToString());
        }

        public sealed record Result(int ExitCode, string Output, string Error)
        {
            /// <summary>The command lines the script printed or ran: lines that start with a tool name.</summary>
            public string[] Commands(params string[] tools)
            {
                List<string> lines = new List<string>();
                foreach (string line in Output.Split('\n'))
                {
                    string trimmed = line.TrimEnd('\r');
                    foreach (string tool in tools)
                    {
                        if (trimmed.StartsWith(tool + " ", StringComparison.Ordinal))
                        {
                            lines.Add(trimmed);
                        }
                    }
                }

                return lines.ToArray();
            }

            public override string ToString() => "exit " + ExitCode + "\n--- stdout\n" + Output + "--- stderr\n" + Error;
        }
    }
}
