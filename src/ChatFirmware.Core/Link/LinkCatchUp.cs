using ChatFirmware.Core.Chat;

namespace ChatFirmware.Core.Link
{
    /// <summary>
    /// What a neighbour missed, from this board's history, when a link comes up: the lines of
    /// origins on this side of the link above the mark the neighbour sent for them (0 when it knows
    /// another epoch of that origin), and direct messages only when written here for a person over
    /// there. They go out before any live item, oldest first, so each origin's order holds.
    /// </summary>
    internal static class LinkCatchUp
    {
        /// <summary>The lines, oldest first (references into the history: a catch-up costs one array).</summary>
        public static ChatMessage[] Lines(LinkConnection link, BoardSet marks, HistoryRing history, string self, LinkLedger ledger)
        {
            int wanted = 0;
            for (int i = 0; i < history.Count; i++)
            {
                wanted += Lacks(link, marks, history[i], self, ledger) ? 1 : 0;
            }

            ChatMessage[] lines = new ChatMessage[wanted];
            int next = 0;
            for (int i = 0; i < history.Count; i++)
            {
                if (Lacks(link, marks, history[i], self, ledger))
                {
                    lines[next++] = history[i];
                }
            }

            return lines;
        }

        public static bool Lacks(LinkConnection link, BoardSet marks, ChatMessage line, string self, LinkLedger ledger)
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
