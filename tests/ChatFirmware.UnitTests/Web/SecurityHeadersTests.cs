using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Web
{
    [TestClass]
    public class SecurityHeadersTests
    {
        [TestMethod]
        public void Every_kind_of_response_carries_the_security_headers()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");
            HttpRequest crossOrigin = rig.FormRequest("/login", string.Empty, null);
            crossOrigin.Origin = "http://evil.example";
            HttpResponse[] responses = new HttpResponse[]
            {
                rig.Get("/"), rig.Get("/chat", cookie), rig.Get("/chat"), rig.Get("/missing"), rig.Get("/app.css"),
                rig.Send(rig.Request("DELETE", "/", null)), rig.LoginResponse("alice", "wrong password"), rig.Send(crossOrigin),
                rig.Get("/ws"), rig.Send(rig.UpgradeRequest(null)), rig.Send(rig.UpgradeRequest(cookie)),
            };

            for (int i = 0; i < responses.Length; i++)
            {
                AssertSecure(responses[i], "response " + i + " (" + responses[i].StatusCode + ")");
            }
        }

        [TestMethod]
        public void The_content_security_policy_allows_no_inline_code_and_no_framing()
        {
            string csp = TestRig.Create().Get("/").GetHeader("Content-Security-Policy");

            Assert.DoesNotContains("unsafe-inline", csp);
            Assert.DoesNotContains("unsafe-eval", csp);
            Assert.Contains("default-src 'none'", csp);
            Assert.Contains("script-src 'self'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Contains("form-action 'self'", csp);
        }

        [TestMethod]
        public void Pages_are_not_cached_and_assets_are_revalidated()
        {
            TestRig rig = TestRig.Create();

            Assert.AreEqual("no-store", rig.Get("/").GetHeader("Cache-Control"));
            Assert.AreEqual("no-cache", rig.Get("/chat.js").GetHeader("Cache-Control"));
        }

        [TestMethod]
        public void Pages_have_no_inline_script_or_style()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");
            string[] pages = new string[] { TestRig.BodyText(rig.Get("/")), TestRig.BodyText(rig.Get("/register")), TestRig.BodyText(rig.Get("/chat", cookie)) };

            for (int i = 0; i < pages.Length; i++)
            {
                Assert.DoesNotContains("<script>", pages[i]);
                Assert.DoesNotContains("<style", pages[i]);
                Assert.DoesNotContains(" style=", pages[i]);
                Assert.DoesNotContains(" onclick=", pages[i]);
            }
        }

        private static void AssertSecure(HttpResponse response, string what)
        {
            string csp = response.GetHeader("Content-Security-Policy");
            Assert.IsNotNull(csp, what + ": CSP");
            Assert.DoesNotContains("'unsafe-inline'", csp, what);
            Assert.AreEqual("nosniff", response.GetHeader("X-Content-Type-Options"), what);
            Assert.AreEqual("DENY", response.GetHeader("X-Frame-Options"), what);
            string referrer = response.GetHeader("Referrer-Policy");
            Assert.IsTrue(referrer == "no-referrer" || referrer == "same-origin", what + ": Referrer-Policy keeps paths on the device");
            Assert.IsNotNull(response.GetHeader("Cache-Control"), what);
        }
    }
}
