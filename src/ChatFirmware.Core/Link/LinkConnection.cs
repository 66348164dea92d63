using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.Core.Link
{
    /// <summary>
    /// One link to a neighbouring board, as the hub keeps it: the socket, the handshake's state,
    /// the boards reachable through it, its queue and send window, and its traffic. Hosts hold it
    /// as an opaque handle. Guarded by the server's state lock.
    /// </summary>
    public sealed class LinkConnection
    {
        internal LinkConnection(IChatSocket socket, bool isUpstream, int roomBoards, int queueItems, int queueBytes, long openedMs)
        {
            Socket = socket;
            IsUpstream = isUpstream;
            Reach = new BoardSet(roomBoards);
            Queue = new LinkQueue(queueItems, queueBytes);
            OpenedMs = openedMs;
            PeerBoard = string.Empty;
            Advertised = string.Empty;
        }

        public IChatSocket Socket { get; private set; }

        /// <summary>True for the link this board opened to its upstream; false for one a downstream board opened here.</summary>
        public bool IsUpstream { get; private set; }

        /// <summary>One of <see cref="LinkState"/>.</summary>
        public int State { get; internal set; }

        /// <summary>The neighbour's board name ("" until its greeting).</summary>
        public string PeerBoard { get; internal set; }

        public long OpenedMs { get; private set; }

        /// <summary>When the link became live (uptime), or 0.</summary>
        public long LiveSinceMs { get; internal set; }

        public bool IsOpen
        {
            get { return State != LinkState.Closed; }
        }

        public bool IsLive
        {
            get { return State == LinkState.Live; }
        }

        // --- traffic, for the administrator ---

        public int FramesIn { get; internal set; }

        public int FramesOut { get; internal set; }

        public long BytesIn { get; internal set; }

        public long BytesOut { get; internal set; }

        /// <summary>Items dropped because the queue was full (the link is then restarted so the catch-up fills the gap).</summary>
        public int Lost { get; internal set; }

        /// <summary>Messages received that this board already had (dropped by their origin's mark).</summary>
        public int Duplicates { get; internal set; }

        /// <summary>Items received that broke a rule (bad field, unknown origin, no such recipient): dropped.</summary>
        public int Refused { get; internal set; }

        // --- handshake ---

        internal string DownNonce { get; set; }

        internal string UpNonce { get; set; }

        // --- relaying ---

        /// <summary>The boards reachable through this link, the neighbour included, with their epochs.</summary>
        internal BoardSet Reach { get; private set; }

        /// <summary>The boards list last sent on this link ("" before the sync), so that an unchanged one is not sent again.</summary>
        internal string Advertised { get; set; }

        internal LinkQueue Queue { get; private set; }

        /// <summary>The catch-up in progress: the neighbour's marks (null when none is in progress).</summary>
        internal BoardSet CatchUpMarks { get; set; }

        /// <summary>The catch-up has read history up to this local id...</summary>
        internal long CatchUpAfter { get; set; }

        /// <summary>...and stops at this one (newer lines go out live, through the queue).</summary>
        internal long CatchUpUpTo { get; set; }

        /// <summary>Items sent and not yet acknowledged: at most the send window.</summary>
        internal int InFlight { get; set; }

        /// <summary>Items received and not yet acknowledged.</summary>
        internal int Unacknowledged { get; set; }

        /// <summary>Acknowledge every this many items: at most half the neighbour's send window, so it never waits for the tick.</summary>
        internal int AckEvery { get; set; }

        /// <summary>The queue overflowed: the link is restarted at the next tick.</summary>
        internal bool Behind { get; set; }

        internal FrameAssembler Fragments { get; set; }

        /// <summary>Frames waiting in the queue (a catch-up in progress not counted).</summary>
        public int Queued
        {
            get { return Queue.Count; }
        }

        /// <summary>True while the link catches its neighbour up from history.</summary>
        public bool CatchingUp
        {
            get { return CatchUpMarks != null; }
        }

        public int ReachableBoards
        {
            get { return Reach.Count; }
        }
    }
}
