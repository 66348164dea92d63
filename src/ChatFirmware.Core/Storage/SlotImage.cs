using System;
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

        /// <summary>
        /// The whole image in one array of its final size: the payload is sized by a counting pass,
        /// then written in place between the header and the CRC, which is computed over the same array.
        /// </summary>
        public static byte[] Encode(int kind, int formatVersion, uint generation, IImagePayload payload)
        {
            int length = ImageWriter.LengthOf(payload);
            byte[] image = NewImage(kind, formatVersion, generation, length);
            ImageWriter writer = new ImageWriter(image, HeaderBytes);
            payload.WriteTo(writer);
            if (writer.Position != HeaderBytes + length)
            {
                throw new InvalidOperationException("the payload wrote " + (writer.Position - HeaderBytes) + " bytes after counting " + length);
            }

            return Seal(image);
        }

        /// <summary>Frames payload bytes that already exist (tests, hand-made images).</summary>
        public static byte[] Encode(int kind, int formatVersion, uint generation, byte[] payload)
        {
            byte[] image = NewImage(kind, formatVersion, generation, payload.Length);
            Array.Copy(payload, 0, image, HeaderBytes, payload.Length);
            return Seal(image);
        }

        /// <summary>Bytes of the payload inside a well-formed image (it starts at <see cref="HeaderBytes"/>).</summary>
        public static int PayloadLength(byte[] image)
        {
            return image.Length - HeaderBytes - TrailerBytes;
        }

        /// <summary>
        /// Checks an image read from flash in place: true when it is whole, of this kind and its CRC
        /// holds; its payload is then the <see cref="PayloadLength"/> bytes from <see cref="HeaderBytes"/>.
        /// False (outputs zero) when it is missing, torn, of another kind, or corrupt.
        /// </summary>
        public static bool IsValid(byte[] image, int kind, out int formatVersion, out uint generation)
        {
            formatVersion = 0;
            generation = 0;
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
            return true;
        }

        /// <summary><see cref="IsValid"/> plus a copy of the payload (tests and tools; the stores decode in place).</summary>
        public static bool TryDecode(byte[] image, int kind, out int formatVersion, out uint generation, out byte[] payload)
        {
            payload = null;
            if (!IsValid(image, kind, out formatVersion, out generation))
            {
                return false;
            }

            payload = new byte[PayloadLength(image)];
            Array.Copy(image, HeaderBytes, payload, 0, payload.Length);
            return true;
        }

        /// <summary>An image array with its header written and room for the payload and the CRC.</summary>
        private static byte[] NewImage(int kind, int formatVersion, uint generation, int payloadLength)
        {
            byte[] image = new byte[HeaderBytes + payloadLength + TrailerBytes];
            ImageWriter header = new ImageWriter(image, 0);
            header.WriteUInt32(Magic);
            header.WriteByte(kind);
            header.WriteByte(formatVersion);
            header.WriteUInt16(0);
            header.WriteUInt32(generation);
            header.WriteUInt32((uint)payloadLength);
            return image;
        }

        /// <summary>Writes the CRC-32 of everything before the trailer into the trailer.</summary>
        private static byte[] Seal(byte[] image)
        {
            int covered = image.Length - TrailerBytes;
            new ImageWriter(image, covered).WriteUInt32(Crc32.Compute(image, 0, covered));
            return image;
        }
    }
}
