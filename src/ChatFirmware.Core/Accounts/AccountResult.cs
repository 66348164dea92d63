namespace ChatFirmware.Core.Accounts
{
    /// <summary>What an account operation did, with a message fit to show the person who asked.</summary>
    public sealed class AccountResult
    {
        public const int Ok = 0;
        public const int Invalid = 1;
        public const int Duplicate = 2;
        public const int Full = 3;
        public const int BadCredentials = 4;
        public const int Throttled = 5;
        public const int StoreFailed = 6;
        public const int NotAllowed = 7;

        public AccountResult(int status, string message)
        {
            Status = status;
            Message = message;
        }

        public int Status { get; private set; }

        public string Message { get; private set; }

        public bool Succeeded
        {
            get { return Status == Ok; }
        }

        /// <summary>For <see cref="Throttled"/>: seconds the client should wait.</summary>
        public int RetryAfterSeconds { get; set; }

        /// <summary>For a successful login: the new session token as the cookie carries it.</summary>
        public string Token { get; set; }

        /// <summary>Sessions that ended as a side effect (eviction, logout): their chats must close.</summary>
        public byte[][] EndedSessions { get; set; }

        public static AccountResult Fail(int status, string message)
        {
            return new AccountResult(status, message);
        }
    }
}
