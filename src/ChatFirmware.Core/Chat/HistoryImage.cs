using ChatFirmware.Core.Storage;

namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// Payload format of the history record set (docs/storage.md). An instance writes a ring straight
    /// into the slot image (<see cref="SlotImage.Encode(int, int, uint, IImagePayload)"/>): a full ring
    /// costs one image-sized array, not copies of it. Format 2 starts with the accounts' id epoch the
    /// user ids of its messages belong to (format 1 had none: it reads as epoch 0).
    /// </summary>
    public sealed class HistoryImage : IImagePayload
    {
        public const int Kind = 2;
        public const int FormatVersion = 2;

        /// <summary>The first format, without the id epoch: still read (boards in use hold it), no longer written.</summary>
        public const int FormatVersionWithoutEpoch = 1;

        private readonly HistoryRing _ring;
        private readonly long _reservedUpTo;
        private readonly uint _idEpoch;

        public HistoryImage(HistoryRing ring, long reservedUpTo, uint idEpoch)
        {
            _ring = ring;
            _reservedUpTo = reservedUpTo;
            _idEpoch = idEpoch;
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
            // The ring keeps its messages as the records of this format: one copy.
            writer.WriteBytes(_ring.Records, _ring.First, _ring.End - _ring.First);
        }

        /// <summary>Fills an empty ring; returns the id reservation that was on flash, and its id epoch (0 for format 1).</summary>
        public static long Decode(byte[] payload, int formatVersion, HistoryRing ring, out uint idEpoch)
        {
            return Decode(payload, 0, payload.Length, formatVersion, ring, out idEpoch);
        }

        /// <summary>The same for a payload inside a larger array (a whole slot image, without copying it out).</summary>
        public static long Decode(byte[] data, int offset, int length, int formatVersion, HistoryRing ring, out uint idEpoch)
        {
            if (formatVersion != FormatVersion && formatVersion != FormatVersionWithoutEpoch)
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
