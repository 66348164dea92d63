using ChatFirmware.Core.Security;

namespace ChatFirmware.Core.Sessions
{
    /// <summary>
    /// The fixed set of live sessions. A login is never refused for lack of room: it ends the least
    /// recently used session of its own person when that person is at their cap, else, when the table
    /// is full, the least recently used session of whoever holds the most, so one person's logins never
    /// end someone else's only session.
    /// </summary>
    public sealed class SessionTable
    {
        private readonly Session[] _sessions;
        private int _count;

        public SessionTable(int capacity)
        {
            _sessions = new Session[capacity];
        }

        public int Count
        {
            get { return _count; }
        }

        public Session this[int index]
        {
            get { return _sessions[index]; }
        }

        /// <summary>The session whose token hashes to <paramref name="tokenHash"/>, or null.</summary>
        public Session Find(byte[] tokenHash)
        {
            Session found = null;
            for (int i = 0; i < _count; i++)
            {
                // Compare every entry in constant time so timing does not hint at a near match.
                if (ConstantTime.AreEqual(_sessions[i].TokenHash, tokenHash))
                {
                    found = _sessions[i];
                }
            }

            return found;
        }

        /// <summary>
        /// Adds a login's session, its person holding at most <paramref name="maxPerUser"/>; returns the
        /// session it ended to make room, or null.
        /// </summary>
        public Session Add(Session session, int maxPerUser)
        {
            Session evicted = null;
            if (CountOf(session.UserId) >= (maxPerUser < 1 ? 1 : maxPerUser))
            {
                evicted = LeastRecentlyUsedOf(session.UserId);
            }
            else if (_count == _sessions.Length)
            {
                int most = 0;
                for (int i = 0; i < _count; i++)
                {
                    int sessions = CountOf(_sessions[i].UserId);
                    if (sessions > most || (sessions == most && _sessions[i].LastUsedMs < evicted.LastUsedMs))
                    {
                        most = sessions;
                        evicted = _sessions[i];
                    }
                }
            }

            if (evicted != null)
            {
                Remove(evicted);
            }

            _sessions[_count++] = session;
            return evicted;
        }

        /// <summary>Sessions the user holds.</summary>
        public int CountOf(int userId)
        {
            int sessions = 0;
            for (int i = 0; i < _count; i++)
            {
                if (_sessions[i].UserId == userId)
                {
                    sessions++;
                }
            }

            return sessions;
        }

        /// <summary>Adds a session as loaded from flash, evicting the least recently used one when full; returns the evicted session or null.</summary>
        public Session Add(Session session)
        {
            Session evicted = null;
            if (_count == _sessions.Length)
            {
                int oldest = 0;
                for (int i = 1; i < _count; i++)
                {
                    if (_sessions[i].LastUsedMs < _sessions[oldest].LastUsedMs)
                    {
                        oldest = i;
                    }
                }

                evicted = _sessions[oldest];
                RemoveAt(oldest);
            }

            _sessions[_count++] = session;
            return evicted;
        }

        public bool Remove(Session session)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_sessions[i] == session)
                {
                    RemoveAt(i);
                    return true;
                }
            }

            return false;
        }

        /// <summary>Ends every session of a user; returns how many were removed.</summary>
        public int RemoveUser(int userId)
        {
            int removed = 0;
            for (int i = _count - 1; i >= 0; i--)
            {
                if (_sessions[i].UserId == userId)
                {
                    RemoveAt(i);
                    removed++;
                }
            }

            return removed;
        }

        private Session LeastRecentlyUsedOf(int userId)
        {
            Session oldest = null;
            for (int i = 0; i < _count; i++)
            {
                if (_sessions[i].UserId == userId && (oldest == null || _sessions[i].LastUsedMs < oldest.LastUsedMs))
                {
                    oldest = _sessions[i];
                }
            }

            return oldest;
        }

        /// <summary>True when the session is past its idle or absolute lifetime at <paramref name="nowMs"/>.</summary>
        public static bool IsExpired(Session session, long nowMs, long idleTimeoutMs, long absoluteTimeoutMs)
        {
            return nowMs - session.LastUsedMs > idleTimeoutMs || nowMs - session.CreatedMs > absoluteTimeoutMs;
        }

        /// <summary>Drops expired sessions; returns how many went.</summary>
        public int RemoveExpired(long nowMs, long idleTimeoutMs, long absoluteTimeoutMs)
        {
            int removed = 0;
            for (int i = _count - 1; i >= 0; i--)
            {
                if (IsExpired(_sessions[i], nowMs, idleTimeoutMs, absoluteTimeoutMs))
                {
                    RemoveAt(i);
                    removed++;
                }
            }

            return removed;
        }

        public void Clear()
        {
            while (_count > 0)
            {
                RemoveAt(_count - 1);
            }
        }

        private void RemoveAt(int index)
        {
            for (int k = index; k < _count - 1; k++)
            {
                _sessions[k] = _sessions[k + 1];
            }

            _sessions[--_count] = null;
        }
    }
}
