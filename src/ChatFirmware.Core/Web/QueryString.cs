using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Web
{
    /// <summary>Reads parameters of a request's query string (same encoding as a form body).</summary>
    public static class QueryString
    {
        public static string Get(HttpRequest request, string name)
        {
            if (request.Query.Length == 0)
            {
                return null;
            }

            FormReader query = FormReader.Parse(Utf8.Encode(request.Query));
            return query == null ? null : query.Get(name);
        }

        /// <summary>A non-negative integer parameter, or 0 when absent or malformed.</summary>
        public static long GetLong(HttpRequest request, string name)
        {
            string text = Get(request, name);
            if (text == null || text.Length == 0 || text.Length > 17)
            {
                return 0;
            }

            long value = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
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
