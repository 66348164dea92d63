namespace ChatFirmware.Probes
{
    /// <summary>
    /// A long computed from ulong operands and cast to long keeps the unsigned type the runtime gave it:
    /// passed straight on as an argument, remainder is unsigned there. Stored in a local first, it is a long.
    /// </summary>
    public static class LongsFromUlongs
    {
        public static void Run()
        {
            RuntimeProbes.Show("Remainder((long)(((ulong)0xFFFFFFFF << 32) | 0xFFFFFFF9u), 10) (-7 as a long)", Remainder(FromHalves(0xFFFFFFFF, 0xFFFFFFF9), 10), -7);
            long stored = FromHalves(0xFFFFFFFF, 0xFFFFFFF9);
            RuntimeProbes.Show("the same stored in a long local first", Remainder(stored, 10), -7);
        }

        private static long FromHalves(uint high, uint low)
        {
            return (long)(((ulong)high << 32) | low);
        }

        private static long Remainder(long value, long divisor)
        {
            return value % divisor;
        }
    }
}
