using System.Collections;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.UnitTests.Links
{
    /// <summary>
    /// One direction of an in-memory link: what a board's hub sends on it waits here until the
    /// network delivers it to the other board (never during the sender's own flush, as on a real socket).
    /// </summary>
    public sealed class PipeSocket : IChatSocket
    {
        private readonly ArrayList _pending = new ArrayList();
        private readonly ArrayList _all = new ArrayList();

        public PipeSocket()
        {
            CloseCode = -1;
        }

        public int Pending
        {
            get { return _pending.Count; }
        }

        /// <summary>Frames sent on it in all.</summary>
        public int Sent { get; private set; }

        /// <summary>The code the sender closed with, or -1.</summary>
        public int CloseCode { get; private set; }

        public string CloseReason { get; private set; }

        public bool CloseDelivered { get; set; }

        public void Send(byte[] message)
        {
            if (CloseCode < 0)
            {
                _pending.Add(message);
                _all.Add(message);
                Sent++;
            }
        }

        public void Close(int closeCode, string reason)
        {
            if (CloseCode < 0)
            {
                CloseCode = closeCode;
                CloseReason = reason;
            }
        }

        /// <summary>True when any frame ever sent on it contains <paramref name="text"/> (compared as UTF-8 bytes).</summary>
        public bool Carried(string text)
        {
            byte[] needle = Bytes.Utf8(text);
            for (int i = 0; i < _all.Count; i++)
            {
                if (Bytes.IndexOf((byte[])_all[i], needle) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        public byte[] Take()
        {
            byte[] frame = (byte[])_pending[0];
            _pending.RemoveAt(0);
            return frame;
        }

        /// <summary>The connection broke: what was in flight is gone.</summary>
        public void Drop()
        {
            _pending.Clear();
        }
    }
}
