using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Web
{
    /// <summary>
    /// The page assets the core serves, with their types and cache validators. The host stores each
    /// asset as a gzip member made at build time (Web/Assets/gz, tools/ChatFirmware.AssetGzip); it is
    /// sent as is with Content-Encoding: gzip (every browser accepts it, and a request without
    /// Accept-Encoding accepts any coding). The ETag is the gzip trailer: the CRC-32 and size of the
    /// uncompressed asset, read without reading the asset, so it changes exactly when the asset does.
    /// </summary>
    public sealed class StaticAssets
    {
        /// <summary>A gzip member is at least a 10-byte header, an empty deflate block and the 8-byte trailer.</summary>
        private const int MinimumGzipBytes = 20;
        private const int TrailerBytes = 8;
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
            if (index < 0)
            {
                return null;
            }

            string name = Names[index];
            int length = _source.Length(name);
            byte[] trailer = length < MinimumGzipBytes ? null : _source.Read(name, length - TrailerBytes, TrailerBytes);
            if (trailer == null || trailer.Length != TrailerBytes)
            {
                return null;
            }

            string etag = "\"gz-" + Hex.Encode(trailer, 0, TrailerBytes) + "\"";
            HttpResponse response = new HttpResponse(request.IfNoneMatch == etag ? 304 : 200);
            response.SetHeader("ETag", etag);
            // Revalidate every time: a firmware update must never leave an old script in a phone's cache.
            response.SetHeader("Cache-Control", "no-cache");
            if (response.StatusCode == 200)
            {
                response.ContentType = Types[index];
                response.SetHeader("Content-Encoding", "gzip");
                if (_source.SendsInSlices)
                {
                    response.BodyAsset = name;
                    response.BodyAssetLength = length;
                }
                else
                {
                    response.Body = _source.Read(name, 0, length);
                }
            }

            return response;
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
