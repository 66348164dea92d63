using ChatFirmware.Core.CaptivePortal;
using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.CaptivePortal
{
    [TestClass]
    public class ConnectivityProbesTests
    {
        public const string Device = "192.168.4.1";
        public const string Portal = "http://192.168.4.1/";

        /// <summary>
        /// Host, target, and the success answer: status, exact body and content type (empty for none:
        /// a null in a string[] initializer is never stored, and an unset slot is not null on nanoFramework).
        /// </summary>
        public static readonly string[] Hosts = new string[]
        {
            "connectivitycheck.gstatic.com", "www.google.com", "clients3.google.com", "edge-http.microsoft.com",
            "captive.apple.com", "www.apple.com", "captive.apple.com", "www.thinkdifferent.us",
            "www.msftconnecttest.com", "www.msftncsi.com",
            "detectportal.firefox.com", "detectportal.firefox.com",
            "nmcheck.gnome.org", "connectivity-check.ubuntu.com.", "fedoraproject.org",
        };

        public static readonly string[] Targets = new string[]
        {
            "/generate_204", "/gen_204", "/generate_204", "/captiveportal/generate_204",
            "/hotspot-detect.html", "/library/test/success.html", "/", "/8mNGvV5a/eA0fnI0f.html",
            "/connecttest.txt", "/ncsi.txt",
            "/success.txt?ipv4", "/canonical.html",
            "/check_network_status.txt", "/", "/static/hotspot.txt",
        };

        public static readonly int[] Statuses = new int[] { 204, 204, 204, 204, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200 };

        public static readonly string[] Bodies = new string[]
        {
            "", "", "", "",
            "<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>", "<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>",
            "<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>", "<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>",
            "Microsoft Connect Test", "Microsoft NCSI",
            "success\n", "<meta http-equiv=\"refresh\" content=\"0;url=https://support.mozilla.org/kb/captive-portal\"/>",
            "NetworkManager is online\n", "NetworkManager is online\n", "OK",
        };

        public static readonly string[] ContentTypes = new string[]
        {
            "", "", "", "", "text/html", "text/html", "text/html", "text/html",
            "text/plain", "text/plain", "text/plain", "text/html", "text/plain", "text/plain", "text/plain",
        };

        public static HttpRequest Probe(string host, string target)
        {
            HttpRequest request = new HttpRequest("GET", target);
            request.Host = host;
            request.RemoteAddress = TestRig.ClientAddress;
            return request;
        }

        [TestMethod]
        public void Before_sign_in_every_probe_is_sent_to_the_login_page()
        {
            for (int i = 0; i < Hosts.Length; i++)
            {
                HttpResponse response = ConnectivityProbes.TryAnswer(Probe(Hosts[i], Targets[i]), false, Device);
                string what = Hosts[i] + Targets[i];

                Assert.IsNotNull(response, what);
                Assert.AreEqual(302, response.StatusCode, what);
                Assert.AreEqual(Portal, response.GetHeader("Location"), what);
                Assert.IsTrue(response.Body == null || response.Body.Length == 0, what + ": no success text");
            }
        }

        [TestMethod]
        public void After_sign_in_every_probe_gets_its_exact_success_answer()
        {
            for (int i = 0; i < Hosts.Length; i++)
            {
                HttpResponse response = ConnectivityProbes.TryAnswer(Probe(Hosts[i], Targets[i]), true, Device);
                string what = Hosts[i] + Targets[i];

                Assert.IsNotNull(response, what);
                Assert.AreEqual(Statuses[i], response.StatusCode, what);
                if (Bodies[i].Length == 0)
                {
                    Assert.IsTrue(response.Body == null || response.Body.Length == 0, what + ": 204 has no body");
                }
                else
                {
                    Assert.AreEqual(Bodies[i], Bytes.Text(response.Body), what);
                }

                Assert.AreEqual(ContentTypes[i].Length == 0 ? null : ContentTypes[i], response.ContentType, what);
                Assert.IsNull(response.GetHeader("Location"), what);
            }
        }

        [TestMethod]
        public void NetworkManager_probes_also_get_its_online_header()
        {
            HttpResponse gnome = ConnectivityProbes.TryAnswer(Probe("nmcheck.gnome.org", "/check_network_status.txt"), true, Device);
            HttpResponse ubuntu = ConnectivityProbes.TryAnswer(Probe("connectivity-check.ubuntu.com", "/"), true, Device);

            Assert.AreEqual("online", gnome.GetHeader("X-NetworkManager-Status"));
            Assert.AreEqual("online", ubuntu.GetHeader("X-NetworkManager-Status"));
            Assert.IsNull(ConnectivityProbes.TryAnswer(Probe("connectivity-check.ubuntu.com", "/"), false, Device).GetHeader("X-NetworkManager-Status"));
        }

        [TestMethod]
        public void Probe_hosts_are_recognised_with_a_port_and_in_any_letter_case()
        {
            HttpResponse apple = ConnectivityProbes.TryAnswer(Probe("Captive.Apple.COM:80", "/"), true, Device);
            HttpResponse android = ConnectivityProbes.TryAnswer(Probe("connectivitycheck.gstatic.com:80", "/GENERATE_204"), true, Device);

            Assert.AreEqual(ConnectivityProbes.AppleSuccess, Bytes.Text(apple.Body));
            Assert.AreEqual(204, android.StatusCode);
        }

        [TestMethod]
        public void The_redirect_names_the_configured_device_address()
        {
            HttpResponse response = ConnectivityProbes.TryAnswer(Probe("captive.apple.com", "/hotspot-detect.html"), false, "10.9.8.7");

            Assert.AreEqual("http://10.9.8.7/", response.GetHeader("Location"));
        }

        [TestMethod]
        public void Any_page_of_a_foreign_site_is_sent_to_the_chat_before_and_after_sign_in()
        {
            string[] targets = new string[] { "/", "/news/today?x=1", "/register", "/chat", "/app.css" };
            string[] hosts = new string[] { "example.com", "www.msftconnecttest.com", "neverssl.com:80" };
            for (int h = 0; h < hosts.Length; h++)
            {
                for (int t = 0; t < targets.Length; t++)
                {
                    HttpResponse before = ConnectivityProbes.TryAnswer(Probe(hosts[h], targets[t]), false, Device);
                    HttpResponse after = ConnectivityProbes.TryAnswer(Probe(hosts[h], targets[t]), true, Device);

                    Assert.AreEqual(302, before.StatusCode, hosts[h] + targets[t]);
                    Assert.AreEqual(Portal, before.GetHeader("Location"), hosts[h] + targets[t]);
                    Assert.AreEqual(Portal, after.GetHeader("Location"), hosts[h] + targets[t] + " after sign-in");
                }
            }
        }

        [TestMethod]
        public void Requests_to_the_chat_itself_are_left_to_the_chat()
        {
            string[] hosts = new string[] { Device, Device + ":80", "127.0.0.1:8080", "localhost:8080", "[::1]:8080", "chatbox", "my-laptop.local:8080", string.Empty };
            string[] targets = new string[] { "/", "/chat", "/register", "/app.css", "/missing" };
            for (int t = 0; t < targets.Length; t++)
            {
                for (int h = 0; h < hosts.Length; h++)
                {
                    Assert.IsNull(ConnectivityProbes.TryAnswer(Probe(hosts[h], targets[t]), false, Device), hosts[h] + targets[t]);
                    Assert.IsNull(ConnectivityProbes.TryAnswer(Probe(hosts[h], targets[t]), true, Device), hosts[h] + targets[t]);
                }

                Assert.IsNull(ConnectivityProbes.TryAnswer(Probe(null, targets[t]), false, Device), "no Host header, " + targets[t]);
                Assert.IsNull(ConnectivityProbes.TryAnswer(Probe(null, targets[t]), true, Device), "no Host header, " + targets[t]);
            }
        }

        [TestMethod]
        public void Probe_paths_are_probes_on_the_device_address_too()
        {
            Assert.IsTrue(ConnectivityProbes.IsProbe(Probe(Device, "/generate_204")));
            Assert.IsTrue(ConnectivityProbes.IsProbe(Probe("captive.apple.com", "/anything")));
            Assert.IsFalse(ConnectivityProbes.IsProbe(Probe(Device, "/chat")));
            Assert.IsFalse(ConnectivityProbes.IsProbe(Probe("example.com", "/")));
            Assert.AreEqual(204, ConnectivityProbes.TryAnswer(Probe(Device, "/generate_204"), true, Device).StatusCode);
        }

        [TestMethod]
        public void Host_names_lose_port_case_and_final_dot()
        {
            Assert.AreEqual("connectivity-check.ubuntu.com", ConnectivityProbes.HostName("Connectivity-Check.Ubuntu.com.:80"));
            Assert.AreEqual("[::1]", ConnectivityProbes.HostName("[::1]:8080"));
            Assert.AreEqual("[::1]", ConnectivityProbes.HostName("[::1]"));
            Assert.AreEqual("192.168.4.1", ConnectivityProbes.HostName(" 192.168.4.1 "));
            Assert.IsNull(ConnectivityProbes.HostName(null));
        }
    }
}
