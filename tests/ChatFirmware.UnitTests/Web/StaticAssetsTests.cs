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
            HttpResponse js = rig.Get("/chat.js");

            Assert.AreEqual(200, css.StatusCode);
            Assert.AreEqual("text/css; charset=utf-8", css.ContentType);
            Assert.AreEqual("gzip", css.GetHeader("Content-Encoding"));
            Assert.AreEqual("body{font-family:sans-serif}", Bytes.Text(MemoryAssets.Gunzip(css.Body)));
            Assert.AreEqual("text/javascript; charset=utf-8", js.ContentType);
            Assert.IsNotNull(css.GetHeader("ETag"));
            Assert.StartsWith("\"", css.GetHeader("ETag"));
            Assert.AreNotEqual(css.GetHeader("ETag"), js.GetHeader("ETag"));
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
            int length = MemoryAssets.Gzip(Bytes.Utf8("'use strict';document.title='chat';")).Length;

            HttpResponse js = rig.Get("/chat.js");

            Assert.AreEqual(200, js.StatusCode);
            Assert.IsNull(js.Body);
            Assert.AreEqual("chat.js", js.BodyAsset);
            Assert.AreEqual(length, js.BodyAssetLength);
            Assert.AreEqual("gzip", js.GetHeader("Content-Encoding"));
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
        public void An_asset_the_host_lacks_answers_404()
        {
            TestRig rig = TestRig.Create();
            rig.Assets.Put("chat.js", null);

            Assert.AreEqual(404, rig.Get("/chat.js").StatusCode);
        }

        [TestMethod]
        public void An_empty_asset_is_still_a_whole_gzip_member_and_is_served()
        {
            TestRig rig = TestRig.Create();
            rig.Assets.Put("chat.js", new byte[0]);

            HttpResponse js = rig.Get("/chat.js");

            Assert.AreEqual(200, js.StatusCode);
            Assert.AreEqual(0, MemoryAssets.Gunzip(js.Body).Length);
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
    }
}
