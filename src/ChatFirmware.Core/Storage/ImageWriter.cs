using System;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Storage
{
    /// <summary>
    /// Little-endian binary writer (nanoFramework has no BinaryWriter) into a buffer allocated at its
    /// final size. A writer made without a buffer only counts, so the size of an image is known before
    /// its buffer is allocated; it never grows or copies a buffer.
    /// </summary>
    public sealed class ImageWriter
    {
        private readonly byte[] _buffer;
        private int _position;

        /// <summary>A writer that stores nothing and only counts the bytes it is given.</summary>
        public ImageWriter()
        {
        }

        /// <summary>Writes into <paramref name="buffer"/> from <paramref name="offset"/>; writing past its end throws.</summary>
        public ImageWriter(byte[] buffer, int offset)
        {
            _buffer = buffer;
            _position = offset;
        }

        /// <summary>Where the next byte goes: the byte count so far for a counting writer.</summary>
        public int Position
        {
            get { return _position; }
        }

        /// <summary>The exact number of bytes <paramref name="payload"/> writes.</summary>
        public static int LengthOf(IImagePayload payload)
        {
            ImageWriter counter = new ImageWriter();
            payload.WriteTo(counter);
            return counter.Position;
        }

        /// <summary>The payload alone, in an array of exactly its size.</summary>
        public static byte[] ToBytes(IImagePayload payload)
        {
            byte[] bytes = new byte[LengthOf(payload)];
            payload.WriteTo(new ImageWriter(bytes, 0));
            return bytes;
        }

        public void WriteByte(int value)
        {
            if (_buffer != null)
            {
                _buffer[_position] = (byte)value;
            }

            _position++;
        }

        public void WriteUInt16(int value)
        {
            WriteByte(value);
            WriteByte(value >> 8);
        }

        public void WriteUInt32(uint value)
        {
            WriteUInt16((int)(value & 0xFFFF));
            WriteUInt16((int)(value >> 16));
        }

        public void WriteInt64(long value)
        {
            WriteUInt32((uint)value);
            WriteUInt32((uint)(value >> 32));
        }

        public void WriteBytes(byte[] bytes, int offset, int count)
        {
            if (_buffer != null)
            {
                Array.Copy(bytes, offset, _buffer, _position, count);
            }

            _position += count;
        }

        /// <summary>
        /// A string as a 16-bit byte length followed by its UTF-8 bytes, encoded straight into the
        /// buffer behind the length field (no per-string array).
        /// </summary>
        public void WriteString(string value)
        {
            int length = _buffer != null ? Utf8.Encode(value, _buffer, _position + 2) : Utf8.ByteCount(value);
            WriteUInt16(length);
            _position += length;
        }
    }
}
