using ChatFirmware.Core.Settings;
using nanoFramework.TestFramework;
#if NANOFRAMEWORK_1_0
using nanoFramework.Json;
#endif

namespace ChatFirmware.UnitTests.Settings
{
    /// <summary>
    /// The settings of the two kinds of board (docs/device.md, "Room for ten"), one line each, parsed the
    /// way each host parses settings.json. On .NET a test proves these texts are the files in docs/.
    /// </summary>
    [TestClass]
    public class BoardPresetsTests
    {
        /// <summary>docs/settings-no-psram.json: a board without PSRAM (ESP32_REV0 firmware, about 80 KB of heap).</summary>
        public const string WithoutPsram = "{ \"Chat\": { \"MaxChatConnections\": 6, \"HistoryTextBudgetBytes\": 8192 } }\n";

        /// <summary>docs/settings-psram.json: a board with PSRAM (ESP32_PSRAM_REV0 firmware, megabytes of heap).</summary>
        public const string WithPsram = "{ \"Chat\": { \"MaxChatConnections\": 10 } }\n";

        [TestMethod]
        public void Without_PSRAM_six_chat_connections_and_half_the_history_text()
        {
            ChatSettings chat = Parse(WithoutPsram).Chat;

            Assert.AreEqual(6, chat.MaxChatConnections);
            Assert.AreEqual(8192, chat.HistoryTextBudgetBytes);
            Assert.AreEqual(new ChatSettings().HistoryCapacity, chat.HistoryCapacity, "still 100 messages");
        }

        [TestMethod]
        public void With_PSRAM_everyone_who_can_register_can_chat_at_once()
        {
            ChatSettings chat = Parse(WithPsram).Chat;
            ChatSettings defaults = new ChatSettings();

            Assert.AreEqual(defaults.MaxUsers, chat.MaxChatConnections);
            Assert.AreEqual(defaults.HistoryTextBudgetBytes, chat.HistoryTextBudgetBytes);
            Assert.IsTrue(chat.MaxHttpHandlers >= chat.MaxChatConnections + 2, "every chat connection may poll and two pages still load");
        }

#if NANOFRAMEWORK_1_0
        private static SettingsDocument Parse(string json)
        {
            return (SettingsDocument)JsonConvert.DeserializeObject(json, typeof(SettingsDocument));
        }
#else
        private static SettingsDocument Parse(string json)
        {
            System.Text.Json.JsonSerializerOptions options = new System.Text.Json.JsonSerializerOptions { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };
            return System.Text.Json.JsonSerializer.Deserialize<SettingsDocument>(json, options);
        }
#endif
    }
}
