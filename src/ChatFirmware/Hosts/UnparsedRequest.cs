using System.Net;
using System.Reflection;

namespace ChatFirmware
{
    /// <summary>
    /// Lets a request that nanoFramework's HttpListener could not parse be answered ("bare 200"): the
    /// context's Request and Response getters both parse the request, so after it threw once both throw
    /// again, and Close then sends the response's default, an empty 200. Marking the context parsed
    /// (a private flag, reached by reflection: System.Net.Http 1.5.210 offers no other way) gives the
    /// Response back, so the host can answer 400. Seen on nanoCLR with the end-to-end tests.
    /// </summary>
    internal static class UnparsedRequest
    {
        private static FieldInfo _parsed;
        private static bool _looked;

        /// <summary>The context's response after a failed parse, or null when the flag is not there (another library version).</summary>
        public static HttpListenerResponse Response(HttpListenerContext context)
        {
            if (!_looked)
            {
                _parsed = typeof(HttpListenerContext).GetField("m_IsHTTPRequestParsed", BindingFlags.NonPublic | BindingFlags.Instance);
                _looked = true;
            }

            if (_parsed == null)
            {
                return null;
            }

            _parsed.SetValue(context, true);
            return context.Response;
        }
    }
}
