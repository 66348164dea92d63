using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using ChatFirmware.Emulator;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.EndToEnd
{
    /// <summary>
    /// The captive portal on both hosts: its DNS (the emulator's <c>--dns</c>, the board's CaptiveDnsHost
    /// on a UDP socket of nanoFramework's) asked by a real dig and by hand-made queries, and each operating
    /// system's connectivity probe before sign-in (sent to the login page), after it ("online", so the
    /// sign-in sheet can close) and after sign-out (the portal again).
    /// </summary>
    public abstract class CaptivePortalTests : HostTests
    {
        protected const string DeviceAddress = "192.168.4.1";
        private const string Portal = "http://192.168.4.1/";
        private const string AppleSuccess = "<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>";

        [TestMethod]
        public async Task Dig_for_any_name_gets_the_device_address()
        {
            await using TestHost host = await StartWithDnsAsync();
            int port = host.Dns!.Port;

            string answer = await DigAsync("@127.0.0.1", "-p", port.ToString(), "anything.example", "A", "+short", "+time=2", "+tries=2");

            Assert.AreEqual(DeviceAddress, answer.Trim());
        }

        [TestMethod]
        public async Task Dig_gets_the_configured_device_address_and_an_authoritative_NOERROR()
        {
            await using TestHost host = await StartAsync(options: o =>
            {
                o.Dns = true;
                o.DeviceAddress = "10.20.30.40";
            });
            string port = host.Dns!.Port.ToString();

            string full = await DigAsync("@127.0.0.1", "-p", port, "www.example.org", "A", "+time=2", "+tries=2");

            StringAssert.Contains(full, "status: NOERROR");
            StringAssert.Contains(full, "flags: qr aa rd ra");
            StringAssert.Contains(full, "10.20.30.40");
        }

        [TestMethod]
        public async Task An_AAAA_query_gets_NOERROR_with_no_answer()
        {
            await using TestHost host = await StartWithDnsAsync();

            byte[] reply = await AskAsync(host.Dns!, Query(0x5150, "anything.example", 28));

            Assert.AreEqual(0x5150, (reply[0] << 8) | reply[1], "ID copied");
            Assert.AreEqual(0x80, reply[2] & 0x80, "QR");
            Assert.AreEqual(0, reply[3] & 0x0F, "NOERROR, not NXDOMAIN");
            Assert.AreEqual(1, (reply[4] << 8) | reply[5], "the question is echoed");
            Assert.AreEqual(0, (reply[6] << 8) | reply[7], "no answer: clients fall back to IPv4");
        }

        [TestMethod]
        public async Task An_A_query_built_by_hand_gets_the_device_address_and_garbage_gets_nothing()
        {
            await using TestHost host = await StartWithDnsAsync();
            IPEndPoint dns = host.Dns!;

            byte[] reply = await AskAsync(dns, Query(0x0102, "connectivitycheck.gstatic.com", 1));
            byte[]? ignored = await TryAskAsync(dns, new byte[] { 1, 2, 3 }, TimeSpan.FromMilliseconds(500));
            byte[] stillServing = await AskAsync(dns, Query(0x0103, "captive.apple.com", 1));

            Assert.AreEqual(1, (reply[6] << 8) | reply[7]);
            CollectionAssert.AreEqual(new byte[] { 192, 168, 4, 1 }, reply[^4..]);
            Assert.IsNull(ignored, "a datagram shorter than a header gets no reply");
            CollectionAssert.AreEqual(new byte[] { 192, 168, 4, 1 }, stillServing[^4..]);
        }

        [TestMethod]
        [DataRow("connectivitycheck.gstatic.com", "/generate_204", 204, null, DisplayName = "Android generate_204")]
        [DataRow("www.google.com", "/gen_204", 204, null, DisplayName = "Android gen_204")]
        [DataRow("captive.apple.com", "/hotspot-detect.html", 200, AppleSuccess, DisplayName = "Apple hotspot-detect.html")]
        [DataRow("www.apple.com", "/library/test/success.html", 200, AppleSuccess, DisplayName = "Apple library/test/success.html")]
        [DataRow("www.msftconnecttest.com", "/connecttest.txt", 200, "Microsoft Connect Test", DisplayName = "Windows connecttest.txt")]
        [DataRow("www.msftncsi.com", "/ncsi.txt", 200, "Microsoft NCSI", DisplayName = "Windows ncsi.txt")]
        [DataRow("detectportal.firefox.com", "/success.txt?ipv4", 200, "success\n", DisplayName = "Firefox success.txt")]
        [DataRow("detectportal.firefox.com", "/canonical.html", 200, "<meta http-equiv=\"refresh\" content=\"0;url=https://support.mozilla.org/kb/captive-portal\"/>", DisplayName = "Firefox canonical.html")]
        [DataRow("nmcheck.gnome.org", "/check_network_status.txt", 200, "NetworkManager is online\n", DisplayName = "NetworkManager check_network_status.txt")]
        [DataRow("connectivity-check.ubuntu.com", "/", 200, "NetworkManager is online\n", DisplayName = "Ubuntu connectivity-check")]
        [DataRow("edge-http.microsoft.com", "/captiveportal/generate_204", 204, null, DisplayName = "Edge captiveportal/generate_204")]
        [DataRow("fedoraproject.org", "/static/hotspot.txt", 200, "OK", DisplayName = "Fedora hotspot.txt")]
        public async Task A_probe_opens_the_login_page_before_sign_in_says_online_after_it_and_not_after_sign_out(string host, string target, int onlineStatus, string? onlineBody)
        {
            await using TestHost server = await StartAsync();
            using BrowserLikeClient browser = new BrowserLikeClient(server.BaseUri);
            using HttpClient probe = NewProbeClient(server.BaseUri);

            using (HttpResponseMessage before = await ProbeAsync(probe, host, target))
            {
                Assert.AreEqual(HttpStatusCode.Redirect, before.StatusCode, "before sign-in: a portal (404 means WebApp.Route does not call ConnectivityProbes.TryAnswer)");
                Assert.AreEqual(Portal, before.Headers.Location?.OriginalString);
            }

            await browser.RegisterAndLoginAsync("alice", "alice@example.org", "password-alice");

            using (HttpResponseMessage after = await ProbeAsync(probe, host, target))
            {
                Assert.AreEqual((HttpStatusCode)onlineStatus, after.StatusCode, "after sign-in: online (302 means the login does not call PortalClients.MarkOnline)");
                Assert.AreEqual(onlineBody ?? string.Empty, await after.Content.ReadAsStringAsync());
                Assert.IsNull(after.Headers.Location);
            }

            HttpResponseMessage loggedOut = await browser.PostFormAsync("/logout");
            Assert.AreEqual(HttpStatusCode.SeeOther, loggedOut.StatusCode);

            using HttpResponseMessage afterLogout = await ProbeAsync(probe, host, target);
            Assert.AreEqual(HttpStatusCode.Redirect, afterLogout.StatusCode, "after sign-out: the portal again (the logout must call PortalClients.MarkOffline)");
        }

        [TestMethod]
        public async Task The_portal_address_serves_the_login_page_and_foreign_sites_are_sent_to_it()
        {
            await using TestHost host = await StartAsync();
            using HttpClient probe = NewProbeClient(host.BaseUri);

            using HttpResponseMessage login = await ProbeAsync(probe, DeviceAddress, "/");
            using HttpResponseMessage foreign = await ProbeAsync(probe, "example.com", "/some/page?q=1");
            using HttpResponseMessage windowsSignIn = await ProbeAsync(probe, "www.msftconnecttest.com", "/redirect");

            Assert.AreEqual(HttpStatusCode.OK, login.StatusCode);
            StringAssert.Contains(await login.Content.ReadAsStringAsync(), "action=\"/login\"");
            Assert.AreEqual(Portal, foreign.Headers.Location?.OriginalString);
            Assert.AreEqual(Portal, windowsSignIn.Headers.Location?.OriginalString);
        }

        [TestMethod]
        public async Task Another_client_address_still_sees_the_portal_after_someone_signed_in()
        {
            await using TestHost host = await StartAsync();
            using BrowserLikeClient browser = new BrowserLikeClient(host.BaseUri);
            using HttpClient samePhone = NewProbeClient(host.BaseUri);
            using HttpClient otherPhone = NewProbeClient(host.BaseUri, IPAddress.Parse("127.0.0.2"));
            await browser.RegisterAndLoginAsync("alice", "alice@example.org", "password-alice");

            using HttpResponseMessage signedIn = await ProbeAsync(samePhone, "connectivitycheck.gstatic.com", "/generate_204");
            using HttpResponseMessage other = await ProbeAsync(otherPhone, "connectivitycheck.gstatic.com", "/generate_204");

            Assert.AreEqual(HttpStatusCode.NoContent, signedIn.StatusCode);
            Assert.AreEqual(HttpStatusCode.Redirect, other.StatusCode, "127.0.0.2 has not signed in");
            Assert.AreEqual(Portal, other.Headers.Location?.OriginalString);
        }

        private Task<TestHost> StartWithDnsAsync()
        {
            return StartAsync(options: o => o.Dns = true);
        }

        /// <summary>A client without cookies (an OS probe has none), optionally from another loopback address (another phone).</summary>
        private static HttpClient NewProbeClient(Uri baseUri, IPAddress? from = null)
        {
            SocketsHttpHandler handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, AutomaticDecompression = DecompressionMethods.GZip };
            if (from != null)
            {
                handler.ConnectCallback = async (context, cancel) =>
                {
                    Socket socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    try
                    {
                        socket.Bind(new IPEndPoint(from, 0));
                        await socket.ConnectAsync(context.DnsEndPoint, cancel);
                        return new NetworkStream(socket, ownsSocket: true);
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                };
            }

            return new HttpClient(handler) { BaseAddress = baseUri };
        }

        /// <summary>The request a phone sends to the name the captive DNS pointed at the device.</summary>
        private static Task<HttpResponseMessage> ProbeAsync(HttpClient client, string host, string target)
        {
            HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, target);
            request.Headers.Host = host;
            return client.SendAsync(request);
        }

        private static async Task<string> DigAsync(params string[] arguments)
        {
            ProcessStartInfo start = new ProcessStartInfo("dig") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (Win32Exception)
            {
                Assert.Fail("dig is missing: install it with \"apt-get install -y dnsutils\" (scripts/test-all.sh does)");
                throw;
            }

            using (process)
            {
                using CancellationTokenSource deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
                string output = await process.StandardOutput.ReadToEndAsync(deadline.Token);
                await process.WaitForExitAsync(deadline.Token);
                Assert.AreEqual(0, process.ExitCode, "dig failed: " + output + await process.StandardError.ReadToEndAsync(deadline.Token));
                return output;
            }
        }

        private static byte[] Query(int id, string name, int type)
        {
            byte[] question = new byte[name.Length + 2 + 4];
            int at = 0;
            foreach (string label in name.Split('.'))
            {
                question[at++] = (byte)label.Length;
                foreach (char c in label)
                {
                    question[at++] = (byte)c;
                }
            }

            question[at++] = 0;
            question[at++] = (byte)(type >> 8);
            question[at++] = (byte)type;
            question[at++] = 0;
            question[at] = 1;
            byte[] header = [(byte)(id >> 8), (byte)id, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0];
            return [.. header, .. question];
        }

        private static async Task<byte[]> AskAsync(IPEndPoint server, byte[] query)
        {
            byte[]? reply = await TryAskAsync(server, query, TimeSpan.FromSeconds(5));
            Assert.IsNotNull(reply, "no DNS reply within 5 s");
            return reply;
        }

        private static async Task<byte[]?> TryAskAsync(IPEndPoint server, byte[] query, TimeSpan wait)
        {
            using UdpClient client = new UdpClient(AddressFamily.InterNetwork);
            await client.SendAsync(query, server);
            using CancellationTokenSource deadline = new CancellationTokenSource(wait);
            try
            {
                UdpReceiveResult result = await client.ReceiveAsync(deadline.Token);
                return result.Buffer;
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }
    }

    [TestClass]
    public sealed class CaptivePortalOnEmulator : CaptivePortalTests
    {
        protected override HostKind Host => HostKind.Emulator;

        [TestMethod]
        public async Task Without_the_dns_option_no_DNS_runs()
        {
            await using TestEmulator emulator = await TestEmulator.StartAsync();

            Assert.IsNull(emulator.App.Dns);
        }

        [TestMethod]
        public void The_dns_and_device_address_options_parse()
        {
            EmulatorOptions options = EmulatorOptions.Parse(["--dns", "127.0.0.1:5353", "--device-address", "10.0.0.1"]);
            EmulatorOptions defaults = EmulatorOptions.Parse([]);

            Assert.AreEqual(new IPEndPoint(IPAddress.Loopback, 5353), options.Dns);
            Assert.AreEqual("10.0.0.1", options.DeviceAddress);
            Assert.IsNull(defaults.Dns, "off unless asked for");
            Assert.AreEqual(DeviceAddress, defaults.DeviceAddress);
            Assert.ThrowsExactly<ArgumentException>(() => EmulatorOptions.Parse(["--dns", "nowhere"]));
            Assert.ThrowsExactly<ArgumentException>(() => EmulatorOptions.Parse(["--device-address", "chat.local"]));
        }
    }

    [TestClass]
    public sealed class CaptivePortalOnBoard : CaptivePortalTests
    {
        protected override HostKind Host => HostKind.Board;
    }
}
