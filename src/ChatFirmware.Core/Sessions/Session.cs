namespace ChatFirmware.Core.Sessions
{
    /// <summary>
    /// A logged-in browser. Only a hash of its token is kept (in memory and on flash), so reading the
    /// flash does not let anyone in. Times are on the uptime clock.
    /// </summary>
    public sealed class Session
    {
        public Session(byte[] tokenHash, int userId, long createdMs, long lastUsedMs)
        {
            TokenHash = tokenHash;
            UserId = userId;
            CreatedMs = createdMs;
            LastUsedMs = lastUsedMs;
        }

        public byte[] TokenHash { get; private set; }

        public int UserId { get; private set; }

        public long CreatedMs { get; private set; }

        public long LastUsedMs { get; set; }

        /// <summary>A short, non-secret label for pages and logs (first bytes of the token hash).</summary>
        public string Label
        {
            get { return Core.Text.Hex.Encode(TokenHash, 0, 4); }
        }
    }
}
