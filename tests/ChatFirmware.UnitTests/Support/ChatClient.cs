using ChatFirmware.Core;
using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Text;
using ChatFirmware.UnitTests.Fakes;

namespace ChatFirmware.UnitTests
{
    /// <summary>One browser tab's chat socket: the core's connection handle and the recording socket.</summary>
    public sealed class ChatClient
    {
        private readonly ChatServer _server;

        public ChatClient(ChatServer server, ChatConnection connection, RecordingSocket socket)
        {
            _server = server;
            Connection = connection;
            Socket = socket;
        }

        /// <summary>Null when the core refused the socket (then <see cref="Socket"/> is closed).</summary>
        public ChatConnection Connection { get; private set; }

        public RecordingSocket Socket { get; private set; }

        public void SendBytes(byte[] data)
        {
            _server.OnChatMessage(Connection, data, 0, data.Length);
        }

        public void SendJson(string json)
        {
            SendBytes(Bytes.Utf8(json));
        }

        /// <summary>One fragment of a message, as nanoFramework's WebSocket server delivers them.</summary>
        public void SendFragment(string text, bool isFinal)
        {
            byte[] data = Bytes.Utf8(text);
            _server.OnChatFragment(Connection, data, 0, data.Length, isFinal);
        }

        /// <summary>Sends a chat message the way the page's script does.</summary>
        public void Say(string text)
        {
            SendJson(SendCommand(text));
        }

        /// <summary>The host reports the socket gone.</summary>
        public void Disconnect()
        {
            _server.OnChatClosed(Connection);
        }

        /// <summary>A direct message to one user.</summary>
        public void SayTo(string recipient, string text)
        {
            SendJson(SendCommand(text, recipient));
        }

        public static string SendCommand(string text)
        {
            return SendCommand(text, null);
        }

        public static string SendCommand(string text, string recipient)
        {
            JsonWriter json = new JsonWriter(32 + text.Length);
            json.BeginObject();
            json.Property("type", "send");
            json.Property("text", text);
            if (recipient != null)
            {
                json.Property("to", recipient);
            }

            json.EndObject();
            return json.ToString();
        }
    }
}
