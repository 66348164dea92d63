using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Accounts
{
    /// <summary>The fixed-capacity set of accounts; names and emails are unique without regard to case.</summary>
    public sealed class UserTable
    {
        private readonly User[] _users;
        private int _count;

        public UserTable(int capacity)
            : this(capacity, capacity)
        {
        }

        /// <summary>
        /// A table that holds <paramref name="capacity"/> accounts but admits new ones only below
        /// <paramref name="limit"/>: accounts stored before MaxUsers was lowered are all kept.
        /// </summary>
        public UserTable(int capacity, int limit)
        {
            _users = new User[capacity];
            Limit = limit;
        }

        /// <summary>New accounts are admitted while there are fewer than this (MaxUsers).</summary>
        public int Limit { get; private set; }

        public int Count
        {
            get { return _count; }
        }

        public int Capacity
        {
            get { return _users.Length; }
        }

        public bool IsFull
        {
            get { return _count >= Limit || _count == _users.Length; }
        }

        /// <summary>Highest id ever issued, kept on flash so ids are never reused.</summary>
        public int LastId { get; set; }

        public User this[int index]
        {
            get { return _users[index]; }
        }

        public User FindById(int id)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_users[i].Id == id)
                {
                    return _users[i];
                }
            }

            return null;
        }

        public User FindByName(string name)
        {
            string folded = TextRules.FoldCase(name);
            for (int i = 0; i < _count; i++)
            {
                if (TextRules.FoldCase(_users[i].Name) == folded)
                {
                    return _users[i];
                }
            }

            return null;
        }

        /// <summary>
        /// A user whose name looks like <paramref name="name"/> on a screen (the same
        /// <see cref="Confusables.Skeleton"/> or <see cref="Confusables.FoldedSkeleton"/>), or null.
        /// </summary>
        public User FindLookAlike(string name)
        {
            string skeleton = Confusables.Skeleton(name);
            string folded = Confusables.FoldedSkeleton(name);
            for (int i = 0; i < _count; i++)
            {
                string other = _users[i].Name;
                if (Confusables.Skeleton(other) == skeleton || Confusables.FoldedSkeleton(other) == folded)
                {
                    return _users[i];
                }
            }

            return null;
        }

        public User FindByEmail(string email)
        {
            string folded = TextRules.FoldCase(email);
            for (int i = 0; i < _count; i++)
            {
                if (TextRules.FoldCase(_users[i].Email) == folded)
                {
                    return _users[i];
                }
            }

            return null;
        }

        /// <summary>The login field accepts the email or the user name.</summary>
        public User FindByLogin(string emailOrName)
        {
            User user = FindByEmail(emailOrName);
            return user ?? FindByName(emailOrName);
        }

        public int AdminCount()
        {
            int admins = 0;
            for (int i = 0; i < _count; i++)
            {
                if (_users[i].IsAdmin)
                {
                    admins++;
                }
            }

            return admins;
        }

        /// <summary>Adds a user (the caller checked capacity and uniqueness).</summary>
        public void Add(User user)
        {
            _users[_count++] = user;
            if (user.Id > LastId)
            {
                LastId = user.Id;
            }
        }

        public bool Remove(int id)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_users[i].Id == id)
                {
                    // Shift rather than swap: pages list accounts in registration order.
                    for (int k = i; k < _count - 1; k++)
                    {
                        _users[k] = _users[k + 1];
                    }

                    _users[--_count] = null;
                    return true;
                }
            }

            return false;
        }

        public void Clear()
        {
            for (int i = 0; i < _count; i++)
            {
                _users[i] = null;
            }

            _count = 0;
            LastId = 0;
        }
    }
}
