using ChatFirmware.Core.Ports;

namespace ChatFirmware.Core.Chat
{
    /// <summary>One open chat connection (WebSocket or long-poll) and whose it is. Hosts hold it as an opaque handle.</summary>
    public sealed class ChatConnection
    {
        internal ChatConnection(IChatSocket socket, int userId, string userName, bool isAdmin, byte[] sessionTokenHash)
        {
            Socket = socket;
            UserId = userId;
            UserName = userName;
            IsAdmin = isAdmin;
            SessionTokenHash = sessionTokenHash;
        }

        public IChatSocket Socket { get; private set; }

        public int UserId { get; private set; }

        public string UserName { get; private set; }

        public bool IsAdmin { get; private set; }

        /// <summary>Identifies the session, so that ending the session closes this connection.</summary>
        public byte[] SessionTokenHash { get; private set; }

        /// <summary>Created on the first fragmented message only: most clients never fragment.</summary>
        internal FrameAssembler Fragments { get; set; }

        /// <summary>False once the core closed it or the host reported it gone.</summary>
        public bool IsOpen { get; internal set; }
    }
}
