namespace ChatFirmware.Core.Link
{
    /// <summary>The links as the administrator page shows them: a copy taken under the state lock.</summary>
    public sealed class LinkOverview
    {
        internal LinkOverview(string board, string upstreamUrl, string upstreamState, string roomBoards, LinkReport[] links, int lost, int duplicates, int refused, int remotePeople)
        {
            BoardName = board;
            UpstreamUrl = upstreamUrl;
            UpstreamState = upstreamState;
            RoomBoards = roomBoards;
            Links = links;
            Lost = lost;
            Duplicates = duplicates;
            Refused = refused;
            RemotePeople = remotePeople;
        }

        public string BoardName { get; private set; }

        /// <summary>Null when this board has no upstream.</summary>
        public string UpstreamUrl { get; private set; }

        /// <summary>"linked", "authenticating", "connecting", or what went wrong and when the next try is; null without upstream.</summary>
        public string UpstreamState { get; private set; }

        /// <summary>Every board of the room this board knows of, "name:epoch" separated by spaces (itself first).</summary>
        public string RoomBoards { get; private set; }

        public LinkReport[] Links { get; private set; }

        /// <summary>Items dropped on full queues since start, every link together.</summary>
        public int Lost { get; private set; }

        /// <summary>Items received twice (dropped by their origin's mark) since start.</summary>
        public int Duplicates { get; private set; }

        /// <summary>Items received that broke a rule, since start.</summary>
        public int Refused { get; private set; }

        /// <summary>People online at the other boards now.</summary>
        public int RemotePeople { get; private set; }
    }
}
