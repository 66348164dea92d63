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
        public void The_content_security_policy_allows_inline_code_only_by_hash_and_no_framing()
        {
            string csp = TestRig.Create().Get("/").GetHeader("Content-Security-Policy");

            Assert.DoesNotContains("unsafe-inline", csp);
            Assert.DoesNotContains("unsafe-eval", csp);
            Assert.DoesNotContains("unsafe-hashes", csp);
            Assert.Contains("default-src 'none'", csp);
            Assert.Contains("script-src " + InlineCodeHashes.LoginScript + " " + InlineCodeHashes.ChatScript + ";", csp);
            Assert.Contains("style-src 'self' " + InlineCodeHashes.Style + ";", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Contains("form-action 'self'", csp);
        }

        [TestMethod]
        public void Pages_from_flash_are_revalidated_and_pages_rendered_on_request_are_not_stored()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");

            Assert.AreEqual("no-cache", rig.Get("/").GetHeader("Cache-Control"));
            Assert.AreEqual("no-cache", rig.Get("/chat", cookie).GetHeader("Cache-Control"));
            Assert.AreEqual("no-cache", rig.Get("/app.css").GetHeader("Cache-Control"));
            Assert.AreEqual("no-store", rig.LoginResponse("alice", "wrong password").GetHeader("Cache-Control"));
            Assert.AreEqual("no-store", rig.Get("/account", cookie).GetHeader("Cache-Control"));
        }

        [TestMethod]
        public void Pages_rendered_on_request_have_no_inline_code()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");
            string[] pages = new string[]
            {
                TestRig.BodyText(rig.LoginResponse("alice", "wrong password")), TestRig.BodyText(rig.Register("bob", "not an email", "correct horse")),
                TestRig.BodyText(rig.Get("/account", cookie)), TestRig.BodyText(rig.Get("/missing")),
            };

            for (int i = 0; i < pages.Length; i++)
            {
                Assert.Contains("<link rel=\"stylesheet\" href=\"/app.css\">", pages[i]);
                Assert.DoesNotContains("<script", pages[i]);
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
