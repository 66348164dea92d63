using ChatFirmware.Core.Storage;

namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// Payload format of the history record set (docs/storage.md). An instance writes a ring straight
    /// into the slot image (<see cref="SlotImage.Encode(int, int, uint, IImagePayload)"/>): a full ring
    /// costs one image-sized array, not copies of it. Format 2 starts with the accounts' id epoch the
    /// user ids of its messages belong to (format 1 had none: it reads as epoch 0). Format 3 (linked
    /// boards) keeps with each message its origin board, its id there and its recipient's board, and
    /// after the messages the links' ledger (an <see cref="IHistoryAnnex"/>).
    /// </summary>
    public sealed class HistoryImage : IImagePayload
    {
        public const int Kind = 2;
        public const int FormatVersion = 3;

        /// <summary>The first format, without the id epoch: still read (boards in use hold it), no longer written.</summary>
        public const int FormatVersionWithoutEpoch = 1;

        /// <summary>The second format, before linked boards: still read, no longer written.</summary>
        public const int FormatVersionWithoutLinks = 2;

        private readonly HistoryRing _ring;
        private readonly long _reservedUpTo;
        private readonly uint _idEpoch;
        private readonly IHistoryAnnex _annex;

        public HistoryImage(HistoryRing ring, long reservedUpTo, uint idEpoch)
            : this(ring, reservedUpTo, idEpoch, null)
        {
        }

        /// <param name="annex">State kept beside the messages (the links' ledger); null writes an empty annex.</param>
        public HistoryImage(HistoryRing ring, long reservedUpTo, uint idEpoch, IHistoryAnnex annex)
        {
            _ring = ring;
            _reservedUpTo = reservedUpTo;
            _idEpoch = idEpoch;
            _annex = annex;
        }

        /// <summary>The payload alone, in an array of exactly its size.</summary>
        public static byte[] Encode(HistoryRing ring, long reservedUpTo, uint idEpoch)
        {
            return ImageWriter.ToBytes(new HistoryImage(ring, reservedUpTo, idEpoch));
        }

        public void WriteTo(ImageWriter writer)
        {
            writer.WriteUInt32(_idEpoch);
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

        /// <summary>Fills an empty ring; returns the id reservation that was on flash, and its id epoch (0 for format 1).</summary>
        public static long Decode(byte[] payload, int formatVersion, HistoryRing ring, out uint idEpoch)
        {
            return Decode(payload, 0, payload.Length, formatVersion, ring, null, out idEpoch);
        }

        /// <summary>The same for a payload inside a larger array (a whole slot image, without copying it out).</summary>
        public static long Decode(byte[] data, int offset, int length, int formatVersion, HistoryRing ring, out uint idEpoch)
        {
            return Decode(data, offset, length, formatVersion, ring, null, out idEpoch);
        }

        /// <summary>The same, filling <paramref name="annex"/> from a format-3 image (older formats have none).</summary>
        public static long Decode(byte[] data, int offset, int length, int formatVersion, HistoryRing ring, IHistoryAnnex annex, out uint idEpoch)
        {
            if (formatVersion != FormatVersion && formatVersion != FormatVersionWithoutLinks && formatVersion != FormatVersionWithoutEpoch)
            {
                throw new CorruptImageException("unknown history format version " + formatVersion);
            }

            ImageReader reader = new ImageReader(data, offset, length);
            idEpoch = formatVersion == FormatVersionWithoutEpoch ? 0 : reader.ReadUInt32();
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
                if (formatVersion == FormatVersion)
                {
                    ReadLinkFields(reader, message);
                }

                ring.Add(message);
            }

            if (formatVersion == FormatVersion)
            {
                ReadAnnex(reader, annex);
            }

            if (!reader.AtEnd)
            {
                throw new CorruptImageException("trailing bytes after the history record set");
            }

            ring.LastId = lastId > ring.LastId ? lastId : ring.LastId;
            ring.EvictedUpTo = evictedUpTo > ring.EvictedUpTo ? evictedUpTo : ring.EvictedUpTo;
            return reservedUpTo;
        }

        private static void ReadLinkFields(ImageReader reader, ChatMessage message)
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

        private static void ReadAnnex(ImageReader reader, IHistoryAnnex annex)
        {
            int length = reader.ReadUInt16();
            byte[] bytes = reader.ReadBytes(length);
            if (annex == null || length == 0)
            {
                return;
            }

            ImageReader annexReader = new ImageReader(bytes, 0, length);
            annex.ReadFrom(annexReader);
            if (!annexReader.AtEnd)
            {
                throw new CorruptImageException("trailing bytes after the history's annex");
            }
        }
    }
}
