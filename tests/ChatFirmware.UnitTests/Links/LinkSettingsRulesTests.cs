using ChatFirmware.Core.Settings;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Links
{
    [TestClass]
    public class LinkSettingsRulesTests
    {
        [TestMethod]
        public void Usable_settings_are_applied_as_given_with_the_board_name_normalised()
        {
            LinkSettings link = new LinkSettings();
            link.BoardName = " Hall-B ";
            link.RoomKey = "0123456789abcdef0123456789abcdef";
            link.UpstreamUrl = "ws://192.168.4.1/link";
            link.UpstreamSsid = "Hall A";
            link.UpstreamPassphrase = "hall-a-passphrase";
            ListLog log = new ListLog();

            Assert.IsNull(LinkSettingsRules.Problem(link));
            LinkSettings applied = LinkSettingsRules.Applicable(link, "board-0001", log);

            Assert.AreEqual("hall-b", applied.BoardName);
            Assert.AreEqual(link.RoomKey, applied.RoomKey);
            Assert.AreEqual("ws://192.168.4.1/link", applied.UpstreamUrl);
            Assert.AreEqual("Hall A", applied.UpstreamSsid);
            Assert.AreEqual(0, log.Warnings);
        }

        [TestMethod]
        public void Without_a_section_the_board_has_its_derived_name_and_no_links()
        {
            LinkSettings applied = LinkSettingsRules.Applicable(null, "board-3fa2", new ListLog());
            Assert.AreEqual("board-3fa2", applied.BoardName);
            Assert.AreEqual(string.Empty, applied.RoomKey);
            Assert.AreEqual(string.Empty, applied.UpstreamUrl);
        }

        [TestMethod]
        public void A_short_room_key_turns_linking_off_with_a_log_line()
        {
            LinkSettings link = new LinkSettings();
            link.RoomKey = "too short";
            link.UpstreamUrl = "ws://192.168.4.1/link";
            ListLog log = new ListLog();

            Assert.IsNotNull(LinkSettingsRules.Problem(link));
            LinkSettings applied = LinkSettingsRules.Applicable(link, "board-1", log);

            Assert.AreEqual(string.Empty, applied.RoomKey);
            Assert.AreEqual(string.Empty, applied.UpstreamUrl);
            Assert.IsTrue(log.HasWarning("room key"));
        }

        [TestMethod]
        public void A_bad_board_name_falls_back_to_the_derived_one()
        {
            LinkSettings link = new LinkSettings();
            link.BoardName = "hall b";
            ListLog log = new ListLog();

            Assert.AreEqual("board-1", LinkSettingsRules.Applicable(link, "board-1", log).BoardName);
            Assert.IsTrue(log.HasWarning("board name"));
        }

        [TestMethod]
        public void Upstream_addresses_are_plain_websocket_urls()
        {
            Assert.IsTrue(LinkSettingsRules.IsUpstreamUrl("ws://192.168.4.1/link"));
            Assert.IsTrue(LinkSettingsRules.IsUpstreamUrl("ws://127.0.0.1:8081/link"));
            Assert.IsFalse(LinkSettingsRules.IsUpstreamUrl("wss://192.168.4.1/link"));
            Assert.IsFalse(LinkSettingsRules.IsUpstreamUrl("http://192.168.4.1/link"));
            Assert.IsFalse(LinkSettingsRules.IsUpstreamUrl("ws://192.168.4.1"));
            Assert.IsFalse(LinkSettingsRules.IsUpstreamUrl("ws:///link"));
            Assert.IsFalse(LinkSettingsRules.IsUpstreamUrl("ws://host:0/link"));
            Assert.IsFalse(LinkSettingsRules.IsUpstreamUrl("ws://host:99999/link"));
            Assert.IsFalse(LinkSettingsRules.IsUpstreamUrl("ws://hö st/link"));
        }

        [TestMethod]
        public void An_upstream_without_a_room_key_is_a_problem()
        {
            LinkSettings link = new LinkSettings();
            link.UpstreamUrl = "ws://192.168.4.1/link";
            Assert.IsNotNull(LinkSettingsRules.Problem(link));
        }

        [TestMethod]
        public void The_upstream_board_s_network_becomes_the_network_to_join()
        {
            NetworkSettings network = new NetworkSettings();
            network.StationSsid = "Home";
            LinkSettings link = new LinkSettings();
            link.UpstreamSsid = "Hall A";
            link.UpstreamPassphrase = "hall-a-passphrase";
            ListLog log = new ListLog();

            NetworkSettings joined = LinkSettingsRules.WithUpstreamStation(network, link, log);

            Assert.AreEqual("Hall A", joined.StationSsid);
            Assert.AreEqual("hall-a-passphrase", joined.StationPassword);
            Assert.IsTrue(log.HasWarning("instead of \"Home\""));
        }

        [TestMethod]
        public void An_upstream_in_this_board_s_own_network_is_noticed()
        {
            Assert.IsTrue(LinkSettingsRules.SameSubnet("ws://192.168.4.1/link", "192.168.4.1"));
            Assert.IsTrue(LinkSettingsRules.SameSubnet("ws://192.168.4.1:80/link", "192.168.4.7"));
            Assert.IsFalse(LinkSettingsRules.SameSubnet("ws://192.168.4.1/link", "192.168.5.1"));
            Assert.IsFalse(LinkSettingsRules.SameSubnet("ws://hall-a.local/link", "192.168.4.1"));
            Assert.IsFalse(LinkSettingsRules.SameSubnet(null, "192.168.4.1"));
        }

        [TestMethod]
        public void A_room_key_is_16_to_128_bytes_without_control_characters()
        {
            Assert.IsTrue(LinkSettingsRules.IsRoomKey("0123456789abcdef"));
            Assert.IsFalse(LinkSettingsRules.IsRoomKey("0123456789abcde"));
            Assert.IsFalse(LinkSettingsRules.IsRoomKey("0123456789abcdef\n"));
            Assert.IsFalse(LinkSettingsRules.IsRoomKey(Strings.Repeat("k", 129)));
            Assert.IsFalse(LinkSettingsRules.IsRoomKey(null));
        }
    }
}
