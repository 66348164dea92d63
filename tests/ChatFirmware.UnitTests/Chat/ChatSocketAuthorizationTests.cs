using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Web;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Chat
{
    [TestClass]
    public class ChatSocketAuthorizationTests
    {
        [TestMethod]
        public void Ws_without_upgrade_answers_426_naming_websocket()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");

            HttpResponse response = rig.Get("/ws", cookie);

            Assert.AreEqual(426, response.StatusCode);
            Assert.AreEqual("websocket", response.GetHeader("Upgrade"));
        }

        [TestMethod]
        public void Ws_upgrade_by_post_answers_426()
        {
            TestRig rig = TestRig.Create();
            HttpRequest request = rig.UpgradeRequest(rig.SignUp("alice"));
            HttpRequest post = new HttpRequest("POST", "/ws");
            post.Cookie = request.Cookie;
            post.Host = request.Host;
            post.Origin = request.Origin;
            post.IsWebSocketUpgrade = true;

            Assert.AreEqual(426, rig.Send(post).StatusCode);
        }

        [TestMethod]
        public void Ws_upgrade_without_or_with_a_bad_cookie_answers_401()
        {
            TestRig rig = TestRig.Create();
            rig.SignUp("alice");

            Assert.AreEqual(401, rig.Send(rig.UpgradeRequest(null)).StatusCode);
            Assert.AreEqual(401, rig.Send(rig.UpgradeRequest("cf_session=00000000000000000000000000000000")).StatusCode);
        }

        [TestMethod]
        public void Ws_upgrade_from_another_origin_answers_403()
        {
            TestRig rig = TestRig.Create();
            HttpRequest request = rig.UpgradeRequest(rig.SignUp("alice"));
            request.Origin = "http://evil.example";

            Assert.AreEqual(403, rig.Send(request).StatusCode);
        }

        [TestMethod]
        public void Ws_upgrade_with_a_session_answers_101()
        {
            TestRig rig = TestRig.Create();

            Assert.AreEqual(101, rig.Send(rig.UpgradeRequest(rig.SignUp("alice"))).StatusCode);
        }

        [TestMethod]
        public void Opening_a_socket_without_a_session_closes_it_with_1008()
        {
            TestRig rig = TestRig.Create();
            RecordingSocket socket = new RecordingSocket();

            ChatConnection connection = rig.Server.OpenChat(rig.UpgradeRequest(null), socket);

            Assert.IsNull(connection);
            Frames.AssertClosed(socket, CloseCodes.PolicyViolation);
            Assert.AreEqual(0, rig.Server.ChatConnectionCount);
        }

        [TestMethod]
        public void A_socket_opened_after_logout_is_refused()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");
            HttpRequest upgrade = rig.UpgradeRequest(cookie);
            Assert.AreEqual(101, rig.Send(upgrade).StatusCode);
            rig.Logout(cookie);
            RecordingSocket socket = new RecordingSocket();

            Assert.IsNull(rig.Server.OpenChat(upgrade, socket));
            Assert.AreEqual(CloseCodes.PolicyViolation, socket.CloseCode);
        }
    }
}
