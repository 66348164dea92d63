using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Sessions;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Accounts
{
    /// <summary>
    /// Registration, login, logout and session lookup over the account store. Entered from several
    /// threads: state is touched only under the shared state lock, while the slow PBKDF2 runs outside
    /// it so that a login does not stall the chat.
    /// </summary>
    public sealed class AccountService
    {
        private const string StoreFailedMessage = "The chat could not save your change (flash storage error). Please try again in a moment.";
        private static readonly byte[] DecoySalt = new byte[User.SaltBytes];
        private readonly object _state;
        private readonly ChatSettings _settings;
        private readonly AccountStore _store;
        private readonly PasswordHasher _hasher;
        private readonly SessionTokens _tokens;
        private readonly LoginThrottle _throttle;
        private readonly IUptimeClock _uptime;

        public AccountService(object stateLock, ChatSettings settings, AccountStore store, IHmacSha256 hmac, IRandomSource random, IUptimeClock uptime)
        {
            _state = stateLock;
            _settings = settings;
            _store = store;
            _uptime = uptime;
            _hasher = new PasswordHasher(hmac, random);
            _tokens = new SessionTokens(random, hmac);
            _throttle = new LoginThrottle(settings);
        }

        public UserTable Users
        {
            get { return _store.Users; }
        }

        public SessionTable Sessions
        {
            get { return _store.Sessions; }
        }

        public AccountResult Register(string rawName, string rawEmail, string password)
        {
            string name = AccountRules.NormalizeName(rawName);
            string email = AccountRules.NormalizeEmail(rawEmail);
            string problem = AccountRules.CheckName(name, _settings) ?? AccountRules.CheckEmail(email, _settings) ?? AccountRules.CheckPassword(password, _settings);
            if (problem != null)
            {
                return AccountResult.Fail(AccountResult.Invalid, problem);
            }

            lock (_state)
            {
                AccountResult refusal = CheckRoomFor(name, email);
                if (refusal != null)
                {
                    return refusal;
                }
            }

            byte[] salt = _hasher.NewSalt();
            byte[] hash = _hasher.Hash(password, salt, _settings.Pbkdf2Iterations);
            lock (_state)
            {
                // Checked again: another registration may have finished while this one was hashing.
                AccountResult refusal = CheckRoomFor(name, email);
                if (refusal != null)
                {
                    return refusal;
                }

                UserTable users = _store.Users;
                bool firstUser = users.Count == 0;
                users.Add(new User(users.LastId + 1, name, email, salt, hash, _settings.Pbkdf2Iterations, firstUser));
                if (!_store.TryCommit())
                {
                    return AccountResult.Fail(AccountResult.StoreFailed, StoreFailedMessage);
                }

                return new AccountResult(AccountResult.Ok, firstUser ? "Account created. You are the administrator of this chat." : "Account created. You can log in now.");
            }
        }

        public AccountResult Login(string login, string password, string clientAddress)
        {
            string key = login == null ? string.Empty : TextRules.FoldCase(TextRules.TrimSpaces(login));
            string accountKey = "a:" + key;
            string addressKey = "c:" + clientAddress;
            byte[] salt;
            byte[] expected;
            int iterations;
            int userId;
            lock (_state)
            {
                long now = _uptime.UptimeMilliseconds;
                long wait = Max(_throttle.WaitMs(accountKey, now), _throttle.WaitMs(addressKey, now));
                if (wait > 0)
                {
                    AccountResult throttled = AccountResult.Fail(AccountResult.Throttled, "Too many failed logins. Please wait " + SecondsFor(wait) + " seconds and try again.");
                    throttled.RetryAfterSeconds = SecondsFor(wait);
                    return throttled;
                }

                User user = key.Length == 0 ? null : _store.Users.FindByLogin(key);
                userId = user == null ? -1 : user.Id;
                salt = user == null ? DecoySalt : user.Salt;
                expected = user == null ? null : user.PasswordHash;
                iterations = user == null ? _settings.Pbkdf2Iterations : user.Iterations;
            }

            // A missing account costs the same hashing as a real one, so timing does not reveal which names exist.
            bool matches = _hasher.Verify(password ?? string.Empty, salt, iterations, expected ?? new byte[User.HashBytes]) && expected != null;
            lock (_state)
            {
                long now = _uptime.UptimeMilliseconds;
                User user = _store.Users.FindById(userId);
                if (!matches || user == null || user.PasswordHash != expected)
                {
                    _throttle.RecordFailure(accountKey, now);
                    _throttle.RecordFailure(addressKey, now);
                    return AccountResult.Fail(AccountResult.BadCredentials, "Wrong email, name or password.");
                }

                _throttle.Reset(accountKey);
                _throttle.Reset(addressKey);
                byte[] token = _tokens.NewToken();
                Session evicted = _store.Sessions.Add(new Session(_tokens.Hash(token), user.Id, now, now));
                if (!_store.TryCommit())
                {
                    return AccountResult.Fail(AccountResult.StoreFailed, StoreFailedMessage);
                }

                AccountResult result = new AccountResult(AccountResult.Ok, "Welcome, " + user.Name + ".");
                result.Token = SessionTokens.Format(token);
                if (evicted != null)
                {
                    result.EndedSessions = new byte[][] { evicted.TokenHash };
                }

                return result;
            }
        }

        /// <summary>Ends the session named by the cookie token (if any); returns its token hash, or null.</summary>
        public AccountResult Logout(string cookieToken)
        {
            lock (_state)
            {
                Session session = FindSession(cookieToken);
                if (session == null)
                {
                    return new AccountResult(AccountResult.Ok, "You are logged out.");
                }

                _store.Sessions.Remove(session);
                if (!_store.TryCommit())
                {
                    return AccountResult.Fail(AccountResult.StoreFailed, StoreFailedMessage);
                }

                AccountResult result = new AccountResult(AccountResult.Ok, "You are logged out.");
                result.EndedSessions = new byte[][] { session.TokenHash };
                return result;
            }
        }

        /// <summary>
        /// Changes the password of the session's user after checking the current one. Every other
        /// session of the user ends (a changed password must lock out whoever knew the old one).
        /// </summary>
        public AccountResult ChangePassword(string cookieToken, string currentPassword, string newPassword)
        {
            string problem = AccountRules.CheckPassword(newPassword, _settings);
            if (problem != null)
            {
                return AccountResult.Fail(AccountResult.Invalid, problem);
            }

            byte[] salt = _hasher.NewSalt();
            byte[] hash = _hasher.Hash(newPassword, salt, _settings.Pbkdf2Iterations);
            AccountResult checkedUser = VerifyPassword(cookieToken, currentPassword);
            if (!checkedUser.Succeeded)
            {
                return checkedUser;
            }

            lock (_state)
            {
                Session session = FindSession(cookieToken);
                User user = session == null ? null : _store.Users.FindById(session.UserId);
                if (user == null)
                {
                    return AccountResult.Fail(AccountResult.BadCredentials, "Your session ended. Please log in again.");
                }

                byte[][] ended = EndSessionsOf(user.Id, session);
                user.SetPassword(salt, hash, _settings.Pbkdf2Iterations);
                if (!_store.TryCommit())
                {
                    return AccountResult.Fail(AccountResult.StoreFailed, StoreFailedMessage);
                }

                AccountResult result = new AccountResult(AccountResult.Ok, "Your password was changed. Other devices were logged out.");
                result.EndedSessions = ended;
                return result;
            }
        }

        /// <summary>Ends every session of the session's user, this one included.</summary>
        public AccountResult LogoutEverywhere(string cookieToken)
        {
            lock (_state)
            {
                Session session = FindSession(cookieToken);
                if (session == null)
                {
                    return new AccountResult(AccountResult.Ok, "You are logged out.");
                }

                byte[][] ended = EndSessionsOf(session.UserId, null);
                if (!_store.TryCommit())
                {
                    return AccountResult.Fail(AccountResult.StoreFailed, StoreFailedMessage);
                }

                AccountResult result = new AccountResult(AccountResult.Ok, "You are logged out on every device.");
                result.EndedSessions = ended;
                return result;
            }
        }

        /// <summary>Deletes the session's own account after checking its password. The last administrator cannot.</summary>
        public AccountResult DeleteOwnAccount(string cookieToken, string password)
        {
            AccountResult checkedUser = VerifyPassword(cookieToken, password);
            if (!checkedUser.Succeeded)
            {
                return checkedUser;
            }

            lock (_state)
            {
                Session session = FindSession(cookieToken);
                return session == null ? AccountResult.Fail(AccountResult.BadCredentials, "Your session ended. Please log in again.") : DeleteUserLocked(session.UserId);
            }
        }

        /// <summary>An administrator deletes an account (not the last administrator's).</summary>
        public AccountResult DeleteUser(int userId)
        {
            lock (_state)
            {
                return DeleteUserLocked(userId);
            }
        }

        /// <summary>Grants or withdraws the administrator role; the last administrator keeps it.</summary>
        public AccountResult SetAdministrator(int userId, bool isAdmin)
        {
            lock (_state)
            {
                User user = _store.Users.FindById(userId);
                if (user == null)
                {
                    return AccountResult.Fail(AccountResult.Invalid, "There is no such account.");
                }

                if (!isAdmin && user.IsAdmin && _store.Users.AdminCount() == 1)
                {
                    return AccountResult.Fail(AccountResult.NotAllowed, "The last administrator cannot lose the role; make someone else administrator first.");
                }

                if (user.IsAdmin == isAdmin)
                {
                    return new AccountResult(AccountResult.Ok, "Nothing changed.");
                }

                user.IsAdmin = isAdmin;
                if (!_store.TryCommit())
                {
                    return AccountResult.Fail(AccountResult.StoreFailed, StoreFailedMessage);
                }

                return new AccountResult(AccountResult.Ok, isAdmin ? user.Name + " is now an administrator." : user.Name + " is no longer an administrator.");
            }
        }

        /// <summary>An administrator ends one session, named by its label.</summary>
        public AccountResult EndSession(string label)
        {
            lock (_state)
            {
                SessionTable sessions = _store.Sessions;
                for (int i = 0; i < sessions.Count; i++)
                {
                    Session session = sessions[i];
                    if (session.Label == label)
                    {
                        sessions.Remove(session);
                        if (!_store.TryCommit())
                        {
                            return AccountResult.Fail(AccountResult.StoreFailed, StoreFailedMessage);
                        }

                        AccountResult result = new AccountResult(AccountResult.Ok, "The session was ended.");
                        result.EndedSessions = new byte[][] { session.TokenHash };
                        return result;
                    }
                }

                return AccountResult.Fail(AccountResult.Invalid, "That session no longer exists.");
            }
        }

        /// <summary>Factory reset of the accounts: every user and session, in memory and on flash.</summary>
        public void EraseAll()
        {
            lock (_state)
            {
                _store.Erase();
            }
        }

        /// <summary>
        /// The live session for a cookie token, marked as used now, or null. Call under the state lock.
        /// An expired session is refused but left in the table: the next Tick removes it and closes its
        /// chat sockets (removing it here would leave those sockets open for good). Flash catches up at
        /// the next write, and a reboot re-checks the absolute lifetime from the stored age.
        /// </summary>
        public Session Authenticate(string cookieToken)
        {
            Session session = FindSession(cookieToken);
            if (session == null)
            {
                return null;
            }

            long now = _uptime.UptimeMilliseconds;
            if (SessionTable.IsExpired(session, now, _settings.SessionIdleTimeoutMs, _settings.SessionAbsoluteTimeoutMs))
            {
                return null;
            }

            session.LastUsedMs = now;
            return session;
        }

        /// <summary>The session with this token hash if it is still live (no expiry check, no touch). Call under the state lock.</summary>
        public Session FindByHash(byte[] tokenHash)
        {
            return _store.Sessions.Find(tokenHash);
        }

        /// <summary>Checks the session user's password (PBKDF2 outside the lock); Ok or a refusal.</summary>
        private AccountResult VerifyPassword(string cookieToken, string password)
        {
            byte[] salt;
            byte[] expected;
            int iterations;
            lock (_state)
            {
                Session session = FindSession(cookieToken);
                User user = session == null ? null : _store.Users.FindById(session.UserId);
                if (user == null)
                {
                    return AccountResult.Fail(AccountResult.BadCredentials, "Your session ended. Please log in again.");
                }

                salt = user.Salt;
                expected = user.PasswordHash;
                iterations = user.Iterations;
            }

            if (!_hasher.Verify(password ?? string.Empty, salt, iterations, expected))
            {
                return AccountResult.Fail(AccountResult.BadCredentials, "The current password is not correct.");
            }

            return new AccountResult(AccountResult.Ok, null);
        }

        private AccountResult DeleteUserLocked(int userId)
        {
            User user = _store.Users.FindById(userId);
            if (user == null)
            {
                return AccountResult.Fail(AccountResult.Invalid, "There is no such account.");
            }

            if (user.IsAdmin && _store.Users.AdminCount() == 1)
            {
                return AccountResult.Fail(AccountResult.NotAllowed, "The last administrator cannot be deleted; make someone else administrator first.");
            }

            byte[][] ended = EndSessionsOf(userId, null);
            _store.Users.Remove(userId);
            if (!_store.TryCommit())
            {
                return AccountResult.Fail(AccountResult.StoreFailed, StoreFailedMessage);
            }

            AccountResult result = new AccountResult(AccountResult.Ok, "The account of " + user.Name + " was deleted.");
            result.EndedSessions = ended;
            return result;
        }

        /// <summary>Removes the user's sessions except <paramref name="keep"/>; returns their token hashes.</summary>
        private byte[][] EndSessionsOf(int userId, Session keep)
        {
            SessionTable sessions = _store.Sessions;
            int count = 0;
            for (int i = 0; i < sessions.Count; i++)
            {
                if (sessions[i].UserId == userId && sessions[i] != keep)
                {
                    count++;
                }
            }

            byte[][] ended = new byte[count][];
            int n = 0;
            for (int i = sessions.Count - 1; i >= 0; i--)
            {
                Session session = sessions[i];
                if (session.UserId == userId && session != keep)
                {
                    ended[n++] = session.TokenHash;
                    sessions.Remove(session);
                }
            }

            return ended;
        }

        private Session FindSession(string cookieToken)
        {
            byte[] token = SessionTokens.Parse(cookieToken);
            return token == null ? null : _store.Sessions.Find(_tokens.Hash(token));
        }

        private AccountResult CheckRoomFor(string name, string email)
        {
            UserTable users = _store.Users;
            if (users.FindByName(name) != null)
            {
                return AccountResult.Fail(AccountResult.Duplicate, "The name \"" + name + "\" is already taken.");
            }

            if (users.FindByEmail(email) != null)
            {
                return AccountResult.Fail(AccountResult.Duplicate, "An account with this email address already exists.");
            }

            if (users.IsFull)
            {
                return AccountResult.Fail(AccountResult.Full, "This chat is full (" + users.Count + " of " + users.Capacity + " accounts).");
            }

            return null;
        }

        private static long Max(long a, long b)
        {
            return a > b ? a : b;
        }

        private static int SecondsFor(long ms)
        {
            return (int)((ms + 999) / 1000);
        }
    }
}
