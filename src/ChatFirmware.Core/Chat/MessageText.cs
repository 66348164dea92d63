using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// The rules a message's text must meet, the same for a person of this board and for a line
    /// relayed from another: something visible, no bidi override or isolate ("Trojan Source"), within
    /// the length limit. Read from valid UTF-8 where it arrived, so checking costs no string.
    /// </summary>
    public static class MessageText
    {
        /// <summary>
        /// Why the text bytes[at..at+length) cannot be sent, for its sender to read, or null when it
        /// can; <paramref name="code"/> is then the protocol's error code.
        /// </summary>
        public static string Problem(byte[] text, int at, int length, int maxCodePoints, out string code)
        {
            code = ChatProtocol.ErrorEmpty;
            if (TextRules.IsBlank(text, at, length))
            {
                return "Empty messages are not sent.";
            }

            if (CodePoints.HasBidiControl(text, at, length))
            {
                code = ChatProtocol.ErrorBidiControl;
                return "Messages cannot hold the invisible characters that reorder text (U+202A to U+202E, U+2066 to U+2069); this one was not sent.";
            }

            if (!CodePoints.HasVisibleCharacter(text, at, length))
            {
                return "Messages made only of invisible characters are not sent.";
            }

            // A code point takes at least one byte: only a longer text needs counting.
            if (length > maxCodePoints && Utf8.CountCodePoints(text, at, length) > maxCodePoints)
            {
                code = ChatProtocol.ErrorTooLong;
                return "Messages can be at most " + maxCodePoints + " characters long; this one was not sent.";
            }

            code = null;
            return null;
        }
    }
}
