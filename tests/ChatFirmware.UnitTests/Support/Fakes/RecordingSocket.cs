using System.Collections;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Text;

namespace ChatFirmware.UnitTests.Fakes
{
    /// <summary>A chat socket that remembers what the core queued on it: each frame (raw and as text) and the close.</summary>
    public sealed class RecordingSocket : IChatSocket
    {
        private readonly ArrayList _frames = new ArrayList();
        private readonly ArrayList _texts = new ArrayList();

        public RecordingSocket()
        {
            CloseCode = -1;
        }

        public int Count
        {
            get { return _frames.Count; }
        }

        /// <summary>The close code, or -1 while open.</summary>
        public int CloseCode { get; private set; }

        public string CloseReason { get; private set; }

        public bool IsClosed
        {
            get { return CloseCode >= 0; }
        }

        public int CloseCalls { get; private set; }

        /// <summary>Frames the core queued after it had closed this socket (always a bug).</summary>
        public int SentAfterClose { get; private set; }

        public void Send(byte[] message)
        {
            if (IsClosed)
            {
                SentAfterClose++;
            }

            _frames.Add(message);
            _texts.Add(Utf8.Decode(message, 0, message.Length));
        }

        public void Close(int closeCode, string reason)
        {
            CloseCalls++;
            CloseCode = closeCode;
            CloseReason = reason;
        }

        /// <summary>The i-th frame decoded as UTF-8 (null when it was not valid UTF-8).</summary>
        public string Text(int index)
        {
            return (string)_texts[index];
        }

        public byte[] Raw(int index)
        {
            return (byte[])_frames[index];
        }

        public string Last
        {
            get { return _texts.Count == 0 ? null : (string)_texts[_texts.Count - 1]; }
        }

        /// <summary>Frames whose "type" member is <paramref name="type"/>.</summary>
        public int CountOfType(string type)
        {
            string marker = "{\"type\":\"" + type + "\"";
            int count = 0;
            for (int i = 0; i < _texts.Count; i++)
            {
                string text = (string)_texts[i];
                if (text != null && text.StartsWith(marker))
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>Index of the last frame of the type, or -1.</summary>
        public int LastIndexOfType(string type)
        {
            string marker = "{\"type\":\"" + type + "\"";
            for (int i = _texts.Count - 1; i >= 0; i--)
            {
                string text = (string)_texts[i];
                if (text != null && text.StartsWith(marker))
                {
                    return i;
                }
            }

            return -1;
        }

        public void ClearFrames()
        {
            _frames.Clear();
            _texts.Clear();
        }
    }
}
