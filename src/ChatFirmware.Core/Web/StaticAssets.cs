using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Web
{
    /// <summary>
    /// The page assets the core serves, with their types and cache validators. The bytes come from the
    /// host's <see cref="IAssetSource"/>; the ETag is the CRC-32 of the bytes, so it changes exactly
    /// when the asset does.
    /// </summary>
    public sealed class StaticAssets
    {
        private static readonly string[] Paths = new string[] { "/app.css", "/chat.js" };
        private static readonly string[] Names = new string[] { "app.css", "chat.js" };
        private static readonly string[] Types = new string[] { "text/css; charset=utf-8", "text/javascript; charset=utf-8" };
        private readonly IAssetSource _source;

        public StaticAssets(IAssetSource source)
        {
            _source = source;
        }

        /// <summary>True when the path names a static asset.</summary>
        public static bool Serves(string path)
        {
            return IndexOf(path) >= 0;
        }

        public HttpResponse Respond(HttpRequest request)
        {
            int index = IndexOf(request.Path);
            byte[] bytes = index < 0 ? null : _source.Read(Names[index]);
            if (bytes == null)
            {
                return null;
            }

            string etag = "\"" + Hex.Encode(CrcBytes(bytes), 0, 4) + "\"";
            HttpResponse response = new HttpResponse(request.IfNoneMatch == etag ? 304 : 200);
            response.SetHeader("ETag", etag);
            // Revalidate every time: a firmware update must never leave an old script in a phone's cache.
            response.SetHeader("Cache-Control", "no-cache");
            if (response.StatusCode == 200)
            {
                response.ContentType = Types[index];
                response.Body = bytes;
            }

            return response;
        }

        private static byte[] CrcBytes(byte[] bytes)
        {
            uint crc = Crc32.Compute(bytes, 0, bytes.Length);
            return new byte[] { (byte)(crc >> 24), (byte)(crc >> 16), (byte)(crc >> 8), (byte)crc };
        }

        private static int IndexOf(string path)
        {
            for (int i = 0; i < Paths.Length; i++)
            {
                if (Paths[i] == path)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
