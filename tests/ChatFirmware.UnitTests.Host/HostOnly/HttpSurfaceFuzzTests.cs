using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;
using ChatFirmware.UnitTests.Fakes;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>
    /// Fuzzing of the whole HTTP surface (routes, forms, cookies, Origin checks, the upgrade and the
    /// fallback transport) with sequences of hostile requests mixed with real registrations and logins,
    /// and the odd flash failure. Every answer is a documented status with the headers it needs;
    /// hostile names stay escaped; and after a reboot every acknowledged registration logs in while no
    /// refused one does.
    /// </summary>
    [TestClass]
    [TestCategory(Fuzz.Category)]
    public class HttpSurfaceFuzzTests
    {
        private const int StepsPerSample = 24;
        private static readonly Tally Statuses = new Tally();
        private static readonly int[] Documented = { 101, 200, 204, 303, 304, 400, 401, 403, 404, 405, 409, 410, 413, 415, 426, 429, 503 };
        private static readonly string[] Names = { "alice", "Bob", " carol ", "<b>x</b><script>", "\u540d\u524d", "ALICE", "d\u00e9j\u00e0", "e\u0301" };
        private static readonly string[] Emails = { "a@example.org", "b@example.org", "c@example.org", "A@EXAMPLE.ORG", "d@example.org", "e@x.y", "bad", "f@example.org" };
        private static readonly string[] Passwords = { "correct horse", "password-1", "\ud83d\udd11\ud83d\udd11\ud83d\udd11\ud83d\udd11 key", "short", "x\ud800yyyyyyyy" };
        private static readonly string[] Paths =
        {
            "/", "/register", "/login", "/logout", "/chat", "/account", "/account/logout-all", "/admin", "/admin/user/role", "/admin/session/end",
            "/admin/message/delete", "/admin/history/clear", "/admin/wifi", "/admin/nothing", "/ws", "/api/events", "/api/messages", "/app.css", "/chat.js",
            "/favicon.ico", "//", "/admin/../register", "/%2e%2e/", "/chat/", "/CHAT", "/register\u0000", "*",
        };

        /// <summary>What one request of a sequence is made of (indices into the pools above, and the odd piece of raw input).</summary>
        public readonly record struct Step(int Kind, string Method, string Target, string Origin, string ContentType, int Cookie, string RawCookie, byte[] Body, int Declared, bool Upgrade, bool FailFlash)
        {
            public override string ToString()
            {
                return Kind + " " + Method + " " + Target + " origin=" + Origin + " type=" + ContentType + " cookie=" + Cookie + "/" + RawCookie
                    + " body=" + (Body == null ? "null" : Encoding.Latin1.GetString(Body)) + " declared=" + Declared + (Upgrade ? " upgrade" : string.Empty) + (FailFlash ? " failflash" : string.Empty);
            }
        }

        [TestMethod]
        public void Every_request_gets_a_documented_answer_and_acknowledged_registrations_survive()
        {
            Fuzz.Run("HTTP surface (WebApp, AdminApp, fallback, upgrade via ChatServer.HandleHttp)", StepGen.Array[1, StepsPerSample], RunSequence, defaultInputs: 30000, inputsPerSample: StepsPerSample / 2, tally: Statuses);
        }

        private static Gen<Step> StepGen
        {
            get
            {
                Gen<string> method = Gen.Frequency((6, Gen.OneOf("GET", "POST")), (2, Gen.OneOf("HEAD", "PUT", "DELETE", "OPTIONS", string.Empty, "get", "P\u00d8ST")), (1, Generators.AnyText));
                Gen<string> path = Gen.Frequency((8, Gen.OneOf(Paths)), (1, Generators.AnyText.Select(t => "/" + t)), (1, Generators.AnyText));
                Gen<string> query = Gen.Frequency(
                    (5, Gen.Const(string.Empty)),
                    (3, Gen.OneOf("?after=0", "?after=5", "?after=-1", "?after=99999999999999999999", "?registered=1", "?poll=", "?poll=00112233445566778899aabbccddeeff", "?a=%zz", "?")),
                    (1, Generators.AnyText.Select(t => "?" + t)));
                Gen<string> origin = Gen.Frequency((5, Gen.Const(TestRig.Origin)), (2, Gen.Const((string)null)), (2, Gen.OneOf("http://evil.example", "null", string.Empty, "https://192.168.4.1", "http://192.168.4.1:80", "HTTP://192.168.4.1")), (1, Generators.AnyText));
                Gen<string> contentType = Gen.Frequency((6, Gen.Const(TestRig.FormType)), (2, Gen.Const((string)null)), (2, Gen.OneOf("application/x-www-form-urlencoded; charset=UTF-8", "APPLICATION/X-WWW-FORM-URLENCODED", "text/plain", "multipart/form-data; boundary=x", "application/json")), (1, Generators.AnyText));
                Gen<byte[]> body = Gen.Frequency(
                    (2, Gen.Const((byte[])null)),
                    (4, FuzzGenerators.FormBody),
                    (1, Gen.Int[1, 12].Select(id => FuzzGenerators.Ascii("id=" + id + "&grant=" + (id % 2) + "&label=" + id.ToString("x8") + "&ssid=net&passphrase=12345678&confirm=RESET"))),
                    (1, Gen.Const(FuzzGenerators.Ascii("{\"type\":\"send\",\"text\":\"over the fallback\"}"))));
                Gen<int> declared = Gen.Frequency((8, Gen.Const(0)), (1, Gen.OneOf(-1, 1, -2)), (1, Gen.Const(int.MaxValue)));
                Gen<Step> raw = Gen.Select(method, Gen.Select(path, query).Select((p, q) => p + q), origin, contentType, Gen.Int[-2, 5], FuzzGenerators.CookieHeader("cf_session", "00112233445566778899aabbccddeeff"), body, declared)
                    .Select((m, target, o, type, cookie, rawCookie, b, d) => new Step(0, m, target, o, type, cookie, rawCookie, b, d, false, false));
                Gen<Step> upgrade = Gen.Select(path, Gen.Int[-2, 5], origin).Select((p, cookie, o) => new Step(0, "GET", p.StartsWith('/') ? "/ws" : p, o, null, cookie, null, null, 0, true, false));
                Gen<Step> register = Gen.Select(Gen.Int[0, Names.Length - 1], Gen.Int[0, Emails.Length - 1], Gen.Int[0, Passwords.Length - 1], Gen.Bool)
                    .Select((n, e, p, fail) => new Step(1, "POST", "/register", TestRig.Origin, TestRig.FormType, -1, null, Form("name", Names[n], "email", Emails[e], "password", Passwords[p]), 0, false, fail && e % 3 == 0));
                Gen<Step> login = Gen.Select(Gen.Int[0, Emails.Length - 1], Gen.Int[0, Passwords.Length - 1])
                    .Select((e, p) => new Step(2, "POST", "/login", TestRig.Origin, TestRig.FormType, -1, null, Form("email", Emails[e], "password", Passwords[p]), 0, false, false));
                return Gen.Frequency((6, raw), (1, upgrade), (3, register), (3, login));
            }
        }

        private static void RunSequence(Step[] steps)
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.PollWaitMs = 0;
            TestRig rig = TestRig.Create(settings);
            List<string> cookies = new List<string>();
            Dictionary<string, string> acknowledged = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            List<(string Email, string Password)> refused = new List<(string Email, string Password)>();
            int failAttempt = -1;
            foreach (Step step in steps)
            {
                if (step.FailFlash)
                {
                    rig.Flash.ThrowOnNextWrite();
                    failAttempt = rig.Flash.WriteAttempts + 1;
                }

                HttpRequest request = Build(rig, step, cookies);
                int attemptsBefore = rig.Flash.WriteAttempts;
                HttpResponse response = rig.Send(request);
                bool failedWrite = failAttempt > attemptsBefore && failAttempt <= rig.Flash.WriteAttempts;
                Check(request, response, failedWrite);
                Statuses.Add(response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));

                if (response.StatusCode == HttpResponse.SwitchingProtocols)
                {
                    RecordingSocket socket = new RecordingSocket();
                    if (rig.Server.OpenChat(request, socket) == null)
                    {
                        Assert.AreEqual(Core.Chat.CloseCodes.TryAgainLater, socket.CloseCode, "an authorised upgrade opens unless the chat is full");
                    }
                }

                string cookie = TestRig.CookieFrom(response);
                if (cookie != null && cookie.Length > "cf_session=".Length)
                {
                    cookies.Add(cookie);
                }

                if (step.Kind == 1)
                {
                    FormReader form = FormReader.Parse(step.Body);
                    string email = form.Get("email").Trim();
                    if (response.StatusCode == 303)
                    {
                        Statuses.Add("registration acknowledged");
                        Assert.IsFalse(acknowledged.ContainsKey(email), "one account per email");
                        acknowledged[email] = form.Get("password");
                    }
                    else
                    {
                        refused.Add((email, form.Get("password")));
                    }
                }
            }

            Assert.IsTrue(rig.Server.ChatConnectionCount <= settings.MaxChatConnections);
            rig.Flash.ThrowOnWrite(0);
            TestRig rebooted = rig.Reboot();
            int address = 0;
            foreach (KeyValuePair<string, string> account in acknowledged)
            {
                Assert.AreEqual(303, LoginFrom(rebooted, account.Key, account.Value, ++address), "acknowledged registration of " + account.Key + " survives the reboot");
            }

            foreach ((string email, string password) in refused)
            {
                if (!acknowledged.ContainsKey(email))
                {
                    Assert.AreNotEqual(303, LoginFrom(rebooted, email, password, ++address), "a refused registration of " + email + " is not on flash");
                }
            }
        }

        private static HttpRequest Build(TestRig rig, Step step, List<string> cookies)
        {
            string cookie = step.Cookie switch
            {
                -2 => step.RawCookie,
                -1 => cookies.Count > 0 ? cookies[^1] : null,
                _ => step.Cookie < cookies.Count ? cookies[step.Cookie] : null,
            };
            HttpRequest request = rig.Request(step.Method, step.Target, cookie);
            request.Origin = step.Origin;
            request.ContentType = step.ContentType;
            request.Body = step.Body;
            request.IsWebSocketUpgrade = step.Upgrade;
            int length = step.Body == null ? -1 : step.Body.Length;
            request.DeclaredBodyLength = step.Declared == 0 ? length : (step.Declared == int.MaxValue ? int.MaxValue : length + step.Declared);
            if (request.DeclaredBodyLength > rig.Settings.MaxRequestBodyBytes)
            {
                // A host never reads a body declared larger than the limit.
                request.Body = null;
            }

            return request;
        }

        private static void Check(HttpRequest request, HttpResponse response, bool failedWrite)
        {
            string shown = request.Method + " " + request.Target + " -> " + response.StatusCode;
            Assert.IsTrue(Documented.Contains(response.StatusCode), "undocumented status: " + shown);
            Assert.IsTrue(response.StatusCode != 503 || failedWrite, "503 without a flash failure: " + shown);
            Assert.IsNotNull(response.GetHeader("Content-Security-Policy"), shown);
            Assert.AreEqual("nosniff", response.GetHeader("X-Content-Type-Options"), shown);
            if (response.StatusCode == 405)
            {
                Assert.IsFalse(string.IsNullOrEmpty(response.GetHeader("Allow")), shown);
            }

            if (response.StatusCode == 303)
            {
                Assert.IsTrue(response.GetHeader("Location")?.StartsWith('/') == true, shown);
            }

            if (response.StatusCode == HttpResponse.SwitchingProtocols)
            {
                Assert.IsTrue(request.Path == "/ws" && request.IsWebSocketUpgrade && request.Method == "GET", shown);
            }

            if (response.ContentType != null && response.ContentType.StartsWith("text/html", StringComparison.Ordinal))
            {
                // Pages from flash carry their script inline (allowed by hash); pages rendered on request carry none.
                bool fromFlash = response.GetHeader("Content-Encoding") == "gzip";
                string html = new UTF8Encoding(false, true).GetString(fromFlash ? MemoryAssets.Gunzip(response.Body) : response.Body);
                Assert.IsFalse(html.Contains("<b>x</b>", StringComparison.Ordinal) || (!fromFlash && html.Contains("<script", StringComparison.Ordinal)), "user text escaped: " + shown);
            }
        }

        private static int LoginFrom(TestRig rig, string email, string password, int address)
        {
            HttpRequest request = rig.FormRequest("/login", Strings.Form(new[] { "email", email, "password", password }), null);
            request.RemoteAddress = "10.1.0." + address;
            return rig.Send(request).StatusCode;
        }

        private static byte[] Form(params string[] pairs)
        {
            return Encoding.UTF8.GetBytes(Strings.Form(pairs));
        }
    }
}
