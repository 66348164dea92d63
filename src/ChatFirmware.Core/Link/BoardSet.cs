using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Link
{
    /// <summary>
    /// Boards with the epoch of each (the incarnation of its message ids: a board whose history was
    /// erased starts a new epoch) and, where it matters, a high-water mark (the highest message id of
    /// that board seen): what a link reaches, what a board advertises, what it already holds. Fixed
    /// capacity. On the wire: "name:epoch" or "name:epoch:mark" entries separated by single spaces,
    /// the epoch as 8 hex digits, the mark in decimal. The arrays come with the first board: a board
    /// that is not linked keeps an empty ledger and pays nothing for it (docs/device.md, "Heap").
    /// </summary>
    public sealed class BoardSet
    {
        private readonly int _capacity;
        private string[] _names;
        private uint[] _epochs;
        private long[] _marks;
        private int _count;

        public BoardSet(int capacity)
        {
            _capacity = capacity;
        }

        public int Count
        {
            get { return _count; }
        }

        public int Capacity
        {
            get { return _capacity; }
        }

        public string Name(int index)
        {
            return _names[index];
        }

        public uint Epoch(int index)
        {
            return _epochs[index];
        }

        public long Mark(int index)
        {
            return _marks[index];
        }

        public void SetMark(int index, long mark)
        {
            _marks[index] = mark;
        }

        public int IndexOf(string name)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_names[i] == name)
                {
                    return i;
                }
            }

            return -1;
        }

        public bool Contains(string name)
        {
            return IndexOf(name) >= 0;
        }

        /// <summary>Adds the board, or updates its epoch and mark; false when the set is full.</summary>
        public bool Set(string name, uint epoch, long mark)
        {
            int index = IndexOf(name);
            if (index < 0)
            {
                if (_count == _capacity)
                {
                    return false;
                }

                if (_names == null)
                {
                    _names = StringArray.Create(_capacity);
                    _epochs = new uint[_capacity];
                    _marks = new long[_capacity];
                }

                index = _count++;
                _names[index] = name;
            }

            _epochs[index] = epoch;
            _marks[index] = mark;
            return true;
        }

        public void RemoveAt(int index)
        {
            for (int i = index; i < _count - 1; i++)
            {
                _names[i] = _names[i + 1];
                _epochs[i] = _epochs[i + 1];
                _marks[i] = _marks[i + 1];
            }

            _count--;
            _names[_count] = null;
        }

        public void Clear()
        {
            if (_names != null)
            {
                StringArray.Clear(_names, 0, _count);
            }

            _count = 0;
        }

        /// <summary>Makes this set a copy of <paramref name="other"/> (false when it does not fit).</summary>
        public bool CopyFrom(BoardSet other)
        {
            Clear();
            for (int i = 0; i < other.Count; i++)
            {
                if (!Set(other.Name(i), other.Epoch(i), other.Mark(i)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The first board that is in both sets, or null.</summary>
        public string FirstShared(BoardSet other)
        {
            for (int i = 0; i < _count; i++)
            {
                if (other.Contains(_names[i]))
                {
                    return _names[i];
                }
            }

            return null;
        }

        public string Format(bool withMarks)
        {
            System.Text.StringBuilder text = new System.Text.StringBuilder(_count * 32);
            for (int i = 0; i < _count; i++)
            {
                if (i > 0)
                {
                    text.Append(' ');
                }

                text.Append(_names[i]).Append(':').Append(FormatEpoch(_epochs[i]));
                if (withMarks)
                {
                    text.Append(':').Append(_marks[i]);
                }
            }

            return text.ToString();
        }

        /// <summary>
        /// Replaces the contents with the boards of <paramref name="text"/> (marks 0 unless
        /// <paramref name="withMarks"/>); false, and empty, when an entry is malformed, a name invalid
        /// or repeated, a mark negative, or the set too small.
        /// </summary>
        public bool TryParse(string text, bool withMarks)
        {
            Clear();
            if (text == null || text.Length == 0)
            {
                return text != null;
            }

            string[] entries = text.Split(' ');
            for (int i = 0; i < entries.Length; i++)
            {
                string[] parts = entries[i].Split(':');
                uint epoch;
                long mark = 0;
                bool ok = parts.Length == (withMarks ? 3 : 2) && BoardNames.IsValid(parts[0]) && TryParseEpoch(parts[1], out epoch)
                    && (!withMarks || TryParseMark(parts[2], out mark)) && !Contains(parts[0]) && Set(parts[0], epoch, mark);
                if (!ok)
                {
                    Clear();
                    return false;
                }
            }

            return true;
        }

        /// <summary>1 to 18 decimal digits (a message id).</summary>
        private static bool TryParseMark(string text, out long mark)
        {
            mark = Digits.ParseOrZero(text, 18);
            return mark > 0 || text == "0";
        }

        public static string FormatEpoch(uint epoch)
        {
            byte[] bytes = new byte[] { (byte)(epoch >> 24), (byte)(epoch >> 16), (byte)(epoch >> 8), (byte)epoch };
            return Hex.Encode(bytes, 0, 4);
        }

        public static bool TryParseEpoch(string text, out uint epoch)
        {
            epoch = 0;
            byte[] bytes = Hex.Decode(text, 4);
            if (bytes == null)
            {
                return false;
            }

            epoch = ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
            return true;
        }
    }
}
