namespace ChatFirmware.Core.CaptivePortal
{
    /// <summary>
    /// Walking a domain name in a DNS message (RFC 1035 section 4.1.4) without allocating, with every
    /// bound a hostile datagram could abuse checked: labels of at most 63 bytes, names of at most 255,
    /// no reserved label types, and compression pointers that only ever jump backwards to ever earlier
    /// places (a pointer loop cannot spin the device's one DNS thread).
    /// </summary>
    public static class DnsName
    {
        /// <summary>The message ends inside the name: a truncated datagram.</summary>
        public const int Truncated = -1;

        /// <summary>The name breaks a rule (label or name too long, reserved label type, bad pointer).</summary>
        public const int Malformed = -2;

        public const int MaxLabelBytes = 63;

        /// <summary>Length octets, label octets and the final zero, as RFC 1035 section 2.3.4 counts them.</summary>
        public const int MaxNameBytes = 255;

        private const int PointerTag = 0xC0;

        /// <summary>
        /// Where the name starting at <paramref name="start"/> ends in the message (the offset just past
        /// its final zero, or past its first compression pointer), or <see cref="Truncated"/> or
        /// <see cref="Malformed"/>. Pointers may only target offsets from <paramref name="firstTarget"/>
        /// (the end of the header) on.
        /// </summary>
        public static int End(byte[] message, int start, int length, int firstTarget)
        {
            int position = start;
            int end = -1;
            int nameBytes = 1;
            int bound = int.MaxValue;
            while (true)
            {
                if (position >= length)
                {
                    return Truncated;
                }

                int b = message[position];
                if (b == 0)
                {
                    return end < 0 ? position + 1 : end;
                }

                if ((b & PointerTag) == PointerTag)
                {
                    if (position + 1 >= length)
                    {
                        return Truncated;
                    }

                    int target = ((b & 0x3F) << 8) | message[position + 1];
                    // Backwards only, and each jump lands before the previous one: the walk must end.
                    if (target < firstTarget || target >= position || target >= bound)
                    {
                        return Malformed;
                    }

                    if (end < 0)
                    {
                        end = position + 2;
                    }

                    bound = target;
                    position = target;
                    continue;
                }

                if ((b & PointerTag) != 0)
                {
                    // 0x40 and 0x80: extended and reserved label types (RFC 6891 retired the former).
                    return Malformed;
                }

                nameBytes += b + 1;
                if (nameBytes > MaxNameBytes)
                {
                    return Malformed;
                }

                position += b + 1;
            }
        }

        /// <summary>
        /// True when the name at <paramref name="start"/> (already checked by <see cref="End"/>) spells
        /// <paramref name="wireName"/> (length-prefixed labels ending in a zero), ASCII case ignored.
        /// </summary>
        public static bool Matches(byte[] message, int start, int length, byte[] wireName)
        {
            int position = start;
            int at = 0;
            int jumps = 0;
            while (position < length && at < wireName.Length)
            {
                int b = message[position];
                if ((b & PointerTag) == PointerTag)
                {
                    if (position + 1 >= length || ++jumps > MaxNameBytes)
                    {
                        return false;
                    }

                    position = ((b & 0x3F) << 8) | message[position + 1];
                    continue;
                }

                if (b != wireName[at] || position + b >= length || at + b >= wireName.Length)
                {
                    return false;
                }

                if (b == 0)
                {
                    return true;
                }

                for (int i = 1; i <= b; i++)
                {
                    if (Fold(message[position + i]) != Fold(wireName[at + i]))
                    {
                        return false;
                    }
                }

                position += b + 1;
                at += b + 1;
            }

            return false;
        }

        private static int Fold(int b)
        {
            return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
        }
    }
}
