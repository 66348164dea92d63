using System;

namespace ChatFirmware.Core.Storage
{
    /// <summary>Bounds-checked little-endian reader; any overrun is a <see cref="CorruptImageException"/>.</summary>
    public sealed class ImageReader
    {
        private readonly byte[] _data;
        private readonly int _end;
        private int _position;

        public ImageReader(byte[] data, int offset, int count)
        {
            _data = data;
            _position = offset;
            _end = offset + count;
        }

        public bool AtEnd
        {
            get { return _position == _end; }
        }

        public int ReadByte()
        {
            Need(1);
            return _data[_position++];
        }

        public int ReadUInt16()
        {
            int low = ReadByte();
            return low | (ReadByte() << 8);
        }

        public uint ReadUInt32()
        {
            Need(4);
            uint value = (uint)(_data[_position] | (_data[_position + 1] << 8) | (_data[_position + 2] << 16) | (_data[_position + 3] << 24));
            _position += 4;
            return value;
        }

        public long ReadInt64()
        {
            // Built from longs: a long cast from a ulong expression keeps unsigned arithmetic on
            // nanoCLR wherever it is passed on (docs/device.md, "The real runtime").
            long low = ReadUInt32();
            long high = ReadUInt32();
            return (high << 32) | low;
        }

        public byte[] ReadBytes(int count)
        {
            Need(count);
            byte[] bytes = new byte[count];
            Array.Copy(_data, _position, bytes, 0, count);
            _position += count;
            return bytes;
        }

        public string ReadString()
        {
            int at;
            int length = ReadUtf8(out at);
            return System.Text.Encoding.UTF8.GetString(_data, at, length);
        }

        /// <summary>A short string: a 1-byte length, then UTF-8 (board names); empty for length 0.</summary>
        public string ReadShortString()
        {
            int length = ReadByte();
            if (length == 0)
            {
                // The usual case (a line of this board has no board names): no string made.
                return string.Empty;
            }

            Need(length);
            if (!Core.Text.Utf8.IsValid(_data, _position, length))
            {
                throw new CorruptImageException("invalid UTF-8 in stored string");
            }

            string text = System.Text.Encoding.UTF8.GetString(_data, _position, length);
            _position += length;
            return text;
        }

        /// <summary>
        /// A string's UTF-8 bytes where they are: returns their length and sets <paramref name="offset"/>
        /// (checked like <see cref="ReadString"/>, nothing copied).
        /// </summary>
        public int ReadUtf8(out int offset)
        {
            int length = ReadUInt16();
            Need(length);
            if (!Core.Text.Utf8.IsValid(_data, _position, length))
            {
                throw new CorruptImageException("invalid UTF-8 in stored string");
            }

            offset = _position;
            _position += length;
            return length;
        }

        private void Need(int count)
        {
            if (count < 0 || _position + count > _end)
            {
                throw new CorruptImageException("stored image ends early");
            }
        }
    }
}
