using System.Diagnostics;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.NanoBench
{
    /// <summary>
    /// The two boards' settings (docs/settings-no-psram.json, docs/settings-psram.json) beside the
    /// shipped defaults: what a full device retains with each, and the history write's transient.
    /// </summary>
    public static class Presets
    {
        public static void Run()
        {
            Debug.WriteLine("## The settings of the two boards");
            Debug.WriteLine(string.Empty);
            Debug.WriteLine("A full device with each (every user registered and logged in, a chat socket per connection allowed, the history full).");
            Debug.WriteLine(string.Empty);
            Program.Row("settings", "chat sockets", "full device retained", "a history write allocates");
            Program.Row("---", "---:", "---:", "---:");
            ChatSettings shipped = Quick(new ChatSettings());
            Show("shipped defaults", shipped);
            ChatSettings withoutPsram = Quick(new ChatSettings());
            withoutPsram.MaxChatConnections = 6;
            withoutPsram.HistoryTextBudgetBytes = 8192;
            Show("board without PSRAM: `\"Chat\": { \"MaxChatConnections\": 6, \"HistoryTextBudgetBytes\": 8192 }`", withoutPsram);
            ChatSettings withPsram = Quick(new ChatSettings());
            withPsram.MaxChatConnections = 10;
            Show("board with PSRAM: `\"Chat\": { \"MaxChatConnections\": 10 }`", withPsram);
            Debug.WriteLine(string.Empty);
        }

        private static void Show(string name, ChatSettings settings)
        {
            int retained = FullDeviceMemory.Build(settings, false);
            long flush = Operations.FlushBytes(settings);
            Program.Row(name, settings.MaxChatConnections.ToString(), Meter.Kb(retained) + " (" + retained + " B)", Meter.Kb(flush) + " (" + flush + " B)");
        }

        private static ChatSettings Quick(ChatSettings settings)
        {
            settings.Pbkdf2Iterations = 2;
            return settings;
        }
    }
}
