using System.Text;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Web
{
    /// <summary>
    /// The pages' markup. Every piece of user text goes through <see cref="Html"/>. The login, register
    /// and chat pages are rendered once at build time with inline code (<see cref="PageCode"/>) and served
    /// from flash; the device renders only forms re-shown with an error, the account page and problems.
    /// </summary>
    public static class Pages
    {
        /// <summary>The element the pages' scripts fill with the address the phone actually used.</summary>
        public const string AddressElementId = "chat-address";

        public static byte[] Login(PageCode code, string error, string login, string deviceAddress)
        {
            StringBuilder html = Begin("Log in", code);
            html.Append("<h1>ChatFirmware</h1><p class=\"lead\">The private chat of this Wi-Fi network.</p>");
            Messages(html, null, error);
            html.Append("<form method=\"post\" action=\"/login\" class=\"card\">");
            Field(html, "email", "Email or name", "text", login, "username", 64);
            Field(html, "password", "Password", "password", null, "current-password", 128);
            html.Append("<button type=\"submit\">Log in</button></form>");
            // Below the form, visible in a phone's small sign-in sheet: phones route around a Wi-Fi without internet.
            html.Append("<details class=\"hint\"><summary>");
            Html.Append(html, CaptivePortal.PortalHint.Title);
            html.Append("</summary>");
            HintText(html, deviceAddress);
            html.Append("</details>");
            html.Append("<p>No account yet? <a href=\"/register\">Create one</a>.</p>");
            return End(html, code);
        }

        public static byte[] Register(PageCode code, string error, string name, string email)
        {
            StringBuilder html = Begin("Create an account", code);
            html.Append("<h1>Create an account</h1>");
            Messages(html, null, error);
            html.Append("<form method=\"post\" action=\"/register\" class=\"card\">");
            Field(html, "name", "Name (shown to others)", "text", name, "nickname", 48);
            Field(html, "email", "Email", "email", email, "email", 64);
            Field(html, "password", "Password (at least 8 characters)", "password", null, "new-password", 128);
            html.Append("<button type=\"submit\">Create account</button></form>");
            html.Append("<p>Already registered? <a href=\"/\">Log in</a>.</p>");
            return End(html, code);
        }

        /// <summary>
        /// The same page for every user (it is served from flash): the script shows the name the chat's
        /// welcome gives, and the phone hint when the chat cannot reach the board.
        /// </summary>
        public static byte[] Chat(PageCode code, string deviceAddress)
        {
            StringBuilder html = Begin("Chat", code);
            html.Append("<header class=\"bar\"><h1>Chat</h1><span class=\"who\" id=\"who\" dir=\"auto\"></span><a href=\"/account\">Account</a><form method=\"post\" action=\"/logout\"><button type=\"submit\" class=\"link\">Log out</button></form></header>");
            html.Append("<p id=\"status\" class=\"status\" role=\"status\">Connecting…</p>");
            html.Append("<section class=\"online\" aria-labelledby=\"online-title\"><h2 id=\"online-title\">Online</h2>");
            html.Append("<ul id=\"online\" class=\"online-list\"></ul>");
            html.Append("<label class=\"sound\"><input type=\"checkbox\" id=\"sound\"> Sound</label></section>");
            html.Append("<ol id=\"messages\" class=\"messages\" aria-live=\"polite\" aria-label=\"Messages\"></ol>");
            html.Append("<p id=\"problem\" class=\"error\" role=\"alert\" hidden></p>");
            html.Append("<p id=\"signed-out\" hidden><a href=\"/\">Log in again</a></p>");
            html.Append("<div id=\"offline-hint\" class=\"hint\" hidden><p><strong>");
            Html.Append(html, CaptivePortal.PortalHint.Title);
            html.Append("</strong></p>");
            HintText(html, deviceAddress);
            html.Append("</div>");
            html.Append("<form id=\"composer\" class=\"composer\" autocomplete=\"off\">");
            html.Append("<p id=\"target\" class=\"target\" hidden><span id=\"target-name\"></span> <button type=\"button\" id=\"target-clear\" class=\"link\">Write to everyone</button></p>");
            html.Append("<label for=\"text\" class=\"visually-hidden\">Message</label>");
            html.Append("<textarea id=\"text\" name=\"text\" rows=\"2\" placeholder=\"Write a message\" required></textarea>");
            html.Append("<button type=\"submit\" id=\"send\" disabled>Send</button></form>");
            return End(html, code);
        }

        public static byte[] Account(string userName, bool isAdmin, string notice, string error)
        {
            StringBuilder html = Begin("Your account", PageCode.Linked);
            html.Append("<header class=\"bar\"><h1>Your account</h1><a href=\"/chat\">Back to the chat</a></header><p>Logged in as <strong>");
            Html.Append(html, userName);
            html.Append("</strong>");
            if (isAdmin)
            {
                html.Append(" (administrator, <a href=\"/admin\">administration</a>)");
            }

            html.Append(".</p>");
            Messages(html, notice, error);
            html.Append("<h2>Change password</h2><form method=\"post\" action=\"/account/password\" class=\"card\">");
            Field(html, "current", "Current password", "password", null, "current-password", 128);
            Field(html, "password", "New password (at least 8 characters)", "password", null, "new-password", 128);
            html.Append("<button type=\"submit\">Change password</button></form>");
            html.Append("<h2>Log out everywhere</h2><form method=\"post\" action=\"/account/logout-all\" class=\"card\"><p>Ends every session of this account, on every device.</p>");
            html.Append("<button type=\"submit\">Log out everywhere</button></form>");
            html.Append("<h2>Delete my account</h2><form method=\"post\" action=\"/account/delete\" class=\"card\"><p>Your account is removed at once; your messages stay in the history.</p>");
            Field(html, "confirm", "Password, to confirm", "password", null, "current-password", 128);
            html.Append("<button type=\"submit\" class=\"danger\">Delete my account</button></form>");
            return End(html, PageCode.Linked);
        }

        public static byte[] Problem(string title, string message)
        {
            StringBuilder html = Begin(title, PageCode.Linked);
            html.Append("<h1>");
            Html.Append(html, title);
            html.Append("</h1><p>");
            Html.Append(html, message);
            html.Append("</p><p><a href=\"/\">Back to the chat</a></p>");
            return End(html, PageCode.Linked);
        }

        /// <summary>The phone hint's paragraph; the page's script replaces the address with the one the phone used.</summary>
        private static void HintText(StringBuilder html, string deviceAddress)
        {
            html.Append("<p>");
            Html.Append(html, CaptivePortal.PortalHint.BeforeAddress);
            html.Append("<strong id=\"").Append(AddressElementId).Append("\">");
            Html.Append(html, CaptivePortal.PortalHint.Address(deviceAddress));
            html.Append("</strong>");
            Html.Append(html, CaptivePortal.PortalHint.AfterAddress);
            html.Append("</p>");
        }

        internal static StringBuilder Begin(string title, PageCode code)
        {
            StringBuilder html = new StringBuilder(2048);
            html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">");
            html.Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
            html.Append("<title>");
            Html.Append(html, title);
            // The empty icon keeps browsers from asking for /favicon.ico: a request costs a phone about a second here.
            html.Append(" · ChatFirmware</title><link rel=\"icon\" href=\"data:,\">");
            code.AppendHead(html);
            html.Append("</head><body><main>");
            return html;
        }

        internal static byte[] End(StringBuilder html, PageCode code)
        {
            // At the end of the body: the elements the script looks up exist when it runs.
            html.Append("</main>");
            code.AppendScript(html);
            html.Append("</body></html>");
            return Utf8.Encode(html.ToString());
        }

        internal static void Messages(StringBuilder html, string notice, string error)
        {
            if (notice != null)
            {
                html.Append("<p class=\"notice\" role=\"status\">");
                Html.Append(html, notice);
                html.Append("</p>");
            }

            if (error != null)
            {
                html.Append("<p class=\"error\" role=\"alert\">");
                Html.Append(html, error);
                html.Append("</p>");
            }
        }

        internal static void Field(StringBuilder html, string name, string label, string type, string value, string autocomplete, int maxLength)
        {
            html.Append("<label for=\"").Append(name).Append("\">");
            Html.Append(html, label);
            html.Append("</label><input id=\"").Append(name).Append("\" name=\"").Append(name);
            html.Append("\" type=\"").Append(type).Append("\" autocomplete=\"").Append(autocomplete);
            html.Append("\" maxlength=\"").Append(maxLength).Append("\" required");
            if (value != null)
            {
                html.Append(" value=\"");
                Html.Append(html, value);
                html.Append('"');
            }

            html.Append('>');
        }
    }
}
