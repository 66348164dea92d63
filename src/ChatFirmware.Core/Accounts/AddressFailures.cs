using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Accounts
{
    /// <summary>
    /// Failed attempts per client address, in a fixed table whose entries nobody can push out: an
    /// entry is reused only once its failures are forgiven. Addresses that find the table full share
    /// one overflow count, so rotating source addresses buys an attacker nothing.
    /// </summary>
    public sealed class AddressFailures
    {
        private readonly ChatSettings _settings;
        private readonly string[] _addresses;
        private readonly FailureCount[] _counts;
        private readonly FailureCount _overflow = new FailureCount();

        public AddressFailures(ChatSettings settings)
        {
            _settings = settings;
            int capacity = settings.LoginAddressCapacity < 1 ? 1 : settings.LoginAddressCapacity;
            _addresses = StringArray.Create(capacity);
            _counts = new FailureCount[capacity];
        }

        /// <summary>
        /// The wait for <paramref name="address"/>: its own entry's, or, without one while the table is
        /// full, the overflow's (unless <paramref name="ownEntryOnly"/>: an address its person trusts).
        /// </summary>
        public long WaitMs(string address, long nowMs, bool ownEntryOnly)
        {
            int index = IndexOf(address);
            if (index >= 0)
            {
                return _counts[index].WaitMs(nowMs, _settings);
            }

            return ownEntryOnly || FreeSlot(nowMs) >= 0 ? 0 : _overflow.WaitMs(nowMs, _settings);
        }

        public void RecordFailure(string address, long nowMs)
        {
            int index = IndexOf(address);
            if (index < 0)
            {
                index = FreeSlot(nowMs);
                if (index < 0)
                {
                    _overflow.Record(nowMs, _settings);
                    return;
                }

                _addresses[index] = address;
                _counts[index] = new FailureCount();
            }

            _counts[index].Record(nowMs, _settings);
        }

        public void Clear()
        {
            StringArray.Clear(_addresses, 0, _addresses.Length);
            for (int i = 0; i < _counts.Length; i++)
            {
                _counts[i] = null;
            }

            _overflow.Clear();
        }

        private int IndexOf(string address)
        {
            for (int i = 0; i < _addresses.Length; i++)
            {
                if (_counts[i] != null && _addresses[i] == address)
                {
                    return i;
                }
            }

            return -1;
        }

        private int FreeSlot(long nowMs)
        {
            for (int i = 0; i < _counts.Length; i++)
            {
                if (_counts[i] == null || _counts[i].IsForgiven(nowMs, _settings))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
