using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// The open chat connections and the message history: decides who receives what. Called under
    /// the state lock; everything it wants sent goes into the outbox.
    /// </summary>
    public sealed class ChatRoom
    {
        private readonly ChatSettings _settings;
        private readonly ChatConnection[] _connections;
        private readonly HistoryRing _history;
        private int _count;

        public ChatRoom(ChatSettings settings)
        {
            _settings = settings;
            _connections = new ChatConnection[settings.MaxChatConnections];
            _history = new HistoryRing(settings.HistoryCapacity, settings.HistoryTextBudgetBytes);
        }

        public HistoryRing History
        {
            get { return _history; }
        }

        public int ConnectionCount
        {
            get { return _count; }
        }

        public ChatConnection this[int index]
        {
            get { return _connections[index]; }
        }

        /// <summary>Admits a connection (welcome and recent history) or closes it when the room is at its cap.</summary>
        public bool Open(ChatConnection connection, Outbox outbox)
        {
            if (_count == _connections.Length)
            {
                outbox.Close(connection.Socket, CloseCodes.TryAgainLater, "The chat is full: " + _count + " connections are open. Close another tab or try again later.");
                return false;
            }

            connection.IsOpen = true;
            _connections[_count++] = connection;
            outbox.Send(connection.Socket, ChatProtocol.EncodeWelcome(connection.UserName, _settings.MaxMessageCodePoints));
            int start = _history.Count > _settings.HistoryOnConnect ? _history.Count - _settings.HistoryOnConnect : 0;
            outbox.Send(connection.Socket, ChatProtocol.EncodeHistory(_history, start));
            return true;
        }

        /// <summary>The host reports the socket gone.</summary>
        public void Closed(ChatConnection connection)
        {
            connection.IsOpen = false;
            for (int i = 0; i < _count; i++)
            {
                if (_connections[i] == connection)
                {
                    for (int k = i; k < _count - 1; k++)
                    {
                        _connections[k] = _connections[k + 1];
                    }

                    _connections[--_count] = null;
                    return;
                }
            }
        }

        /// <summary>Handles one complete message from a client.</summary>
        public void Receive(ChatConnection connection, byte[] data, int offset, int count, long uptimeMs, long wallClockMs, Outbox outbox)
        {
            if (!connection.IsOpen)
            {
                return;
            }

            if (count > _settings.MaxFrameBytes)
            {
                CloseOne(connection, CloseCodes.TooBig, "Message too large (limit " + _settings.MaxFrameBytes + " bytes).", outbox);
                return;
            }

            string text = Utf8.Decode(data, offset, count);
            if (text == null)
            {
                CloseOne(connection, CloseCodes.InvalidPayload, "Message is not valid UTF-8.", outbox);
                return;
            }

            JsonObject command = JsonReader.ParseObject(text);
            if (command == null)
            {
                Refuse(connection, ChatProtocol.ErrorBadMessage, "That message is not a JSON object this chat understands.", outbox);
                return;
            }

            string type = command.GetString("type");
            if (type == "send")
            {
                Post(connection, command.GetString("text"), uptimeMs, wallClockMs, outbox);
                return;
            }

            Refuse(connection, ChatProtocol.ErrorUnknownType, "Unknown message type.", outbox);
        }

        /// <summary>Closes every connection of a session (logout, eviction, expiry).</summary>
        public void CloseSession(byte[] tokenHash, string reason, Outbox outbox)
        {
            for (int i = _count - 1; i >= 0; i--)
            {
                ChatConnection connection = _connections[i];
                if (Security.ConstantTime.AreEqual(connection.SessionTokenHash, tokenHash))
                {
                    CloseOne(connection, CloseCodes.PolicyViolation, reason, outbox);
                }
            }
        }

        /// <summary>Closes every connection (shutdown).</summary>
        public void CloseAll(int code, string reason, Outbox outbox)
        {
            for (int i = _count - 1; i >= 0; i--)
            {
                CloseOne(_connections[i], code, reason, outbox);
            }
        }

        private void Post(ChatConnection sender, string text, long uptimeMs, long wallClockMs, Outbox outbox)
        {
            if (text == null || TextRules.TrimSpaces(text).Length == 0)
            {
                Refuse(sender, ChatProtocol.ErrorEmpty, "Empty messages are not sent.", outbox);
                return;
            }

            if (TextRules.CountCodePoints(text) > _settings.MaxMessageCodePoints)
            {
                Refuse(sender, ChatProtocol.ErrorTooLong, "Messages can be at most " + _settings.MaxMessageCodePoints + " characters long; this one was not sent.", outbox);
                return;
            }

            if (!sender.SendBudget.TryTake(uptimeMs))
            {
                Refuse(sender, ChatProtocol.ErrorRateLimited, "You are sending too fast; this message was not sent. Wait a moment.", outbox);
                return;
            }

            ChatMessage message = new ChatMessage(_history.LastId + 1, sender.UserId, sender.UserName, text, wallClockMs);
            _history.Add(message);
            byte[] frame = ChatProtocol.EncodeMessage(message);
            for (int i = 0; i < _count; i++)
            {
                outbox.Send(_connections[i].Socket, frame);
            }
        }

        private static void Refuse(ChatConnection connection, string code, string message, Outbox outbox)
        {
            outbox.Send(connection.Socket, ChatProtocol.EncodeError(code, message));
        }

        private void CloseOne(ChatConnection connection, int code, string reason, Outbox outbox)
        {
            outbox.Close(connection.Socket, code, reason);
            Closed(connection);
        }
    }
}
