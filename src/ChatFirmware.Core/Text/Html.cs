using System.Text;

namespace ChatFirmware.Core.Text
{
    /// <summary>HTML escaping for every piece of user text a page shows (the seed's stored XSS).</summary>
    public static class Html
    {
        /// <summary>Appends text escaped for element content and double-quoted attribute values.</summary>
        public static void Append(StringBuilder target, string text)
        {
            if (text == null)
            {
                return;
            }

            // ToCharArray, not text[i]: nanoFramework's indexer is wrong after an emoji (and quadratic).
            char[] chars = text.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                switch (c)
                {
                    case '&':
                        target.Append("&amp;");
                        break;
                    case '<':
                        target.Append("&lt;");
                        break;
                    case '>':
                        target.Append("&gt;");
                        break;
                    case '"':
                        target.Append("&quot;");
                        break;
                    case '\'':
                        target.Append("&#39;");
                        break;
                    default:
                        target.Append(c);
                        break;
                }
            }
        }

        public static string Escape(string text)
        {
            StringBuilder builder = new StringBuilder(text == null ? 0 : text.Length + 16);
            Append(builder, text);
            return builder.ToString();
        }
    }
}
