using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Chat
{
    /// <summary>
    /// One person holds at most MaxChatSeatsPerUser of the chat's connections (tabs, devices, polls),
    /// so that one account cannot take every seat and keep everyone else out with 1013.
    /// </summary>
    [TestClass]
    public class ChatSeatsPerPersonTests
    {
        [TestMethod]
        public void One_session_cannot_take_every_seat()
        {
            TestRig rig = TestRig.Create();
            string mallory = rig.SignUp("mallory");
            int opened = 0;
            ChatClient refused = null;
            for (int i = 0; i < rig.Settings.MaxChatConnections; i++)
            {
                ChatClient tab = rig.OpenChat(mallory);
                if (tab.Connection != null)
                {
                    opened++;
                }
                else if (refused == null)
                {
                    refused = tab;
                }
            }

            Assert.AreEqual(rig.Settings.MaxChatSeatsPerUser, opened);
            Frames.AssertClosed(refused.Socket, CloseCodes.TryAgainLater);
            Assert.Contains("tabs or devices open", refused.Socket.CloseReason);
            Assert.IsNotNull(rig.OpenChat(rig.SignUp("bob")).Connection, "everyone else still gets in");
        }

        [TestMethod]
        public void A_persons_sessions_share_the_seats()
        {
            TestRig rig = TestRig.Create();
            string phone = rig.SignUp("mallory");
            string laptop = rig.Login("mallory", TestRig.PasswordOf("mallory"));
            for (int i = 1; i < rig.Settings.MaxChatSeatsPerUser; i++)
            {
                Assert.IsNotNull(rig.OpenChat(phone).Connection);
            }

            Assert.IsNotNull(rig.OpenChat(laptop).Connection, "the last seat");

            Assert.IsNull(rig.OpenChat(laptop).Connection);
        }

        [TestMethod]
        public void Polls_take_seats_like_sockets()
        {
            TestRig rig = TestRig.Create();
            string mallory = rig.SignUp("mallory");
            for (int i = 0; i < rig.Settings.MaxChatSeatsPerUser; i++)
            {
                rig.OpenChat(mallory);
            }

            HttpResponse poll = rig.Get("/api/events?after=0", mallory);

            Assert.AreEqual(200, poll.StatusCode);
            Assert.Contains(",\"closed\":{\"code\":1013,", TestRig.BodyText(poll));
            Assert.AreEqual(rig.Settings.MaxChatSeatsPerUser, rig.Server.ChatConnectionCount);
        }

        [TestMethod]
        public void A_seat_given_up_can_be_taken_again()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            ChatClient first = rig.OpenChat(alice);
            for (int i = 1; i < rig.Settings.MaxChatSeatsPerUser; i++)
            {
                rig.OpenChat(alice);
            }

            first.Disconnect();

            Assert.IsNotNull(rig.OpenChat(alice).Connection);
        }
    }
}
