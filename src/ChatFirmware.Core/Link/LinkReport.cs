namespace ChatFirmware.Core.Link
{
    /// <summary>One link as the administrator page shows it: a copy taken under the state lock.</summary>
    public sealed class LinkReport
    {
        internal LinkReport(LinkConnection link, long nowMs)
        {
            PeerBoard = link.PeerBoard;
            IsUpstream = link.IsUpstream;
            State = LinkState.Describe(link.State);
            SinceMs = nowMs - (link.IsLive ? link.LiveSinceMs : link.OpenedMs);
            FramesIn = link.FramesIn;
            FramesOut = link.FramesOut;
            BytesIn = link.BytesIn;
            BytesOut = link.BytesOut;
            Queued = link.Queued;
            Lost = link.Lost;
            Duplicates = link.Duplicates;
            Refused = link.Refused;
            ReachableBoards = link.ReachableBoards;
        }

        public string PeerBoard { get; private set; }

        public bool IsUpstream { get; private set; }

        /// <summary>"authenticating", "synchronising" or "linked".</summary>
        public string State { get; private set; }

        /// <summary>How long it has been in that state.</summary>
        public long SinceMs { get; private set; }

        public int FramesIn { get; private set; }

        public int FramesOut { get; private set; }

        public long BytesIn { get; private set; }

        public long BytesOut { get; private set; }

        public int Queued { get; private set; }

        public int Lost { get; private set; }

        public int Duplicates { get; private set; }

        public int Refused { get; private set; }

        public int ReachableBoards { get; private set; }
    }
}
