namespace ChatFirmware.Core.Web
{
    /// <summary>Headers every response carries, and the Origin check for state-changing requests.</summary>
    public static class SecurityHeaders
    {
        /// <summary>
        /// Same-origin resources only; inline code only when its hash, computed at build time, matches
        /// (the pages served from flash); no other script at all; no framing; forms post only here.
        /// </summary>
        public const string ContentSecurityPolicy = "default-src 'none'; script-src " + InlineCodeHashes.LoginScript + " " + InlineCodeHashes.ChatScript
            + "; style-src 'self' " + InlineCodeHashes.Style + "; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

        public static void Apply(HttpResponse response)
        {
            response.SetHeader("Content-Security-Policy", ContentSecurityPolicy);
            response.SetHeader("X-Content-Type-Options", "nosniff");
            // Not "no-referrer": with it browsers send "Origin: null" on same-site form posts, which the Origin check refuses.
            response.SetHeader("Referrer-Policy", "same-origin");
            response.SetHeader("X-Frame-Options", "DENY");
            if (response.GetHeader("Cache-Control") == null)
            {
                response.SetHeader("Cache-Control", "no-store");
            }
        }

        /// <summary>
        /// False when the request names an Origin other than the host it was sent to (a cross-site form
        /// or socket). Requests without Origin come from non-browser clients, which still need the cookie.
        /// </summary>
        public static bool IsSameOrigin(HttpRequest request)
        {
            string origin = request.Origin;
            if (origin == null)
            {
                return true;
            }

            if (request.Host == null)
            {
                return false;
            }

            return origin == "http://" + request.Host || origin == "https://" + request.Host;
        }
    }
}
