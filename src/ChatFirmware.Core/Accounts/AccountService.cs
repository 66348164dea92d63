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
        /// The live session for a cookie token, marked as used now, or null. Call under the state lock.
        /// Expired sessions are dropped from memory; flash catches up at the next write, and a reboot
        /// re-checks the absolute lifetime from the stored age.
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
                _store.Sessions.Remove(session);
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
