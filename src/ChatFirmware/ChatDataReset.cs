using ChatFirmware.Core;
using ChatFirmware.Core.Ports;

namespace ChatFirmware
{
    /// <summary>
    /// Recovery for a lost administrator password, with physical access to the board:
    /// "nf-flash.ps1 -ResetChatData" drops I:\chat\reset-chat-data with nanoff's file deployment; at the
    /// next boot the chat's users, sessions and history are erased (the core's factory reset, the same
    /// as the administrator page's) and the marker removed. The Wi-Fi settings and the board passphrase
    /// stay; the first account registered afterwards is the new administrator.
    /// </summary>
    internal static class ChatDataReset
    {
        public static void RunIfRequested(IFlashFiles flash, ChatServer chat, ILog log)
        {
            if (flash.Read(DeviceSettings.ResetMarkerFileName) == null)
            {
                return;
            }

            log.Warn("recovery: " + DeviceSettings.DataFolder + DeviceSettings.ResetMarkerFileName + " found: erasing users, sessions and history (Wi-Fi settings stay)");
            chat.FactoryReset();
            // After the reset: a power cut in between only repeats it at the next boot.
            flash.Delete(DeviceSettings.ResetMarkerFileName);
            log.Warn("recovery: chat data erased; the first account registered now becomes the administrator");
        }
    }
}
