using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Link
{
    /// <summary>
    /// What a relayed item must look like before this board stores or shows it. The other boards
    /// are authenticated, but each applies this board's own limits: a board with other settings (or
    /// a bug) must not put into this one's history what its own people could not have written.
    /// </summary>
    public static class RelayRules
    {
        /// <summary>A person's name as an account on its board has it: trimmed, valid by the account rules (which rule out '@').</summary>
        public static bool IsPersonName(string name, ChatSettings settings)
        {
            return name != null && name == AccountRules.NormalizeName(name) && AccountRules.CheckName(name, settings) == null;
        }

        /// <summary>
        /// Message text as the room accepts it from its own people: not blank, something visible, no
        /// bidi override or isolate ("Trojan Source"), within the length limit.
        /// </summary>
        public static bool IsMessageText(string text, ChatSettings settings)
        {
            if (text == null || !TextRules.HasOnlyPairedSurrogates(text))
            {
                return false;
            }

            byte[] utf8 = Utf8.Encode(text);
            string code;
            return MessageText.Problem(utf8, 0, utf8.Length, settings.MaxMessageCodePoints, out code) == null;
        }
    }
}
