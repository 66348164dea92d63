using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// What the room tells the linked boards, and asks of them (implemented by the link hub; absent
    /// when the board is not linked, and then the room is exactly protocol v1).
    /// </summary>
    public interface IRoomRelay
    {
        /// <summary>This board's name, as people of other boards see it after the '@'.</summary>
        string BoardName { get; }

        /// <summary>
        /// A line was written here (local id <paramref name="localId"/>): a message to everyone, or a
        /// direct message to a person of another board.
        /// </summary>
        void LinePosted(long localId, Outbox outbox);

        /// <summary>The local people online now (distinct names, in order of arrival).</summary>
        void PresenceChanged(string[] names, int count, Outbox outbox);

        /// <summary>"join" or "leave" of a local person.</summary>
        void Notice(string type, string name, Outbox outbox);

        /// <summary>Appends the people online at the other boards, as "name@board" values, to the open JSON array.</summary>
        void WriteRemoteOnline(JsonWriter json);

        /// <summary>
        /// Null when a direct message to <paramref name="name"/>@<paramref name="board"/> can go now
        /// (<paramref name="canonicalName"/> is the name as that board lists it); else the reason for the sender.
        /// </summary>
        string CheckRemoteRecipient(string name, string board, out string canonicalName);
    }
}
