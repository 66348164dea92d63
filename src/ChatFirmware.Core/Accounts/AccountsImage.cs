using ChatFirmware.Core.Sessions;
using ChatFirmware.Core.Storage;

namespace ChatFirmware.Core.Accounts
{
    /// <summary>
    /// Payload format of the accounts record set (users and sessions together, so that a registration,
    /// login or logout costs exactly one image write). Byte layout: docs/storage.md.
    /// </summary>
    public static class AccountsImage
    {
        public const int Kind = 1;
        public const int FormatVersion = 1;

        public static byte[] Encode(UserTable users, SessionTable sessions, long nowMs)
        {
            ImageWriter writer = new ImageWriter(64 + (users.Count * 128) + (sessions.Count * 56));
            writer.WriteUInt32((uint)users.LastId);
            writer.WriteByte(users.Count);
            for (int i = 0; i < users.Count; i++)
            {
                User user = users[i];
                writer.WriteUInt32((uint)user.Id);
                writer.WriteString(user.Name);
                writer.WriteString(user.Email);
                writer.WriteByte(user.IsAdmin ? 1 : 0);
                writer.WriteUInt32((uint)user.Iterations);
                writer.WriteBytes(user.Salt, 0, User.SaltBytes);
                writer.WriteBytes(user.PasswordHash, 0, User.HashBytes);
            }

            writer.WriteByte(sessions.Count);
            for (int i = 0; i < sessions.Count; i++)
            {
                Session session = sessions[i];
                writer.WriteBytes(session.TokenHash, 0, session.TokenHash.Length);
                writer.WriteUInt32((uint)session.UserId);
                writer.WriteInt64(nowMs - session.CreatedMs);
                writer.WriteInt64(nowMs - session.LastUsedMs);
            }

            return writer.ToArray();
        }

        /// <summary>
        /// Fills the (empty) tables from a payload. Uptime restarts at boot, so ages are stored rather
        /// than instants: after a reboot the absolute lifetime continues from the age recorded at the
        /// last write and, when <paramref name="restartIdleClock"/> is set, the idle clock starts afresh.
        /// </summary>
        public static void Decode(byte[] payload, int formatVersion, UserTable users, SessionTable sessions, long nowMs, bool restartIdleClock)
        {
            if (formatVersion != FormatVersion)
            {
                throw new CorruptImageException("unknown accounts format version " + formatVersion);
            }

            ImageReader reader = new ImageReader(payload, 0, payload.Length);
            int lastId = (int)reader.ReadUInt32();
            int userCount = reader.ReadByte();
            if (userCount > users.Capacity)
            {
                throw new CorruptImageException("more stored users than the table holds");
            }

            for (int i = 0; i < userCount; i++)
            {
                int id = (int)reader.ReadUInt32();
                string name = reader.ReadString();
                string email = reader.ReadString();
                bool isAdmin = (reader.ReadByte() & 1) != 0;
                int iterations = (int)reader.ReadUInt32();
                if (iterations < 1)
                {
                    // PBKDF2 refuses such a count: loading it would make that user's every login throw.
                    throw new CorruptImageException("stored PBKDF2 iteration count below 1");
                }

                byte[] salt = reader.ReadBytes(User.SaltBytes);
                byte[] hash = reader.ReadBytes(User.HashBytes);
                users.Add(new User(id, name, email, salt, hash, iterations, isAdmin));
            }

            users.LastId = lastId > users.LastId ? lastId : users.LastId;
            int sessionCount = reader.ReadByte();
            for (int i = 0; i < sessionCount; i++)
            {
                byte[] tokenHash = reader.ReadBytes(32);
                int userId = (int)reader.ReadUInt32();
                long age = reader.ReadInt64();
                long idle = reader.ReadInt64();
                if (users.FindById(userId) != null)
                {
                    sessions.Add(new Session(tokenHash, userId, nowMs - age, restartIdleClock ? nowMs : nowMs - idle));
                }
            }

            if (!reader.AtEnd)
            {
                throw new CorruptImageException("trailing bytes after the accounts record set");
            }
        }
    }
}
