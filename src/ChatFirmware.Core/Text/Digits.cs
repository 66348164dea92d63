namespace ChatFirmware.Core.Text
{
    /// <summary>Parses the decimal numbers of forms and query strings (ids, resume points) without exceptions.</summary>
    public static class Digits
    {
        /// <summary>The value of 1 to <paramref name="maxDigits"/> ASCII digits, or 0 for anything else.</summary>
        public static long ParseOrZero(string text, int maxDigits)
        {
            if (text == null || text.Length == 0 || text.Length > maxDigits)
            {
                return 0;
            }

            long value = 0;
            char[] chars = text.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                if (c < '0' || c > '9')
                {
                    return 0;
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }
    }
}
