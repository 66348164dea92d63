namespace ChatFirmware.Core.Link
{
    /// <summary>
    /// This board's links (one upstream, a few downstream) and what the tree looks like from here:
    /// which boards each live link reaches, what this board advertises on each, where a board is.
    /// </summary>
    internal sealed class LinkTable
    {
        private readonly LinkConnection[] _links;
        private readonly int _maxDownstream;
        private readonly int _roomBoards;

        public LinkTable(int maxDownstream, int roomBoards)
        {
            _links = new LinkConnection[maxDownstream + 1];
            _maxDownstream = maxDownstream;
            _roomBoards = roomBoards;
        }

        /// <summary>Slots: a link or null.</summary>
        public int Length
        {
            get { return _links.Length; }
        }

        public LinkConnection this[int index]
        {
            get { return _links[index]; }
        }

        public int Count
        {
            get
            {
                int count = 0;
                for (int i = 0; i < _links.Length; i++)
                {
                    count += _links[i] == null ? 0 : 1;
                }

                return count;
            }
        }

        public int DownstreamCount
        {
            get
            {
                int count = 0;
                for (int i = 0; i < _links.Length; i++)
                {
                    count += _links[i] != null && !_links[i].IsUpstream ? 1 : 0;
                }

                return count;
            }
        }

        public bool CanAcceptDownstream
        {
            get { return DownstreamCount < _maxDownstream; }
        }

        public LinkConnection Upstream
        {
            get
            {
                for (int i = 0; i < _links.Length; i++)
                {
                    if (_links[i] != null && _links[i].IsUpstream)
                    {
                        return _links[i];
                    }
                }

                return null;
            }
        }

        /// <summary>Takes a free slot (there is one: one upstream and at most the downstream maximum are ever admitted).</summary>
        public void Add(LinkConnection link)
        {
            for (int i = 0; i < _links.Length; i++)
            {
                if (_links[i] == null)
                {
                    _links[i] = link;
                    return;
                }
            }
        }

        public void Remove(LinkConnection link)
        {
            for (int i = 0; i < _links.Length; i++)
            {
                if (_links[i] == link)
                {
                    _links[i] = null;
                }
            }
        }

        /// <summary>The live link through which <paramref name="board"/> is reached, or null.</summary>
        public LinkConnection Toward(string board)
        {
            for (int i = 0; i < _links.Length; i++)
            {
                if (_links[i] != null && _links[i].IsLive && _links[i].Reach.Contains(board))
                {
                    return _links[i];
                }
            }

            return null;
        }

        /// <summary>
        /// This board and every board reachable through its live links but <paramref name="except"/>:
        /// what it advertises on that link, and what a board offered on it must not share (a loop).
        /// </summary>
        public BoardSet Known(string self, uint selfEpoch, LinkConnection except)
        {
            BoardSet known = new BoardSet(_roomBoards * 2);
            known.Set(self, selfEpoch, 0);
            for (int i = 0; i < _links.Length; i++)
            {
                LinkConnection link = _links[i];
                if (link != null && link != except && link.IsLive)
                {
                    for (int b = 0; b < link.Reach.Count; b++)
                    {
                        known.Set(link.Reach.Name(b), link.Reach.Epoch(b), 0);
                    }
                }
            }

            return known;
        }
    }
}
