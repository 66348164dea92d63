using ChatFirmware.Core.Settings;
using nanoFramework.TestFramework;
#if NANOFRAMEWORK_1_0
using nanoFramework.Json;
#else
using System.Text.Json;
using System.Text.Json.Serialization;
#endif

namespace ChatFirmware.UnitTests.Settings
{
    /// <summary>
    /// docs/settings.sample.json, parsed the way each host parses settings.json: with nanoFramework.Json
    /// when this suite runs on nanoFramework (the virtual device or a board: the device's own reader),
    /// with System.Text.Json on .NET (the emulator's reader, refusing unknown names so the sample has no
    /// typo). The device cannot read the repository, so the sample is held here as text; on .NET a test
    /// proves that text is the file's.
    /// </summary>
    [TestClass]
    public class SampleSettingsFileTests
    {
        /// <summary>docs/settings.sample.json, byte for byte.</summary>
        public const string Sample = @"{
  ""Network"": {
    ""Ssid"": ""Workshop chat"",
    ""Passphrase"": """",
    ""OpenNetwork"": false,
    ""MaxStations"": 8,
    ""DeviceAddress"": ""192.168.4.1"",
    ""StationSsid"": """",
    ""StationPassword"": """",
    ""StationTimeoutMs"": 30000,
    ""HttpPort"": 80,
    ""DnsPort"": 53
  },
  ""Chat"": {
    ""MaxUsers"": 6,
    ""MaxSessions"": 8,
    ""MaxChatConnections"": 6,
    ""MaxMessageCodePoints"": 300,
    ""SessionIdleTimeoutMs"": 86400000,
    ""PollWaitMs"": 15000,
    ""LowMemoryRefuseBytes"": 20480
  }
}
";

        [TestMethod]
        public void The_sample_fills_the_network_section()
        {
            NetworkSettings network = Parse(Sample).Network;

            Assert.IsNotNull(network);
            Assert.AreEqual("Workshop chat", network.Ssid);
            Assert.AreEqual(string.Empty, network.Passphrase);
            Assert.IsFalse(network.OpenNetwork);
            Assert.AreEqual(8, network.MaxStations);
            Assert.AreEqual("192.168.4.1", network.DeviceAddress);
            Assert.AreEqual(string.Empty, network.StationSsid);
            Assert.AreEqual(30000, network.StationTimeoutMs);
            Assert.AreEqual(80, network.HttpPort);
            Assert.AreEqual(53, network.DnsPort);
            Assert.IsNull(NetworkSettingsRules.Problem(network));
        }

        [TestMethod]
        public void The_sample_fills_the_chat_section_and_leaves_the_rest_at_the_defaults()
        {
            ChatSettings chat = Parse(Sample).Chat;
            ChatSettings defaults = new ChatSettings();

            Assert.IsNotNull(chat);
            Assert.AreEqual(6, chat.MaxUsers);
            Assert.AreEqual(8, chat.MaxSessions);
            Assert.AreEqual(6, chat.MaxChatConnections);
            Assert.AreEqual(300, chat.MaxMessageCodePoints);
            Assert.AreEqual(86400000L, chat.SessionIdleTimeoutMs);
            Assert.AreEqual(15000, chat.PollWaitMs);
            Assert.AreEqual(20480, chat.LowMemoryRefuseBytes);
            Assert.AreEqual(defaults.MaxFrameBytes, chat.MaxFrameBytes);
            Assert.AreEqual(defaults.SessionAbsoluteTimeoutMs, chat.SessionAbsoluteTimeoutMs);
            Assert.AreEqual(defaults.SessionCookieName, chat.SessionCookieName);
        }

        [TestMethod]
        public void A_file_with_one_section_leaves_the_other_null_for_the_defaults()
        {
            SettingsDocument document = Parse("{\"Chat\":{\"MaxUsers\":4}}");

            Assert.IsNull(document.Network);
            Assert.AreEqual(4, document.Chat.MaxUsers);
        }

        [TestMethod]
        public void A_link_section_is_read_by_both_hosts_readers()
        {
            SettingsDocument document = Parse("{\"Link\":{\"BoardName\":\"hall-b\",\"RoomKey\":\"3b1f0c5e9a7d42c8b6e1f0a9d8c7b6a5\",\"UpstreamUrl\":\"ws://192.168.4.1/link\",\"UpstreamSsid\":\"Hall A\",\"UpstreamPassphrase\":\"hall-a-passphrase\"}}");

            Assert.IsNull(document.Chat);
            Assert.AreEqual("hall-b", document.Link.BoardName);
            Assert.AreEqual("3b1f0c5e9a7d42c8b6e1f0a9d8c7b6a5", document.Link.RoomKey);
            Assert.AreEqual("ws://192.168.4.1/link", document.Link.UpstreamUrl);
            Assert.AreEqual("Hall A", document.Link.UpstreamSsid);
            Assert.AreEqual("hall-a-passphrase", document.Link.UpstreamPassphrase);
            Assert.IsNull(LinkSettingsRules.Problem(document.Link));
        }

#if NANOFRAMEWORK_1_0
        private static SettingsDocument Parse(string json)
        {
            return (SettingsDocument)JsonConvert.DeserializeObject(json, typeof(SettingsDocument));
        }
#else
        private static SettingsDocument Parse(string json)
        {
            JsonSerializerOptions options = new JsonSerializerOptions { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };
            return JsonSerializer.Deserialize<SettingsDocument>(json, options);
        }
#endif
    }
}
