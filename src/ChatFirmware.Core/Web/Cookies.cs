using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Web
{
    /// <summary>
    /// Cookie header parsing and the session Set-Cookie value (nanoFramework's HttpListener has no
    /// cookie API: the raw header is split here).
    /// </summary>
    public static class Cookies
    {
        /// <summary>The value of the named cookie in a Cookie header, or null.</summary>
        public static string Find(string header, string name)
        {
            if (header == null)
            {
                return null;
            }

            string[] parts = header.Split(new char[] { ';' });
            for (int i = 0; i < parts.Length; i++)
            {
                string part = parts[i].Trim();
                int equals = TextScan.IndexOf(part, '=');
                if (equals > 0 && part.Substring(0, equals).Trim() == name)
                {
                    return part.Substring(equals + 1).Trim();
                }
            }

            return null;
        }

        /// <summary>The session cookie: HttpOnly so scripts cannot read it, SameSite=Strict against cross-site requests.</summary>
        public static string SessionCookie(string name, string token, long maxAgeSeconds)
        {
            return name + "=" + token + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Strict";
        }

        public static string ExpiredSessionCookie(string name)
        {
            return name + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict";
        }
    }
}
