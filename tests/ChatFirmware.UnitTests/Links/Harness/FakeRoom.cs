using System.Collections;
using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.UnitTests.Links
{
    /// <summary>A room as the link hub sees it: a real history ring, local users by name, and a record of what it was asked to show.</summary>
    public sealed class FakeRoom : ILinkedRoom
    {
        private readonly ArrayList _notices = new ArrayList();
        // The local ids of the relayed lines stored here: the ring holds their bytes, read back as they are now.
        private readonly ArrayList _shown = new ArrayList();
        private readonly string[] _users;

        public FakeRoom(ChatSettings settings, string[] users)
        {
            History = new HistoryRing(settings.HistoryCapacity, settings.HistoryTextBudgetBytes);
            _users = users;
        }

        public HistoryRing History { get; private set; }

        public int PresenceChanges { get; private set; }

        public int LedgerChanges { get; private set; }

        /// <summary>Relayed lines stored here, in order.</summary>
        public int ShownCount
        {
            get { return _shown.Count; }
        }

        public ChatMessage Shown(int index)
        {
            return History[History.IndexAfter((long)_shown[index] - 1)];
        }

        /// <summary>The relayed lines' texts, joined by "|", in the order they were stored.</summary>
        public string ShownTexts
        {
            get
            {
                string texts = string.Empty;
                for (int i = 0; i < _shown.Count; i++)
                {
                    texts += (i == 0 ? string.Empty : "|") + Shown(i).Text;
                }

                return texts;
            }
        }

        /// <summary>"join ann@b" and the like, in order.</summary>
        public string Notices
        {
            get
            {
                string all = string.Empty;
                for (int i = 0; i < _notices.Count; i++)
                {
                    all += (i == 0 ? string.Empty : "|") + (string)_notices[i];
                }

                return all;
            }
        }

        /// <summary>A line written here by local user 1, as the room would store it.</summary>
        public ChatMessage Write(string from, string text)
        {
            ChatMessage message = new ChatMessage(History.LastId + 1, 1, from, 0, null, text, 0);
            History.Add(message);
            return message;
        }

        /// <summary>A direct message written here for a person of another board.</summary>
        public ChatMessage WriteTo(string from, string to, string board, string text)
        {
            ChatMessage message = new ChatMessage(History.LastId + 1, 1, from, ChatMessage.RemoteUserId, to, text, 0);
            message.SetRecipientBoard(board);
            History.Add(message);
            return message;
        }

        public long LastLocalId
        {
            get { return History.LastId; }
        }

        public long AddRemote(string origin, long originId, string from, int toUserId, string toName, string text, long timestampMs, Outbox outbox)
        {
            ChatMessage message = new ChatMessage(History.LastId + 1, ChatMessage.RemoteUserId, from, toUserId, toName, text, timestampMs);
            message.SetOrigin(origin, originId);
            History.Add(message);
            _shown.Add(message.Id);
            return message.Id;
        }

        public long NextLine(long afterLocalId, RoomLine line)
        {
            int index = History.IndexAfter(afterLocalId);
            if (index == History.Count)
            {
                return 0;
            }

            return line.Read(History.Records, History.At(index));
        }

        public void RetireOrigin(string origin)
        {
            History.RetireOrigin(origin);
        }

        public void ShowRemoteNotice(string type, string address, Outbox outbox)
        {
            _notices.Add(type + " " + address);
        }

        public void RemotePresenceChanged(Outbox outbox)
        {
            PresenceChanges++;
        }

        public int FindLocalUser(string name, out string canonicalName)
        {
            for (int i = 0; i < _users.Length; i++)
            {
                if (_users[i] == name)
                {
                    canonicalName = _users[i];
                    return i + 1;
                }
            }

            canonicalName = null;
            return 0;
        }

        public void LedgerChanged()
        {
            LedgerChanges++;
        }
    }
}
