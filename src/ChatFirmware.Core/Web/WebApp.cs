using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.CaptivePortal;
using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Sessions;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.Core.Web
{
    /// <summary>
    /// The HTTP routes: pages, forms and the session cookie. The chat socket's upgrade is answered by
    /// the facade, which owns the room.
    /// </summary>
    public sealed class WebApp
    {
        private const string FormType = "application/x-www-form-urlencoded";
        private readonly object _state;
        private readonly ChatSettings _settings;
        private readonly AccountService _accounts;
        private readonly StaticAssets _assets;
        private readonly AdminApp _admin;
        private readonly PortalClients _portal;
        private readonly IUptimeClock _uptime;
        private readonly string _deviceAddress;

        public WebApp(object stateLock, ChatSettings settings, AccountService accounts, StaticAssets assets, AdminApp admin, PortalClients portal, IUptimeClock uptime, string deviceAddress)
        {
            _portal = portal;
            _uptime = uptime;
            _deviceAddress = deviceAddress;
            _state = stateLock;
            _settings = settings;
            _accounts = accounts;
            _assets = assets;
            _admin = admin;
        }

        public HttpResponse Handle(HttpRequest request)
        {
            HttpResponse response = Route(request);
            SecurityHeaders.Apply(response);
            return response;
        }

        /// <summary>The user of the request's session cookie (marking the session used), or null.</summary>
        public User CurrentUser(HttpRequest request, out Session session)
        {
            lock (_state)
            {
                session = _accounts.Authenticate(Cookies.Find(request.Cookie, _settings.SessionCookieName));
                return session == null ? null : _accounts.Users.FindById(session.UserId);
            }
        }

        /// <summary>
        /// A chat connection for the request's session, or null when it has none. Call under the state
        /// lock (nested locking of the same object is fine).
        /// </summary>
        public ChatConnection ConnectionFor(HttpRequest request, IChatSocket socket, ChatRoom room)
        {
            Session session;
            User user = CurrentUser(request, out session);
            return user == null ? null : room.Connect(socket, user.Id, user.Name, user.IsAdmin, session.TokenHash);
        }

        private HttpResponse Route(HttpRequest request)
        {
            // Operating systems' connectivity probes and foreign hosts: the captive portal answers them.
            HttpResponse portal = ConnectivityProbes.TryAnswer(request, _portal.IsOnline(request.RemoteAddress, _uptime.UptimeMilliseconds), _deviceAddress);
            if (portal != null)
            {
                return portal;
            }

            string path = request.Path;
            bool get = request.Method == "GET" || request.Method == "HEAD";
            bool post = request.Method == "POST";
            if (StaticAssets.Serves(path))
            {
                return get ? _assets.Respond(request) ?? NotFound() : MethodNotAllowed("GET, HEAD");
            }

            if (path == "/" || path == "/register" || path == "/chat")
            {
                if (post && path != "/chat")
                {
                    return PostForm(request);
                }

                if (!get)
                {
                    return MethodNotAllowed(path == "/chat" ? "GET, HEAD" : "GET, HEAD, POST");
                }

                return GetPage(request);
            }

            if (path == "/login" || path == "/logout" || path == "/account/password" || path == "/account/logout-all" || path == "/account/delete")
            {
                return post ? PostForm(request) : (get ? Redirect(path.StartsWith("/account") ? "/account" : "/") : MethodNotAllowed("POST"));
            }

            if (path == "/account")
            {
                return get ? AccountPage(request, 200, null, null) : MethodNotAllowed("GET, HEAD");
            }

            if (AdminApp.Serves(path))
            {
                Session session;
                User user = CurrentUser(request, out session);
                if (user == null)
                {
                    return Redirect("/");
                }

                if (!user.IsAdmin)
                {
                    return Page(403, Pages.Problem("Administrators only", "This page is for the chat's administrators."));
                }

                if (path == "/admin")
                {
                    return get ? _admin.Page(200, null, null) : MethodNotAllowed("GET, HEAD");
                }

                if (path == "/admin/card")
                {
                    return get ? _admin.Card() : MethodNotAllowed("GET, HEAD");
                }

                return post ? PostForm(request) : (get ? Redirect("/admin") : MethodNotAllowed("POST"));
            }

            return NotFound();
        }

        /// <summary>
        /// "/" is the chat for a session and the login page otherwise, so that a returning phone gets its
        /// chat in one request (plus the socket) with no redirect; "/chat" stays the chat's own address.
        /// </summary>
        private HttpResponse GetPage(HttpRequest request)
        {
            Session session;
            User user = CurrentUser(request, out session);
            string path = request.Path;
            if (path == "/register")
            {
                return user != null ? Redirect("/") : FromFlash(request, StaticAssets.RegisterPage);
            }

            if (user != null)
            {
                return FromFlash(request, StaticAssets.ChatPage);
            }

            return path == "/chat" ? Redirect("/") : FromFlash(request, StaticAssets.LoginPage);
        }

        private HttpResponse FromFlash(HttpRequest request, string name)
        {
            HttpResponse response = _assets.Page(request, name);
            return response ?? Page(500, Pages.Problem("Page missing", "This firmware was built without its " + name + "; flash it again."));
        }

        private HttpResponse PostForm(HttpRequest request)
        {
            if (!SecurityHeaders.IsSameOrigin(request))
            {
                return Page(403, Pages.Problem("Refused", "This form was sent from another site."));
            }

            if (request.DeclaredBodyLength > _settings.MaxRequestBodyBytes)
            {
                return Page(413, Pages.Problem("Too large", "The form was larger than this chat accepts (" + _settings.MaxRequestBodyBytes + " bytes)."));
            }

            FormReader form = null;
            if (request.Body == null || request.Body.Length == 0 || IsForm(request.ContentType))
            {
                form = FormReader.Parse(request.Body);
            }
            else
            {
                return Page(415, Pages.Problem("Unsupported form", "Forms must be sent as " + FormType + "."));
            }

            if (form == null)
            {
                return Page(400, Pages.Problem("Bad form", "The form data could not be read (malformed or not UTF-8)."));
            }

            string path = request.Path;
            if (path == "/register")
            {
                return Register(request, form);
            }

            if (path == "/logout")
            {
                return Logout(request);
            }

            if (path.StartsWith("/account/"))
            {
                return AccountAction(request, form);
            }

            if (path.StartsWith("/admin/"))
            {
                return _admin.Post(path, form) ?? NotFound();
            }

            return Login(request, form);
        }

        private HttpResponse Register(HttpRequest request, FormReader form)
        {
            string name = form.Get("name");
            string email = form.Get("email");
            AccountResult result = _accounts.Register(name, email, form.Get("password"), request.RemoteAddress ?? string.Empty);
            if (result.Succeeded)
            {
                // A fragment, not a query: the browser revalidates the login page it has (304) and its script shows the notice.
                return Redirect("/#registered");
            }

            int status = result.Status == AccountResult.Full ? 403 : StatusFor(result);
            return WithRetryAfter(Page(status, Pages.Register(PageCode.Linked, result.Message, name, email)), result);
        }

        private HttpResponse Login(HttpRequest request, FormReader form)
        {
            string login = form.Get("email");
            AccountResult result = _accounts.Login(login, form.Get("password"), request.RemoteAddress ?? string.Empty);
            if (result.Succeeded)
            {
                _portal.MarkOnline(request.RemoteAddress, _uptime.UptimeMilliseconds);
                HttpResponse response = Redirect("/chat");
                response.SetHeader("Set-Cookie", Cookies.SessionCookie(_settings.SessionCookieName, result.Token, _settings.SessionAbsoluteTimeoutMs / 1000));
                response.EndedSessions = result.EndedSessions;
                return response;
            }

            int status = result.Status == AccountResult.Throttled ? 429 : (result.Status == AccountResult.StoreFailed ? 503 : 401);
            return WithRetryAfter(Page(status, Pages.Login(PageCode.Linked, result.Message, login, _deviceAddress)), result);
        }

        private HttpResponse Logout(HttpRequest request)
        {
            AccountResult result = _accounts.Logout(Cookies.Find(request.Cookie, _settings.SessionCookieName));
            if (!result.Succeeded)
            {
                return Page(503, Pages.Problem("Not logged out", result.Message));
            }

            HttpResponse response = Redirect("/");
            _portal.MarkOffline(request.RemoteAddress);
            response.SetHeader("Set-Cookie", Cookies.ExpiredSessionCookie(_settings.SessionCookieName));
            response.EndedSessions = result.EndedSessions;
            return response;
        }

        private HttpResponse AccountPage(HttpRequest request, int status, string notice, string error)
        {
            Session session;
            User user = CurrentUser(request, out session);
            return user == null ? Redirect("/") : Page(status, Pages.Account(user.Name, user.IsAdmin, notice, error));
        }

        private HttpResponse AccountAction(HttpRequest request, FormReader form)
        {
            string token = Cookies.Find(request.Cookie, _settings.SessionCookieName);
            string address = request.RemoteAddress ?? string.Empty;
            AccountResult result;
            if (request.Path == "/account/password")
            {
                result = _accounts.ChangePassword(token, form.Get("current"), form.Get("password"), address);
            }
            else if (request.Path == "/account/logout-all")
            {
                result = _accounts.LogoutEverywhere(token);
            }
            else
            {
                result = _accounts.DeleteOwnAccount(token, form.Get("confirm"), address);
            }

            if (!result.Succeeded)
            {
                return WithRetryAfter(AccountPage(request, StatusFor(result), null, result.Message), result);
            }

            bool signedOut = request.Path != "/account/password";
            HttpResponse response = signedOut ? Redirect("/") : AccountPage(request, 200, result.Message, null);
            if (signedOut)
            {
                _portal.MarkOffline(request.RemoteAddress);
                response.SetHeader("Set-Cookie", Cookies.ExpiredSessionCookie(_settings.SessionCookieName));
            }

            response.EndedSessions = result.EndedSessions;
            return response;
        }

        internal static int StatusFor(AccountResult result)
        {
            switch (result.Status)
            {
                case AccountResult.BadCredentials:
                    return 401;
                case AccountResult.NotAllowed:
                    return 403;
                case AccountResult.StoreFailed:
                    return 503;
                case AccountResult.Duplicate:
                    return 409;
                case AccountResult.Throttled:
                    return 429;
                default:
                    return 400;
            }
        }

        /// <summary>A throttled request is told when to come back.</summary>
        private static HttpResponse WithRetryAfter(HttpResponse response, AccountResult result)
        {
            if (result.Status == AccountResult.Throttled)
            {
                response.SetHeader("Retry-After", result.RetryAfterSeconds.ToString());
            }

            return response;
        }

        private static bool IsForm(string contentType)
        {
            return contentType != null && contentType.ToLower().StartsWith(FormType);
        }

        private static HttpResponse Page(int status, byte[] html)
        {
            HttpResponse response = new HttpResponse(status);
            response.ContentType = "text/html; charset=utf-8";
            response.Body = html;
            return response;
        }

        private static HttpResponse Redirect(string location)
        {
            HttpResponse response = new HttpResponse(303);
            response.SetHeader("Location", location);
            return response;
        }

        private static HttpResponse NotFound()
        {
            return Page(404, Pages.Problem("Not found", "There is no such page on this chat."));
        }

        private static HttpResponse MethodNotAllowed(string allow)
        {
            HttpResponse response = Page(405, Pages.Problem("Not allowed", "This address does not accept that kind of request."));
            response.SetHeader("Allow", allow);
            return response;
        }
    }
}
