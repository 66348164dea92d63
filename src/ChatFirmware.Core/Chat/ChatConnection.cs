using ChatFirmware.Core.Ports;

namespace ChatFirmware.Core.Chat
{
    /// <summary>One open chat socket and whose it is. Hosts hold it as an opaque handle.</summary>
    public sealed class ChatConnection
    {
        internal ChatConnection(IChatSocket socket, int userId, string userName, byte[] sessionTokenHash, TokenBucket sendBudget)
        {
            Socket = socket;
            UserId = userId;
            UserName = userName;
            SessionTokenHash = sessionTokenHash;
            SendBudget = sendBudget;
        }

        public IChatSocket Socket { get; private set; }

        public int UserId { get; private set; }

        public string UserName { get; private set; }

        /// <summary>Identifies the session, so that ending the session closes this socket.</summary>
        public byte[] SessionTokenHash { get; private set; }

        internal TokenBucket SendBudget { get; private set; }

        /// <summary>False once the core closed it or the host reported it gone.</summary>
        public bool IsOpen { get; internal set; }
    }
}
