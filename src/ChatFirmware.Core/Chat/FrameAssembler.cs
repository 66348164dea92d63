using System;

namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// Joins the fragments of one WebSocket message (nanoFramework's server delivers fragments one by
    /// one, unassembled) within the message size limit.
    /// </summary>
    public sealed class FrameAssembler
    {
        private readonly byte[] _buffer;
        private int _length;

        public FrameAssembler(int limit)
        {
            // One byte of slack lets the room see that the limit was exceeded.
            _buffer = new byte[limit + 1];
        }

        public byte[] Buffer
        {
            get { return _buffer; }
        }

        public int Length
        {
            get { return _length; }
        }

        /// <summary>Appends a fragment; returns false when the message outgrew the limit.</summary>
        public bool Append(byte[] data, int offset, int count)
        {
            int room = _buffer.Length - _length;
            int take = count < room ? count : room;
            Array.Copy(data, offset, _buffer, _length, take);
            _length += take;
            return take == count && _length < _buffer.Length;
        }

        public void Reset()
        {
            _length = 0;
        }
    }
}
