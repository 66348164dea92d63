using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.CaptivePortal
{
    /// <summary>
    /// The client addresses that signed in, so that their operating system's connectivity probe can be
    /// answered "online" and its sign-in sheet can close. A fixed table (ChatSettings.PortalClientCapacity)
    /// on the uptime clock: an entry lapses PortalClientTimeoutMs after it was last marked, because DHCP
    /// may later hand that address to another phone, which should then see the sign-in prompt. When the
    /// table is full the entry marked longest ago gives way: at worst that phone is asked to sign in again.
    /// Only a convenience for the OS prompt: nothing is authorised by address, sessions stay in cookies.
    /// Safe to call from many threads.
    /// </summary>
    public sealed class PortalClients
    {
        private const string MappedIPv4Prefix = "::ffff:";
        private readonly object _lock = new object();
        private readonly string[] _addresses;
        private readonly long[] _markedMs;
        private readonly long _timeoutMs;

        public PortalClients(int capacity, long timeoutMs)
        {
            _addresses = StringArray.Create(capacity < 1 ? 1 : capacity);
            _markedMs = new long[_addresses.Length];
            _timeoutMs = timeoutMs;
        }

        public int Capacity
        {
            get { return _addresses.Length; }
        }

        /// <summary>Live entries at <paramref name="nowMs"/>.</summary>
        public int Count(long nowMs)
        {
            lock (_lock)
            {
                int count = 0;
                for (int i = 0; i < _addresses.Length; i++)
                {
                    if (_addresses[i] != null && !Lapsed(i, nowMs))
                    {
                        count++;
                    }
                }

                return count;
            }
        }

        /// <summary>A successful login (or any signed-in request, to keep the entry fresh) from this address.</summary>
        public void MarkOnline(string address, long nowMs)
        {
            string key = Normalize(address);
            if (key == null)
            {
                return;
            }

            lock (_lock)
            {
                int slot = Find(key);
                if (slot < 0)
                {
                    slot = 0;
                    for (int i = 0; i < _addresses.Length; i++)
                    {
                        if (_addresses[i] == null || Lapsed(i, nowMs))
                        {
                            slot = i;
                            break;
                        }

                        if (_markedMs[i] < _markedMs[slot])
                        {
                            slot = i;
                        }
                    }
                }

                _addresses[slot] = key;
                _markedMs[slot] = nowMs;
            }
        }

        /// <summary>Logout (or the session's end) from this address: its probes see the portal again.</summary>
        public void MarkOffline(string address)
        {
            string key = Normalize(address);
            lock (_lock)
            {
                int slot = key == null ? -1 : Find(key);
                if (slot >= 0)
                {
                    _addresses[slot] = null;
                }
            }
        }

        public bool IsOnline(string address, long nowMs)
        {
            string key = Normalize(address);
            lock (_lock)
            {
                int slot = key == null ? -1 : Find(key);
                return slot >= 0 && !Lapsed(slot, nowMs);
            }
        }

        /// <summary>Forgets every address (e.g. when all sessions were erased).</summary>
        public void Clear()
        {
            lock (_lock)
            {
                for (int i = 0; i < _addresses.Length; i++)
                {
                    _addresses[i] = null;
                }
            }
        }

        /// <summary>"::ffff:192.168.4.2" (an IPv4 client on a dual-stack socket) and "192.168.4.2" are one client.</summary>
        private static string Normalize(string address)
        {
            if (address == null || address.Length == 0)
            {
                return null;
            }

            string lower = address.ToLower();
            return lower.StartsWith(MappedIPv4Prefix) && TextScan.IndexOf(lower, '.') > 0 ? lower.Substring(MappedIPv4Prefix.Length) : lower;
        }

        private int Find(string key)
        {
            for (int i = 0; i < _addresses.Length; i++)
            {
                if (_addresses[i] == key)
                {
                    return i;
                }
            }

            return -1;
        }

        private bool Lapsed(int slot, long nowMs)
        {
            return nowMs - _markedMs[slot] >= _timeoutMs;
        }
    }
}
