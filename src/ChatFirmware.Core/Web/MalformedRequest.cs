using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Web
{
    /// <summary>
    /// The answer to a request a host could not read to the end (a chunk size that is not hex, a body
    /// shorter than its Content-Length): the client's fault, so 400, never a server error.
    /// </summary>
    public static class MalformedRequest
    {
        public static HttpResponse Answer()
        {
            HttpResponse response = new HttpResponse(400);
            response.ContentType = "text/plain; charset=utf-8";
            response.Body = Utf8.Encode("The request could not be read: its body is malformed.");
            SecurityHeaders.Apply(response);
            return response;
        }
    }
}
