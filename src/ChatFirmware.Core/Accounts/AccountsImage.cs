using ChatFirmware.Core.Sessions;
using ChatFirmware.Core.Storage;

namespace ChatFirmware.Core.Accounts
{
    /// <summary>
    /// Payload format of the accounts record set (users and sessions together, so that a registration,
    /// login or logout costs exactly one image write). Byte layout: docs/storage.md. An instance writes
    /// the tables straight into the slot image (<see cref="IImagePayload"/>). Format 2 starts with the
    /// id epoch (format 1 had none: it reads as epoch 0).
    /// </summary>
    public sealed class AccountsImage : IImagePayload
    {
        public const int Kind = 1;
        public const int FormatVersion = 2;

        /// <summary>The first format, without the id epoch: still read (boards in use hold it), no longer written.</summary>
        public const int FormatVersionWithoutEpoch = 1;

        private readonly UserTable _users;
        private readonly SessionTable _sessions;
        private readonly long _nowMs;
        private readonly uint _idEpoch;

        public AccountsImage(UserTable users, SessionTable sessions, long nowMs, uint idEpoch)
        {
            _users = users;
            _sessions = sessions;
            _nowMs = nowMs;
            _idEpoch = idEpoch;
        }

        /// <summary>The payload alone, in an array of exactly its size.</summary>
        public static byte[] Encode(UserTable users, SessionTable sessions, long nowMs, uint idEpoch)
        {
            return ImageWriter.ToBytes(new AccountsImage(users, sessions, nowMs, idEpoch));
        }

        /// <summary>How many users a payload holds (read before decoding, to size the table), or -1 when it is too short.</summary>
        public static int StoredUserCount(byte[] data, int offset, int count, int formatVersion)
        {
            int at = formatVersion == FormatVersionWithoutEpoch ? 4 : 8;
            return count > at ? data[offset + at] : -1;
        }

        public void WriteTo(ImageWriter writer)
        {
            writer.WriteUInt32(_idEpoch);
            writer.WriteUInt32((uint)_users.LastId);
            writer.WriteByte(_users.Count);
            for (int i = 0; i < _users.Count; i++)
            {
                User user = _users[i];
                writer.WriteUInt32((uint)user.Id);
                writer.WriteString(user.Name);
                writer.WriteString(user.Email);
                writer.WriteByte(user.IsAdmin ? 1 : 0);
                writer.WriteUInt32((uint)user.Iterations);
                writer.WriteBytes(user.Salt, 0, User.SaltBytes);
                writer.WriteBytes(user.PasswordHash, 0, User.HashBytes);
            }

            writer.WriteByte(_sessions.Count);
            for (int i = 0; i < _sessions.Count; i++)
            {
                Session session = _sessions[i];
                writer.WriteBytes(session.TokenHash, 0, session.TokenHash.Length);
                writer.WriteUInt32((uint)session.UserId);
                writer.WriteInt64(_nowMs - session.CreatedMs);
                writer.WriteInt64(_nowMs - session.LastUsedMs);
            }
        }

        /// <summary>
        /// Fills the (empty) tables from a payload; returns its id epoch (0 for format 1). Uptime
        /// restarts at boot, so ages are stored rather than instants: after a reboot the absolute
        /// lifetime continues from the age recorded at the last write and, when
        /// <paramref name="restartIdleClock"/> is set, the idle clock starts afresh.
        /// </summary>
        public static uint Decode(byte[] payload, int formatVersion, UserTable users, SessionTable sessions, long nowMs, bool restartIdleClock)
        {
            return Decode(payload, 0, payload.Length, formatVersion, users, sessions, nowMs, restartIdleClock);
        }

        /// <summary>The same for a payload inside a larger array (a whole slot image, without copying it out).</summary>
        public static uint Decode(byte[] data, int offset, int count, int formatVersion, UserTable users, SessionTable sessions, long nowMs, bool restartIdleClock)
        {
            if (formatVersion != FormatVersion && formatVersion != FormatVersionWithoutEpoch)
            {
                throw new CorruptImageException("unknown accounts format version " + formatVersion);
            }

            ImageReader reader = new ImageReader(data, offset, count);
            uint idEpoch = formatVersion == FormatVersionWithoutEpoch ? 0 : reader.ReadUInt32();
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

            return idEpoch;
        }
    }
}
