using System.Collections.Generic;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.Benchmarks
{
    /// <summary>
    /// Flash in memory. Blobs are kept by reference (no copy), so a measured store write is the core's
    /// encode + CRC + the port call, without the cost of a flash chip (ms-scale on the device).
    /// </summary>
    public sealed class MemoryFlash : IFlashFiles
    {
        private readonly Dictionary<string, byte[]> _blobs = new Dictionary<string, byte[]>();

        public int Writes { get; private set; }

        public byte[]? Read(string name) => _blobs.TryGetValue(name, out byte[]? blob) ? blob : null;

        public void Write(string name, byte[] data)
        {
            _blobs[name] = data;
            Writes++;
        }

        public void Delete(string name) => _blobs.Remove(name);
    }

    /// <summary>Flash that forgets every write: measuring the core's heap must not count what lives on flash.</summary>
    public sealed class DiscardFlash : IFlashFiles
    {
        public byte[]? Read(string name) => null;

        public void Write(string name, byte[] data)
        {
        }

        public void Delete(string name)
        {
        }
    }

    /// <summary>Both clocks, moved only by the caller; the wall clock is set (as on the emulator).</summary>
    public sealed class BenchClock : IUptimeClock, IWallClock
    {
        public long UptimeMilliseconds { get; set; } = 1_000_000;

        public bool IsSet => true;

        public long UnixMilliseconds => 1_767_225_600_000 + UptimeMilliseconds;

        public void Set(long unixMilliseconds)
        {
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

    /// <summary>A chat socket that only counts what the core handed it (the host's queue is not the core's cost).</summary>
    public sealed class CountingSocket : IChatSocket
    {
        public long Frames { get; private set; }

        public long Bytes { get; private set; }

        public int CloseCode { get; private set; } = -1;

        /// <summary>The last frame, kept only when asked (a kept frame would count as retained memory).</summary>
        public bool KeepLast { get; set; }

        public byte[]? Last { get; private set; }

        public void Send(byte[] message)
        {
            Frames++;
            Bytes += message.Length;
            if (KeepLast)
            {
                Last = message;
            }
        }

        public void Close(int closeCode, string reason) => CloseCode = closeCode;
    }
}
