using ChatFirmware.Core.Settings;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Chat
{
    [TestClass]
    public class HistoryPersistenceTests
    {
        [TestMethod]
        public void History_written_by_the_batch_survives_a_reboot()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            alice.Say("remember me");
            alice.Say("and me");
            rig.Clock.Advance(rig.Settings.HistoryFlushIntervalMs);
            rig.Server.Tick();

            TestRig rebooted = rig.Reboot();
            string history = rebooted.OpenChat(rebooted.Login("alice", TestRig.PasswordOf("alice"))).Socket.Text(1);

            Assert.Contains("remember me", history);
            Assert.Contains("and me", history);
        }

        [TestMethod]
        public void Shutdown_writes_the_pending_history()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            alice.Say("first");
            alice.Say("said just before shutdown");

            rig.Server.Shutdown();

            TestRig rebooted = rig.Reboot();
            Assert.Contains("said just before shutdown", rebooted.OpenChat(rebooted.Login("alice", TestRig.PasswordOf("alice"))).Socket.Text(1));
        }

        [TestMethod]
        public void Message_ids_never_repeat_after_a_power_cut()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            for (int i = 0; i < 5; i++)
            {
                alice.Say("before the cut " + i);
            }

            long lastBefore = Frames.Id(Frames.Message(alice.Socket, 4));

            TestRig rebooted = rig.Reboot();
            ChatClient again = rebooted.OpenChat(rebooted.Login("alice", TestRig.PasswordOf("alice")));
            again.Say("after the cut");

            Assert.IsTrue(Frames.Id(Frames.Message(again.Socket, 0)) > lastBefore);
        }

        [TestMethod]
        public void A_failed_history_write_is_retried_by_a_later_tick()
        {
            ChatSettings settings = TestRig.TestSettings();
            TestRig rig = TestRig.Create(settings);
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            alice.Say("first");
            alice.Say("second");
            rig.Flash.ThrowOnNextWrite();
            rig.Clock.Advance(settings.HistoryFlushIntervalMs);
            rig.Server.Tick();
            Assert.IsTrue(rig.Log.HasWarning("history"));

            rig.Clock.Advance(settings.HistoryFlushIntervalMs);
            rig.Server.Tick();

            TestRig rebooted = rig.Reboot();
            Assert.Contains("second", rebooted.OpenChat(rebooted.Login("alice", TestRig.PasswordOf("alice"))).Socket.Text(1));
        }
    }
}
