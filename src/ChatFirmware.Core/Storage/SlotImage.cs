using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Storage
{
    /// <summary>
    /// The framing of one stored record set: a 16-byte header (magic "CFS1", kind, format version,
    /// generation, payload length), the payload, and a CRC-32 over all of it. Layout: docs/storage.md.
    /// </summary>
    public static class SlotImage
    {
        public const uint Magic = 0x31534643; // "CFS1" little-endian
        public const int HeaderBytes = 16;
        public const int TrailerBytes = 4;

        public static byte[] Encode(int kind, int formatVersion, uint generation, byte[] payload)
        {
            ImageWriter writer = new ImageWriter(HeaderBytes + payload.Length + TrailerBytes);
            writer.WriteUInt32(Magic);
            writer.WriteByte(kind);
            writer.WriteByte(formatVersion);
            writer.WriteUInt16(0);
            writer.WriteUInt32(generation);
            writer.WriteUInt32((uint)payload.Length);
            writer.WriteBytes(payload, 0, payload.Length);
            writer.WriteUInt32(Crc32.Compute(writer.Buffer, 0, writer.Length));
            return writer.ToArray();
        }

        /// <summary>
        /// Checks an image read from flash. Returns false (and leaves the outputs zero) when it is
        /// missing, torn, of another kind, or its CRC fails.
        /// </summary>
        public static bool TryDecode(byte[] image, int kind, out int formatVersion, out uint generation, out byte[] payload)
        {
            formatVersion = 0;
            generation = 0;
            payload = null;
            if (image == null || image.Length < HeaderBytes + TrailerBytes)
            {
                return false;
            }

            ImageReader header = new ImageReader(image, 0, HeaderBytes);
            if (header.ReadUInt32() != Magic || header.ReadByte() != kind)
            {
                return false;
            }

            int version = header.ReadByte();
            header.ReadUInt16();
            uint gen = header.ReadUInt32();
            uint length = header.ReadUInt32();
            if (length != (uint)(image.Length - HeaderBytes - TrailerBytes))
            {
                return false;
            }

            uint stored = new ImageReader(image, image.Length - TrailerBytes, TrailerBytes).ReadUInt32();
            if (stored != Crc32.Compute(image, 0, image.Length - TrailerBytes))
            {
                return false;
            }

            formatVersion = version;
            generation = gen;
            payload = new ImageReader(image, HeaderBytes, (int)length).ReadBytes((int)length);
            return true;
        }
    }
}
