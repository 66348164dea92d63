using ChatFirmware.Core.Security;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.Core.Accounts
{
    /// <summary>
    /// What the login throttle remembers of one account (in memory only): its failed attempts, its
    /// budget of successful logins (each writes flash), and the addresses its person logged in from
    /// lately, which are exempt from the account's delay. One object with its fields inline: on
    /// nanoCLR every object and field is a heap block, and a record made of a failure count, a token
    /// bucket and two arrays took about 300 bytes per person logged in (docs/device.md, "Heap"). The
    /// failure count comes with the first failure, the arrays with a second trusted address.
    /// </summary>
    public sealed class AccountLoginRecord
    {
        private FailureCount _failures;
        private int _successTokens;
        private long _successRefilledAtMs;

        // The newest trusted address, and the older ones (MaxSessionsPerUser in all) once there are any,
        // as AddressKeys (0: none); the older ones in pairs: key, then when it was trusted.
        private long _address;
        private long _addressAtMs;
        private long[] _older;

        public AccountLoginRecord(int userId, ChatSettings settings, long nowMs)
        {
            UserId = userId;
            _successTokens = settings.LoginSuccessBurst;
            _successRefilledAtMs = nowMs;
        }

        public int UserId { get; private set; }

        /// <summary>Milliseconds until the account's next attempt may be checked (0: now).</summary>
        public long FailureWaitMs(long nowMs, ChatSettings settings)
        {
            return _failures == null ? 0 : _failures.WaitMs(nowMs, settings);
        }

        public void RecordFailure(long nowMs, ChatSettings settings)
        {
            if (_failures == null)
            {
                _failures = new FailureCount();
            }

            _failures.Record(nowMs, settings);
        }

        public void ClearFailures()
        {
            _failures = null;
        }

        /// <summary>Takes one successful login from the budget if there is one.</summary>
        public bool TryTakeSuccess(long nowMs, ChatSettings settings)
        {
            RefillSuccesses(nowMs, settings);
            if (_successTokens <= 0)
            {
                return false;
            }

            _successTokens--;
            return true;
        }

        /// <summary>Milliseconds until the budget holds a successful login again (0: now).</summary>
        public long SuccessWaitMs(long nowMs, ChatSettings settings)
        {
            RefillSuccesses(nowMs, settings);
            return _successTokens > 0 ? 0 : _successRefilledAtMs + RefillMs(settings) - nowMs;
        }

        public bool Trusts(long address, long nowMs, ChatSettings settings)
        {
            if (_address == address && IsRecent(_addressAtMs, nowMs, settings))
            {
                return true;
            }

            for (int i = 0; _older != null && i < _older.Length; i += 2)
            {
                if (_older[i] == address && IsRecent(_older[i + 1], nowMs, settings))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Trusts the address from now on; a different newest address moves to the older ones, in place
        /// of the new address's own older entry, of its own, of a free one or of the oldest.
        /// </summary>
        public void Trust(long address, long nowMs, ChatSettings settings)
        {
            if (_address != 0 && _address != address && settings.MaxSessionsPerUser > 1)
            {
                KeepOlder(_address, _addressAtMs, address, settings.MaxSessionsPerUser - 1);
            }

            _address = address;
            _addressAtMs = nowMs;
        }

        /// <summary>Nothing to remember any more: no pending failures, a full success budget, no address trusted.</summary>
        public bool IsBlank(long nowMs, ChatSettings settings)
        {
            RefillSuccesses(nowMs, settings);
            if ((_failures != null && !_failures.IsForgiven(nowMs, settings)) || _successTokens < settings.LoginSuccessBurst)
            {
                return false;
            }

            if (_address != 0 && IsRecent(_addressAtMs, nowMs, settings))
            {
                return false;
            }

            for (int i = 0; _older != null && i < _older.Length; i += 2)
            {
                if (_older[i] != 0 && IsRecent(_older[i + 1], nowMs, settings))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsRecent(long atMs, long nowMs, ChatSettings settings)
        {
            return nowMs - atMs <= settings.LoginTrustedAddressMs;
        }

        private static long RefillMs(ChatSettings settings)
        {
            return settings.LoginSuccessRefillMs < 1 ? 1 : settings.LoginSuccessRefillMs;
        }

        private void RefillSuccesses(long nowMs, ChatSettings settings)
        {
            TokenBucket.Refill(ref _successTokens, ref _successRefilledAtMs, settings.LoginSuccessBurst, RefillMs(settings), nowMs);
        }

        private void KeepOlder(long address, long atMs, long becomingNewest, int slots)
        {
            if (_older == null)
            {
                _older = new long[slots * 2];
            }

            int slot = IndexOfOlder(becomingNewest);
            if (slot < 0)
            {
                slot = IndexOfOlder(address);
            }

            if (slot < 0)
            {
                slot = IndexOfOlder(0);
            }

            if (slot < 0)
            {
                slot = 0;
                for (int i = 2; i < _older.Length; i += 2)
                {
                    if (_older[i + 1] < _older[slot + 1])
                    {
                        slot = i;
                    }
                }
            }

            _older[slot] = address;
            _older[slot + 1] = atMs;
        }

        private int IndexOfOlder(long address)
        {
            for (int i = 0; i < _older.Length; i += 2)
            {
                if (_older[i] == address)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
