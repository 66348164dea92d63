using ChatFirmware.Core.Security;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Accounts
{
    /// <summary>
    /// What the login throttle remembers of one account (in memory only): its failed attempts, its
    /// budget of successful logins (each writes flash), and the addresses its person logged in from
    /// lately, which are exempt from the account's delay.
    /// </summary>
    public sealed class AccountLoginRecord
    {
        private readonly ChatSettings _settings;
        private readonly string[] _trustedAddresses;
        private readonly long[] _trustedAtMs;

        public AccountLoginRecord(int userId, ChatSettings settings, long nowMs)
        {
            UserId = userId;
            _settings = settings;
            Failures = new FailureCount();
            Successes = new TokenBucket(settings.LoginSuccessBurst, settings.LoginSuccessRefillMs, nowMs);
            int trusted = settings.MaxSessionsPerUser < 1 ? 1 : settings.MaxSessionsPerUser;
            _trustedAddresses = StringArray.Create(trusted);
            _trustedAtMs = new long[trusted];
        }

        public int UserId { get; private set; }

        public FailureCount Failures { get; private set; }

        public TokenBucket Successes { get; private set; }

        public bool Trusts(string address, long nowMs)
        {
            for (int i = 0; i < _trustedAddresses.Length; i++)
            {
                if (_trustedAddresses[i] != null && _trustedAddresses[i] == address && nowMs - _trustedAtMs[i] <= _settings.LoginTrustedAddressMs)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Trusts the address from now on, in place of its own older entry or the oldest one.</summary>
        public void Trust(string address, long nowMs)
        {
            int slot = 0;
            for (int i = 0; i < _trustedAddresses.Length; i++)
            {
                if (_trustedAddresses[i] == null || _trustedAddresses[i] == address)
                {
                    slot = i;
                    break;
                }

                if (_trustedAtMs[i] < _trustedAtMs[slot])
                {
                    slot = i;
                }
            }

            _trustedAddresses[slot] = address;
            _trustedAtMs[slot] = nowMs;
        }

        /// <summary>Nothing to remember any more: no pending failures, a full success budget, no address trusted.</summary>
        public bool IsBlank(long nowMs)
        {
            if (!Failures.IsForgiven(nowMs, _settings) || !Successes.IsFull(nowMs))
            {
                return false;
            }

            for (int i = 0; i < _trustedAddresses.Length; i++)
            {
                if (_trustedAddresses[i] != null && nowMs - _trustedAtMs[i] <= _settings.LoginTrustedAddressMs)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
