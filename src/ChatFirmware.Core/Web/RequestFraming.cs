using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Web
{
    /// <summary>
    /// Answers for requests the servers cannot read as sent, the same from both hosts: the board's
    /// HttpListener throws on a request line or header it cannot parse (Kestrel refuses those itself);
    /// the board reads a body only to its declared length (its listener's stream does not stop at the
    /// body's end), so a body sent without one (Transfer-Encoding: chunked) is read by no host. Browsers
    /// always send a Content-Length with a form or a fetch body.
    /// </summary>
    public static class RequestFraming
    {
        /// <summary>400: the request line or a header could not be parsed.</summary>
        public static HttpResponse Malformed()
        {
            return PlainText(400, "The request could not be read (malformed request line or header).");
        }

        /// <summary>411: a body without a declared length.</summary>
        public static HttpResponse LengthRequired()
        {
            return PlainText(411, "Send the body with a Content-Length (chunked bodies are not read).");
        }

        private static HttpResponse PlainText(int status, string text)
        {
            HttpResponse response = new HttpResponse(status);
            response.ContentType = "text/plain; charset=utf-8";
            response.Body = Utf8.Encode(text);
            SecurityHeaders.Apply(response);
            return response;
        }
    }
}
