using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.Sessions;
using ChatFirmware.Core.Storage;
using ChatFirmware.Core.Web;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Storage
{
    /// <summary>
    /// Regression tests for what the fuzzers (tests/ChatFirmware.UnitTests.Host/HostOnly/*FuzzTests.cs,
    /// docs/reliability.md) found: one named test per finding, so the fix cannot quietly come undone.
    /// </summary>
    [TestClass]
    public class FuzzFindingsTests
    {
        /// <summary>
        /// StoreImageFuzzTests, seed 8e1CsxYhnup1: a CRC-valid accounts image whose PBKDF2 count was 0 or
        /// negative loaded fine, and every login of that account then threw ArgumentException from PBKDF2
        /// out of ChatServer.HandleHttp. The loader now refuses the image like any other unreadable one.
        /// </summary>
        [TestMethod]
        public void A_stored_PBKDF2_count_below_one_is_refused_at_load_and_no_login_throws()
        {
            int[] counts = new int[] { 0, -1, int.MinValue };
            for (int i = 0; i < counts.Length; i++)
            {
                MemoryFlash flash = new MemoryFlash();
                flash.Put("accounts.a", SlotImage.Encode(AccountsImage.Kind, AccountsImage.FormatVersion, 1, AccountsWith(counts[i])));
                TestRig rig = new TestRig(TestRig.TestSettings(), flash, new ManualClock(TestRig.StartUptimeMs), new SeededRandom(1));

                HttpResponse login = rig.LoginResponse("alice@example.org", "correct horse");

                Assert.AreEqual(401, login.StatusCode, "count " + counts[i]);
                Assert.IsTrue(rig.Log.HasWarning("iteration count"), "the reason is logged");
                Assert.AreEqual(303, rig.Register("bob", "bob@example.org", "bob's password").StatusCode, "the chat starts empty and works");
            }
        }

        [TestMethod]
        public void A_stored_PBKDF2_count_of_one_still_loads()
        {
            MemoryFlash flash = new MemoryFlash();
            flash.Put("accounts.a", SlotImage.Encode(AccountsImage.Kind, AccountsImage.FormatVersion, 1, AccountsWith(1)));
            TestRig rig = new TestRig(TestRig.TestSettings(), flash, new ManualClock(TestRig.StartUptimeMs), new SeededRandom(1));

            Assert.AreEqual(401, rig.LoginResponse("alice@example.org", "wrong horse").StatusCode);
            Assert.AreEqual(409, rig.Register("alice", "other@example.org", "correct horse").StatusCode, "alice was loaded");
        }

        /// <summary>An accounts payload holding alice with the given PBKDF2 count (her hash is not a real one).</summary>
        private static byte[] AccountsWith(int iterations)
        {
            UserTable users = new UserTable(10);
            users.Add(new User(1, "alice", "alice@example.org", new byte[User.SaltBytes], new byte[User.HashBytes], iterations, true));
            return AccountsImage.Encode(users, new SessionTable(10), 0, 7);
        }
    }
}
