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
            _throttle = new LoginThrottle(settings, uptime.UptimeMilliseconds, AddressKeys.NewSalt(random));
        }

        public UserTable Users
        {
            get { return _store.Users; }
        }

        public SessionTable Sessions
        {
            get { return _store.Sessions; }
        }

        /// <summary>
        /// Creates an account. A full chat says so before anything else is looked at; a name taken or
        /// looking like a taken one is refused at once (names are public); whether an email is taken is
        /// answered only after the hashing a real registration costs, and counts as a failure against
        /// the address's and the global login budgets, so emails cannot be enumerated fast.
        /// </summary>
        public AccountResult Register(string rawName, string rawEmail, string password, string clientAddress)
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
                AccountResult refusal = CheckRoomFor(name);
                if (refusal != null)
                {
                    return refusal;
                }

                long wait = _throttle.WaitMs(0, clientAddress, _uptime.UptimeMilliseconds);
                if (wait > 0)
                {
                    return Throttled(wait);
                }
            }

            byte[] salt = _hasher.NewSalt();
            byte[] hash = _hasher.Hash(password, salt, _settings.Pbkdf2Iterations);
            lock (_state)
            {
                // Checked again: another registration may have finished while this one was hashing.
                AccountResult refusal = CheckRoomFor(name);
                if (refusal != null)
                {
                    return refusal;
                }

                UserTable users = _store.Users;
                if (users.FindByEmail(email) != null)
                {
                    _throttle.RecordFailure(0, clientAddress, _uptime.UptimeMilliseconds);
                    return AccountResult.Fail(AccountResult.Duplicate, "An account with this email address already exists.");
                }

                bool firstUser = users.Count == 0;
                users.Add(new User(users.LastId + 1, name, email, salt, hash, _settings.Pbkdf2Iterations, firstUser));
                if (!_store.TryCommit())
                {
                    return AccountResult.Fail(AccountResult.StoreFailed, StoreFailedMessage);
                }

                return new AccountResult(AccountResult.Ok, firstUser ? "Account created. You are the administrator of this chat." : "Account created. You can log in now.");
            }
        }

        /// <summary>
        /// Checks the password and starts a session. Throttled per account, per address and across the
        /// board before any hashing (LoginThrottle); a password longer than registration accepts is
        /// refused unhashed (PBKDF2 rehashes a key over 64 bytes in every round); a successful login
        /// spends the account's budget of logins (each writes flash).
        /// </summary>
        public AccountResult Login(string login, string password, string clientAddress)
        {
            string key = login == null ? string.Empty : TextRules.FoldCase(TextRules.TrimSpaces(login));
            byte[] salt;
            byte[] expected;
            int iterations;
            int userId;
            lock (_state)
            {
                User user = key.Length == 0 ? null : _store.Users.FindByLogin(key);
                userId = user == null ? 0 : user.Id;
                AccountResult refusal = AdmitPasswordCheck(userId, clientAddress, password, "Wrong email, name or password.");
                if (refusal != null)
                {
                    return refusal;
                }

                salt = user == null ? DecoySalt : user.Salt;
                expected = user == null ? null : user.PasswordHash;
                iterations = user == null ? _settings.Pbkdf2Iterations : user.Iterations;
            }

            // A missing account costs the same hashing as a real one, so timing does not reveal which names exist.
            bool matches = _hasher.Verify(password, salt, iterations, expected ?? new byte[User.HashBytes]) && expected != null;
            lock (_state)
            {
                long now = _uptime.UptimeMilliseconds;
                User user = _store.Users.FindById(userId);
                if (!matches || user == null || user.PasswordHash != expected)
                {
                    _throttle.RecordFailure(userId, clientAddress, now);
                    return AccountResult.Fail(AccountResult.BadCredentials, "Wrong email, name or password.");
                }

                long wait;
                if (!_throttle.TryTakeSuccess(user.Id, now, out wait))
                {
                    return Throttled(wait, "This account logged in too often in a short while; to spare the chat's flash memory, please wait " + SecondsFor(wait) + " seconds.");
                }

                _throttle.RecordSuccess(user.Id, clientAddress, now);
                byte[] token = _tokens.NewToken();
                Session evicted = _store.Sessions.Add(new Session(_tokens.Hash(token), user.Id, now, now), _settings.MaxSessionsPerUser);
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
        /// Changes the password of the session's user after checking the current one (throttled like a
        /// login). Every other session of the user ends (a changed password must lock out whoever knew
        /// the old one). Nothing is hashed for a request without a live session.
        /// </summary>
        public AccountResult ChangePassword(string cookieToken, string currentPassword, string newPassword, string clientAddress)
        {
            string problem = AccountRules.CheckPassword(newPassword, _settings);
            if (problem != null)
            {
                return AccountResult.Fail(AccountResult.Invalid, problem);
            }

            AccountResult checkedUser = VerifyPassword(cookieToken, currentPassword, clientAddress);
            if (!checkedUser.Succeeded)
            {
                return checkedUser;
            }

            byte[] salt = _hasher.NewSalt();
            byte[] hash = _hasher.Hash(newPassword, salt, _settings.Pbkdf2Iterations);
            lock (_state)
            {
                Session session = FindSession(cookieToken);
                User user = session == null ? null : _store.Users.FindById(session.UserId);
                if (user == null)
                {
                    return AccountResult.Fail(AccountResult.BadCredentials, "Your session ended. Please log in again.");
                }

                long wait;
                if (!_throttle.TryTakeSuccess(user.Id, _uptime.UptimeMilliseconds, out wait))
                {
                    return Throttled(wait, "This account changed its password or logged in too often in a short while; to spare the chat's flash memory, please wait " + SecondsFor(wait) + " seconds.");
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
        public AccountResult DeleteOwnAccount(string cookieToken, string password, string clientAddress)
        {
            AccountResult checkedUser = VerifyPassword(cookieToken, password, clientAddress);
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
                _throttle.Clear();
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

        /// <summary>
        /// Marks the session used now, when it is still live: a chat connection in use keeps its session
        /// from the idle timeout. Call under the state lock.
        /// </summary>
        public void MarkUsed(byte[] tokenHash)
        {
            Session session = _store.Sessions.Find(tokenHash);
            long now = _uptime.UptimeMilliseconds;
            if (session != null && !SessionTable.IsExpired(session, now, _settings.SessionIdleTimeoutMs, _settings.SessionAbsoluteTimeoutMs))
            {
                session.LastUsedMs = now;
            }
        }

        /// <summary>
        /// Checks the session user's password (PBKDF2 outside the lock), throttled as a login of that
        /// account from that address; Ok or a refusal. Without a live session nothing is hashed.
        /// </summary>
        private AccountResult VerifyPassword(string cookieToken, string password, string clientAddress)
        {
            byte[] salt;
            byte[] expected;
            int iterations;
            int userId;
            lock (_state)
            {
                Session session = FindSession(cookieToken);
                User user = session == null ? null : _store.Users.FindById(session.UserId);
                if (user == null)
                {
                    return AccountResult.Fail(AccountResult.BadCredentials, "Your session ended. Please log in again.");
                }

                userId = user.Id;
                AccountResult refusal = AdmitPasswordCheck(userId, clientAddress, password, "The current password is not correct.");
                if (refusal != null)
                {
                    return refusal;
                }

                salt = user.Salt;
                expected = user.PasswordHash;
                iterations = user.Iterations;
            }

            if (!_hasher.Verify(password, salt, iterations, expected))
            {
                lock (_state)
                {
                    _throttle.RecordFailure(userId, clientAddress, _uptime.UptimeMilliseconds);
                }

                return AccountResult.Fail(AccountResult.BadCredentials, "The current password is not correct.");
            }

            return new AccountResult(AccountResult.Ok, null);
        }

        /// <summary>
        /// Whether a password for account <paramref name="userId"/> (0: none) from this address may be
        /// hashed now: null when it may, else the refusal (throttled; or too long to be one registration
        /// could set, which is refused unhashed and counts as a failure). Call under the state lock.
        /// </summary>
        private AccountResult AdmitPasswordCheck(int userId, string clientAddress, string password, string wrongMessage)
        {
            long now = _uptime.UptimeMilliseconds;
            long wait = _throttle.WaitMs(userId, clientAddress, now);
            if (wait > 0)
            {
                return Throttled(wait);
            }

            if (!AccountRules.IsCheckablePassword(password, _settings))
            {
                _throttle.RecordFailure(userId, clientAddress, now);
                return AccountResult.Fail(AccountResult.BadCredentials, wrongMessage);
            }

            return null;
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

            _throttle.Forget(userId);

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

        /// <summary>Full, or the name taken or looking like a taken one: the refusal; else null. Emails are checked apart.</summary>
        private AccountResult CheckRoomFor(string name)
        {
            UserTable users = _store.Users;
            if (users.IsFull)
            {
                return AccountResult.Fail(AccountResult.Full, "This chat is full (" + users.Count + " of " + users.Limit + " accounts).");
            }

            if (users.FindByName(name) != null)
            {
                return AccountResult.Fail(AccountResult.Duplicate, "The name \"" + name + "\" is already taken.");
            }

            User lookAlike = users.FindLookAlike(name);
            if (lookAlike != null)
            {
                return AccountResult.Fail(AccountResult.Duplicate, "The name \"" + name + "\" looks too much like \"" + lookAlike.Name + "\", who is already here. Please choose another.");
            }

            return null;
        }

        private static AccountResult Throttled(long waitMs)
        {
            return Throttled(waitMs, "Too many failed attempts. Please wait " + SecondsFor(waitMs) + " seconds and try again.");
        }

        private static AccountResult Throttled(long waitMs, string message)
        {
            AccountResult throttled = AccountResult.Fail(AccountResult.Throttled, message);
            throttled.RetryAfterSeconds = SecondsFor(waitMs);
            return throttled;
        }

        private static int SecondsFor(long ms)
        {
            return (int)((ms + 999) / 1000);
        }
    }
}
