using System.Text;
using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.Sessions;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Web
{
    /// <summary>The administrator's page: accounts, sessions, messages, health, Wi-Fi and factory reset.</summary>
    public static class AdminPage
    {
        public static byte[] Render(AdminView view)
        {
            StringBuilder html = Pages.Begin("Administration", PageCode.Linked);
            html.Append("<header class=\"bar\"><h1>Administration</h1><a href=\"/chat\">Back to the chat</a></header>");
            Pages.Messages(html, view.Notice, view.Error);
            html.Append("<p><a href=\"/admin/card\">Join card</a>: the Wi-Fi and the chat's address as QR codes, to print for guests.</p>");
            Health(html, view);
            AdminLinksSection.Render(html, view.Links);
            Users(html, view);
            SessionList(html, view);
            Messages(html, view);
            Wifi(html, view.Network);
            html.Append("<h2>Factory reset</h2><form method=\"post\" action=\"/admin/factory-reset\" class=\"card\">");
            html.Append("<p>Erases every account, session and message. The Wi-Fi settings stay. Type RESET to confirm.</p>");
            Pages.Field(html, "confirm", "Confirmation", "text", null, "off", 8);
            html.Append("<button type=\"submit\" class=\"danger\">Erase all chat data</button></form>");
            return Pages.End(html, PageCode.Linked);
        }

        private static void Health(StringBuilder html, AdminView view)
        {
            html.Append("<h2>Health</h2><dl class=\"health\">");
            Term(html, "Uptime", Duration(view.UptimeMs));
            Term(html, "Free memory", view.FreeMemoryBytes < 0 ? "unknown" : Kilobytes(view.FreeMemoryBytes) + (view.TotalMemoryBytes > 0 ? " of " + Kilobytes(view.TotalMemoryBytes) : string.Empty));
            Term(html, "Chat connections", view.ChatConnections + " of " + view.MaxChatConnections);
            Term(html, "HTTP requests in progress", view.ActiveHttpRequests < 0 ? "unknown" : view.ActiveHttpRequests.ToString());
            Term(html, "Wi-Fi stations", view.Stations < 0 ? "not applicable" : view.Stations.ToString());
            Term(html, "Accounts", view.Users.Count + " of " + view.Users.Limit);
            Term(html, "Sessions", view.Sessions.Count + " of " + view.MaxSessions);
            Term(html, "Flash writes since start", view.FlashWrites.ToString());
            html.Append("</dl>");
        }

        private static void Users(StringBuilder html, AdminView view)
        {
            html.Append("<h2>Accounts</h2><table><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Email</th><th scope=\"col\">Role</th><th scope=\"col\">Actions</th></tr></thead><tbody>");
            for (int i = 0; i < view.Users.Count; i++)
            {
                User user = view.Users[i];
                html.Append("<tr><td>");
                Html.Append(html, user.Name);
                html.Append("</td><td>");
                Html.Append(html, user.Email);
                html.Append("</td><td>").Append(user.IsAdmin ? "administrator" : "member").Append("</td><td class=\"actions\">");
                string id = user.Id.ToString();
                Action(html, "/admin/user/role", "id", id, "grant", user.IsAdmin ? "0" : "1", user.Name, user.IsAdmin ? "Remove admin" : "Make admin", false);
                Action(html, "/admin/user/delete", "id", id, null, null, "account of " + user.Name, "Delete", true);
                html.Append("</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        private static void SessionList(StringBuilder html, AdminView view)
        {
            html.Append("<h2>Sessions</h2><table><thead><tr><th scope=\"col\">Session</th><th scope=\"col\">Account</th><th scope=\"col\">Age</th><th scope=\"col\">Idle</th><th scope=\"col\">Actions</th></tr></thead><tbody>");
            for (int i = 0; i < view.Sessions.Count; i++)
            {
                Session session = view.Sessions[i];
                User owner = view.Users.FindById(session.UserId);
                html.Append("<tr><td><code>").Append(session.Label).Append("</code></td><td>");
                Html.Append(html, owner == null ? "?" : owner.Name);
                html.Append("</td><td>").Append(Duration(view.UptimeMs - session.CreatedMs)).Append("</td><td>").Append(Duration(view.UptimeMs - session.LastUsedMs)).Append("</td><td>");
                Action(html, "/admin/session/end", "label", session.Label, null, null, "session " + session.Label, "End", true);
                html.Append("</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        private static void Messages(StringBuilder html, AdminView view)
        {
            html.Append("<h2>Recent messages</h2>");
            if (view.Messages.Length == 0)
            {
                html.Append("<p>No messages.</p>");
            }
            else
            {
                html.Append("<ol class=\"admin-messages\">");
                for (int i = view.Messages.Length - 1; i >= 0; i--)
                {
                    HistoryLine line = view.Messages[i];
                    html.Append("<li><span class=\"from\">");
                    Html.Append(html, line.From);
                    if (line.To != null)
                    {
                        html.Append(" → ");
                        Html.Append(html, line.To);
                    }

                    if (line.Text == null)
                    {
                        html.Append("</span> <span class=\"text\"><em>private message (its text is for its two people only)</em></span> ");
                    }
                    else
                    {
                        html.Append("</span> <span class=\"text\" dir=\"auto\">");
                        Html.Append(html, line.Text);
                        html.Append("</span> ");
                    }

                    Action(html, "/admin/message/delete", "id", line.Id.ToString(), null, null, "message " + line.Id, "Delete", true);
                    html.Append("</li>");
                }

                html.Append("</ol>");
            }

            html.Append("<form method=\"post\" action=\"/admin/history/clear\"><button type=\"submit\" class=\"danger\">Clear the whole history</button></form>");
        }

        private static void Wifi(StringBuilder html, NetworkSettings network)
        {
            if (network == null)
            {
                return;
            }

            html.Append("<h2>Wi-Fi (applied at the next reboot)</h2><form method=\"post\" action=\"/admin/wifi\" class=\"card\">");
            Pages.Field(html, "ssid", "Network name (SSID)", "text", network.Ssid, "off", 31);
            Pages.Field(html, "passphrase", "New WPA2 passphrase (8 to 63 characters; leave empty to keep the current one)", "password", null, "new-password", 63);
            html.Append("<label><input type=\"checkbox\" name=\"open\" value=\"1\"");
            if (network.OpenNetwork)
            {
                html.Append(" checked");
            }

            html.Append("> Open network without a passphrase (anyone nearby can join)</label>");
            html.Append("<button type=\"submit\">Save Wi-Fi settings</button></form>");
        }

        private static void Action(StringBuilder html, string action, string name, string value, string extraName, string extraValue, string label, string text, bool danger)
        {
            html.Append("<form method=\"post\" action=\"").Append(action).Append("\" class=\"inline\"><input type=\"hidden\" name=\"").Append(name).Append("\" value=\"");
            Html.Append(html, value);
            html.Append("\">");
            if (extraName != null)
            {
                html.Append("<input type=\"hidden\" name=\"").Append(extraName).Append("\" value=\"").Append(extraValue).Append("\">");
            }

            // The accessible name starts with the visible text (WCAG 2.5.3), then says what it applies to.
            html.Append("<button type=\"submit\" aria-label=\"").Append(text).Append(": ");
            Html.Append(html, label);
            html.Append('"');
            if (danger)
            {
                html.Append(" class=\"danger\"");
            }

            html.Append('>').Append(text).Append("</button></form>");
        }

        private static void Term(StringBuilder html, string name, string value)
        {
            html.Append("<dt>").Append(name).Append("</dt><dd>");
            Html.Append(html, value);
            html.Append("</dd>");
        }

        internal static string Kilobytes(long bytes)
        {
            return ((bytes + 512) / 1024) + " KB";
        }

        internal static string Duration(long ms)
        {
            long seconds = ms / 1000;
            if (seconds < 120)
            {
                return seconds + " s";
            }

            long minutes = seconds / 60;
            if (minutes < 120)
            {
                return minutes + " min";
            }

            long hours = minutes / 60;
            return hours < 48 ? hours + " h" : (hours / 24) + " days";
        }
    }
}
