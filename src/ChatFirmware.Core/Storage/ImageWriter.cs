using System;

namespace ChatFirmware.Core.Storage
{
    /// <summary>Little-endian binary writer into a growing buffer (nanoFramework has no BinaryWriter).</summary>
    public sealed class ImageWriter
    {
        private byte[] _buffer;
        private int _length;

        public ImageWriter(int capacity)
        {
            _buffer = new byte[capacity < 16 ? 16 : capacity];
        }

        public int Length
        {
            get { return _length; }
        }

        public void WriteByte(int value)
        {
            Ensure(1);
            _buffer[_length++] = (byte)value;
        }

        public void WriteUInt16(int value)
        {
            WriteByte(value);
            WriteByte(value >> 8);
        }

        public void WriteUInt32(uint value)
        {
            Ensure(4);
            _buffer[_length++] = (byte)value;
            _buffer[_length++] = (byte)(value >> 8);
            _buffer[_length++] = (byte)(value >> 16);
            _buffer[_length++] = (byte)(value >> 24);
        }

        public void WriteInt64(long value)
        {
            WriteUInt32((uint)value);
            WriteUInt32((uint)(value >> 32));
        }

        public void WriteBytes(byte[] bytes, int offset, int count)
        {
            Ensure(count);
            Array.Copy(bytes, offset, _buffer, _length, count);
            _length += count;
        }

        /// <summary>A string as a 16-bit byte length followed by its UTF-8 bytes.</summary>
        public void WriteString(string value)
        {
            byte[] bytes = Core.Text.Utf8.Encode(value);
            WriteUInt16(bytes.Length);
            WriteBytes(bytes, 0, bytes.Length);
        }

        /// <summary>Overwrites 4 bytes already written (used for lengths and checksums known late).</summary>
        public void PatchUInt32(int offset, uint value)
        {
            _buffer[offset] = (byte)value;
            _buffer[offset + 1] = (byte)(value >> 8);
            _buffer[offset + 2] = (byte)(value >> 16);
            _buffer[offset + 3] = (byte)(value >> 24);
        }

        /// <summary>Direct access for checksums: valid up to <see cref="Length"/>.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        public byte[] ToArray()
        {
            byte[] result = new byte[_length];
            Array.Copy(_buffer, result, _length);
            return result;
        }

        private void Ensure(int more)
        {
            if (_length + more <= _buffer.Length)
            {
                return;
            }

            int size = _buffer.Length * 2;
            while (size < _length + more)
            {
                size *= 2;
            }

            byte[] bigger = new byte[size];
            Array.Copy(_buffer, bigger, _length);
            _buffer = bigger;
        }
    }
}
