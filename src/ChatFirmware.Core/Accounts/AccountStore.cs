using System;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Sessions;
using ChatFirmware.Core.Storage;

namespace ChatFirmware.Core.Accounts
{
    /// <summary>
    /// Users and sessions with their flash persistence. A change is acknowledged only after
    /// <see cref="TryCommit"/> put it on flash; if the write fails, memory is rolled back to the last
    /// committed state, so what the user was told always matches what a reboot will find.
    /// </summary>
    public sealed class AccountStore
    {
        private readonly SlotStore _slots;
        private readonly IUptimeClock _uptime;
        private readonly IRandomSource _random;
        private readonly ILog _log;
        private readonly int _maxUsers;
        // The last committed state as a whole slot image (the very array written to flash, so keeping
        // it costs no copy); a failed write rolls memory back to it.
        private byte[] _committed;
        private long _committedAtMs;

        public AccountStore(IFlashFiles files, IUptimeClock uptime, IRandomSource random, ILog log, int maxUsers, int maxSessions)
        {
            _uptime = uptime;
            _random = random;
            _log = log;
            _maxUsers = maxUsers;
            _slots = new SlotStore(files, log, "accounts", AccountsImage.Kind);
            Users = new UserTable(maxUsers);
            Sessions = new SessionTable(maxSessions);
        }

        public UserTable Users { get; private set; }

        /// <summary>
        /// The id epoch: user ids are unique within it. Chosen afresh (at random, never 0) whenever the
        /// accounts start empty, when ids start again at 1; 0 for accounts that came from format 1. The
        /// history records it, so that it can tell messages of lost accounts from those of their successors.
        /// </summary>
        public uint IdEpoch { get; private set; }

        public SessionTable Sessions { get; private set; }

        /// <summary>Image writes that reached flash since start (wear accounting).</summary>
        public int FlashWrites
        {
            get { return _slots.WriteCount; }
        }

        public void Load()
        {
            int version;
            byte[] image = _slots.LoadImage(out version);
            long now = _uptime.UptimeMilliseconds;
            bool loaded = false;
            if (image != null)
            {
                int stored = AccountsImage.StoredUserCount(image, SlotImage.HeaderBytes, SlotImage.PayloadLength(image), version);
                if (stored > _maxUsers)
                {
                    // MaxUsers was lowered: every stored account is kept (none is dropped, and a later write
                    // must not overwrite them); registration stays closed until fewer than MaxUsers remain.
                    _log.Warn("accounts: " + stored + " stored accounts, more than MaxUsers (" + _maxUsers + "): all kept, no registration until fewer remain");
                    Users = new UserTable(stored, _maxUsers);
                }

                try
                {
                    IdEpoch = AccountsImage.Decode(image, SlotImage.HeaderBytes, SlotImage.PayloadLength(image), version, Users, Sessions, now, true);
                    loaded = true;
                }
                catch (CorruptImageException e)
                {
                    _log.Warn("accounts: stored image unreadable (" + e.Message + "); starting empty");
                    Users.Clear();
                    Sessions.Clear();
                }
            }

            if (!loaded)
            {
                IdEpoch = NewIdEpoch();
            }

            _committed = Snapshot(now);
            _committedAtMs = now;
            _log.Info("accounts: " + Users.Count + " users, " + Sessions.Count + " sessions loaded");
        }

        /// <summary>
        /// Writes the current tables to flash. On failure, logs why, restores the last committed state
        /// and returns false; the caller answers 503.
        /// </summary>
        public bool TryCommit()
        {
            long now = _uptime.UptimeMilliseconds;
            try
            {
                _committed = _slots.Save(AccountsImage.FormatVersion, new AccountsImage(Users, Sessions, now, IdEpoch));
                _committedAtMs = now;
                return true;
            }
            catch (Exception e)
            {
                _log.Warn("accounts: flash write failed (" + e.Message + "); change rolled back");
                Users.Clear();
                Sessions.Clear();
                // Decoding at the instant of encoding restores every session's times exactly.
                AccountsImage.Decode(_committed, SlotImage.HeaderBytes, SlotImage.PayloadLength(_committed), AccountsImage.FormatVersion, Users, Sessions, _committedAtMs, false);
                return false;
            }
        }

        /// <summary>Factory reset: forgets every user and session, in memory and on flash.</summary>
        public void Erase()
        {
            _slots.Erase();
            Users.Clear();
            Sessions.Clear();
            IdEpoch = NewIdEpoch();
            _committedAtMs = _uptime.UptimeMilliseconds;
            _committed = Snapshot(_committedAtMs);
        }

        /// <summary>The tables as a slot image like the one on flash, to roll back to.</summary>
        private byte[] Snapshot(long nowMs)
        {
            return SlotImage.Encode(AccountsImage.Kind, AccountsImage.FormatVersion, _slots.Generation, new AccountsImage(Users, Sessions, nowMs, IdEpoch));
        }

        private uint NewIdEpoch()
        {
            byte[] bytes = new byte[4];
            uint epoch = 0;
            while (epoch == 0)
            {
                _random.Fill(bytes);
                epoch = (uint)(bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24));
            }

            return epoch;
        }
    }
}
