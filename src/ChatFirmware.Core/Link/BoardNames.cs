using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Link
{
    /// <summary>
    /// A board's name in a linked room: 1 to 16 of a-z, 0-9 and '-', neither first nor last. People
    /// of other boards are shown as name@board, so the name must be short, easy to type after an @,
    /// and safe in the link protocol's space-separated board lists. Person names cannot contain '@'
    /// (account rules), so the last '@' of an address always separates the two.
    /// </summary>
    public static class BoardNames
    {
        public const int MaxLength = 16;

        public static bool IsValid(string name)
        {
            if (name == null || name.Length == 0 || name.Length > MaxLength)
            {
                return false;
            }

            char[] chars = name.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                bool letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
                if (!letterOrDigit && (c != '-' || i == 0 || i == chars.Length - 1))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Lower-cases ASCII letters and trims spaces, so "Hall-B " becomes "hall-b"; the result may still be invalid.</summary>
        public static string Normalize(string name)
        {
            if (name == null)
            {
                return string.Empty;
            }

            char[] chars = TextRules.TrimSpaces(name).ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                if (chars[i] >= 'A' && chars[i] <= 'Z')
                {
                    chars[i] = (char)(chars[i] + ('a' - 'A'));
                }
            }

            return new string(chars);
        }

        /// <summary>The default name of a board: "board-" and four hex digits of its hardware id (the device: the last two bytes of its MAC address).</summary>
        public static string FromHardwareId(byte[] id)
        {
            if (id == null || id.Length < 2)
            {
                return "board";
            }

            return "board-" + Hex.Encode(id, id.Length - 2, 2);
        }

        /// <summary>How a person of another board is shown: "name@board".</summary>
        public static string Address(string name, string board)
        {
            return name + "@" + board;
        }

        /// <summary>Splits "name@board" at its last '@'; false (and nulls) when there is none or either part is empty.</summary>
        public static bool TrySplit(string address, out string name, out string board)
        {
            name = null;
            board = null;
            char[] chars = address == null ? new char[0] : address.ToCharArray();
            int at = TextScan.LastIndexOf(chars, '@');
            if (at <= 0 || at == chars.Length - 1)
            {
                return false;
            }

            name = address.Substring(0, at);
            board = address.Substring(at + 1);
            return true;
        }
    }
}
