using System.Text;
using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Link;
using ChatFirmware.Core.Sessions;
using ChatFirmware.Core.Storage;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Storage
{
    /// <summary>
    /// The on-flash bytes are a contract with every board already in use. Format 1 images below were
    /// made by the original encoder (payload array, then a second framing array) and must still load;
    /// format 2 (the id epoch added in front of each payload) is what the accounts' encoder writes now,
    /// byte for byte, and history images of format 2 must still load; the history's encoder writes
    /// format 3 (linked boards), byte for byte.
    /// </summary>
    [TestClass]
    public class ImageFormatTests
    {
        // Generation 7; messages 41 (to everyone, "hi € 😀", sent at 1767225600123) and 42 (bob to
        // alïce, "private", no timestamp); reserved up to 1042; evicted up to 40.
        private const string HistoryFormat1 =
            "43465331 02 01 0000 07000000 77000000"
            + " 2a00000000000000 1204000000000000 2800000000000000 0200"
            + " 2900000000000000 03000000 0600 616cc3af6365 00000000 0000 0b00 686920e282ac20f09f9880 7ba8da769b010000"
            + " 2a00000000000000 04000000 0300 626f62 03000000 0600 616cc3af6365 0700 70726976617465 0000000000000000"
            + " cee51961";

        // Generation 3; alïce (id 1, administrator, 2000 iterations, salt 01.., hash 02..) and one
        // session of hers (token hash 09.., 4000 ms old, idle 1000 ms).
        private const string AccountsFormat1 =
            "43465331 01 01 0000 03000000 8e000000"
            + " 01000000 01"
            + " 01000000 0600 616cc3af6365 1100 616c696365406578616d706c652e6f7267 01 d0070000"
            + " 01010101010101010101010101010101"
            + " 0202020202020202020202020202020202020202020202020202020202020202"
            + " 01"
            + " 0909090909090909090909090909090909090909090909090909090909090909 01000000 a00f000000000000 e803000000000000"
            + " bee11ee6";

        // The same two messages in format 2: the id epoch 0x5d4c3b2a first, then format 1's payload.
        private const string HistoryFormat2 =
            "43465331 02 02 0000 07000000 7b000000"
            + " 2a3b4c5d"
            + " 2a00000000000000 1204000000000000 2800000000000000 0200"
            + " 2900000000000000 03000000 0600 616cc3af6365 00000000 0000 0b00 686920e282ac20f09f9880 7ba8da769b010000"
            + " 2a00000000000000 04000000 0300 626f62 03000000 0600 616cc3af6365 0700 70726976617465 0000000000000000"
            + " 89d8cb11";

        // Format 3 (linked boards): format 2's epoch and the two messages above, then 43, relayed from
        // board hall-c where its id is 7 (cy, user id -1: not of this board, "hey"), and 44, alïce to dee
        // of board d ("psst"); each message ends with its origin (1-byte length + name; empty: this
        // board), its id there (only with an origin) and its recipient's board (1 + name; empty: this
        // board). Then the links' ledger (26 bytes): this board's epoch 01020304, and hall-c at epoch
        // 0a0b0c0d up to id 7. Names have a 1-byte length in format 3 (2 before).
        private const string HistoryFormat3 =
            "43465331 02 03 0000 07000000 f4000000"
            + " 2a3b4c5d"
            + " 2c00000000000000 1404000000000000 2800000000000000 0400"
            + " 2900000000000000 03000000 06 616cc3af6365 00000000 00 0b00 686920e282ac20f09f9880 7ba8da769b010000 00 00"
            + " 2a00000000000000 04000000 03 626f62 03000000 06 616cc3af6365 0700 70726976617465 0000000000000000 00 00"
            + " 2b00000000000000 ffffffff 02 6379 00000000 00 0300 686579 0000000000000000 06 68616c6c2d63 0700000000000000 00"
            + " 2c00000000000000 03000000 06 616cc3af6365 ffffffff 03 646565 0400 70737374 0000000000000000 00 01 64"
            + " 1a00 04030201 0100 0600 68616c6c2d63 0d0c0b0a 0700000000000000"
            + " 8cd0503a";

        // The same account and session in format 2: the id epoch 0x5d4c3b2a first, then format 1's payload.
        private const string AccountsFormat2 =
            "43465331 01 02 0000 03000000 92000000"
            + " 2a3b4c5d"
            + " 01000000 01"
            + " 01000000 0600 616cc3af6365 1100 616c696365406578616d706c652e6f7267 01 d0070000"
            + " 01010101010101010101010101010101"
            + " 0202020202020202020202020202020202020202020202020202020202020202"
            + " 01"
            + " 0909090909090909090909090909090909090909090909090909090909090909 01000000 a00f000000000000 e803000000000000"
            + " 892d2fb5";

        private const uint Epoch = 0x5d4c3b2a;

        [TestMethod]
        public void History_is_written_in_the_checked_in_format_3_bytes()
        {
            HistoryRing ring = TwoMessages();
            ChatMessage relayed = new ChatMessage(43, ChatMessage.RemoteUserId, "cy", 0, null, "hey", 0);
            relayed.SetOrigin("hall-c", 7);
            ring.Add(relayed);
            ChatMessage direct = new ChatMessage(44, 3, "al\u00efce", ChatMessage.RemoteUserId, "dee", "psst", 0);
            direct.SetRecipientBoard("d");
            ring.Add(direct);

            byte[] image = SlotImage.Encode(HistoryImage.Kind, HistoryImage.FormatVersion, 7, new HistoryImage(ring, 1044, Epoch, Ledger()));

            Assert.AreEqual(Bytes.ToHex(Bytes.FromHex(HistoryFormat3)), Bytes.ToHex(image));
        }

        [TestMethod]
        public void The_checked_in_format_3_history_image_loads_with_origins_and_the_ledger()
        {
            MemoryFlash flash = new MemoryFlash();
            flash.Put("history.a", Bytes.FromHex(HistoryFormat3));
            HistoryRing ring = new HistoryRing(10, 1000);
            HistoryStore store = new HistoryStore(flash, new ListLog(), 30000, 1000);
            LinkLedger ledger = new LinkLedger(4, new SeededRandom(1));
            store.Annex = ledger;

            store.Load(ring, 0, Epoch);

            Assert.AreEqual(4, ring.Count);
            Assert.AreEqual("hall-c", ring[2].Origin);
            Assert.AreEqual(7L, ring[2].OriginId);
            Assert.AreEqual(ChatMessage.RemoteUserId, ring[2].FromUserId);
            Assert.IsNull(ring[0].Origin);
            Assert.AreEqual("d", ring[3].ToBoard);
            Assert.IsTrue(ring[3].IsDirect);
            Assert.AreEqual((uint)0x01020304, ledger.Epoch);
            Assert.AreEqual(7L, ledger.MarkOf("hall-c"));
        }

        [TestMethod]
        public void A_format_2_history_image_loads_as_this_board_s_lines_with_a_fresh_ledger()
        {
            MemoryFlash flash = new MemoryFlash();
            flash.Put("history.a", Bytes.FromHex(HistoryFormat2));
            HistoryRing ring = new HistoryRing(10, 1000);
            HistoryStore store = new HistoryStore(flash, new ListLog(), 30000, 1000);
            LinkLedger ledger = new LinkLedger(4, new SeededRandom(1));
            uint fresh = ledger.Epoch;
            store.Annex = ledger;

            store.Load(ring, 0, Epoch);

            Assert.AreEqual(2, ring.Count);
            Assert.IsNull(ring[0].Origin);
            Assert.AreEqual(41L, ring[0].OriginId);
            Assert.AreEqual(0, ledger.Count);
            Assert.AreEqual(fresh, ledger.Epoch);
        }

        [TestMethod]
        public void The_checked_in_format_2_history_image_loads()
        {
            HistoryRing ring = LoadHistory(HistoryFormat2, Epoch);

            Assert.AreEqual(2, ring.Count, "the accounts' epoch is the history's: the private message stays");
            Assert.AreEqual(1042L, ring.LastId);
            Assert.AreEqual("private", ring[1].Text);
        }

        [TestMethod]
        public void The_checked_in_format_1_history_image_loads()
        {
            HistoryRing ring = LoadHistory(HistoryFormat1, 0);

            Assert.AreEqual(2, ring.Count);
            Assert.AreEqual(1042L, ring.LastId, "numbering continues above the reservation");
            Assert.AreEqual(40L, ring.EvictedUpTo);
            Assert.AreEqual("hi \u20ac \ud83d\ude00", ring[0].Text);
            Assert.AreEqual("al\u00efce", ring[0].FromName);
            Assert.IsNull(ring[0].ToName);
            Assert.AreEqual(1767225600123L, ring[0].TimestampMs);
            Assert.AreEqual(3, ring[1].ToUserId);
            Assert.AreEqual("al\u00efce", ring[1].ToName);
        }

        [TestMethod]
        public void A_history_written_for_accounts_that_are_gone_keeps_its_public_messages_only()
        {
            HistoryRing fromFormat1 = LoadHistory(HistoryFormat1, Epoch);
            HistoryRing fromFormat2 = LoadHistory(HistoryFormat2, Epoch + 1);

            Assert.AreEqual(1, fromFormat1.Count, "format 1 belongs to epoch 0, accounts that are gone");
            Assert.AreEqual(41L, fromFormat1[0].Id);
            Assert.AreEqual(1, fromFormat2.Count);
            Assert.AreEqual(0, fromFormat2[0].ToUserId, "the private message is dropped");
            Assert.AreEqual(1042L, fromFormat2.LastId, "ids still never repeat");
        }

        [TestMethod]
        public void Accounts_are_written_in_the_checked_in_format_2_bytes()
        {
            UserTable users = new UserTable(10);
            SessionTable sessions = new SessionTable(10);
            users.Add(new User(1, "al\u00efce", "alice@example.org", Bytes.Repeat(1, 16), Bytes.Repeat(2, 32), 2000, true));
            sessions.Add(new Session(Bytes.Repeat(9, 32), 1, 1000, 4000));

            byte[] image = SlotImage.Encode(AccountsImage.Kind, AccountsImage.FormatVersion, 3, new AccountsImage(users, sessions, 5000, Epoch));

            Assert.AreEqual(Bytes.ToHex(Bytes.FromHex(AccountsFormat2)), Bytes.ToHex(image));
        }

        [TestMethod]
        public void The_checked_in_accounts_images_load_with_their_id_epoch()
        {
            string[] images = new string[] { AccountsFormat1, AccountsFormat2 };
            uint[] epochs = new uint[] { 0, Epoch };
            for (int i = 0; i < images.Length; i++)
            {
                MemoryFlash flash = new MemoryFlash();
                flash.Put("accounts.a", Bytes.FromHex(images[i]));
                AccountStore store = new AccountStore(flash, new ManualClock(100), new SeededRandom(1), new ListLog(), 10, 10);

                store.Load();

                Assert.AreEqual(1, store.Users.Count, "format " + (i + 1));
                Assert.AreEqual("alice@example.org", store.Users.FindById(1).Email);
                Assert.AreEqual(1, store.Sessions.Count);
                Assert.AreEqual(100L - 4000L, store.Sessions[0].CreatedMs);
                Assert.AreEqual(epochs[i], store.IdEpoch);
            }
        }

        [TestMethod]
        public void A_full_ring_written_by_the_store_equals_its_payload_framed_and_loads_unchanged()
        {
            HistoryRing ring = FullRing(100, 16384);
            Assert.AreEqual(100, ring.Count, "full by count");
            Assert.IsTrue(ring.TextBytes > 15000, "nearly full by text: " + ring.TextBytes);
            MemoryFlash flash = new MemoryFlash();
            HistoryStore store = new HistoryStore(flash, new ListLog(), 30000, 1000);
            store.Load(new HistoryRing(100, 16384), 0, Epoch);

            store.Flush(ring, 0);

            byte[] written = flash.Raw("history.a");
            byte[] payload = HistoryImage.Encode(ring, ring.LastId, Epoch);
            Assert.AreEqual(payload.Length, ImageWriter.LengthOf(new HistoryImage(ring, ring.LastId, Epoch)), "counting pass");
            Assert.AreEqual(Bytes.ToHex(SlotImage.Encode(HistoryImage.Kind, HistoryImage.FormatVersion, 1, payload)), Bytes.ToHex(written));
            HistoryRing loaded = new HistoryRing(100, 16384);
            new HistoryStore(flash, new ListLog(), 30000, 1000).Load(loaded, 0, Epoch);
            Assert.AreEqual(ring.Count, loaded.Count);
            for (int i = 0; i < ring.Count; i++)
            {
                Assert.AreEqual(ring[i].Id, loaded[i].Id);
                Assert.AreEqual(ring[i].Text, loaded[i].Text);
                Assert.AreEqual(ring[i].FromName, loaded[i].FromName);
                Assert.AreEqual(ring[i].ToName, loaded[i].ToName);
            }
        }

        [TestMethod]
        public void Strings_are_counted_as_they_are_written()
        {
            string[] samples = new string[] { string.Empty, "a", "\u00e9", "\u20ac", "\ud83d\ude00", "x\ud800y", "\udc00\ud83d" };
            for (int i = 0; i < samples.Length; i++)
            {
                ImageWriter counter = new ImageWriter();
                counter.WriteString(samples[i]);
                byte[] buffer = new byte[counter.Position + 1];
                ImageWriter writer = new ImageWriter(buffer, 1);
                writer.WriteString(samples[i]);

                Assert.AreEqual(counter.Position + 1, writer.Position, samples[i]);
                byte[] utf8 = Bytes.Utf8(samples[i]);
                Assert.AreEqual(utf8.Length, buffer[1] | (buffer[2] << 8));
                for (int k = 0; k < utf8.Length; k++)
                {
                    Assert.AreEqual(utf8[k], buffer[3 + k]);
                }
            }
        }

        private static HistoryRing LoadHistory(string image, uint accountsEpoch)
        {
            MemoryFlash flash = new MemoryFlash();
            flash.Put("history.a", Bytes.FromHex(image));
            HistoryRing ring = new HistoryRing(10, 1000);
            new HistoryStore(flash, new ListLog(), 30000, 1000).Load(ring, 0, accountsEpoch);
            return ring;
        }

        /// <summary>The ledger of the format-3 image: this board at epoch 01020304, hall-c at 0a0b0c0d up to id 7.</summary>
        private static LinkLedger Ledger()
        {
            LinkLedger ledger = new LinkLedger(4, new SeededRandom(1));
            byte[] annex = Bytes.FromHex("04030201 0100 0600 68616c6c2d63 0d0c0b0a 0700000000000000");
            ledger.ReadFrom(new ImageReader(annex, 0, annex.Length));
            return ledger;
        }

        private static HistoryRing TwoMessages()
        {
            HistoryRing ring = new HistoryRing(10, 1000);
            ring.Add(new ChatMessage(41, 3, "al\u00efce", 0, null, "hi \u20ac \ud83d\ude00", 1767225600123));
            ring.Add(new ChatMessage(42, 4, "bob", 3, "al\u00efce", "private", 0));
            ring.EvictedUpTo = 40;
            return ring;
        }

        /// <summary>A ring filled to its count and near its text budget, with 1- to 4-byte characters.</summary>
        internal static HistoryRing FullRing(int capacity, int textBudgetBytes)
        {
            HistoryRing ring = new HistoryRing(capacity, textBudgetBytes);
            for (int i = 0; i < capacity; i++)
            {
                StringBuilder text = new StringBuilder();
                text.Append("message ").Append(i).Append(' ');
                while (text.Length < 80)
                {
                    text.Append("\u00e9\u20ac\ud83d\ude00 ");
                }

                ring.Add(new ChatMessage(i + 1, 1 + (i % 10), "user" + (i % 10), i % 3 == 0 ? 2 : 0, i % 3 == 0 ? "user2" : null, text.ToString(), 1767225600000 + i));
            }

            return ring;
        }
    }
}
