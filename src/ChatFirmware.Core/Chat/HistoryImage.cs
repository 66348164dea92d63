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
        public const int FormatVersion = 1;

        private readonly HistoryRing _ring;
        private readonly long _reservedUpTo;

        public HistoryImage(HistoryRing ring, long reservedUpTo)
        {
            _ring = ring;
            _reservedUpTo = reservedUpTo;
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
            // The ring keeps its messages as the records of this format: one copy.
            writer.WriteBytes(_ring.Records, _ring.First, _ring.End - _ring.First);
        }

        /// <summary>Fills an empty ring; returns the id reservation that was on flash.</summary>
        public static long Decode(byte[] payload, int formatVersion, HistoryRing ring)
        {
            return Decode(payload, 0, payload.Length, formatVersion, ring);
        }

        /// <summary>The same for a payload inside a larger array (a whole slot image, without copying it out).</summary>
        public static long Decode(byte[] data, int offset, int length, int formatVersion, HistoryRing ring)
        {
            if (formatVersion != FormatVersion)
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
                int textAt;
                int textLength = reader.ReadUtf8(out textAt);
                long timestamp = reader.ReadInt64();
                ring.Add(id, fromUserId, fromName, toUserId, toUserId == 0 ? null : toName, data, textAt, textLength, timestamp);
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
