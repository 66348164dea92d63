using ChatFirmware.Core.Chat;

namespace ChatFirmware.Core.Link
{
    /// <summary>Every frame a link sends goes through here, so that its traffic is counted for the administrator.</summary>
    internal static class LinkTraffic
    {
        public static void Send(LinkConnection link, byte[] frame, Outbox outbox)
        {
            outbox.Send(link.Socket, frame);
            link.FramesOut++;
            link.BytesOut += frame.Length;
        }
    }
}
