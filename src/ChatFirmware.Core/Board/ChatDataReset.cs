using ChatFirmware.Core.Ports;

namespace ChatFirmware.Core.Board
{
    /// <summary>
    /// Recovery for a lost administrator password, with physical access to the board:
    /// "nf-flash.ps1 -ResetChatData" drops the marker file with nanoff's file deployment; at the next
    /// boot the chat's users, sessions and history are erased (the core's factory reset, the same as
    /// the administrator page's) and the marker removed. The Wi-Fi settings and the board passphrase
    /// stay; the first account registered afterwards is the new administrator.
    /// </summary>
    public static class ChatDataReset
    {
        /// <summary>The marker's name in the chat's folder (nf-flash.ps1 writes I:\chat\reset-chat-data).</summary>
        public const string MarkerFileName = "reset-chat-data";

        /// <summary>Erases the chat's data when the marker is there; true when it did. Call after <see cref="ChatServer.Start"/>.</summary>
        public static bool RunIfRequested(IFlashFiles flash, ChatServer chat, ILog log)
        {
            if (flash.Read(MarkerFileName) == null)
            {
                return false;
            }

            log.Warn("recovery: " + MarkerFileName + " found: erasing users, sessions and history (Wi-Fi settings stay)");
            chat.FactoryReset();
            // After the reset: a power cut in between only repeats it at the next boot.
            flash.Delete(MarkerFileName);
            log.Warn("recovery: chat data erased; the first account registered now becomes the administrator");
            return true;
        }
    }
}
