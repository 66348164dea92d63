using ChatFirmware.Core.Link;

namespace ChatFirmware.UnitTests.Links
{
    /// <summary>One board as an in-memory network sees it: it opens links and takes their frames, as its host would.</summary>
    public interface ILinkEnd
    {
        /// <summary>This board's host connected to its upstream board.</summary>
        LinkConnection OpenUpstream(PipeSocket socket);

        /// <summary>A downstream board's link arrived on this board's /link (null when refused).</summary>
        LinkConnection AcceptDownstream(PipeSocket socket);

        void Deliver(LinkConnection link, byte[] frame);

        void Closed(LinkConnection link, int closeCode, string reason);
    }
}
