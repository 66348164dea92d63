using System.Text;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>
    /// The reference for what the core accepts as text: strict UTF-8 (.NET's throwing decoder) without
    /// U+0000, which a nanoFramework string cannot hold (it ends there), so Utf8.Decode refuses it.
    /// </summary>
    public static class BoardText
    {
        private static readonly UTF8Encoding Strict = new UTF8Encoding(false, true);

        /// <summary>The text, or null when the bytes are not strict UTF-8 or hold U+0000.</summary>
        public static string Decode(byte[] bytes)
        {
            try
            {
                string text = Strict.GetString(bytes);
                return text.Contains('\0', System.StringComparison.Ordinal) ? null : text;
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }
    }
}
