namespace ChatFirmware.Core.Qr
{
    /// <summary>
    /// The text a phone's camera reads as "join this Wi-Fi": WIFI:T:WPA;S:name;P:passphrase;; (or
    /// T:nopass without P for an open network), with \ ; , : and " in the name and passphrase escaped
    /// by a backslash. Works on UTF-8 bytes, never on string indexes, which nanoFramework gets wrong after
    /// an emoji (a network name may hold one); every byte to escape is ASCII, so UTF-8 sequences pass
    /// through whole.
    /// </summary>
    public static class WifiJoinText
    {
        private const string Start = "WIFI:T:";
        private const string Secured = "WPA";
        private const string Open = "nopass";

        /// <summary>The join text for a network name and, for a secured network, its passphrase (null or empty: open).</summary>
        public static byte[] Build(byte[] ssid, byte[] passphrase)
        {
            bool open = passphrase == null || passphrase.Length == 0;
            int length = Start.Length + (open ? Open.Length : Secured.Length) + 3 + EscapedLength(ssid) + 2;
            if (!open)
            {
                length += 3 + EscapedLength(passphrase);
            }

            byte[] text = new byte[length];
            int at = Ascii(text, 0, Start);
            at = Ascii(text, at, open ? Open : Secured);
            at = Ascii(text, at, ";S:");
            at = Escaped(text, at, ssid);
            if (!open)
            {
                at = Ascii(text, at, ";P:");
                at = Escaped(text, at, passphrase);
            }

            Ascii(text, at, ";;");
            return text;
        }

        /// <summary>The bytes that need a backslash before them inside a field.</summary>
        public static bool NeedsEscape(byte value)
        {
            return value == '\\' || value == ';' || value == ',' || value == ':' || value == '"';
        }

        private static int EscapedLength(byte[] field)
        {
            int length = field.Length;
            for (int i = 0; i < field.Length; i++)
            {
                if (NeedsEscape(field[i]))
                {
                    length++;
                }
            }

            return length;
        }

        private static int Escaped(byte[] target, int at, byte[] field)
        {
            for (int i = 0; i < field.Length; i++)
            {
                if (NeedsEscape(field[i]))
                {
                    target[at++] = (byte)'\\';
                }

                target[at++] = field[i];
            }

            return at;
        }

        /// <summary>Copies a literal of this class (ASCII only, so char equals byte).</summary>
        private static int Ascii(byte[] target, int at, string literal)
        {
            char[] chars = literal.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                target[at++] = (byte)chars[i];
            }

            return at;
        }
    }
}
