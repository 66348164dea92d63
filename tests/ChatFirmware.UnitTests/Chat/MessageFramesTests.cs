using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Text;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Chat
{
    /// <summary>"message" and "history" frames, written from the history's records (docs/protocol.md).</summary>
    [TestClass]
    public class MessageFramesTests
    {
        [TestMethod]
        public void A_message_frame_lists_id_sender_text_and_time_with_the_text_escaped()
        {
            HistoryRing ring = new HistoryRing(10, 1000);
            int at = ring.Add(41, 3, "al\u00efce", 0, null, Bytes.Utf8("hi \"you\"\n\u2028\u007f \ud83d\ude00"), 0, 18, 1767225600123, null, 0, null);

            string frame = Bytes.Text(ChatProtocol.EncodeMessage(ring, at));

            Assert.AreEqual("{\"type\":\"message\",\"id\":41,\"from\":\"al\u00efce\",\"text\":\"hi \\\"you\\\"\\n\\u2028\\u007f \ud83d\ude00\",\"ts\":1767225600123}", frame);
        }

        [TestMethod]
        public void A_direct_message_frame_names_the_recipient_and_says_direct()
        {
            HistoryRing ring = new HistoryRing(10, 1000);
            int at = ring.Add(42, 4, "bob", 3, "al\u00efce", Bytes.Utf8("private"), 0, 7, 0, null, 0, null);

            Assert.AreEqual("{\"type\":\"message\",\"id\":42,\"from\":\"bob\",\"to\":\"al\u00efce\",\"direct\":true,\"text\":\"private\",\"ts\":0}", Bytes.Text(ChatProtocol.EncodeMessage(ring, at)));
        }

        [TestMethod]
        public void A_relayed_line_names_its_sender_at_its_board_and_its_id_there_until_retired()
        {
            HistoryRing ring = new HistoryRing(10, 1000);
            int at = ring.Add(43, ChatMessage.RemoteUserId, "cy", 0, null, Bytes.Utf8("hey"), 0, 3, 5, "hall-c", 7, null);

            Assert.AreEqual("{\"type\":\"message\",\"id\":43,\"from\":\"cy@hall-c\",\"text\":\"hey\",\"ts\":5,\"origin\":\"hall-c\",\"originId\":7}", Bytes.Text(ChatProtocol.EncodeMessage(ring, at)));

            ring.RetireOrigin("hall-b");
            Assert.AreEqual(7L, ring[0].OriginId, "another board's epoch leaves the line alone");
            ring.RetireOrigin("hall-c");
            Assert.AreEqual("{\"type\":\"message\",\"id\":43,\"from\":\"cy@hall-c\",\"text\":\"hey\",\"ts\":5,\"origin\":\"hall-c\",\"originId\":0}", Bytes.Text(ChatProtocol.EncodeMessage(ring, at)));
        }

        [TestMethod]
        public void A_direct_message_to_another_board_names_the_recipient_at_that_board()
        {
            HistoryRing ring = new HistoryRing(10, 1000);
            ring.Add(new ChatMessage(40, 1, "ann", 0, null, "before", 0));
            int at = ring.Add(44, 3, "al\u00efce", ChatMessage.RemoteUserId, "dee", Bytes.Utf8("psst"), 0, 4, 0, null, 0, "d");

            Assert.AreEqual("{\"type\":\"message\",\"id\":44,\"from\":\"al\u00efce\",\"to\":\"dee@d\",\"direct\":true,\"text\":\"psst\",\"ts\":0}", Bytes.Text(ChatProtocol.EncodeMessage(ring, at)));
            Assert.AreEqual("d", ring[1].ToBoard);
            Assert.AreEqual(44L, ring[1].OriginId, "a line of this board is its own origin");
            Assert.AreEqual(40L, ring.LastIdVisibleTo(2), "only its parties see it");
            Assert.AreEqual(44L, ring.LastIdVisibleTo(3));
        }

        [TestMethod]
        public void A_history_frame_holds_the_visible_messages_oldest_first()
        {
            HistoryRing ring = new HistoryRing(10, 1000);
            ring.Add(new ChatMessage(1, 1, "ann", 0, null, "one", 5));
            ring.Add(new ChatMessage(2, 2, "bob", 3, "cy", "to cy", 6));
            ring.Add(new ChatMessage(3, 3, "cy", 0, null, "three", 7));

            Assert.AreEqual(
                "{\"type\":\"history\",\"complete\":true,\"messages\":[{\"id\":1,\"from\":\"ann\",\"text\":\"one\",\"ts\":5},{\"id\":3,\"from\":\"cy\",\"text\":\"three\",\"ts\":7}]}",
                Bytes.Text(ChatProtocol.EncodeHistory(ring, 1, 0, 10)));
            Assert.AreEqual(
                "{\"type\":\"history\",\"complete\":false,\"messages\":[{\"id\":2,\"from\":\"bob\",\"to\":\"cy\",\"direct\":true,\"text\":\"to cy\",\"ts\":6},{\"id\":3,\"from\":\"cy\",\"text\":\"three\",\"ts\":7}]}",
                Bytes.Text(ChatProtocol.EncodeHistory(ring, 3, 0, 2)),
                "the newest two of the three cy may see");
            Assert.AreEqual("{\"type\":\"history\",\"complete\":true,\"messages\":[]}", Bytes.Text(ChatProtocol.EncodeHistory(ring, 1, 3, 10)));
        }

        [TestMethod]
        public void Numbers_from_a_damaged_history_image_are_still_JSON_numbers()
        {
            // A CRC-valid image can still carry nonsense (fuzzing found negative timestamps).
            HistoryRing ring = new HistoryRing(10, 1000);
            int at = ring.Add(-5, 1, "ann", 0, null, Bytes.Utf8("x"), 0, 1, -1767225600123, null, 0, null);

            long id;
            long ts;
            JsonObject frame = Frames.Parse(Bytes.Text(ChatProtocol.EncodeMessage(ring, at)));
            Assert.IsTrue(frame.TryGetLong("id", out id));
            Assert.IsTrue(frame.TryGetLong("ts", out ts));
            Assert.AreEqual(-5L, id);
            Assert.AreEqual(-1767225600123L, ts);

            at = ring.Add(-9223372036854775807 - 1, 1, "ann", 0, null, Bytes.Utf8("x"), 0, 1, 0, null, 0, null);
            Assert.Contains("\"id\":-9223372036854775808,", Bytes.Text(ChatProtocol.EncodeMessage(ring, at)));
        }

        [TestMethod]
        public void Characters_JSON_allows_raw_but_JavaScript_does_not_go_out_escaped()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));

            // Raw in the JSON a client sends (JSON allows U+2028, U+2029 and DEL unescaped).
            alice.SendJson("{\"type\":\"send\",\"text\":\"a\u2028b\u2029c\u007fd\"}");

            Assert.Contains("\"text\":\"a\\u2028b\\u2029c\\u007fd\"", Frames.Message(alice.Socket, 0));
        }
    }
}
