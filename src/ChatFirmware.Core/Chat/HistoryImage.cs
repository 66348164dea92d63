using ChatFirmware.Core.Link;
using ChatFirmware.Core.Storage;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// Payload format of the history record set (docs/storage.md). An instance writes a ring straight
    /// into the slot image (<see cref="SlotImage.Encode(int, int, uint, IImagePayload)"/>): a full ring
    /// costs one image-sized array, not copies of it. Format 2 starts with the accounts' id epoch the
    /// user ids of its messages belong to (format 1 had none: it reads as epoch 0). Format 3 (linked
    /// boards) ends each record with its origin board, its id there and its recipient's board
    /// (<see cref="HistoryRecord"/>: the ring's own bytes), and after the messages the links' ledger
    /// (an <see cref="IHistoryAnnex"/>).
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
            // The ring keeps its messages as the records of this format: one copy.
            writer.WriteBytes(_ring.Records, _ring.First, _ring.End - _ring.First);
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
                // Format 3 keeps names with a 1-byte length, the older formats with 2.
                string fromName = ReadName(reader, formatVersion);
                int toUserId = (int)reader.ReadUInt32();
                string toName = ReadName(reader, formatVersion);
                int textAt;
                int textLength = reader.ReadUtf8(out textAt);
                long timestamp = reader.ReadInt64();
                string origin = null;
                long originId = 0;
                string toBoard = null;
                if (formatVersion == FormatVersion)
                {
                    origin = ReadBoardName(reader);
                    originId = origin == null ? 0 : reader.ReadInt64();
                    toBoard = ReadBoardName(reader);
                }

                ring.Add(id, fromUserId, fromName, toUserId, toUserId == 0 ? null : toName, data, textAt, textLength, timestamp, origin, originId, toBoard);
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

        /// <summary>A person's name: 1-byte length in format 3, 2 before (a longer one than a record holds is damage).</summary>
        private static string ReadName(ImageReader reader, int formatVersion)
        {
            string name = formatVersion == FormatVersion ? reader.ReadShortString() : reader.ReadString();
            if (Utf8.ByteCount(name) > HistoryRecord.MaxNameBytes)
            {
                throw new CorruptImageException("name too long in the history record set");
            }

            return name;
        }

        /// <summary>A board name of a format-3 record (1-byte length + name); null when empty.</summary>
        private static string ReadBoardName(ImageReader reader)
        {
            string name = reader.ReadShortString();
            if (name.Length == 0)
            {
                return null;
            }

            if (!BoardNames.IsValid(name))
            {
                throw new CorruptImageException("invalid board name in the history record set");
            }

            return name;
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
