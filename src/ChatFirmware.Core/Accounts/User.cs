namespace ChatFirmware.Core.Accounts
{
    /// <summary>One account as kept in memory and on flash. The password exists only as salt + PBKDF2 hash.</summary>
    public sealed class User
    {
        public const int SaltBytes = 16;
        public const int HashBytes = 32;

        public User(int id, string name, string email, byte[] salt, byte[] passwordHash, int iterations, bool isAdmin)
        {
            Id = id;
            Name = name;
            Email = email;
            Salt = salt;
            PasswordHash = passwordHash;
            Iterations = iterations;
            IsAdmin = isAdmin;
        }

        /// <summary>Never reused, so a session of a deleted account cannot match a new one.</summary>
        public int Id { get; private set; }

        public string Name { get; private set; }

        public string Email { get; private set; }

        public byte[] Salt { get; private set; }

        public byte[] PasswordHash { get; private set; }

        /// <summary>Stored per user so that raising the setting does not break existing passwords.</summary>
        public int Iterations { get; private set; }

        public bool IsAdmin { get; set; }

        public void SetPassword(byte[] salt, byte[] passwordHash, int iterations)
        {
            Salt = salt;
            PasswordHash = passwordHash;
            Iterations = iterations;
        }
    }
}
