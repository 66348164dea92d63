using ChatFirmware.Core.Chat;

namespace ChatFirmware.Core.Link
{
    /// <summary>
    /// What a neighbour missed, read from this board's history when a link comes up: the lines of
    /// origins on this side of the link above the mark the neighbour sent for them (0 when it knows
    /// another epoch of that origin), and direct messages only when written here for a person over
    /// there. It reads history as the send window allows (one line object reused, nothing queued),
    /// up to the newest line at the time the link came up; what came later goes out live.
    /// </summary>
    internal static class LinkCatchUp
    {
        public static void Start(LinkConnection link, BoardSet marks, long upToLocalId)
        {
            link.CatchUpMarks = marks;
            link.CatchUpAfter = 0;
            link.CatchUpUpTo = upToLocalId;
        }

        /// <summary>The next line the neighbour lacks, as a frame; null (and the catch-up over) when there is none.</summary>
        public static byte[] Next(LinkConnection link, ILinkedRoom room, RoomLine line, string self, LinkLedger ledger)
        {
            while (link.CatchUpMarks != null)
            {
                long id = room.NextLine(link.CatchUpAfter, line);
                if (id == 0 || id > link.CatchUpUpTo)
                {
                    link.CatchUpMarks = null;
                    return null;
                }

                link.CatchUpAfter = id;
                if (Lacks(link, link.CatchUpMarks, line, self, ledger))
                {
                    return LinkProtocol.EncodeLine(line, self);
                }
            }

            return null;
        }

        public static bool Lacks(LinkConnection link, BoardSet marks, RoomLine line, string self, LinkLedger ledger)
        {
            string origin = line.Origin ?? self;
            if (line.OriginId == 0 || link.Reach.Contains(origin))
            {
                return false;
            }

            if (line.IsDirect && (line.Origin != null || line.ToBoard == null || !link.Reach.Contains(line.ToBoard)))
            {
                return false;
            }

            int index = marks.IndexOf(origin);
            uint epoch = line.Origin == null ? ledger.Epoch : ledger.EpochOf(origin);
            long mark = index >= 0 && marks.Epoch(index) == epoch ? marks.Mark(index) : 0;
            return line.OriginId > mark;
        }
    }
}
