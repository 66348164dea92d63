using ChatFirmware.Core.Text;
using ChatFirmware.Core.Web;

namespace ChatFirmware.Core.CaptivePortal
{
    /// <summary>
    /// The operating systems' connectivity probes, answered so that the sign-in sheet opens on the chat's
    /// login page before sign-in and the OS calls the network "online" after it, and every request for a
    /// foreign web site sent back to the chat. The DNS answers every name with the device's address, so
    /// these requests all arrive here with the probe's or site's name in their Host header.
    /// </summary>
    /// <remarks>
    /// Before sign-in every probe gets a 302 to http://DEVICE/: each OS reads a redirect as "captive
    /// portal" and opens its sheet (or browser) on the target. After sign-in (PortalClients, by client
    /// address) each gets exactly its vendor's success answer. Sources, checked 2025-2026:
    /// Android: AOSP NetworkStack NetworkMonitor.java sendHttpProbe (204 is success; a 3xx or a 200 with
    /// content is a portal; a 200 with 4 bytes or fewer is a failure), probe URLs
    /// connectivitycheck.gstatic.com/generate_204 and www.google.com/gen_204; vendors (Samsung, Xiaomi,
    /// Huawei) and Edge (edge-http.microsoft.com/captiveportal/generate_204) use the same path.
    /// Apple: captive.apple.com/hotspot-detect.html and www.apple.com/library/test/success.html want the
    /// "Success" page (revk.uk "Captive portals (apple)", 2016); older iOS also probed random paths on
    /// the listed Apple hosts. Windows NCSI: www.msftconnecttest.com/connecttest.txt ("Microsoft Connect
    /// Test") and, before Windows 10, www.msftncsi.com/ncsi.txt ("Microsoft NCSI"), exact text without a
    /// newline (Microsoft Tech Community, "NCSI change notification", 2023). Firefox:
    /// detectportal.firefox.com/canonical.html with captivedetect.canonicalContent, and success.txt
    /// "success\n" for its connectivity service (mozilla-central netwerk/docs/captive_portals.md).
    /// NetworkManager (GNOME, Arch, Ubuntu): nmcheck.gnome.org/check_network_status.txt; the body must
    /// start with "NetworkManager is online" (NetworkManager.conf(5), [connectivity] response), and the
    /// header "X-NetworkManager-Status: online" settles it for any configuration, which is what
    /// connectivity-check.ubuntu.com relies on (NetworkManager src nm-connectivity.c). Fedora:
    /// fedoraproject.org/static/hotspot.txt with response "OK".
    /// </remarks>
    public static class ConnectivityProbes
    {
        public const string AppleSuccess = "<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>";
        public const string WindowsConnectTest = "Microsoft Connect Test";
        public const string WindowsNcsi = "Microsoft NCSI";
        public const string FirefoxSuccess = "success\n";
        public const string FirefoxCanonical = "<meta http-equiv=\"refresh\" content=\"0;url=https://support.mozilla.org/kb/captive-portal\"/>";
        public const string NetworkManagerOnline = "NetworkManager is online\n";
        public const string FedoraOnline = "OK";
        public const string NetworkManagerStatusHeader = "X-NetworkManager-Status";

        private const string Html = "text/html";
        private const string PlainText = "text/plain";

        /// <summary>Probe paths, answered on any host; the answer of each is at the same index below.</summary>
        private static readonly string[] ProbePaths = new string[]
        {
            "/generate_204", "/gen_204", "/hotspot-detect.html", "/library/test/success.html", "/connecttest.txt", "/ncsi.txt",
            "/success.txt", "/canonical.html", "/check_network_status.txt", "/static/hotspot.txt",
        };

        /// <summary>Empty for "204, no body": never null here, since nanoFramework leaves a null in a string[] initializer unset (and an unset slot is not null there).</summary>
        private static readonly string[] ProbeBodies = new string[]
        {
            "", "", AppleSuccess, AppleSuccess, WindowsConnectTest, WindowsNcsi,
            FirefoxSuccess, FirefoxCanonical, NetworkManagerOnline, FedoraOnline,
        };

        /// <summary>Hosts whose every path is a probe, answered like the probe path at the same index of HostAnswers.</summary>
        private static readonly string[] ProbeHosts = new string[]
        {
            "captive.apple.com", "www.appleiphonecell.com", "www.itools.info", "www.ibook.info", "www.airport.us", "www.thinkdifferent.us",
            "connectivity-check.ubuntu.com",
        };

        private static readonly string[] HostAnswers = new string[]
        {
            "/hotspot-detect.html", "/hotspot-detect.html", "/hotspot-detect.html", "/hotspot-detect.html", "/hotspot-detect.html", "/hotspot-detect.html",
            "/check_network_status.txt",
        };

        /// <summary>
        /// The answer to a connectivity probe or to a request for a foreign site, or null when the request
        /// is for the chat itself. <paramref name="clientOnline"/>: the client's address has signed in
        /// (PortalClients.IsOnline). <paramref name="deviceAddress"/>: where the portal lives, e.g.
        /// "192.168.4.1".
        /// </summary>
        public static HttpResponse TryAnswer(HttpRequest request, bool clientOnline, string deviceAddress)
        {
            string host = HostName(request.Host);
            string probePath = ProbePathFor(host, request.Path);
            if (probePath != null)
            {
                return clientOnline ? Success(probePath) : ToPortal(deviceAddress);
            }

            return IsOwnHost(host, deviceAddress) ? null : ToPortal(deviceAddress);
        }

        /// <summary>True when the request is one of the known connectivity probes.</summary>
        public static bool IsProbe(HttpRequest request)
        {
            return ProbePathFor(HostName(request.Host), request.Path) != null;
        }

        /// <summary>
        /// True for names that reach the chat itself: the device's address, IP literals (the emulator at
        /// 127.0.0.1:8080), single-label names such as localhost and mDNS ".local" names. Probe and web
        /// site names always have a dot; they are the ones sent to the portal.
        /// </summary>
        public static bool IsOwnHost(string host, string deviceAddress)
        {
            if (host == null || host.Length == 0 || host == HostName(deviceAddress) || host.StartsWith("[") || TextScan.IndexOf(host, '.') < 0 || host.EndsWith(".local"))
            {
                return true;
            }

            char[] chars = host.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                if (c != '.' && (c < '0' || c > '9'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The Host header's name, lower case, without port and without a final dot ("connectivity-check.ubuntu.com.").</summary>
        public static string HostName(string hostHeader)
        {
            if (hostHeader == null)
            {
                return null;
            }

            string host = hostHeader.Trim().ToLower();
            char[] chars = host.ToCharArray();
            int colon = TextScan.LastIndexOf(chars, ':');
            if (colon >= 0 && (!host.StartsWith("[") || TextScan.LastIndexOf(chars, ']') < colon))
            {
                host = host.Substring(0, colon);
            }

            return host.EndsWith(".") ? host.Substring(0, host.Length - 1) : host;
        }

        private static string ProbePathFor(string host, string path)
        {
            if (host != null)
            {
                for (int i = 0; i < ProbeHosts.Length; i++)
                {
                    if (host == ProbeHosts[i])
                    {
                        return HostAnswers[i];
                    }
                }
            }

            string lower = path == null ? string.Empty : path.ToLower();
            for (int i = 0; i < ProbePaths.Length; i++)
            {
                if (lower == ProbePaths[i])
                {
                    return ProbePaths[i];
                }
            }

            // Edge and some Android builds put the 204 probe under a prefix (/captiveportal/generate_204).
            return lower.EndsWith("/generate_204") ? ProbePaths[0] : null;
        }

        private static HttpResponse Success(string probePath)
        {
            int index = 0;
            while (ProbePaths[index] != probePath)
            {
                index++;
            }

            string body = ProbeBodies[index];
            if (body.Length == 0)
            {
                return new HttpResponse(204);
            }

            HttpResponse response = new HttpResponse(200);
            response.ContentType = probePath.EndsWith(".html") ? Html : PlainText;
            response.Body = Utf8.Encode(body);
            if (body == NetworkManagerOnline)
            {
                response.SetHeader(NetworkManagerStatusHeader, "online");
            }

            return response;
        }

        private static HttpResponse ToPortal(string deviceAddress)
        {
            HttpResponse response = new HttpResponse(302);
            response.SetHeader("Location", "http://" + deviceAddress + "/");
            return response;
        }
    }
}
