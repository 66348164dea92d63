using ChatFirmware.Core.Ports;

namespace ChatFirmware.NanoBench
{
    /// <summary>
    /// Flash in memory that keeps each blob by reference (no copy), or nothing at all: while a state's
    /// retained memory is measured it keeps nothing, so what "is on flash" never counts as heap.
    /// </summary>
    public sealed class BenchFlash : IFlashFiles
    {
        private const int Capacity = 8;
        private readonly string[] _names = new string[Capacity];
        private readonly byte[][] _blobs = new byte[Capacity][];
        private int _count;

        public BenchFlash(bool keep)
        {
            Keep = keep;
            for (int i = 0; i < Capacity; i++)
            {
                // An unset string[] slot is not null on nanoCLR (docs/device.md, "The real runtime").
                _names[i] = null;
            }
        }

        /// <summary>False: writes are forgotten and reads find nothing.</summary>
        public bool Keep { get; set; }

        /// <summary>Bytes of the blobs kept.</summary>
        public int StoredBytes
        {
            get
            {
                int total = 0;
                for (int i = 0; i < _count; i++)
                {
                    total += _blobs[i].Length;
                }

                return total;
            }
        }

        public byte[] Read(string name)
        {
            int index = IndexOf(name);
            return index < 0 ? null : _blobs[index];
        }

        public void Write(string name, byte[] data)
        {
            if (!Keep)
            {
                return;
            }

            int index = IndexOf(name);
            if (index < 0)
            {
                index = _count++;
                _names[index] = name;
            }

            _blobs[index] = data;
        }

        public void Delete(string name)
        {
            int index = IndexOf(name);
            if (index >= 0)
            {
                _blobs[index] = new byte[0];
            }
        }

        private int IndexOf(string name)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_names[i] == name)
                {
                    return i;
                }
            }

            return -1;
        }
    }

    /// <summary>Both clocks, moved only by the bench; the wall clock is set, as after a page's "clock" message.</summary>
    public sealed class BenchClock : IUptimeClock, IWallClock
    {
        public long UptimeMilliseconds { get; set; }

        public bool IsSet
        {
            get { return true; }
        }

        public long UnixMilliseconds
        {
            get { return 1767225600000 + UptimeMilliseconds; }
        }

        public void Set(long unixMilliseconds)
        {
        }
    }

    /// <summary>A chat socket that only counts what it is given, so it retains nothing of the core's frames.</summary>
    public sealed class CountingSocket : IChatSocket
    {
        public int Frames { get; private set; }

        public long Bytes { get; private set; }

        public int CloseCode { get; private set; }

        public void Send(byte[] message)
        {
            Frames++;
            Bytes += message.Length;
        }

        public void Close(int closeCode, string reason)
        {
            CloseCode = closeCode;
        }
    }

    /// <summary>
    /// The stand-in for the board's native HMAC-SHA256: 32 new bytes that depend on key and data, made
    /// by a short managed loop whose cost the bench measures and reports apart. Not a MAC: it only
    /// lets the core hash passwords and tokens consistently, so logins succeed.
    /// </summary>
    public sealed class StandInHmac : IHmacSha256
    {
        public int Calls { get; private set; }

        public byte[] Compute(byte[] key, byte[] data)
        {
            Calls++;
            byte[] mac = new byte[32];
            for (int i = 0; i < 32; i++)
            {
                mac[i] = (byte)(key[i % key.Length] ^ data[i % data.Length] ^ i);
            }

            return mac;
        }
    }

    /// <summary>Deterministic bytes (xorshift), so every run builds the same state.</summary>
    public sealed class BenchRandom : IRandomSource
    {
        private uint _state = 2463534242;

        public void Fill(byte[] buffer)
        {
            for (int i = 0; i < buffer.Length; i++)
            {
                _state ^= _state << 13;
                _state ^= _state >> 17;
                _state ^= _state << 5;
                buffer[i] = (byte)_state;
            }
        }
    }

    public sealed class NullLog : ILog
    {
        public void Info(string message)
        {
        }

        public void Warn(string message)
        {
        }
    }

    /// <summary>
    /// The pages as the device stores them: gzip members of the real sizes (docs/pages.md), handed out
    /// in slices the way ResourceUtility.GetObject does on the board (a new array per read), and sent by
    /// the host in slices (the core only names the asset).
    /// </summary>
    public sealed class BenchAssets : IAssetSource
    {
        public bool SendsInSlices
        {
            get { return true; }
        }

        public int Length(string name)
        {
            if (name == "chat.html")
            {
                return 5428;
            }

            if (name == "login.html")
            {
                return 2330;
            }

            if (name == "register.html")
            {
                return 1820;
            }

            return name == "app.css" ? 1388 : -1;
        }

        public byte[] Read(string name, int offset, int count)
        {
            byte[] slice = new byte[count];
            for (int i = 0; i < count; i++)
            {
                slice[i] = (byte)(offset + i);
            }

            return slice;
        }
    }
}
