using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.EndToEnd
{
    /// <summary>The emulator as a separate process, so that it can be killed without warning (SIGKILL).</summary>
    [TestClass]
    public sealed class ProcessCrashTests
    {
        [TestMethod]
        public async Task A_registration_acknowledged_just_before_SIGKILL_survives_the_restart()
        {
            using TempFolder folder = new TempFolder();
            string data = folder.Path;
            using (EmulatorProcess first = await EmulatorProcess.StartAsync(data))
            {
                using BrowserLikeClient client = new BrowserLikeClient(first.BaseUri);
                var response = await client.PostFormAsync("/register", ("name", "Dora"), ("email", "dora@example.org"), ("password", "dora-secret-9"));
                Assert.AreEqual(HttpStatusCode.SeeOther, response.StatusCode);
                first.Kill();
            }

            using EmulatorProcess second = await EmulatorProcess.StartAsync(data);
            using BrowserLikeClient again = new BrowserLikeClient(second.BaseUri);
            await again.LoginAsync("dora@example.org", "dora-secret-9");
            Assert.AreEqual(HttpStatusCode.OK, (await again.GetAsync("/chat")).StatusCode);
        }

        private sealed class EmulatorProcess : IDisposable
        {
            private readonly Process _process;

            private EmulatorProcess(Process process, Uri baseUri)
            {
                _process = process;
                BaseUri = baseUri;
            }

            public Uri BaseUri { get; }

            public static async Task<EmulatorProcess> StartAsync(string data)
            {
                string dll = Path.Combine(AppContext.BaseDirectory, "ChatFirmware.Emulator.dll");
                ProcessStartInfo start = new ProcessStartInfo("dotnet")
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                foreach (string arg in new[] { dll, "--listen", "127.0.0.1:0", "--data", data })
                {
                    start.ArgumentList.Add(arg);
                }

                Process process = Process.Start(start)!;
                Task<string?> line = ReadUrlLineAsync(process);
                if (await Task.WhenAny(line, Task.Delay(TimeSpan.FromSeconds(30))) != line || line.Result == null)
                {
                    process.Kill(true);
                    throw new InvalidOperationException("the emulator did not print its URL: " + await process.StandardError.ReadToEndAsync());
                }

                return new EmulatorProcess(process, new Uri(line.Result));
            }

            private static async Task<string?> ReadUrlLineAsync(Process process)
            {
                string? text;
                while ((text = await process.StandardOutput.ReadLineAsync()) != null)
                {
                    int at = text.IndexOf("open http", StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        return text.Substring(at + 5).Split(' ')[0];
                    }
                }

                return null;
            }

            /// <summary>SIGKILL: no shutdown code runs.</summary>
            public void Kill()
            {
                _process.Kill(false);
                _process.WaitForExit();
            }

            public void Dispose()
            {
                if (!_process.HasExited)
                {
                    _process.Kill(true);
                    _process.WaitForExit();
                }

                _process.Dispose();
            }
        }
    }
}
