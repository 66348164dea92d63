using ChatFirmware.Core.CaptivePortal;
using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Web
{
    [TestClass]
    public class WebRoutesTests
    {
        [TestMethod]
        public void Home_without_session_shows_the_login_page()
        {
            TestRig rig = TestRig.Create();

            HttpResponse response = rig.Get("/");

            Assert.AreEqual(200, response.StatusCode);
            Assert.AreEqual("text/html; charset=utf-8", response.ContentType);
            string body = TestRig.BodyText(response);
            Assert.Contains("<form method=\"post\" action=\"/login\"", body);
            Assert.Contains("href=\"/register\"", body);
        }

        [TestMethod]
        public void Register_page_shows_the_registration_form()
        {
            TestRig rig = TestRig.Create();

            HttpResponse response = rig.Get("/register");

            Assert.AreEqual(200, response.StatusCode);
            Assert.Contains("action=\"/register\"", TestRig.BodyText(response));
        }

        [TestMethod]
        public void Home_is_the_chat_itself_when_logged_in_with_no_redirect()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");

            HttpResponse home = rig.Get("/", cookie);
            HttpResponse register = rig.Get("/register", cookie);

            Assert.AreEqual(200, home.StatusCode);
            Assert.AreEqual(TestRig.BodyText(rig.Get("/chat", cookie)), TestRig.BodyText(home));
            Assert.AreEqual(303, register.StatusCode);
            Assert.AreEqual("/", register.GetHeader("Location"));
        }

        [TestMethod]
        public void Chat_page_carries_its_script_inline_when_logged_in()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");

            HttpResponse response = rig.Get("/chat", cookie);

            Assert.AreEqual(200, response.StatusCode);
            string body = TestRig.BodyText(response);
            Assert.Contains("<script>'use strict';document.title='chat';</script></body>", body);
            Assert.Contains("<style>body{font-family:sans-serif}</style>", body);
            Assert.Contains("id=\"who\"", body);
            Assert.Contains("action=\"/logout\"", body);
            Assert.DoesNotContains("alice", body, "the page is the same for everyone; the name comes with the chat's welcome");
        }

        [TestMethod]
        public void The_login_page_carries_the_phone_hint_with_the_chat_address_both_from_flash_and_re_shown()
        {
            TestRig rig = TestRig.Create();
            rig.SignUp("alice");

            string[] pages = new string[] { TestRig.BodyText(rig.Get("/")), TestRig.BodyText(rig.LoginResponse("alice", "wrong password")) };

            for (int i = 0; i < pages.Length; i++)
            {
                Assert.Contains("<details class=\"hint\"><summary>" + PortalHint.Title + "</summary>", pages[i]);
                Assert.Contains("<strong id=\"" + Pages.AddressElementId + "\">http://192.168.4.1/</strong> over this Wi-Fi.", pages[i]);
            }
        }

        [TestMethod]
        public void Chat_without_session_redirects_home_with_303()
        {
            TestRig rig = TestRig.Create();

            HttpResponse response = rig.Get("/chat");

            Assert.AreEqual(303, response.StatusCode);
            Assert.AreEqual("/", response.GetHeader("Location"));
        }

        [TestMethod]
        public void Query_strings_do_not_change_the_route()
        {
            TestRig rig = TestRig.Create();

            Assert.AreEqual(200, rig.Get("/?x=1").StatusCode);
            Assert.AreEqual(303, rig.Get("/chat?x=1").StatusCode);
        }

        [TestMethod]
        public void Unknown_paths_answer_404_with_a_page()
        {
            TestRig rig = TestRig.Create();

            HttpResponse response = rig.Get("/admin.php");

            Assert.AreEqual(404, response.StatusCode);
            Assert.Contains("Not found", TestRig.BodyText(response));
        }

        [TestMethod]
        public void Wrong_methods_answer_405_with_Allow()
        {
            TestRig rig = TestRig.Create();

            AssertNotAllowed(rig.Send(rig.Request("DELETE", "/", null)), "GET, HEAD, POST");
            AssertNotAllowed(rig.Send(rig.Request("PUT", "/register", null)), "GET, HEAD, POST");
            AssertNotAllowed(rig.Post("/chat", string.Empty, null), "GET, HEAD");
            AssertNotAllowed(rig.Send(rig.Request("PUT", "/login", null)), "POST");
            AssertNotAllowed(rig.Send(rig.Request("DELETE", "/logout", null)), "POST");
            AssertNotAllowed(rig.Post("/app.css", string.Empty, null), "GET, HEAD");
        }

        [TestMethod]
        public void Get_of_login_or_logout_redirects_home()
        {
            TestRig rig = TestRig.Create();

            Assert.AreEqual(303, rig.Get("/login").StatusCode);
            Assert.AreEqual("/", rig.Get("/logout").GetHeader("Location"));
        }

        [TestMethod]
        public void Head_is_answered_like_get()
        {
            TestRig rig = TestRig.Create();

            Assert.AreEqual(200, rig.Send(rig.Request("HEAD", "/", null)).StatusCode);
        }

        [TestMethod]
        public void A_form_declared_larger_than_the_limit_answers_413()
        {
            TestRig rig = TestRig.Create();
            HttpRequest request = rig.FormRequest("/login", "email=a&password=b", null);
            request.DeclaredBodyLength = rig.Settings.MaxRequestBodyBytes + 1;
            request.Body = null;

            HttpResponse response = rig.Send(request);

            Assert.AreEqual(413, response.StatusCode);
            Assert.Contains(rig.Settings.MaxRequestBodyBytes.ToString(), TestRig.BodyText(response));
        }

        [TestMethod]
        public void A_form_exactly_at_the_limit_is_read()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            string body = "email=alice&password=correct+horse&pad=";
            body += Strings.Repeat("x", rig.Settings.MaxRequestBodyBytes - body.Length);
            HttpRequest request = rig.FormRequest("/login", body, null);

            Assert.AreEqual(rig.Settings.MaxRequestBodyBytes, request.Body.Length);
            Assert.AreEqual(303, rig.Send(request).StatusCode);
        }

        [TestMethod]
        public void A_body_that_is_not_a_form_answers_415()
        {
            TestRig rig = TestRig.Create();
            HttpRequest request = rig.FormRequest("/login", "{\"email\":\"a\"}", null);
            request.ContentType = "application/json";

            Assert.AreEqual(415, rig.Send(request).StatusCode);
            request.ContentType = null;
            Assert.AreEqual(415, rig.Send(request).StatusCode);
        }

        [TestMethod]
        public void The_form_content_type_is_matched_without_regard_to_case_or_charset()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            HttpRequest request = rig.FormRequest("/login", "email=alice&password=correct+horse", null);
            request.ContentType = "Application/X-WWW-Form-Urlencoded; charset=UTF-8";

            Assert.AreEqual(303, rig.Send(request).StatusCode);
        }

        [TestMethod]
        public void A_malformed_form_answers_400()
        {
            TestRig rig = TestRig.Create();

            HttpResponse response = rig.Post("/login", "email=%FF&password=x", null);

            Assert.AreEqual(400, response.StatusCode);
            Assert.Contains("could not be read", TestRig.BodyText(response));
        }

        [TestMethod]
        public void A_cross_origin_post_answers_403_and_changes_nothing()
        {
            TestRig rig = TestRig.Create();
            HttpRequest request = rig.FormRequest("/register", Strings.Form(new string[] { "name", "eve", "email", "eve@example.org", "password", "evil password" }), null);
            request.Origin = "http://evil.example";

            HttpResponse response = rig.Send(request);

            Assert.AreEqual(403, response.StatusCode);
            Assert.AreEqual(0, rig.Flash.WriteCount);
            Assert.AreEqual(401, rig.LoginResponse("eve", "evil password").StatusCode);
        }

        [TestMethod]
        public void A_cross_origin_logout_answers_403_and_the_session_stays()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");
            HttpRequest request = rig.FormRequest("/logout", string.Empty, cookie);
            request.Origin = "http://192.168.4.1.evil.example";

            Assert.AreEqual(403, rig.Send(request).StatusCode);
            Assert.AreEqual(200, rig.Get("/chat", cookie).StatusCode);
        }

        [TestMethod]
        public void Origin_null_or_another_port_is_cross_origin()
        {
            TestRig rig = TestRig.Create();
            HttpRequest request = rig.FormRequest("/login", "email=a&password=b", null);

            request.Origin = "null";
            Assert.AreEqual(403, rig.Send(request).StatusCode);
            request.Origin = "http://192.168.4.1:8080";
            Assert.AreEqual(403, rig.Send(request).StatusCode);
        }

        [TestMethod]
        public void A_post_without_origin_or_with_the_https_origin_of_the_host_is_accepted()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            HttpRequest request = rig.FormRequest("/login", "email=alice&password=correct+horse", null);

            request.Origin = null;
            Assert.AreEqual(303, rig.Send(request).StatusCode);
            request.Origin = "https://" + TestRig.HostName;
            Assert.AreEqual(303, rig.Send(request).StatusCode);
        }

        private static void AssertNotAllowed(HttpResponse response, string allow)
        {
            Assert.AreEqual(405, response.StatusCode);
            Assert.AreEqual(allow, response.GetHeader("Allow"));
        }
    }
}
