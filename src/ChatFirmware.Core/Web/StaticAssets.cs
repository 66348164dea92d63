using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Web
{
    /// <summary>
    /// What is served from flash: the login, register and chat pages (rendered at build time with their
    /// style and script inline, so one request brings a whole page) and the style sheet that the pages
    /// rendered on request link. The host stores each as a gzip member made at build time (Web/Assets/gz,
    /// tools/ChatFirmware.AssetGzip); it is sent as is with Content-Encoding: gzip (every browser accepts
    /// it, and a request without Accept-Encoding accepts any coding). The ETag is the gzip trailer: the
    /// CRC-32 and size of the uncompressed content, read without reading the member, so it changes
    /// exactly when the content does.
    /// </summary>
    public sealed class StaticAssets
    {
        public const string StyleSheet = "app.css";
        public const string LoginPage = "login.html";
        public const string RegisterPage = "register.html";
        public const string ChatPage = "chat.html";

        /// <summary>Every name a host must provide.</summary>
        public static readonly string[] Names = new string[] { StyleSheet, LoginPage, RegisterPage, ChatPage };

        private const string StyleSheetPath = "/app.css";
        private const string HtmlType = "text/html; charset=utf-8";
        private const string CssType = "text/css; charset=utf-8";

        /// <summary>A gzip member is at least a 10-byte header, an empty deflate block and the 8-byte trailer.</summary>
        private const int MinimumGzipBytes = 20;
        private const int TrailerBytes = 8;
        private readonly IAssetSource _source;

        public StaticAssets(IAssetSource source)
        {
            _source = source;
        }

        /// <summary>True when the path names an asset served under its own address (the style sheet).</summary>
        public static bool Serves(string path)
        {
            return path == StyleSheetPath;
        }

        /// <summary>The style sheet, or null when the host lacks it.</summary>
        public HttpResponse Respond(HttpRequest request)
        {
            return Send(request, StyleSheet, CssType, false);
        }

        /// <summary>
        /// A page from flash for a route whose page depends on the session (login or chat at "/"), or
        /// null when the host lacks it. Marked as varying with the cookie so no cache hands one person's
        /// page to a request with another cookie; the ETags differ between pages in any case.
        /// </summary>
        public HttpResponse Page(HttpRequest request, string name)
        {
            return Send(request, name, HtmlType, true);
        }

        private HttpResponse Send(HttpRequest request, string name, string contentType, bool variesWithCookie)
        {
            int length = _source.Length(name);
            byte[] trailer = length < MinimumGzipBytes ? null : _source.Read(name, length - TrailerBytes, TrailerBytes);
            if (trailer == null || trailer.Length != TrailerBytes)
            {
                return null;
            }

            string etag = "\"gz-" + Hex.Encode(trailer, 0, TrailerBytes) + "\"";
            HttpResponse response = new HttpResponse(request.IfNoneMatch == etag ? 304 : 200);
            response.SetHeader("ETag", etag);
            // Revalidate every time: a firmware update must never leave an old page in a phone's cache.
            response.SetHeader("Cache-Control", "no-cache");
            if (variesWithCookie)
            {
                response.SetHeader("Vary", "Cookie");
            }

            if (response.StatusCode == 200)
            {
                response.ContentType = contentType;
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
    }
}
