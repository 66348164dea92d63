using ChatFirmware.Core.Security;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.Core.Accounts
{
    /// <summary>
    /// Slows password guessing (docs/accounts.md). Three counts, none of which an attacker can push
    /// out of memory: per account (by user id, however the login named it), per client address (a
    /// fixed table whose entries are only reused once forgiven; an overflow count beyond it), and
    /// across the board (a token bucket of failures, since each costs a PBKDF2 on the board). An
    /// address the person logged in from lately is exempt from the account's count and the global
    /// budget, so someone else's guessing never locks a person out of their own devices. Also keeps
    /// each account's budget of successful logins, which write flash.
    /// </summary>
    public sealed class LoginThrottle
    {
        private readonly ChatSettings _settings;
        private readonly AccountLoginRecord[] _accounts;
        private readonly AddressFailures _addresses;
        private readonly TokenBucket _global;
        private readonly long _addressSalt;

        public LoginThrottle(ChatSettings settings, long nowMs)
            : this(settings, nowMs, 0)
        {
        }

        /// <param name="addressSalt">Random for each boot: seeds the digests of addresses that are not IPv4 (<see cref="AddressKeys"/>).</param>
        public LoginThrottle(ChatSettings settings, long nowMs, long addressSalt)
        {
            _settings = settings;
            _addressSalt = addressSalt;
            // Records exist only for real accounts and are dropped with them; twice the accounts leaves room
            // for records still waiting to be forgiven after a deletion.
            _accounts = new AccountLoginRecord[(settings.MaxUsers < 1 ? 1 : settings.MaxUsers) * 2];
            _addresses = new AddressFailures(settings);
            _global = new TokenBucket(settings.LoginGlobalFailureBurst, settings.LoginGlobalFailureRefillMs, nowMs);
        }

        /// <summary>
        /// Milliseconds until an attempt at account <paramref name="userId"/> (0: the login named no
        /// account) from <paramref name="address"/> may be checked (0: now).
        /// </summary>
        public long WaitMs(int userId, string address, long nowMs)
        {
            AccountLoginRecord account = Find(userId);
            bool trusted = account != null && account.Trusts(AddressKeys.Of(address, _addressSalt), nowMs, _settings);
            long wait = _addresses.WaitMs(address, nowMs, trusted);
            if (!trusted)
            {
                wait = Max(wait, account == null ? 0 : account.FailureWaitMs(nowMs, _settings));
                wait = Max(wait, _global.WaitMs(nowMs));
            }

            return wait;
        }

        public void RecordFailure(int userId, string address, long nowMs)
        {
            _addresses.RecordFailure(address, nowMs);
            _global.Take(nowMs);
            AccountLoginRecord account = FindOrAdd(userId, nowMs);
            if (account != null)
            {
                account.RecordFailure(nowMs, _settings);
            }
        }

        /// <summary>
        /// Takes one successful login (or password change) from the account's budget; when it is spent,
        /// false and <paramref name="waitMs"/> until the next.
        /// </summary>
        public bool TryTakeSuccess(int userId, long nowMs, out long waitMs)
        {
            AccountLoginRecord account = FindOrAdd(userId, nowMs);
            waitMs = account == null ? 0 : account.SuccessWaitMs(nowMs, _settings);
            return account == null || account.TryTakeSuccess(nowMs, _settings);
        }

        /// <summary>The right password from this address: the account's failures are cleared and the address trusted.</summary>
        public void RecordSuccess(int userId, string address, long nowMs)
        {
            AccountLoginRecord account = FindOrAdd(userId, nowMs);
            if (account != null)
            {
                account.ClearFailures();
                account.Trust(AddressKeys.Of(address, _addressSalt), nowMs, _settings);
            }
        }

        /// <summary>The account was deleted: its record goes (ids are never reused).</summary>
        public void Forget(int userId)
        {
            for (int i = 0; i < _accounts.Length; i++)
            {
                if (_accounts[i] != null && _accounts[i].UserId == userId)
                {
                    _accounts[i] = null;
                }
            }
        }

        /// <summary>Factory reset: ids start again at 1, so nothing of the old accounts may stay.</summary>
        public void Clear()
        {
            for (int i = 0; i < _accounts.Length; i++)
            {
                _accounts[i] = null;
            }

            _addresses.Clear();
        }

        private AccountLoginRecord Find(int userId)
        {
            for (int i = 0; i < _accounts.Length; i++)
            {
                if (_accounts[i] != null && _accounts[i].UserId == userId)
                {
                    return _accounts[i];
                }
            }

            return null;
        }

        /// <summary>
        /// The account's record, made when missing in a free or blank slot; null for no account, or when
        /// every slot holds a live record (only when far more accounts than MaxUsers are stored): such an
        /// account is then guarded by the address and global counts alone.
        /// </summary>
        private AccountLoginRecord FindOrAdd(int userId, long nowMs)
        {
            if (userId <= 0)
            {
                return null;
            }

            AccountLoginRecord account = Find(userId);
            if (account != null)
            {
                return account;
            }

            for (int i = 0; i < _accounts.Length; i++)
            {
                if (_accounts[i] == null || _accounts[i].IsBlank(nowMs, _settings))
                {
                    _accounts[i] = new AccountLoginRecord(userId, _settings, nowMs);
                    return _accounts[i];
                }
            }

            return null;
        }

        private static long Max(long a, long b)
        {
            return a > b ? a : b;
        }
    }
}
