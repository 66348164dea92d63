using ChatFirmware.Core.Chat;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Chat
{
    /// <summary>
    /// The message rate limit belongs to the person: every tab and every session of theirs shares one
    /// bucket, and neither reconnecting nor logging in again refills it.
    /// </summary>
    [TestClass]
    public class SendBudgetPerPersonTests
    {
        [TestMethod]
        public void A_second_session_of_the_same_person_shares_the_rate_limit()
        {
            TestRig rig = TestRig.Create();
            ChatClient phone = rig.OpenChat(rig.SignUp("alice"));
            ChatClient laptop = rig.OpenChat(rig.Login("alice", TestRig.PasswordOf("alice")));
            for (int i = 0; i < rig.Settings.RateLimitBurst; i++)
            {
                phone.Say("burst " + i);
            }

            laptop.Say("one more from the laptop");

            Assert.AreEqual(ChatProtocol.ErrorRateLimited, Frames.LastErrorCode(laptop.Socket));
        }

        [TestMethod]
        public void Logging_in_again_does_not_refill_the_rate_limit()
        {
            TestRig rig = TestRig.Create();
            ChatClient first = rig.OpenChat(rig.SignUp("alice"));
            for (int i = 0; i < rig.Settings.RateLimitBurst; i++)
            {
                first.Say("burst " + i);
            }

            rig.Logout(TestRig.CookieFrom(rig.LoginResponse("alice", TestRig.PasswordOf("alice"))));
            ChatClient again = rig.OpenChat(rig.Login("alice", TestRig.PasswordOf("alice")));
            again.Say("after a new login");

            Assert.AreEqual(ChatProtocol.ErrorRateLimited, Frames.LastErrorCode(again.Socket));
        }

        [TestMethod]
        public void Other_people_keep_their_own_budget()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));
            for (int i = 0; i < rig.Settings.RateLimitBurst + 3; i++)
            {
                alice.Say("alice " + i);
            }

            bob.Say("bob is fine");

            Assert.Contains("bob is fine", Frames.Message(bob.Socket, rig.Settings.RateLimitBurst));
        }
    }
}
