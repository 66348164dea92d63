namespace ChatFirmware.Core.Web
{
    /// <summary>What the administrator pages ask of the rest of the server (implemented by the facade, which owns the room).</summary>
    public interface IChatModeration
    {
        /// <summary>Removes a message from history and from every open page; false when no such message.</summary>
        bool DeleteMessage(long id);

        void ClearHistory();

        /// <summary>Erases users, sessions and history (never the Wi-Fi configuration) and closes every chat.</summary>
        void FactoryReset();

        /// <summary>The recent history, oldest first, as lines for the administrator page.</summary>
        HistoryLine[] RecentMessages(int max);

        int ChatConnectionCount { get; }

        /// <summary>Image writes to flash since start (wear).</summary>
        int FlashWrites { get; }

        /// <summary>The links to other boards, their state and traffic; null when the board links with no other.</summary>
        Link.LinkOverview Links { get; }
    }

    /// <summary>One message as the administrator page lists it.</summary>
    public sealed class HistoryLine
    {
        public HistoryLine(long id, string from, string to, string text)
        {
            Id = id;
            From = from;
            To = to;
            Text = text;
        }

        public long Id { get; private set; }

        public string From { get; private set; }

        /// <summary>The recipient of a private message, else null.</summary>
        public string To { get; private set; }

        /// <summary>The text; null for a private message, whose text the administrator does not see.</summary>
        public string Text { get; private set; }
    }
}
