using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Storage;

namespace ChatFirmware.Core.Link
{
    /// <summary>
    /// What this board's history holds of the room, kept in the history's own image (an
    /// <see cref="IHistoryAnnex"/>) so that both always describe the same moment, also after a
    /// power cut: this board's epoch, and for every origin board the epoch of its ids and the highest
    /// id of it accepted (its high-water mark). Links form a tree and each link keeps its order, so
    /// the items of one origin arrive in id order on the one path there is: "seen" is exactly "id at
    /// or below the mark", and one number per origin is a dedupe set of bounded size. After a
    /// partition the marks tell the other side where to resume.
    /// </summary>
    public sealed class LinkLedger : IHistoryAnnex
    {
        private readonly IRandomSource _random;
        private readonly BoardSet _origins;
        // When each origin was last heard (a counter, not a time); made with the first origin, as the set's arrays.
        private long[] _touched;
        private long _clock;

        /// <param name="capacity">Origins remembered; the least recently heard is forgotten first (twice the room's size: boards that left are kept a while).</param>
        public LinkLedger(int capacity, IRandomSource random)
        {
            _random = random;
            _origins = new BoardSet(capacity);
            Epoch = NewEpoch(random);
        }

        /// <summary>This board's epoch: new whenever its message ids start again from 1 (never 0).</summary>
        public uint Epoch { get; private set; }

        public int Count
        {
            get { return _origins.Count; }
        }

        public string Origin(int index)
        {
            return _origins.Name(index);
        }

        public uint OriginEpoch(int index)
        {
            return _origins.Epoch(index);
        }

        public long Mark(int index)
        {
            return _origins.Mark(index);
        }

        /// <summary>The mark of the origin (0 when unknown).</summary>
        public long MarkOf(string origin)
        {
            int index = _origins.IndexOf(origin);
            return index < 0 ? 0 : _origins.Mark(index);
        }

        /// <summary>The origin's epoch as last learned (0 when unknown).</summary>
        public uint EpochOf(string origin)
        {
            int index = _origins.IndexOf(origin);
            return index < 0 ? 0 : _origins.Epoch(index);
        }

        /// <summary>The stored instance of an origin's name, so that every history line of it shares one string (null when unknown).</summary>
        public string Canonical(string origin)
        {
            int index = _origins.IndexOf(origin);
            return index < 0 ? null : _origins.Name(index);
        }

        /// <summary>
        /// Records the origin's current epoch. Returns true when the origin was known under another
        /// epoch: its ids started again, so its mark is back to 0 (and its old lines must not be
        /// taken for new ones).
        /// </summary>
        public bool Learn(string origin, uint epoch)
        {
            int index = _origins.IndexOf(origin);
            if (index >= 0)
            {
                Touch(index, ++_clock);
                if (_origins.Epoch(index) == epoch)
                {
                    return false;
                }

                _origins.Set(origin, epoch, 0);
                return true;
            }

            if (_origins.Count == _origins.Capacity)
            {
                Forget(LeastRecentlyTouched());
            }

            _origins.Set(origin, epoch, 0);
            Touch(_origins.Count - 1, ++_clock);
            return false;
        }

        /// <summary>
        /// True when the id is new for the origin (above its mark), which then moves up to it. False
        /// for an item already seen, and for an origin never learned (no epoch: the link sends the
        /// boards list before any item of theirs).
        /// </summary>
        public bool Accept(string origin, long id)
        {
            int index = _origins.IndexOf(origin);
            if (index < 0 || id <= _origins.Mark(index))
            {
                return false;
            }

            _origins.SetMark(index, id);
            Touch(index, ++_clock);
            return true;
        }

        /// <summary>The marks as the sync frame carries them: "name:epoch:mark ...".</summary>
        public string FormatMarks()
        {
            return _origins.Format(true);
        }

        public void WriteTo(ImageWriter writer)
        {
            writer.WriteUInt32(Epoch);
            writer.WriteUInt16(_origins.Count);
            for (int i = 0; i < _origins.Count; i++)
            {
                writer.WriteString(_origins.Name(i));
                writer.WriteUInt32(_origins.Epoch(i));
                writer.WriteInt64(_origins.Mark(i));
            }
        }

        public void ReadFrom(ImageReader reader)
        {
            uint epoch = reader.ReadUInt32();
            int count = reader.ReadUInt16();
            _origins.Clear();
            for (int i = 0; i < count; i++)
            {
                string name = reader.ReadString();
                uint originEpoch = reader.ReadUInt32();
                long mark = reader.ReadInt64();
                if (!BoardNames.IsValid(name) || mark < 0 || _origins.Contains(name))
                {
                    throw new CorruptImageException("bad origin entry in the history's link ledger");
                }

                // A smaller capacity than when the image was written (settings changed): the rest is forgotten.
                if (_origins.Set(name, originEpoch, mark))
                {
                    Touch(_origins.Count - 1, 0);
                }
            }

            Epoch = epoch == 0 ? NewEpoch(_random) : epoch;
        }

        public void Reset()
        {
            _origins.Clear();
            Epoch = NewEpoch(_random);
        }

        private void Touch(int index, long clock)
        {
            if (_touched == null)
            {
                _touched = new long[_origins.Capacity];
            }

            _touched[index] = clock;
        }

        private int LeastRecentlyTouched()
        {
            int oldest = 0;
            for (int i = 1; i < _origins.Count; i++)
            {
                if (_touched[i] < _touched[oldest])
                {
                    oldest = i;
                }
            }

            return oldest;
        }

        private void Forget(int index)
        {
            _origins.RemoveAt(index);
            for (int i = index; i < _origins.Count; i++)
            {
                _touched[i] = _touched[i + 1];
            }
        }

        private static uint NewEpoch(IRandomSource random)
        {
            byte[] bytes = new byte[4];
            uint epoch = 0;
            while (epoch == 0)
            {
                random.Fill(bytes);
                epoch = ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
            }

            return epoch;
        }
    }
}
