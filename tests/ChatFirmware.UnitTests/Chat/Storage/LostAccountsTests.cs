using ChatFirmware.Core.Settings;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Storage
{
    /// <summary>
    /// When the accounts are lost but the history survives, user ids start again at 1: the history
    /// records which accounts (id epoch) its user ids belong to, and loses its private messages when
    /// those accounts are gone, so that the new holder of an id never reads the old one's. Lowering
    /// MaxUsers never drops stored accounts.
    /// </summary>
    [TestClass]
    public class LostAccountsTests
    {
        [TestMethod]
        public void After_the_accounts_are_lost_the_next_holder_of_a_user_id_reads_no_private_message()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));
            bob.SayTo("alice", "the secret for alice");
            alice.Say("hello everyone");
            rig.Server.Shutdown();
            CorruptBothSlots(rig.Flash, "accounts");

            TestRig rebooted = rig.Reboot();
            ChatClient mallory = rebooted.OpenChat(rebooted.SignUp("mallory"));

            string history = mallory.Socket.Text(1);
            Assert.Contains("\"type\":\"history\"", history);
            Assert.Contains("hello everyone", history);
            Assert.DoesNotContains("the secret for alice", history);
            Assert.IsTrue(rebooted.Log.HasWarning("private messages dropped"), "the log says why");
        }

        [TestMethod]
        public void The_private_messages_stay_out_after_a_further_reboot_before_the_history_was_written_again()
        {
            TestRig rig = TestRig.Create();
            rig.OpenChat(rig.SignUp("alice"));
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));
            bob.SayTo("alice", "the secret for alice");
            rig.Server.Shutdown();
            CorruptBothSlots(rig.Flash, "accounts");
            TestRig first = rig.Reboot();
            first.SignUp("mallory");

            TestRig second = first.Reboot();
            ChatClient mallory = second.OpenChat(second.Login("mallory", TestRig.PasswordOf("mallory")));

            Assert.DoesNotContains("the secret for alice", mallory.Socket.Text(1));
        }

        [TestMethod]
        public void Private_messages_survive_an_ordinary_reboot()
        {
            TestRig rig = TestRig.Create();
            string aliceCookie = rig.SignUp("alice");
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));
            bob.SayTo("alice", "the secret for alice");
            rig.Server.Shutdown();

            TestRig rebooted = rig.Reboot();
            ChatClient alice = rebooted.OpenChat(aliceCookie);

            Assert.Contains("the secret for alice", alice.Socket.Text(1));
        }

        [TestMethod]
        public void Lowering_MaxUsers_keeps_every_stored_account_and_closes_registration()
        {
            TestRig rig = TestRig.Create();
            rig.SignUp("alice");
            rig.SignUp("bob");
            rig.SignUp("carol");
            ChatSettings fewer = TestRig.TestSettings();
            fewer.MaxUsers = 2;

            TestRig rebooted = new TestRig(fewer, rig.Flash, new ManualClock(5000), rig.Random);

            Assert.IsNotNull(rebooted.Login("alice", TestRig.PasswordOf("alice")));
            Assert.IsNotNull(rebooted.Login("carol", TestRig.PasswordOf("carol")));
            Assert.AreEqual(403, rebooted.Register("dave", "dave@example.org", "dave's secret").StatusCode);
            TestRig again = new TestRig(fewer, rig.Flash, new ManualClock(5000), rig.Random);
            Assert.IsNotNull(again.Login("bob", TestRig.PasswordOf("bob")), "nothing was overwritten by the writes in between");
        }

        private static void CorruptBothSlots(MemoryFlash flash, string name)
        {
            flash.FlipBits(name + ".a", 20, 0xFF);
            if (flash.Exists(name + ".b"))
            {
                flash.FlipBits(name + ".b", 20, 0xFF);
            }
        }
    }
}
