using ChatFirmware.Core.Chat;

namespace ChatFirmware.Core.Link
{
    /// <summary>What the link hub asks of this board's room (the chat room implements it).</summary>
    public interface ILinkedRoom
    {
        /// <summary>This board's history: catch-up replays come from it.</summary>
        HistoryRing History { get; }

        /// <summary>
        /// Stores a line relayed from <paramref name="origin"/> under the next local id and shows it to
        /// the local people who may see it (everyone, or the recipient of a direct message).
        /// </summary>
        ChatMessage AddRemote(string origin, long originId, string from, int toUserId, string toName, string text, long timestampMs, Outbox outbox);

        /// <summary>Shows a "join" or "leave" of a person of another board ("name@board") to every local page.</summary>
        void ShowRemoteNotice(string type, string address, Outbox outbox);

        /// <summary>The people online at other boards changed: the local pages get a new presence list.</summary>
        void RemotePresenceChanged(Outbox outbox);

        /// <summary>The local user of that name (the account rules' matching), or 0.</summary>
        int FindLocalUser(string name, out string canonicalName);

        /// <summary>The ledger (kept in the history's image) changed without a new line: persist it with the next batch.</summary>
        void LedgerChanged();
    }
}
