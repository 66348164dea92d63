using ChatFirmware.Core.Web;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Web
{
    [TestClass]
    public class StaticAssetsTests
    {
        [TestMethod]
        public void Assets_are_served_gzip_encoded_with_their_type_and_an_ETag()
        {
            TestRig rig = TestRig.Create();

            HttpResponse css = rig.Get("/app.css");
            HttpResponse login = rig.Get("/");

            Assert.AreEqual(200, css.StatusCode);
            Assert.AreEqual("text/css; charset=utf-8", css.ContentType);
            Assert.AreEqual("gzip", css.GetHeader("Content-Encoding"));
            Assert.AreEqual("body{font-family:sans-serif}", Bytes.Text(MemoryAssets.Gunzip(css.Body)));
            Assert.AreEqual("text/html; charset=utf-8", login.ContentType);
            Assert.AreEqual("gzip", login.GetHeader("Content-Encoding"));
            Assert.Contains("action=\"/login\"", TestRig.BodyText(login));
            Assert.IsNotNull(css.GetHeader("ETag"));
            Assert.StartsWith("\"", css.GetHeader("ETag"));
            Assert.AreNotEqual(css.GetHeader("ETag"), login.GetHeader("ETag"));
            Assert.IsNull(css.BodyAsset);
        }

        [TestMethod]
        public void The_ETag_is_the_gzip_trailer_so_it_names_the_uncompressed_content()
        {
            TestRig rig = TestRig.Create();
            byte[] member = MemoryAssets.Gzip(Bytes.Utf8("body{font-family:sans-serif}"));
            string trailer = Bytes.ToHex(member).Substring((member.Length - 8) * 2);

            Assert.AreEqual("\"gz-" + trailer + "\"", rig.Get("/app.css").GetHeader("ETag"));
        }

        [TestMethod]
        public void A_host_that_sends_in_slices_gets_the_asset_name_and_length_instead_of_a_body()
        {
            TestRig rig = TestRig.Create();
            rig.Assets.SendsInSlices = true;
            string cookie = rig.SignUp("alice");
            int length = rig.Assets.Length(StaticAssets.ChatPage);

            HttpResponse chat = rig.Get("/", cookie);

            Assert.AreEqual(200, chat.StatusCode);
            Assert.IsNull(chat.Body);
            Assert.AreEqual(StaticAssets.ChatPage, chat.BodyAsset);
            Assert.AreEqual(length, chat.BodyAssetLength);
            Assert.AreEqual("gzip", chat.GetHeader("Content-Encoding"));
        }

        [TestMethod]
        public void A_matching_If_None_Match_answers_304_without_a_body()
        {
            TestRig rig = TestRig.Create();
            rig.Assets.SendsInSlices = true;
            string etag = rig.Get("/app.css").GetHeader("ETag");
            HttpRequest request = rig.Request("GET", "/app.css", null);
            request.IfNoneMatch = etag;

            HttpResponse response = rig.Send(request);

            Assert.AreEqual(304, response.StatusCode);
            Assert.IsNull(response.Body);
            Assert.IsNull(response.BodyAsset);
            Assert.IsNull(response.GetHeader("Content-Encoding"));
            Assert.AreEqual(etag, response.GetHeader("ETag"));
        }

        [TestMethod]
        public void A_stale_If_None_Match_gets_the_new_content()
        {
            TestRig rig = TestRig.Create();
            string etag = rig.Get("/app.css").GetHeader("ETag");
            rig.Assets.Put("app.css", Bytes.Utf8("body{color:red}"));
            HttpRequest request = rig.Request("GET", "/app.css", null);
            request.IfNoneMatch = etag;

            HttpResponse response = rig.Send(request);

            Assert.AreEqual(200, response.StatusCode);
            Assert.AreNotEqual(etag, response.GetHeader("ETag"));
            Assert.AreEqual("body{color:red}", Bytes.Text(MemoryAssets.Gunzip(response.Body)));
        }

        [TestMethod]
        public void The_home_page_is_revalidated_per_session_state_and_varies_with_the_cookie()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");
            string loginTag = rig.Get("/").GetHeader("ETag");
            string chatTag = rig.Get("/", cookie).GetHeader("ETag");

            Assert.AreNotEqual(loginTag, chatTag);
            Assert.AreEqual("Cookie", rig.Get("/").GetHeader("Vary"));
            Assert.AreEqual(304, Revalidate(rig, "/", null, loginTag).StatusCode);
            Assert.AreEqual(304, Revalidate(rig, "/", cookie, chatTag).StatusCode);
            Assert.AreEqual("Cookie", Revalidate(rig, "/", cookie, chatTag).GetHeader("Vary"));
            HttpResponse loggedIn = Revalidate(rig, "/", cookie, loginTag);
            Assert.AreEqual(200, loggedIn.StatusCode, "a cached login page is not the chat");
            Assert.Contains("id=\"composer\"", TestRig.BodyText(loggedIn));
            HttpResponse loggedOut = Revalidate(rig, "/", null, chatTag);
            Assert.AreEqual(200, loggedOut.StatusCode, "a cached chat page is not for someone without a session");
            Assert.Contains("action=\"/login\"", TestRig.BodyText(loggedOut));
        }

        [TestMethod]
        public void A_style_sheet_the_host_lacks_answers_404()
        {
            TestRig rig = TestRig.Create();
            rig.Assets.Put(StaticAssets.StyleSheet, null);

            Assert.AreEqual(404, rig.Get("/app.css").StatusCode);
        }

        [TestMethod]
        public void A_page_the_firmware_lacks_answers_500_with_a_readable_message()
        {
            TestRig rig = TestRig.Create();
            rig.Assets.Put(StaticAssets.LoginPage, null);

            HttpResponse response = rig.Get("/");

            Assert.AreEqual(500, response.StatusCode);
            Assert.Contains("built without its login.html", TestRig.BodyText(response));
        }

        [TestMethod]
        public void The_scripts_are_not_served_on_their_own()
        {
            TestRig rig = TestRig.Create();

            Assert.AreEqual(404, rig.Get("/chat.js").StatusCode);
            Assert.AreEqual(404, rig.Get("/login.js").StatusCode);
            Assert.AreEqual(404, rig.Get("/chat.html").StatusCode);
        }

        [TestMethod]
        public void An_empty_asset_is_still_a_whole_gzip_member_and_is_served()
        {
            TestRig rig = TestRig.Create();
            rig.Assets.Put(StaticAssets.StyleSheet, new byte[0]);

            HttpResponse css = rig.Get("/app.css");

            Assert.AreEqual(200, css.StatusCode);
            Assert.AreEqual(0, MemoryAssets.Gunzip(css.Body).Length);
        }

        [TestMethod]
        public void Only_the_known_asset_names_are_read_from_the_host()
        {
            TestRig rig = TestRig.Create();
            rig.Assets.Put("secret.txt", Bytes.Utf8("x"));

            Assert.AreEqual(404, rig.Get("/secret.txt").StatusCode);
            Assert.AreEqual(404, rig.Get("/../app.css").StatusCode);
            Assert.AreEqual(0, rig.Assets.Reads);
        }

        private static HttpResponse Revalidate(TestRig rig, string path, string cookie, string etag)
        {
            HttpRequest request = rig.Request("GET", path, cookie);
            request.IfNoneMatch = etag;
            return rig.Send(request);
        }
    }
}
