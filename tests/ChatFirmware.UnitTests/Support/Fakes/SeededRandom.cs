using ChatFirmware.Core.Ports;

namespace ChatFirmware.UnitTests.Fakes
{
    /// <summary>Deterministic "random" bytes (xorshift64*), so a failing test fails the same way again.</summary>
    public sealed class SeededRandom : IRandomSource
    {
        private ulong _state;

        public SeededRandom(ulong seed)
        {
            _state = seed == 0 ? 0x9E3779B97F4A7C15UL : seed;
        }

        public void Fill(byte[] buffer)
        {
            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = (byte)(Next() >> 56);
            }
        }

        /// <summary>A number in [0, bound).</summary>
        public int NextInt(int bound)
        {
            return (int)((Next() >> 33) % (ulong)bound);
        }

        private ulong Next()
        {
            _state ^= _state >> 12;
            _state ^= _state << 25;
            _state ^= _state >> 27;
            return unchecked(_state * 0x2545F4914F6CDD1DUL);
        }
    }
}
