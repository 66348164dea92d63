using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Sessions;
using ChatFirmware.Core.Storage;
using ChatFirmware.Core.Text;
using ChatFirmware.Core.Web;
using ChatFirmware.UnitTests.Fakes;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>
    /// Fuzzing of the store image loader (Storage/SlotImage.TryDecode, Accounts/AccountsImage.Decode,
    /// Chat/HistoryImage.Decode) on corrupted flash: the decoders answer false or CorruptImageException
    /// and nothing else; ChatServer.Start never throws; a slot corrupted the way flash corrupts (CRC no
    /// longer checks) never costs what the other slot holds; whatever was loaded, the server goes on
    /// registering, logging in and chatting, and what it acknowledges survives the next reboot.
    /// </summary>
    [TestClass]
    [TestCategory(Fuzz.Category)]
    public class StoreImageFuzzTests
    {
        private static readonly string[] SlotNames = { "accounts.a", "accounts.b", "history.a", "history.b" };
        private static readonly string[] GoldenUsers = { "alice", "bob", "carol" };
        private static readonly string[] GoldenMessages = { "golden one", "golden two", "golden three", "golden four", "golden five" };
        private static readonly Lazy<MemoryFlash> Golden = new Lazy<MemoryFlash>(BuildGolden);
        private static readonly Tally Decoded = new Tally();
        private static readonly Tally Started = new Tally();

        /// <summary>One change to one flash file; FixCrc re-frames the image (length and CRC) so the payload decoder sees it.</summary>
        public readonly record struct Corruption(int Slot, int Kind, int Where, byte Value, bool FixCrc);

        private static Gen<Corruption> CorruptionGen => Gen.Select(Gen.Int[0, 3], Gen.Int[0, 9], Gen.Int, Gen.Byte, Gen.Bool)
            .Select((slot, kind, where, value, fix) => new Corruption(slot, kind, where, value, fix));

        [TestMethod]
        public void Image_decoders_answer_false_or_CorruptImageException_and_reencode_stably()
        {
            Gen<(int Slot, Corruption[] Changes, byte[] Random)> input = Gen.Select(Gen.Int[0, 3], CorruptionGen.Array[1, 4], Gen.Byte.Array[0, 80]);
            Fuzz.Run("Storage/SlotImage.TryDecode + AccountsImage.Decode + HistoryImage.Decode", input, sample =>
            {
                MemoryFlash flash = Golden.Value.Clone();
                foreach (Corruption change in sample.Changes)
                {
                    Apply(flash, change with { Slot = sample.Slot });
                }

                byte[] image = flash.Raw(SlotNames[sample.Slot]);
                CheckImage(image, sample.Slot < 2 ? AccountsImage.Kind : HistoryImage.Kind);
                CheckImage(sample.Random, AccountsImage.Kind);
                CheckImage(sample.Random, HistoryImage.Kind);
            }, defaultInputs: 30000, tally: Decoded);
        }

        [TestMethod]
        public void Start_on_corrupted_flash_never_throws_and_keeps_serving()
        {
            Fuzz.Run("ChatServer.Start on corrupted flash (then register, log in, chat, reboot)", CorruptionGen.Array[1, 4], StartOnCorruptedFlash, defaultInputs: 5000, tally: Started);
        }

        [TestMethod]
        public void Golden_flash_holds_both_slots_of_each_record_set()
        {
            foreach (string name in SlotNames)
            {
                Assert.IsNotNull(Golden.Value.Raw(name), name);
            }
        }

        private static void StartOnCorruptedFlash(Corruption[] changes)
        {
            MemoryFlash flash = Golden.Value.Clone();
            foreach (Corruption change in changes)
            {
                Apply(flash, change);
            }

            bool[] intact = SlotNames.Select(name => Same(flash.Raw(name), Golden.Value.Raw(name))).ToArray();
            bool accountsReframed = changes.Any(c => c.Slot < 2 && c.FixCrc && !intact[c.Slot]);
            bool historyReframed = changes.Any(c => c.Slot >= 2 && c.FixCrc && !intact[c.Slot]);
            string shown = string.Join(", ", changes);

            TestRig rig = new TestRig(TestRig.TestSettings(), flash, new ManualClock(TestRig.StartUptimeMs), new SeededRandom(7));

            Started.Add(accountsReframed || historyReframed ? "re-framed garbage loaded" : "raw corruption");
            if ((intact[0] || intact[1]) && !accountsReframed)
            {
                Started.Add("golden users checked");
                foreach (string user in GoldenUsers)
                {
                    Assert.IsNotNull(rig.Login(TestRig.EmailOf(user), TestRig.PasswordOf(user)), user + " survives " + shown);
                }
            }
            else
            {
                // Whatever a garbage image made of the accounts, logging in to them answers and never throws
                // (accounts whose stored PBKDF2 cost would take minutes on purpose are skipped).
                UserTable loaded = LoadedUsers(flash);
                foreach (string user in GoldenUsers)
                {
                    User found = loaded.FindByEmail(TestRig.EmailOf(user));
                    if (found != null && found.Iterations <= 100000)
                    {
                        int status = rig.LoginResponse(TestRig.EmailOf(user), TestRig.PasswordOf(user)).StatusCode;
                        Assert.IsTrue(status == 303 || status == 401 || status == 429, status + " for " + user + " after " + shown);
                        Started.Add("garbage account logged in to (" + status + ")");
                    }
                }
            }

            HttpResponse registered = rig.Register("zed", "zed@example.org", "zed's password");
            Assert.IsTrue(registered.StatusCode == 303 || registered.StatusCode == 403 || registered.StatusCode == 409, registered.StatusCode + " after " + shown);
            Started.Add("registration " + registered.StatusCode);
            if (registered.StatusCode != 303)
            {
                Assert.IsTrue(accountsReframed, "only a garbage image can fill the table or take the name: " + shown);
                return;
            }

            string cookie = rig.Login("zed", "zed's password");
            Assert.IsNotNull(cookie, shown);
            ChatClient chat = rig.OpenChat(cookie);
            Assert.IsNotNull(chat.Connection, shown);
            string history = chat.Socket.Text(1);
            if ((intact[2] || intact[3]) && !historyReframed)
            {
                Started.Add("golden history checked");
                for (int i = 0; i < 3; i++)
                {
                    Assert.IsTrue(history.Contains(GoldenMessages[i], StringComparison.Ordinal), GoldenMessages[i] + " survives " + shown);
                }
            }

            long highest = HighestId(chat.Socket);
            chat.Say("after the corruption");
            long id = IdOf(Frames.Message(chat.Socket, 0));
            Assert.IsTrue(id > highest, "ids keep increasing after " + shown);

            TestRig rebooted = rig.Reboot();
            string again = rebooted.Login("zed", "zed's password");
            Assert.IsNotNull(again, "an acknowledged registration survives the reboot after " + shown);
            ChatClient later = rebooted.OpenChat(again);
            later.Say("after the reboot");
            Assert.IsTrue(IdOf(Frames.Message(later.Socket, 0)) > id, "ids keep increasing across the reboot after " + shown);
        }

        private static void CheckImage(byte[] image, int kind)
        {
            if (!SlotImage.TryDecode(image, kind, out int version, out uint _, out byte[] payload))
            {
                Assert.IsNull(payload);
                Decoded.Add("slot refused");
                return;
            }

            Assert.AreEqual(image.Length - SlotImage.HeaderBytes - SlotImage.TrailerBytes, payload.Length);
            Assert.AreEqual(Crc32.Compute(image, 0, image.Length - 4), BitConverter.ToUInt32(image, image.Length - 4));
            if (kind == AccountsImage.Kind)
            {
                CheckAccounts(payload, version);
            }
            else
            {
                CheckHistory(payload, version);
            }
        }

        private static void CheckAccounts(byte[] payload, int version)
        {
            const long Now = 5000000;
            UserTable users = new UserTable(10);
            SessionTable sessions = new SessionTable(10);
            uint epoch;
            try
            {
                epoch = AccountsImage.Decode(payload, version, users, sessions, Now, false);
            }
            catch (CorruptImageException)
            {
                Decoded.Add("accounts payload refused");
                return;
            }

            Decoded.Add("accounts payload decoded");
            Assert.IsTrue(users.Count <= users.Capacity);
            byte[] first = AccountsImage.Encode(users, sessions, Now, epoch);
            UserTable usersAgain = new UserTable(10);
            SessionTable sessionsAgain = new SessionTable(10);
            uint epochAgain = AccountsImage.Decode(first, AccountsImage.FormatVersion, usersAgain, sessionsAgain, Now, false);
            Assert.AreEqual(epoch, epochAgain);
            CollectionAssert.AreEqual(first, AccountsImage.Encode(usersAgain, sessionsAgain, Now, epochAgain), "what was loaded is written back unchanged");
        }

        private static void CheckHistory(byte[] payload, int version)
        {
            HistoryRing ring = new HistoryRing(100, 16384);
            long reserved;
            uint epoch;
            try
            {
                reserved = HistoryImage.Decode(payload, version, ring, out epoch);
            }
            catch (CorruptImageException)
            {
                Decoded.Add("history payload refused");
                return;
            }

            Decoded.Add("history payload decoded");
            Assert.IsTrue(ring.Count <= 100);
            byte[] first = HistoryImage.Encode(ring, reserved, epoch);
            HistoryRing again = new HistoryRing(100, 16384);
            uint epochAgain;
            long reservedAgain = HistoryImage.Decode(first, HistoryImage.FormatVersion, again, out epochAgain);
            Assert.AreEqual(reserved, reservedAgain);
            Assert.AreEqual(epoch, epochAgain);
            CollectionAssert.AreEqual(first, HistoryImage.Encode(again, reservedAgain, epochAgain), "what was loaded is written back unchanged");
        }

        private static void Apply(MemoryFlash flash, Corruption change)
        {
            string name = SlotNames[change.Slot];
            byte[] blob = flash.Raw(name);
            if (blob == null)
            {
                return;
            }

            if (blob.Length == 0)
            {
                flash.Put(name, new byte[] { change.Value });
                return;
            }

            int at = (int)((uint)change.Where % (uint)blob.Length);
            List<byte> bytes = blob.ToList();
            switch (change.Kind)
            {
                case 0:
                case 1:
                    bytes[at] ^= (byte)(1 << (change.Value & 7));
                    break;
                case 2:
                    bytes[at] = change.Value;
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4:
                    bytes.Insert(at, change.Value);
                    break;
                case 5:
                    bytes.RemoveAt(at);
                    break;
                case 6:
                    // A header field: kind, version, reserved, generation or length.
                    bytes[Math.Min(bytes.Count - 1, 4 + (int)((uint)change.Where % 12))] = change.Value;
                    break;
                case 7:
                    flash.Delete(name);
                    return;
                case 8:
                    byte[] other = flash.Raw(SlotNames[change.Slot ^ 1]);
                    if (other != null)
                    {
                        flash.Put(name, other);
                    }

                    return;
                default:
                    bytes = new Random(change.Where).GetItems(Enumerable.Range(0, 256).Select(b => (byte)b).ToArray(), change.Value).ToList();
                    break;
            }

            byte[] result = bytes.ToArray();
            if (change.FixCrc && result.Length >= SlotImage.HeaderBytes + SlotImage.TrailerBytes)
            {
                BitConverter.TryWriteBytes(result.AsSpan(12), (uint)(result.Length - SlotImage.HeaderBytes - SlotImage.TrailerBytes));
                BitConverter.TryWriteBytes(result.AsSpan(result.Length - 4), Crc32.Compute(result, 0, result.Length - 4));
            }

            flash.Put(name, result);
        }

        private static long HighestId(RecordingSocket socket)
        {
            using JsonDocument welcome = JsonDocument.Parse(socket.Text(0));
            long highest = welcome.RootElement.GetProperty("lastId").GetInt64();
            using JsonDocument history = JsonDocument.Parse(socket.Text(1));
            foreach (JsonElement message in history.RootElement.GetProperty("messages").EnumerateArray())
            {
                highest = Math.Max(highest, message.GetProperty("id").GetInt64());
            }

            return highest;
        }

        /// <summary>The users a start on this flash loads (the loader's own slot choice, then the payload decoder).</summary>
        private static UserTable LoadedUsers(MemoryFlash flash)
        {
            UserTable users = new UserTable(10);
            byte[] payload = new SlotStore(flash, new ListLog(), "accounts", AccountsImage.Kind).Load(out int version);
            try
            {
                if (payload != null)
                {
                    AccountsImage.Decode(payload, version, users, new SessionTable(10), 0, true);
                }
            }
            catch (CorruptImageException)
            {
                users.Clear();
            }

            return users;
        }

        /// <summary>The id of a message frame (System.Text.Json: a corrupted image may hold ids longer than the core's reader takes from clients).</summary>
        private static long IdOf(string frame)
        {
            using JsonDocument message = JsonDocument.Parse(frame);
            return message.RootElement.GetProperty("id").GetInt64();
        }

        private static bool Same(byte[] a, byte[] b)
        {
            return a != null && b != null && a.AsSpan().SequenceEqual(b);
        }

        /// <summary>Three accounts with sessions and five messages, leaving both slots of each record set on flash.</summary>
        private static MemoryFlash BuildGolden()
        {
            TestRig rig = TestRig.Create();
            string cookie = null;
            foreach (string user in GoldenUsers)
            {
                cookie = rig.SignUp(user);
            }

            ChatClient chat = rig.OpenChat(cookie);
            for (int i = 0; i < 3; i++)
            {
                chat.Say(GoldenMessages[i]);
            }

            rig.Clock.Advance(rig.Settings.HistoryFlushIntervalMs);
            rig.Server.Tick();
            chat.Say(GoldenMessages[3]);
            chat.Say(GoldenMessages[4]);
            rig.Server.Shutdown();
            return rig.Flash.Clone();
        }
    }
}
