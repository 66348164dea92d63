using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Link
{
    /// <summary>
    /// Who is online at the other boards of the room, board by board, as their presence frames said.
    /// Bounded: at most the room's boards, each with at most a fixed number of names (a board seats
    /// only so many). A board that is no longer reachable is removed with all its people.
    /// </summary>
    public sealed class RemoteRoster
    {
        private readonly string[] _boards;
        private readonly string[][] _names;
        private readonly int _namesPerBoard;
        private int _count;

        public RemoteRoster(int boards, int namesPerBoard)
        {
            _boards = StringArray.Create(boards);
            _names = new string[boards][];
            _namesPerBoard = namesPerBoard;
        }

        /// <summary>Boards with a presence list.</summary>
        public int BoardCount
        {
            get { return _count; }
        }

        public string Board(int index)
        {
            return _boards[index];
        }

        /// <summary>The names online at the index-th board.</summary>
        public string[] Names(int index)
        {
            return _names[index];
        }

        /// <summary>People online at every other board together.</summary>
        public int PeopleCount
        {
            get
            {
                int people = 0;
                for (int i = 0; i < _count; i++)
                {
                    people += _names[i].Length;
                }

                return people;
            }
        }

        /// <summary>
        /// Replaces a board's list (the first <c>namesPerBoard</c> names are kept). Returns false when a
        /// new board does not fit (the room is at its size).
        /// </summary>
        public bool Set(string board, string[] names)
        {
            int index = IndexOf(board);
            if (index < 0)
            {
                if (_count == _boards.Length)
                {
                    return false;
                }

                index = _count++;
                _boards[index] = board;
            }

            if (names.Length > _namesPerBoard)
            {
                string[] kept = StringArray.Create(_namesPerBoard);
                System.Array.Copy(names, kept, _namesPerBoard);
                names = kept;
            }

            _names[index] = names;
            return true;
        }

        /// <summary>Forgets a board; true when it had a list.</summary>
        public bool Remove(string board)
        {
            int index = IndexOf(board);
            if (index < 0)
            {
                return false;
            }

            for (int i = index; i < _count - 1; i++)
            {
                _boards[i] = _boards[i + 1];
                _names[i] = _names[i + 1];
            }

            _count--;
            _boards[_count] = null;
            _names[_count] = null;
            return true;
        }

        /// <summary>The name as that board listed it, matched without regard to case (the account rule), or null when not online there.</summary>
        public string FindOnline(string board, string name)
        {
            int index = IndexOf(board);
            if (index < 0)
            {
                return null;
            }

            string folded = TextRules.FoldCase(name);
            string[] names = _names[index];
            for (int i = 0; i < names.Length; i++)
            {
                if (TextRules.FoldCase(names[i]) == folded)
                {
                    return names[i];
                }
            }

            return null;
        }

        /// <summary>The online list of a board joined as a presence string ("" when none is known).</summary>
        public string Online(string board)
        {
            int index = IndexOf(board);
            return index < 0 ? string.Empty : LinkProtocol.JoinNames(_names[index], _names[index].Length);
        }

        private int IndexOf(string board)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_boards[i] == board)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
