using ChatFirmware.Core.Link;
using ChatFirmware.Core.Text;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Links
{
    [TestClass]
    public class LinkProtocolTests
    {
        [TestMethod]
        public void A_message_frame_is_a_flat_object_the_chat_reader_reads()
        {
            byte[] frame = LinkProtocol.EncodeMessage("hall-b", 42, "Zoë", "hi 😀 \"there\"", 1700000000000, null, null);
            JsonObject read = JsonReader.ParseObject(Bytes.Text(frame));

            Assert.IsNotNull(read);
            Assert.AreEqual("message", read.GetString("type"));
            Assert.AreEqual("hall-b", read.GetString("origin"));
            long id;
            Assert.IsTrue(read.TryGetLong("id", out id));
            Assert.AreEqual(42L, id);
            Assert.AreEqual("Zoë", read.GetString("from"));
            Assert.IsTrue(Bytes.Equal(Bytes.Utf8("hi 😀 \"there\""), Bytes.Utf8(read.GetString("text"))));
            Assert.IsFalse(read.Has("to"));
        }

        [TestMethod]
        public void A_direct_message_frame_names_its_recipient_and_board()
        {
            JsonObject read = JsonReader.ParseObject(Bytes.Text(LinkProtocol.EncodeMessage("a", 1, "ann", "psst", 0, "cy", "c")));
            Assert.AreEqual("cy", read.GetString("to"));
            Assert.AreEqual("c", read.GetString("toBoard"));
        }

        [TestMethod]
        public void Presence_names_travel_as_one_string_and_come_back_apart()
        {
            string[] names = new string[] { "ann", "Zoë 😀", "a, b" };
            byte[] frame = LinkProtocol.EncodePresence("b", LinkProtocol.JoinNames(names, names.Length));
            JsonObject read = JsonReader.ParseObject(Bytes.Text(frame));

            string[] back = LinkProtocol.SplitNames(read.GetString("online"));
            Assert.AreEqual(3, back.Length);
            Assert.AreEqual("ann", back[0]);
            Assert.IsTrue(Bytes.Equal(Bytes.Utf8("Zoë 😀"), Bytes.Utf8(back[1])));
            Assert.AreEqual("a, b", back[2]);
            Assert.AreEqual(0, LinkProtocol.SplitNames(string.Empty).Length);
        }

        [TestMethod]
        public void Greetings_carry_the_protocol_version_board_and_nonce()
        {
            JsonObject hello = JsonReader.ParseObject(Bytes.Text(LinkProtocol.EncodeHello("a", "0123456789abcdef0123456789abcdef")));
            long version;
            Assert.IsTrue(hello.TryGetLong("protocol", out version));
            Assert.AreEqual((long)LinkProtocol.Version, version);
            Assert.AreEqual("hello", hello.GetString("type"));
            Assert.AreEqual("a", hello.GetString("board"));
            Assert.AreEqual("challenge", JsonReader.ParseObject(Bytes.Text(LinkProtocol.EncodeChallenge("b", "0123456789abcdef0123456789abcdef"))).GetString("type"));
        }

        [TestMethod]
        public void Sync_boards_ack_and_notice_frames_read_back()
        {
            JsonObject sync = JsonReader.ParseObject(Bytes.Text(LinkProtocol.EncodeSync("a:00000001", "c:00000002:9", 8)));
            Assert.AreEqual("a:00000001", sync.GetString("boards"));
            Assert.AreEqual("c:00000002:9", sync.GetString("marks"));
            Assert.AreEqual("boards", JsonReader.ParseObject(Bytes.Text(LinkProtocol.EncodeBoards(string.Empty))).GetString("type"));
            long count;
            Assert.IsTrue(JsonReader.ParseObject(Bytes.Text(LinkProtocol.EncodeAck(4))).TryGetLong("count", out count));
            Assert.AreEqual(4L, count);
            Assert.AreEqual("ann", JsonReader.ParseObject(Bytes.Text(LinkProtocol.EncodeNotice("join", "b", "ann"))).GetString("name"));
        }
    }
}
