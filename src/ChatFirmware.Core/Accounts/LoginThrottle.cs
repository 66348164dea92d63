using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Accounts
{
    /// <summary>
    /// Slows password guessing per account and per client address: after a few free failures each
    /// further one doubles the wait, up to a ceiling, so an attacker can slow a real user down but
    /// never lock them out for good. Fixed table; the stalest entry is recycled when it is full.
    /// </summary>
    public sealed class LoginThrottle
    {
        private const int Capacity = 32;
        private readonly string[] _keys = StringArray.Create(Capacity);
        private readonly int[] _failures = new int[Capacity];
        private readonly long[] _lastFailureMs = new long[Capacity];
        private readonly ChatSettings _settings;

        public LoginThrottle(ChatSettings settings)
        {
            _settings = settings;
        }

        /// <summary>Milliseconds until <paramref name="key"/> may try again (0: now).</summary>
        public long WaitMs(string key, long nowMs)
        {
            int index = IndexOf(key);
            if (index < 0)
            {
                return 0;
            }

            long wait = _lastFailureMs[index] + DelayFor(_failures[index]) - nowMs;
            return wait > 0 ? wait : 0;
        }

        public void RecordFailure(string key, long nowMs)
        {
            int index = IndexOf(key);
            if (index < 0)
            {
                index = FreeSlot();
                _keys[index] = key;
                _failures[index] = 0;
            }

            // Failures far in the past are forgiven: the count restarts after a quiet ceiling period.
            if (nowMs - _lastFailureMs[index] > _settings.LoginDelayMaxMs * 2)
            {
                _failures[index] = 0;
            }

            _failures[index]++;
            _lastFailureMs[index] = nowMs;
        }

        public void Reset(string key)
        {
            int index = IndexOf(key);
            if (index >= 0)
            {
                _keys[index] = null;
                _failures[index] = 0;
            }
        }

        private long DelayFor(int failures)
        {
            int over = failures - _settings.LoginFreeFailures;
            if (over < 0)
            {
                return 0;
            }

            long delay = _settings.LoginDelayBaseMs;
            for (int i = 0; i < over && delay < _settings.LoginDelayMaxMs; i++)
            {
                delay *= 2;
            }

            return delay < _settings.LoginDelayMaxMs ? delay : _settings.LoginDelayMaxMs;
        }

        private int IndexOf(string key)
        {
            for (int i = 0; i < Capacity; i++)
            {
                if (_keys[i] == key)
                {
                    return i;
                }
            }

            return -1;
        }

        private int FreeSlot()
        {
            int stalest = 0;
            for (int i = 0; i < Capacity; i++)
            {
                if (_keys[i] == null)
                {
                    return i;
                }

                if (_lastFailureMs[i] < _lastFailureMs[stalest])
                {
                    stalest = i;
                }
            }

            return stalest;
        }
    }
}
