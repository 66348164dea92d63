using ChatFirmware.Core.Fallback;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Web
{
    /// <summary>
    /// What a host does when it is short of sockets, request handlers or memory: how many requests it
    /// may handle at once, which requests still go through while memory is low, and the short answer
    /// for the others. Kept here so that the rules are the same on every host and tested.
    /// </summary>
    public static class Overload
    {
        /// <summary>Seconds a refused client is asked to wait.</summary>
        public const int RetryAfterSeconds = 30;

        /// <summary>
        /// Requests handled at once: what the socket table has left after the fixed sockets (listener,
        /// DHCP, DNS) and the chat's WebSockets (a long poll holds a handler instead of a WebSocket, so
        /// the two share the chat's part), at most <see cref="ChatSettings.MaxHttpHandlers"/>, at least 1.
        /// </summary>
        public static int HttpHandlerLimit(ChatSettings settings, int socketTable, int fixedSockets, int webSockets)
        {
            int bySockets = socketTable - fixedSockets - webSockets;
            int limit = bySockets < settings.MaxHttpHandlers ? bySockets : settings.MaxHttpHandlers;
            return limit < 1 ? 1 : limit;
        }

        /// <summary>
        /// Long polls that may wait at once: the chat's part of the HTTP handlers (MaxHttpHandlers minus
        /// HttpHandlersForPages) less the open WebSockets, which hold the sockets those handlers would
        /// need on the board. Never below 0: with no room left, polls answer at once and ask to come back.
        /// </summary>
        public static int WaitingPollLimit(ChatSettings settings, int webSockets)
        {
            int limit = settings.MaxHttpHandlers - settings.HttpHandlersForPages - webSockets;
            return limit < 0 ? 0 : limit;
        }

        /// <summary>
        /// While memory is low only the polls and posts of chat clients already connected over the
        /// fallback transport go through: refusing new connections protects the people chatting.
        /// </summary>
        public static bool ServedWhileLow(HttpRequest request)
        {
            return FallbackTransport.Serves(request.Path) && QueryString.Get(request, "poll") != null;
        }

        /// <summary>The answer to a request refused for lack of room: 503 with Retry-After and a sentence a page can show.</summary>
        public static HttpResponse Busy()
        {
            HttpResponse response = new HttpResponse(503);
            response.ContentType = "text/plain; charset=utf-8";
            response.SetHeader("Retry-After", RetryAfterSeconds.ToString());
            response.Body = Utf8.Encode("The chat server is busy. Please try again in a minute.");
            SecurityHeaders.Apply(response);
            return response;
        }
    }
}
