using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.Sessions;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.Core.Web
{
    /// <summary>What the administrator page shows, gathered under the state lock.</summary>
    public sealed class AdminView
    {
        public string Notice { get; set; }

        public string Error { get; set; }

        public UserTable Users { get; set; }

        public SessionTable Sessions { get; set; }

        public int MaxSessions { get; set; }

        public HistoryLine[] Messages { get; set; }

        public NetworkSettings Network { get; set; }

        public long UptimeMs { get; set; }

        public long FreeMemoryBytes { get; set; }

        public long TotalMemoryBytes { get; set; }

        public int Stations { get; set; }

        public int ActiveHttpRequests { get; set; }

        public int ChatConnections { get; set; }

        public int MaxChatConnections { get; set; }

        public int FlashWrites { get; set; }

        /// <summary>The links to other boards; null when the board links with no other.</summary>
        public Link.LinkOverview Links { get; set; }
    }
}
