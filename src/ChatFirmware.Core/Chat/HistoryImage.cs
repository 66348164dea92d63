using ChatFirmware.Core.Storage;

namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// Payload format of the history record set (docs/storage.md). An instance writes a ring straight
    /// into the slot image (<see cref="SlotImage.Encode(int, int, uint, IImagePayload)"/>): a full ring
    /// costs one image-sized array, not copies of it.
    /// </summary>
    public sealed class HistoryImage : IImagePayload
    {
        public const int Kind = 2;

        /// <summary>Format 2 (linked boards): each message also keeps its origin board, its id there and its recipient's board; the links' ledger follows the messages. Format 1 still loads.</summary>
        public const int FormatVersion = 2;

        private readonly HistoryRing _ring;
        private readonly long _reservedUpTo;
        private readonly IHistoryAnnex _annex;

        public HistoryImage(HistoryRing ring, long reservedUpTo)
            : this(ring, reservedUpTo, null)
        {
        }

        /// <param name="annex">State kept beside the messages (the links' ledger); null writes an empty annex.</param>
        public HistoryImage(HistoryRing ring, long reservedUpTo, IHistoryAnnex annex)
        {
            _ring = ring;
            _reservedUpTo = reservedUpTo;
            _annex = annex;
        }

        /// <summary>The payload alone, in an array of exactly its size.</summary>
        public static byte[] Encode(HistoryRing ring, long reservedUpTo)
        {
            return ImageWriter.ToBytes(new HistoryImage(ring, reservedUpTo));
        }

        public void WriteTo(ImageWriter writer)
        {
            writer.WriteInt64(_ring.LastId);
            writer.WriteInt64(_reservedUpTo);
            writer.WriteInt64(_ring.EvictedUpTo);
            writer.WriteUInt16(_ring.Count);
            for (int i = 0; i < _ring.Count; i++)
            {
                ChatMessage message = _ring[i];
                writer.WriteInt64(message.Id);
                writer.WriteUInt32((uint)message.FromUserId);
                writer.WriteString(message.FromName);
                writer.WriteUInt32((uint)message.ToUserId);
                writer.WriteString(message.ToName ?? string.Empty);
                writer.WriteString(message.Text, message.TextBytes);
                writer.WriteInt64(message.TimestampMs);
                writer.WriteString(message.Origin ?? string.Empty);
                writer.WriteInt64(message.Origin == null ? 0 : message.OriginId);
                writer.WriteString(message.ToBoard ?? string.Empty);
            }

            writer.WriteUInt16(_annex == null ? 0 : ImageWriter.LengthOf(_annex));
            if (_annex != null)
            {
                _annex.WriteTo(writer);
            }
        }

        /// <summary>Fills an empty ring; returns the id reservation that was on flash.</summary>
        public static long Decode(byte[] payload, int formatVersion, HistoryRing ring)
        {
            return Decode(payload, 0, payload.Length, formatVersion, ring, null);
        }

        /// <summary>The same for a payload inside a larger array (a whole slot image, without copying it out).</summary>
        public static long Decode(byte[] data, int offset, int length, int formatVersion, HistoryRing ring)
        {
            return Decode(data, offset, length, formatVersion, ring, null);
        }

        /// <summary>The same, filling <paramref name="annex"/> from a format-2 image (a format-1 image has none).</summary>
        public static long Decode(byte[] data, int offset, int length, int formatVersion, HistoryRing ring, IHistoryAnnex annex)
        {
            if (formatVersion != 1 && formatVersion != FormatVersion)
            {
                throw new CorruptImageException("unknown history format version " + formatVersion);
            }

            ImageReader reader = new ImageReader(data, offset, length);
            long lastId = reader.ReadInt64();
            long reservedUpTo = reader.ReadInt64();
            long evictedUpTo = reader.ReadInt64();
            int count = reader.ReadUInt16();
            for (int i = 0; i < count; i++)
            {
                long id = reader.ReadInt64();
                int fromUserId = (int)reader.ReadUInt32();
                string fromName = reader.ReadString();
                int toUserId = (int)reader.ReadUInt32();
                string toName = reader.ReadString();
                string text = reader.ReadString();
                long timestamp = reader.ReadInt64();
                ChatMessage message = new ChatMessage(id, fromUserId, fromName, toUserId, toUserId == 0 ? null : toName, text, timestamp);
                if (formatVersion >= 2)
                {
                    string origin = reader.ReadString();
                    long originId = reader.ReadInt64();
                    string toBoard = reader.ReadString();
                    if (origin.Length > 0)
                    {
                        message.SetOrigin(origin, originId);
                    }

                    if (toBoard.Length > 0)
                    {
                        message.SetRecipientBoard(toBoard);
                    }
                }

                ring.Add(message);
            }

            if (formatVersion >= 2)
            {
                int annexLength = reader.ReadUInt16();
                byte[] annexBytes = reader.ReadBytes(annexLength);
                if (annex != null && annexLength > 0)
                {
                    ImageReader annexReader = new ImageReader(annexBytes, 0, annexLength);
                    annex.ReadFrom(annexReader);
                    if (!annexReader.AtEnd)
                    {
                        throw new CorruptImageException("trailing bytes after the history's annex");
                    }
                }
            }

            if (!reader.AtEnd)
            {
                throw new CorruptImageException("trailing bytes after the history record set");
            }

            ring.LastId = lastId > ring.LastId ? lastId : ring.LastId;
            ring.EvictedUpTo = evictedUpTo > ring.EvictedUpTo ? evictedUpTo : ring.EvictedUpTo;
            return reservedUpTo;
        }
    }
}
