using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using ChatFirmware.Core.Settings;
using ChatFirmware.NanoRun;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.EndToEnd
{
    /// <summary>The board profile's own promises: one command starts it, it prints its URL, its process id stops it.</summary>
    [TestClass]
    public sealed class BoardProfileOnBoard
    {
        [TestMethod]
        public async Task The_readme_command_prints_the_url_serves_and_stops_on_SIGTERM_to_its_process_id()
        {
            BoardProfile.Toolchain();
            int port = FreePort();
            ProcessStartInfo start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = BoardProfile.RepositoryRoot };
            foreach (string argument in new[] { "scripts/nano-board.sh", "--no-build", "--port", port.ToString(), "--dns-port", FreePort().ToString() })
            {
                start.ArgumentList.Add(argument);
            }

            using Process script = Process.Start(start)!;
            Task<string> errors = script.StandardError.ReadToEndAsync();
            string? line;
            string url = string.Empty;
            while ((line = await script.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60))) != null)
            {
                int at = line.IndexOf("serving http://", StringComparison.Ordinal);
                if (at >= 0)
                {
                    url = line.Substring(at + "serving ".Length).Split(' ')[0];
                    break;
                }
            }

            Assert.AreEqual("http://127.0.0.1:" + port + "/", url, "the script prints the URL: " + await Task.WhenAny(errors, Task.Delay(100)));
            using HttpClient http = new HttpClient();
            Assert.AreEqual(HttpStatusCode.OK, (await http.GetAsync(url)).StatusCode, "the login page, from the profile's embedded resources");
            StringAssert.StartsWith(File.ReadAllText("/proc/" + script.Id + "/comm"), "nanoFramework", "the script became nanoCLR (exec): its process id is the server's");

            Assert.AreEqual(0, SendSignal(script.Id, 15), "SIGTERM sent");
            await script.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            await Assert.ThrowsExactlyAsync<HttpRequestException>(() => http.GetAsync(url));
        }

        [TestMethod]
        public void A_launch_with_a_misspelt_setting_is_refused_before_nanoCLR_starts()
        {
            Assert.ThrowsExactly<ArgumentException>(() => BoardLaunch.Check("{\"Chat\":{\"MaxUser\":3}}"));
            Assert.ThrowsExactly<ArgumentException>(() => BoardLaunch.Check("not json"));
            BoardLaunch.Check(BoardProfile.SettingsText(new ChatSettings { MaxUsers = 3 }, new NetworkSettings { HttpPort = 8081 }));
            StringAssert.Contains(BoardLaunch.WithPorts("{}", 8081, 5354), "\"HttpPort\":8081");
        }

        private static int FreePort()
        {
            using Socket socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            return ((IPEndPoint)socket.LocalEndPoint!).Port;
        }

        [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        private static extern int SendSignal(int pid, int signal);
    }
}
