using ChatFirmware.Core.Board;
using ChatFirmware.Core.Settings;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Board
{
    [TestClass]
    public class BoardTests
    {
        [TestMethod]
        public void A_reboot_reason_is_allowed_once_until_a_clean_boot_clears_it()
        {
            MemoryFlash flash = new MemoryFlash();
            ListLog log = new ListLog();

            Assert.IsTrue(new RebootGuard(flash, log).Allows("ap ChatFirmware WPA2 10"));
            Assert.IsTrue(new RebootGuard(flash, log).Allows("dhcp"), "another reason, after the reboot");
            Assert.IsFalse(new RebootGuard(flash, log).Allows("ap ChatFirmware WPA2 10"), "the same fix did not help: no loop");
            Assert.IsFalse(new RebootGuard(flash, log).Allows("dhcp"));
            new RebootGuard(flash, log).Clear();
            Assert.IsTrue(new RebootGuard(flash, log).Allows("dhcp"), "a clean boot forgets");
        }

        [TestMethod]
        public void A_reason_that_is_part_of_another_is_still_its_own()
        {
            RebootGuard guard = new RebootGuard(new MemoryFlash(), new ListLog());

            Assert.IsTrue(guard.Allows("dhcp retry"));
            Assert.IsTrue(guard.Allows("dhcp"));
            Assert.IsTrue(guard.Allows("retry"));
        }

        [TestMethod]
        public void No_reboot_when_the_reason_cannot_be_recorded()
        {
            MemoryFlash flash = new MemoryFlash();
            ListLog log = new ListLog();
            flash.ThrowOnNextWrite();

            Assert.IsFalse(new RebootGuard(flash, log).Allows("dhcp"));
            Assert.IsTrue(log.Contains("not rebooting"));
        }

        [TestMethod]
        public void A_clean_boot_without_a_record_writes_nothing()
        {
            MemoryFlash flash = new MemoryFlash();

            new RebootGuard(flash, new ListLog()).Clear();

            Assert.AreEqual(0, flash.WriteAttempts);
        }

        [TestMethod]
        public void The_board_passphrase_is_made_once_and_kept()
        {
            MemoryFlash flash = new MemoryFlash();

            string first = BoardPassphrase.LoadOrCreate(flash, new SeededRandom(1), new ListLog());
            string again = BoardPassphrase.LoadOrCreate(flash, new SeededRandom(2), new ListLog());

            Assert.IsTrue(NetworkSettingsRules.IsWpa2Passphrase(first));
            Assert.AreEqual(first, again);
            Assert.AreEqual(1, flash.WriteCount);
            Assert.AreNotEqual(first, BoardPassphrase.LoadOrCreate(new MemoryFlash(), new SeededRandom(2), new ListLog()), "each board its own");
        }

        [TestMethod]
        public void An_unreadable_stored_passphrase_is_replaced()
        {
            MemoryFlash flash = new MemoryFlash();
            ListLog log = new ListLog();
            flash.Write(BoardPassphrase.FileName, Bytes.Utf8("short"));

            string passphrase = BoardPassphrase.LoadOrCreate(flash, new SeededRandom(3), log);

            Assert.IsTrue(NetworkSettingsRules.IsWpa2Passphrase(passphrase));
            Assert.AreEqual(passphrase, Bytes.Text(flash.Raw(BoardPassphrase.FileName)));
            Assert.IsTrue(log.Contains("unreadable"));
        }

        [TestMethod]
        public void A_passphrase_that_cannot_be_kept_is_still_used_for_this_boot()
        {
            MemoryFlash flash = new MemoryFlash();
            ListLog log = new ListLog();
            flash.ThrowOnNextWrite();

            string passphrase = BoardPassphrase.LoadOrCreate(flash, new SeededRandom(4), log);

            Assert.IsTrue(NetworkSettingsRules.IsWpa2Passphrase(passphrase));
            Assert.IsTrue(log.Contains("will change at the next boot"));
        }

        [TestMethod]
        public void The_reset_marker_erases_the_chat_data_once_and_keeps_the_board_passphrase()
        {
            TestRig rig = TestRig.Create();
            rig.SignUp("alice");
            string passphrase = BoardPassphrase.LoadOrCreate(rig.Flash, new SeededRandom(5), new ListLog());
            rig.Flash.Write(ChatDataReset.MarkerFileName, Bytes.Utf8("reset requested"));

            Assert.IsTrue(ChatDataReset.RunIfRequested(rig.Flash, rig.Server, new ListLog()));

            Assert.IsNull(rig.Flash.Raw(ChatDataReset.MarkerFileName), "the marker is gone");
            Assert.AreEqual(401, rig.LoginResponse(TestRig.EmailOf("alice"), TestRig.PasswordOf("alice")).StatusCode, "alice is gone");
            Assert.AreEqual(passphrase, BoardPassphrase.LoadOrCreate(rig.Flash, new SeededRandom(6), new ListLog()));
            Assert.IsFalse(ChatDataReset.RunIfRequested(rig.Flash, rig.Server, new ListLog()), "only once");
        }
    }
}
