using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Accounts
{
    /// <summary>The fixed-capacity set of accounts; names and emails are unique without regard to case.</summary>
    public sealed class UserTable
    {
        private readonly User[] _users;
        private int _count;

        public UserTable(int capacity)
        {
            _users = new User[capacity];
        }

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
            get { return _count == _users.Length; }
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
