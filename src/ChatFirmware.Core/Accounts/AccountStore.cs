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
        private readonly ILog _log;
        // The last committed state as a whole slot image (the very array written to flash, so keeping
        // it costs no copy); a failed write rolls memory back to it.
        private byte[] _committed;
        private long _committedAtMs;

        public AccountStore(IFlashFiles files, IUptimeClock uptime, ILog log, int maxUsers, int maxSessions)
        {
            _uptime = uptime;
            _log = log;
            _slots = new SlotStore(files, log, "accounts", AccountsImage.Kind);
            Users = new UserTable(maxUsers);
            Sessions = new SessionTable(maxSessions);
        }

        public UserTable Users { get; private set; }

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
            if (image != null)
            {
                try
                {
                    AccountsImage.Decode(image, SlotImage.HeaderBytes, SlotImage.PayloadLength(image), version, Users, Sessions, now, true);
                }
                catch (CorruptImageException e)
                {
                    _log.Warn("accounts: stored image unreadable (" + e.Message + "); starting empty");
                    Users.Clear();
                    Sessions.Clear();
                }
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
                _committed = _slots.Save(AccountsImage.FormatVersion, new AccountsImage(Users, Sessions, now));
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
            _committedAtMs = _uptime.UptimeMilliseconds;
            _committed = Snapshot(_committedAtMs);
        }

        /// <summary>The tables as a slot image like the one on flash, to roll back to.</summary>
        private byte[] Snapshot(long nowMs)
        {
            return SlotImage.Encode(AccountsImage.Kind, AccountsImage.FormatVersion, _slots.Generation, new AccountsImage(Users, Sessions, nowMs));
        }
    }
}
