using ChatFirmware.Core.Link;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Links
{
    [TestClass]
    public class LinkHandshakeTests
    {
        [TestMethod]
        public void Two_boards_with_the_same_room_key_link()
        {
            Room room = new Room();
            HubBoard a = room.Board("a");
            HubBoard b = room.Board("b");
            LinkNet.Wire wire = room.Net.Connect(b, a);

            Assert.IsTrue(wire.DownLink.IsLive);
            Assert.IsTrue(wire.UpLink.IsLive);
            Assert.AreEqual("a", wire.DownLink.PeerBoard);
            Assert.AreEqual("b", wire.UpLink.PeerBoard);
            Assert.AreEqual("a:" + BoardSet.FormatEpoch(a.Ledger.Epoch) + " b:" + BoardSet.FormatEpoch(b.Ledger.Epoch), a.Hub.Overview().RoomBoards);
            Assert.AreEqual("linked", b.Hub.Overview().UpstreamState);
        }

        [TestMethod]
        public void A_board_with_another_room_key_is_refused_with_4001_and_learns_nothing()
        {
            Room room = new Room();
            HubBoard a = room.Board("a");
            HubBoard b = room.Board("b", "a different key, also long enough");
            a.Online(new string[] { "ann" });
            a.Say("ann", "private to our room");
            LinkNet.Wire wire = room.Net.Connect(b, a);

            Assert.AreEqual(LinkCloseCodes.WrongRoomKey, wire.FromUp.CloseCode);
            Assert.IsFalse(wire.DownLink.IsOpen);
            Assert.IsFalse(wire.UpLink.IsOpen);
            Assert.AreEqual(0, b.Room.ShownCount);
            Assert.AreEqual(0, b.Room.PresenceChanges);
            Assert.IsTrue(a.Log.HasWarning("room key does not match"));
            Assert.AreEqual(0, a.Hub.OpenLinks);
        }

        [TestMethod]
        public void The_upstream_speaks_only_after_the_downstream_said_hello()
        {
            Room room = new Room();
            HubBoard a = room.Board("a");
            HubBoard b = room.Board("b");
            LinkNet.Wire wire = room.Net.Open(b, a);

            Assert.AreEqual(0, wire.FromUp.Pending, "nothing before the hello (nanoFramework's client reads the 101 in one read)");
            Assert.AreEqual(1, wire.FromDown.Pending);
        }

        [TestMethod]
        public void Anything_but_a_hello_on_link_is_refused()
        {
            Assert.AreEqual(LinkCloseCodes.ProtocolError, CloseCodeAfterFirstFrame(Bytes.Utf8("{\"type\":\"send\",\"text\":\"hi\"}")));
        }

        [TestMethod]
        public void Frames_that_are_not_json_objects_are_refused()
        {
            Assert.AreEqual(LinkCloseCodes.ProtocolError, CloseCodeAfterFirstFrame(new byte[] { 0xff, 0xfe, 0x00 }));
            Assert.AreEqual(LinkCloseCodes.ProtocolError, CloseCodeAfterFirstFrame(Bytes.Utf8("[\"hello\"]")));
        }

        [TestMethod]
        public void Another_protocol_version_is_refused_with_4005()
        {
            Assert.AreEqual(LinkCloseCodes.WrongVersion, CloseCodeAfterFirstFrame(Bytes.Utf8("{\"type\":\"hello\",\"protocol\":3,\"board\":\"b\",\"nonce\":\"0123456789abcdef0123456789abcdef\"}")));
        }

        [TestMethod]
        public void A_hello_without_a_usable_board_name_or_nonce_is_refused()
        {
            Assert.AreEqual(LinkCloseCodes.ProtocolError, CloseCodeAfterFirstFrame(Bytes.Utf8("{\"type\":\"hello\",\"protocol\":2,\"board\":\"b c\",\"nonce\":\"0123456789abcdef0123456789abcdef\"}")));
            Assert.AreEqual(LinkCloseCodes.ProtocolError, CloseCodeAfterFirstFrame(Bytes.Utf8("{\"type\":\"hello\",\"protocol\":2,\"board\":\"b\",\"nonce\":\"0123\"}")));
        }

        [TestMethod]
        public void A_board_with_this_board_s_own_name_is_refused_as_a_loop()
        {
            Room room = new Room();
            HubBoard a = room.Board("a");
            HubBoard twin = room.Board("a");
            LinkNet.Wire wire = room.Net.Connect(twin, a);

            Assert.AreEqual(LinkCloseCodes.Loop, wire.FromUp.CloseCode);
        }

        [TestMethod]
        public void A_handshake_that_stalls_is_closed_at_the_tick_after_the_timeout()
        {
            Room room = new Room();
            HubBoard a = room.Board("a");
            PipeSocket socket = new PipeSocket();
            LinkConnection link = a.Hub.AcceptDownstream(socket, a.Outbox);

            room.Clock.Advance(room.Settings.LinkHandshakeTimeoutMs - 1);
            a.Tick();
            Assert.IsTrue(link.IsOpen);
            room.Clock.Advance(1);
            a.Tick();
            Assert.AreEqual(LinkCloseCodes.HandshakeTimeout, socket.CloseCode);
            Assert.IsFalse(link.IsOpen);
        }

        [TestMethod]
        public void A_board_accepts_at_most_its_downstream_links()
        {
            Room room = new Room();
            HubBoard a = room.Board("a");
            for (int i = 0; i < room.Settings.MaxDownstreamLinks; i++)
            {
                Assert.IsNotNull(a.Hub.AcceptDownstream(new PipeSocket(), a.Outbox));
            }

            Assert.IsFalse(a.Hub.CanAcceptDownstream);
            PipeSocket extra = new PipeSocket();
            Assert.IsNull(a.Hub.AcceptDownstream(extra, a.Outbox));
            a.Outbox.Flush();
            Assert.AreEqual(LinkCloseCodes.TooManyLinks, extra.CloseCode);
        }

        [TestMethod]
        public void A_refused_upstream_is_tried_again_later_and_later()
        {
            Room room = new Room();
            HubBoard a = room.Board("a");
            HubBoard b = room.Board("b", "a different key, also long enough");
            Assert.AreEqual(0L, b.Hub.UpstreamDelayMs(), "at start: at once");

            room.Net.Connect(b, a);
            long first = b.Hub.UpstreamDelayMs();
            room.Net.Connect(b, a);
            long second = b.Hub.UpstreamDelayMs();

            Assert.IsTrue(first >= room.Settings.LinkRetryMinMs, "first wait " + first);
            Assert.IsTrue(second > first, "second wait " + second);
            Assert.IsTrue(b.Hub.Overview().UpstreamState.StartsWith("refused (4001"), b.Hub.Overview().UpstreamState);
        }

        [TestMethod]
        public void An_unreachable_upstream_backs_off_and_says_why()
        {
            Room room = new Room();
            HubBoard b = room.Board("b");
            b.Hub.UpstreamAttemptStarted();
            Assert.AreEqual("connecting", b.Hub.Overview().UpstreamState);
            b.Hub.UpstreamFailed("connection refused");

            Assert.IsTrue(b.Hub.UpstreamDelayMs() >= room.Settings.LinkRetryMinMs);
            Assert.IsTrue(b.Hub.Overview().UpstreamState.StartsWith("could not connect (connection refused); next try in "), b.Hub.Overview().UpstreamState);
        }

        /// <summary>The close code a board answers when the first frame on /link is <paramref name="frame"/> (-1: still open).</summary>
        private static int CloseCodeAfterFirstFrame(byte[] frame)
        {
            HubBoard a = new Room().Board("a");
            PipeSocket socket = new PipeSocket();
            LinkConnection link = a.Hub.AcceptDownstream(socket, a.Outbox);
            a.Hub.Receive(link, frame, 0, frame.Length, a.Outbox);
            a.Outbox.Flush();
            Assert.AreEqual(socket.CloseCode >= 0, !link.IsOpen);
            return socket.CloseCode;
        }
    }
}
