namespace ChatFirmware.Core.Chat
{
    /// <summary>What the links to other boards ask of this board's room (the chat room implements it; Link/LinkHub uses it).</summary>
    public interface ILinkedRoom
    {
        /// <summary>
        /// Stores a line relayed from <paramref name="origin"/> under the next local id and shows it to
        /// the local people who may see it (everyone, or the recipient of a direct message). Returns the local id.
        /// </summary>
        long AddRemote(string origin, long originId, string from, int toUserId, string toName, string text, long timestampMs, Outbox outbox);

        /// <summary>The newest local id handed out: a catch-up reads history up to it.</summary>
        long LastLocalId { get; }

        /// <summary>
        /// Fills <paramref name="line"/> with the oldest history line whose local id is above
        /// <paramref name="afterLocalId"/> and returns that id; 0 when there is none.
        /// </summary>
        long NextLine(long afterLocalId, RoomLine line);

        /// <summary>The origin's ids started again: its lines stay in history but no longer count as its current ids (origin id 0).</summary>
        void RetireOrigin(string origin);

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
