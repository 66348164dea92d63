using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Accounts
{
    /// <summary>
    /// What a valid name, email and password look like. Each check returns a message for the person
    /// at the form, or null when the value is acceptable.
    /// </summary>
    public static class AccountRules
    {
        /// <summary>The name as stored: trimmed of white space at both ends.</summary>
        public static string NormalizeName(string name)
        {
            return name == null ? string.Empty : TextRules.TrimSpaces(name);
        }

        public static string NormalizeEmail(string email)
        {
            return email == null ? string.Empty : TextRules.TrimSpaces(email);
        }

        public static string CheckName(string normalizedName, ChatSettings settings)
        {
            int length = TextRules.CountCodePoints(normalizedName);
            if (length == 0)
            {
                return "Please choose a name.";
            }

            if (length > settings.NameMaxCodePoints)
            {
                return "Names can be at most " + settings.NameMaxCodePoints + " characters long.";
            }

            if (!TextRules.HasOnlyPairedSurrogates(normalizedName))
            {
                return "The name contains an invalid character.";
            }

            char[] chars = normalizedName.ToCharArray();
            bool letterOrDigit = false;
            int previous = 0;
            int i = 0;
            while (i < chars.Length)
            {
                int width;
                int cp = CodePoints.Read(chars, i, out width);
                i += width;
                // An emoji may carry its presentation selector; after a letter, a digit or a blank it only hides a difference.
                bool emojiSelector = CodePoints.IsPresentationSelector(cp) && previous != 0 && !CodePoints.IsLetterOrDigit(previous) && !CodePoints.IsBlank(previous);
                if ((cp < 0x10000 && TextRules.IsControl((char)cp)) || (!emojiSelector && (CodePoints.IsDefaultIgnorable(cp) || cp == 0x2028 || cp == 0x2029 || cp == 0x2800)))
                {
                    return "Names cannot contain control or invisible characters.";
                }

                if (cp == '@')
                {
                    return "Names cannot contain @ (it would be confused with an email address).";
                }

                letterOrDigit = letterOrDigit || CodePoints.IsLetterOrDigit(cp);
                previous = cp;
            }

            if (!letterOrDigit)
            {
                return "Names need at least one letter or digit.";
            }

            return null;
        }

        public static string CheckEmail(string normalizedEmail, ChatSettings settings)
        {
            if (normalizedEmail.Length == 0)
            {
                return "Please enter your email address.";
            }

            if (normalizedEmail.Length > settings.EmailMaxLength)
            {
                return "Email addresses can be at most " + settings.EmailMaxLength + " characters long.";
            }

            char[] chars = normalizedEmail.ToCharArray();
            int at = TextScan.IndexOf(chars, '@', 0);
            if (at < 1 || TextScan.IndexOf(chars, '@', at + 1) >= 0 || at == chars.Length - 1)
            {
                return "That does not look like an email address (name@example.org).";
            }

            // The domain: a dot, not first, not last, never two in a row.
            int dot = TextScan.IndexOf(chars, '.', at + 1);
            if (dot < at + 2 || chars[chars.Length - 1] == '.' || TextScan.IndexOf(chars, "..", at + 1) >= 0)
            {
                return "That does not look like an email address (name@example.org).";
            }

            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                if (c <= ' ' || c == 0x7F || c == '<' || c == '>' || c == '"' || c == '(' || c == ')' || c == ',' || c == ';' || c == '\\' || c == '[' || c == ']')
                {
                    return "Email addresses cannot contain spaces or the characters < > \" ( ) , ; \\ [ ].";
                }

                if (c > 0x7E)
                {
                    return "Please use an email address written in plain ASCII letters.";
                }
            }

            return null;
        }

        /// <summary>
        /// A password worth hashing at a login or a password check: one registration could have set.
        /// Longer ones are refused unhashed (PBKDF2 with a key over 64 bytes rehashes it every round).
        /// </summary>
        public static bool IsCheckablePassword(string password, ChatSettings settings)
        {
            return password != null && password.Length <= settings.PasswordMaxCodePoints * 2 && TextRules.CountCodePoints(password) <= settings.PasswordMaxCodePoints;
        }

        public static string CheckPassword(string password, ChatSettings settings)
        {
            if (password == null || !TextRules.HasOnlyPairedSurrogates(password))
            {
                return "The password contains an invalid character.";
            }

            int length = TextRules.CountCodePoints(password);
            if (length < settings.PasswordMinCodePoints)
            {
                return "Passwords need at least " + settings.PasswordMinCodePoints + " characters.";
            }

            if (length > settings.PasswordMaxCodePoints)
            {
                return "Passwords can be at most " + settings.PasswordMaxCodePoints + " characters long.";
            }

            return null;
        }
    }
}
