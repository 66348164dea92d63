using System.Collections;
using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Storage
{
    /// <summary>
    /// A power cut can tear any image write at any byte. Whatever the server acknowledged before the cut
    /// must be there after a reboot; what it refused (503) must not be.
    /// </summary>
    [TestClass]
    public class CrashConsistencyTests
    {
        [TestMethod]
        public void A_write_torn_at_every_byte_of_every_image_write_reloads_exactly_the_state_before_it()
        {
            // One undisturbed run records the flash before each write and the image each write stores;
            // every cut is then replayed on a copy of that flash, so the sweep stays cheap enough for
            // nanoFramework's virtual device. The test below shows, through the server, that the state
            // before each write holds every acknowledged operation.
            CrashRecording recording = CrashScenario.Record();
            int cuts = 0;
            for (int write = 0; write < recording.Images.Length; write++)
            {
                byte[] image = recording.Images[write];
                byte[] before = CrashScenario.LoadPayload(recording.Before[write], null);
                for (int keep = 0; keep < image.Length; keep++)
                {
                    MemoryFlash flash = recording.Before[write].Clone();
                    byte[] torn = new byte[keep];
                    System.Array.Copy(image, torn, keep);
                    flash.Put(recording.Slots[write], torn);
                    ListLog log = new ListLog();

                    byte[] loaded = CrashScenario.LoadPayload(flash, log);

                    Assert.IsTrue(Bytes.Equal(before, loaded), "write " + (write + 1) + " torn after " + keep + " bytes");
                    Assert.IsTrue(keep == 0 || log.HasWarning(recording.Slots[write]), "the torn slot is reported");
                    cuts++;
                }

                MemoryFlash complete = recording.Before[write].Clone();
                complete.Put(recording.Slots[write], image);
                Assert.IsFalse(Bytes.Equal(before, CrashScenario.LoadPayload(complete, null)), "a complete write is the new state");
            }

            OutputHelper.WriteLine("torn writes checked: " + cuts);
        }

        [TestMethod]
        public void A_torn_write_at_any_step_answers_503_and_a_reboot_holds_every_acknowledged_operation()
        {
            int[] lengths = CrashScenario.Record().Lengths();
            Assert.AreEqual(CrashScenario.Steps, lengths.Length, "every step writes one image");
            for (int write = 1; write <= lengths.Length; write++)
            {
                CrashScenario.RunWithTornWrite(write, 0);
                CrashScenario.RunWithTornWrite(write, lengths[write - 1] / 2);
                CrashScenario.RunWithTornWrite(write, lengths[write - 1] - 1);
            }
        }

        [TestMethod]
        public void A_write_that_throws_answers_503_rolls_back_and_the_next_write_works()
        {
            TestRig rig = TestRig.Create();
            Assert.AreEqual(303, rig.Register("alice", "alice@example.org", "correct horse").StatusCode);
            rig.Flash.ThrowOnNextWrite();

            HttpResponse failed = rig.Register("bob", "bob@example.org", "battery staple");

            Assert.AreEqual(503, failed.StatusCode);
            Assert.Contains("could not save", TestRig.BodyText(failed));
            Assert.IsTrue(rig.Log.HasWarning("rolled back"));
            Assert.AreEqual(401, rig.LoginResponse("bob", "battery staple").StatusCode, "bob is not registered in memory either");
            Assert.AreEqual(303, rig.Register("bob", "bob@example.org", "battery staple").StatusCode, "the name is free again");
            Assert.IsNotNull(rig.Login("bob", "battery staple"));
            TestRig rebooted = rig.Reboot();
            Assert.IsNotNull(rebooted.Login("alice", "correct horse"));
            Assert.IsNotNull(rebooted.Login("bob", "battery staple"));
        }

        [TestMethod]
        public void A_first_user_refused_by_a_failed_write_does_not_leave_the_admin_role_taken()
        {
            TestRig rig = TestRig.Create();
            rig.Flash.ThrowOnNextWrite();
            Assert.AreEqual(503, rig.Register("alice", "alice@example.org", "correct horse").StatusCode);

            rig.Register("bob", "bob@example.org", "battery staple");

            AccountStore store = new AccountStore(rig.Flash, rig.Clock, rig.Random, new ListLog(), 10, 10);
            store.Load();
            Assert.AreEqual(1, store.Users.Count);
            Assert.IsTrue(store.Users.FindByName("bob").IsAdmin);
        }

        [TestMethod]
        public void A_login_whose_write_fails_answers_503_and_grants_no_session()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            rig.Flash.ThrowOnNextWrite();

            HttpResponse response = rig.LoginResponse("alice", "correct horse");

            Assert.AreEqual(503, response.StatusCode);
            Assert.IsNull(response.GetHeader("Set-Cookie"));
            Assert.IsNotNull(rig.Login("alice", "correct horse"), "the next write works");
        }

        [TestMethod]
        public void A_login_whose_write_fails_keeps_the_session_it_would_have_evicted()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.MaxSessions = 1;
            TestRig rig = TestRig.Create(settings);
            string first = rig.SignUp("alice");
            ChatClient chat = rig.OpenChat(first);
            rig.Flash.ThrowOnNextWrite();

            Assert.AreEqual(503, rig.LoginResponse("alice", TestRig.PasswordOf("alice")).StatusCode);

            Assert.AreEqual(200, rig.Get("/chat", first).StatusCode);
            Assert.IsFalse(chat.Socket.IsClosed);
        }

        [TestMethod]
        public void A_logout_whose_write_fails_answers_503_and_the_session_stays()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");
            ChatClient chat = rig.OpenChat(cookie);
            rig.Flash.ThrowOnNextWrite();

            HttpResponse response = rig.Logout(cookie);

            Assert.AreEqual(503, response.StatusCode);
            Assert.IsNull(response.GetHeader("Set-Cookie"));
            Assert.AreEqual(200, rig.Get("/chat", cookie).StatusCode);
            Assert.IsFalse(chat.Socket.IsClosed);
            Assert.AreEqual(303, rig.Logout(cookie).StatusCode, "the next write works");
            Assert.AreEqual(303, rig.Get("/chat", cookie).StatusCode);
        }

        [TestMethod]
        public void A_bit_flip_anywhere_in_the_newest_slot_falls_back_to_the_previous_state()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            rig.Register("bob", "bob@example.org", "battery staple");
            string newest = NewestSlot(rig.Flash);
            int length = rig.Flash.Raw(newest).Length;

            for (int offset = 0; offset < length; offset++)
            {
                MemoryFlash flash = rig.Flash.Clone();
                flash.FlipBits(newest, offset, 1 << (offset % 8));
                ListLog log = new ListLog();
                AccountStore store = new AccountStore(flash, rig.Clock, rig.Random, log, 10, 10);
                store.Load();

                Assert.AreEqual(1, store.Users.Count, "flip at " + offset);
                Assert.IsNotNull(store.Users.FindByName("alice"));
                Assert.IsTrue(log.HasWarning(newest), "warned about " + newest);
            }
        }

        [TestMethod]
        public void A_bit_flip_in_the_older_slot_loses_nothing()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            rig.Register("bob", "bob@example.org", "battery staple");
            string older = NewestSlot(rig.Flash) == "accounts.a" ? "accounts.b" : "accounts.a";
            rig.Flash.FlipBits(older, 30, 0x20);

            TestRig rebooted = rig.Reboot();

            Assert.IsNotNull(rebooted.Login("alice", "correct horse"));
            Assert.IsNotNull(rebooted.Login("bob", "battery staple"));
            Assert.IsTrue(rebooted.Log.HasWarning(older));
        }

        [TestMethod]
        public void Both_slots_corrupt_starts_empty_with_a_warning_and_accepts_new_accounts()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            rig.Register("bob", "bob@example.org", "battery staple");
            rig.Flash.FlipBits("accounts.a", 17, 0x01);
            rig.Flash.FlipBits("accounts.b", 17, 0x01);

            TestRig rebooted = rig.Reboot();

            Assert.IsTrue(rebooted.Log.HasWarning("no readable copy"));
            Assert.AreEqual(401, rebooted.LoginResponse("alice", "correct horse").StatusCode);
            Assert.AreEqual(303, rebooted.Register("carol", "carol@example.org", "carol's password").StatusCode);
            Assert.IsNotNull(rebooted.Reboot().Login("carol", "carol's password"));
        }

        [TestMethod]
        public void An_image_with_a_good_crc_but_unreadable_content_starts_empty_with_a_warning()
        {
            MemoryFlash flash = new MemoryFlash();
            flash.Put("accounts.a", Core.Storage.SlotImage.Encode(AccountsImage.Kind, AccountsImage.FormatVersion, 1, Bytes.Utf8("not an accounts payload")));
            ListLog log = new ListLog();
            AccountStore store = new AccountStore(flash, new ManualClock(0), new SeededRandom(1), log, 10, 10);

            store.Load();

            Assert.AreEqual(0, store.Users.Count);
            Assert.IsTrue(log.HasWarning("unreadable"));
        }

        [TestMethod]
        public void An_unknown_format_version_starts_empty_with_a_warning()
        {
            MemoryFlash flash = new MemoryFlash();
            flash.Put("accounts.a", Core.Storage.SlotImage.Encode(AccountsImage.Kind, AccountsImage.FormatVersion + 1, 1, new byte[5]));
            ListLog log = new ListLog();
            AccountStore store = new AccountStore(flash, new ManualClock(0), new SeededRandom(1), log, 10, 10);

            store.Load();

            Assert.IsTrue(log.HasWarning("format version"));
        }

        private static string NewestSlot(MemoryFlash flash)
        {
            return GenerationOf(flash, "accounts.a") > GenerationOf(flash, "accounts.b") ? "accounts.a" : "accounts.b";
        }

        private static uint GenerationOf(MemoryFlash flash, string name)
        {
            int version;
            uint generation;
            byte[] payload;
            return Core.Storage.SlotImage.TryDecode(flash.Raw(name), AccountsImage.Kind, out version, out generation, out payload) ? generation : 0;
        }
    }

    /// <summary>
    /// The scenario of the torn-write test: registrations, logins and logouts, each costing one image
    /// write, with a record of what the server acknowledged before the cut.
    /// </summary>
    internal static class CrashScenario
    {
        public const int Steps = 9;

        /// <summary>One undisturbed run: the flash before each write, and where and what each write stored.</summary>
        public static CrashRecording Record()
        {
            Outcome outcome = new Outcome();
            TestRig rig = TestRig.Create();
            CrashRecording recording = new CrashRecording(Steps);
            for (int step = 0; step < Steps; step++)
            {
                recording.Before[step] = rig.Flash.Clone();
                int attempts = rig.Flash.WriteAttempts;
                Assert.IsTrue(Run(rig, step, outcome), "step " + step + " succeeds without faults");
                Assert.AreEqual(attempts + 1, rig.Flash.WriteAttempts, "step " + step + " writes one image");
                recording.Slots[step] = (string)rig.Flash.AttemptedNames[attempts];
                recording.Images[step] = rig.Flash.Raw(recording.Slots[step]);
            }

            return recording;
        }

        /// <summary>The accounts payload a reboot would load from this flash (null when none).</summary>
        public static byte[] LoadPayload(MemoryFlash flash, ListLog log)
        {
            int version;
            return new Core.Storage.SlotStore(flash, log ?? new ListLog(), "accounts", AccountsImage.Kind).Load(out version);
        }

        /// <summary>Runs the scenario until write number <paramref name="write"/> tears after <paramref name="keep"/> bytes, reboots and checks.</summary>
        public static void RunWithTornWrite(int write, int keep)
        {
            string where = "write " + write + " torn after " + keep + " bytes";
            TestRig rig = TestRig.Create();
            rig.Flash.TearWrite(write, keep);
            Outcome outcome = new Outcome();
            bool torn = false;
            for (int step = 0; step < Steps && !torn; step++)
            {
                torn = !Run(rig, step, outcome);
            }

            Assert.IsTrue(torn, where + ": the torn step was refused");
            TestRig rebooted = rig.Reboot();
            outcome.Verify(rebooted, where);
        }

        /// <summary>One step; false when the server refused it with 503 (the torn write).</summary>
        private static bool Run(TestRig rig, int step, Outcome outcome)
        {
            switch (step)
            {
                case 0:
                    return Register(rig, "alice", outcome);
                case 1:
                    return Register(rig, "bob", outcome);
                case 2:
                    return Login(rig, "alice", outcome);
                case 3:
                    return Login(rig, "bob", outcome);
                case 4:
                    return Logout(rig, 0, outcome);
                case 5:
                    return Register(rig, "carol", outcome);
                case 6:
                    return Login(rig, "carol", outcome);
                case 7:
                    return Login(rig, "alice", outcome);
                default:
                    return Logout(rig, 1, outcome);
            }
        }

        private static bool Register(TestRig rig, string name, Outcome outcome)
        {
            HttpResponse response = rig.Register(name, TestRig.EmailOf(name), TestRig.PasswordOf(name));
            if (response.StatusCode == 303)
            {
                outcome.Users.Add(name);
                return true;
            }

            Assert.AreEqual(503, response.StatusCode, "register " + name);
            outcome.RefusedUsers.Add(name);
            return false;
        }

        private static bool Login(TestRig rig, string name, Outcome outcome)
        {
            HttpResponse response = rig.LoginResponse(name, TestRig.PasswordOf(name));
            if (response.StatusCode == 303)
            {
                outcome.LiveSessions.Add(TestRig.CookieFrom(response));
                return true;
            }

            Assert.AreEqual(503, response.StatusCode, "login " + name);
            return false;
        }

        /// <summary>Logs out the live session at <paramref name="index"/>.</summary>
        private static bool Logout(TestRig rig, int index, Outcome outcome)
        {
            string cookie = (string)outcome.LiveSessions[index];
            HttpResponse response = rig.Logout(cookie);
            if (response.StatusCode == 303)
            {
                outcome.LiveSessions.RemoveAt(index);
                outcome.EndedSessions.Add(cookie);
                return true;
            }

            Assert.AreEqual(503, response.StatusCode, "logout");
            return false;
        }

        private sealed class Outcome
        {
            public readonly ArrayList Users = new ArrayList();
            public readonly ArrayList RefusedUsers = new ArrayList();
            public readonly ArrayList LiveSessions = new ArrayList();
            public readonly ArrayList EndedSessions = new ArrayList();

            public void Verify(TestRig rebooted, string where)
            {
                // Sessions first: the logins below would evict nothing (10 sessions) but must not
                // be needed to prove a session exists.
                for (int i = 0; i < LiveSessions.Count; i++)
                {
                    Assert.AreEqual(200, rebooted.Get("/chat", (string)LiveSessions[i]).StatusCode, where + ": acknowledged session " + i + " authenticates");
                }

                for (int i = 0; i < EndedSessions.Count; i++)
                {
                    Assert.AreEqual(303, rebooted.Get("/chat", (string)EndedSessions[i]).StatusCode, where + ": acknowledged logout " + i + " holds");
                }

                for (int i = 0; i < Users.Count; i++)
                {
                    string name = (string)Users[i];
                    Assert.IsNotNull(rebooted.Login(name, TestRig.PasswordOf(name)), where + ": " + name + " can log in");
                }

                for (int i = 0; i < RefusedUsers.Count; i++)
                {
                    string name = (string)RefusedUsers[i];
                    Assert.AreEqual(401, rebooted.LoginResponse(name, TestRig.PasswordOf(name)).StatusCode, where + ": refused " + name + " does not exist");
                }
            }
        }
    }

    /// <summary>What <see cref="CrashScenario.Record"/> saw.</summary>
    internal sealed class CrashRecording
    {
        public CrashRecording(int writes)
        {
            Before = new MemoryFlash[writes];
            Slots = new string[writes];
            Images = new byte[writes][];
        }

        public MemoryFlash[] Before { get; private set; }

        public string[] Slots { get; private set; }

        public byte[][] Images { get; private set; }

        public int[] Lengths()
        {
            int[] lengths = new int[Images.Length];
            for (int i = 0; i < lengths.Length; i++)
            {
                lengths[i] = Images[i].Length;
            }

            return lengths;
        }
    }
}
