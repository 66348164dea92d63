using ChatFirmware.Core.Ports;

namespace ChatFirmware.Core.Accounts
{
    /// <summary>
    /// A client address as a number, for the login throttle to remember which addresses a person
    /// trusts without a string each (about 60 bytes on the board per address). An IPv4 address
    /// (what the board's clients have) is kept exactly; any other text (IPv6 on the emulator) as a
    /// 64-bit FNV-1a digest seeded with a random salt of this boot, so that nobody can work out an
    /// address whose digest matches another person's. A key is never 0.
    /// </summary>
    public static class AddressKeys
    {
        // Bit 62 tells exact IPv4 keys from digests, which never have it.
        private const long Ipv4Tag = 0x4000000000000000;
        private const long DigestMask = ~Ipv4Tag;
        private const ulong FnvOffset = 14695981039346656037;
        private const ulong FnvPrime = 1099511628211;

        /// <summary>A salt for <see cref="Of"/>: 64 random bits.</summary>
        public static long NewSalt(IRandomSource random)
        {
            byte[] bytes = new byte[8];
            random.Fill(bytes);
            long salt = 0;
            for (int i = 0; i < bytes.Length; i++)
            {
                salt = (salt << 8) | bytes[i];
            }

            return salt;
        }

        public static long Of(string address, long salt)
        {
            char[] chars = (address ?? string.Empty).ToCharArray();
            long ipv4;
            if (TryParseIpv4(chars, out ipv4))
            {
                return Ipv4Tag | ipv4;
            }

            ulong hash = FnvOffset;
            for (int i = 0; i < 8; i++)
            {
                hash = (hash ^ (byte)(salt >> (8 * i))) * FnvPrime;
            }

            for (int i = 0; i < chars.Length; i++)
            {
                hash = (hash ^ (byte)chars[i]) * FnvPrime;
                hash = (hash ^ (byte)(chars[i] >> 8)) * FnvPrime;
            }

            // Through a long built from the halves: a long cast from a ulong expression keeps unsigned
            // arithmetic on nanoCLR where it is passed on (docs/device.md, "The real runtime").
            long low = (long)(uint)hash;
            long high = (long)(uint)(hash >> 32);
            // Never 0, which the throttle reads as "no address".
            return (((high << 32) | low) & DigestMask) | 1;
        }

        /// <summary>"a.b.c.d", each part 0-255 in decimal without a leading zero: the address as 32 bits.</summary>
        private static bool TryParseIpv4(char[] chars, out long value)
        {
            value = 0;
            int parts = 0;
            int part = -1;
            int digits = 0;
            for (int i = 0; i <= chars.Length; i++)
            {
                char c = i < chars.Length ? chars[i] : '.';
                if (c == '.')
                {
                    if (digits == 0 || parts == 4)
                    {
                        return false;
                    }

                    value = (value << 8) | (long)part;
                    parts++;
                    part = -1;
                    digits = 0;
                    continue;
                }

                if (c < '0' || c > '9' || (digits == 1 && part == 0))
                {
                    return false;
                }

                part = (part < 0 ? 0 : part * 10) + (c - '0');
                digits++;
                if (part > 255)
                {
                    return false;
                }
            }

            return parts == 4;
        }
    }
}
