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
            // 17 digits stay far inside long and cover every message id.
            return Digits.ParseOrZero(Get(request, name), 17);
        }
    }
}
