using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Web
{
    [TestClass]
    public class OverloadTests
    {
        [TestMethod]
        public void Handlers_get_what_the_socket_table_leaves_after_fixed_sockets_and_websockets()
        {
            ChatSettings settings = TestRig.TestSettings();

            Assert.AreEqual(settings.MaxHttpHandlers, Overload.HttpHandlerLimit(settings, 16, 4, 0), "capped by the setting");
            Assert.AreEqual(4, Overload.HttpHandlerLimit(settings, 16, 4, 8), "8 chat sockets leave 4");
            Assert.AreEqual(1, Overload.HttpHandlerLimit(settings, 16, 4, 12), "never none: the chat's own page must load");
            Assert.AreEqual(1, Overload.HttpHandlerLimit(settings, 16, 4, 40));
        }

        [TestMethod]
        public void The_waiting_poll_limit_leaves_the_pages_their_handlers()
        {
            ChatSettings settings = new ChatSettings();

            Assert.AreEqual(settings.MaxChatConnections, Overload.WaitingPollLimit(settings, 0), "every chat seat may poll");
            Assert.AreEqual(3, Overload.WaitingPollLimit(settings, 5));
            Assert.AreEqual(0, Overload.WaitingPollLimit(settings, 8));
            Assert.AreEqual(0, Overload.WaitingPollLimit(settings, 20));
            for (int webSockets = 0; webSockets <= 12; webSockets++)
            {
                int handlers = Overload.HttpHandlerLimit(settings, 16, 4, webSockets);
                int forPages = handlers < settings.HttpHandlersForPages ? handlers : settings.HttpHandlersForPages;
                Assert.IsTrue(handlers - Overload.WaitingPollLimit(settings, webSockets) >= forPages, webSockets + " WebSockets");
            }
        }

        [TestMethod]
        public void While_memory_is_low_only_connected_fallback_clients_go_through()
        {
            TestRig rig = TestRig.Create();

            Assert.IsTrue(Overload.ServedWhileLow(rig.Request("GET", "/api/events?poll=00112233445566778899aabbccddeeff", null)));
            Assert.IsTrue(Overload.ServedWhileLow(rig.Request("POST", "/api/messages?poll=00112233445566778899aabbccddeeff", null)));
            Assert.IsFalse(Overload.ServedWhileLow(rig.Request("GET", "/api/events?after=0", null)), "a new fallback client");
            Assert.IsFalse(Overload.ServedWhileLow(rig.Request("GET", "/", null)));
            Assert.IsFalse(Overload.ServedWhileLow(rig.Request("GET", "/ws?poll=1", null)));
            Assert.IsFalse(Overload.ServedWhileLow(rig.Request("POST", "/login?poll=1", null)));
        }

        [TestMethod]
        public void The_busy_answer_is_a_503_with_retry_after_a_readable_sentence_and_the_security_headers()
        {
            HttpResponse busy = Overload.Busy();

            Assert.AreEqual(503, busy.StatusCode);
            Assert.AreEqual("30", busy.GetHeader("Retry-After"));
            Assert.AreEqual("text/plain; charset=utf-8", busy.ContentType);
            Assert.Contains("busy", TestRig.BodyText(busy));
            Assert.AreEqual("nosniff", busy.GetHeader("X-Content-Type-Options"));
            Assert.AreEqual("no-store", busy.GetHeader("Cache-Control"));
        }
    }
}
