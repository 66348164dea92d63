using System.Net.WebSockets;
using ChatFirmware.Core;
using ChatFirmware.Core.Link;

namespace ChatFirmware
{
    /// <summary>A received WebSocket frame into the core's link: whole, or one fragment (nanoFramework does not reassemble).</summary>
    internal static class LinkFrames
    {
        public static void Forward(ChatServer chat, LinkConnection link, ReceiveMessageFrame frame)
        {
            if (frame.IsFragmented)
            {
                chat.OnLinkFragment(link, frame.Buffer, 0, frame.MessageLength, frame.Fragmentation == FragmentationType.FinalFragment);
            }
            else
            {
                chat.OnLinkMessage(link, frame.Buffer, 0, frame.MessageLength);
            }
        }
    }
}
