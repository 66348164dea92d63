using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.Board;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Web
{
    /// <summary>
    /// The administrator's routes (/admin and its form posts). The caller has checked that the request
    /// comes from an administrator's session and passed the Origin check.
    /// </summary>
    public sealed class AdminApp
    {
        private const int MessagesShown = 30;
        private readonly object _state;
        private readonly ChatSettings _settings;
        private readonly AccountService _accounts;
        private readonly IChatModeration _moderation;
        private readonly ChatPorts _ports;

        public AdminApp(object stateLock, ChatSettings settings, AccountService accounts, IChatModeration moderation, ChatPorts ports)
        {
            _state = stateLock;
            _settings = settings;
            _accounts = accounts;
            _moderation = moderation;
            _ports = ports;
        }

        public static bool Serves(string path)
        {
            return path == "/admin" || path.StartsWith("/admin/");
        }

        /// <summary>GET /admin.</summary>
        public HttpResponse Page(int status, string notice, string error)
        {
            AdminView view = new AdminView();
            view.Notice = notice;
            view.Error = error;
            view.Messages = _moderation.RecentMessages(MessagesShown);
            view.Network = LoadNetwork();
            ISystemHealth health = _ports.Health;
            view.FreeMemoryBytes = health == null ? -1 : health.FreeMemoryBytes;
            view.TotalMemoryBytes = health == null ? -1 : health.TotalMemoryBytes;
            view.Stations = health == null ? -1 : health.ConnectedStations;
            view.ActiveHttpRequests = health == null ? -1 : health.ActiveHttpRequests;
            view.ChatConnections = _moderation.ChatConnectionCount;
            view.MaxChatConnections = _settings.MaxChatConnections;
            view.MaxSessions = _settings.MaxSessions;
            view.FlashWrites = _moderation.FlashWrites;
            view.Links = _moderation.Links;
            lock (_state)
            {
                view.UptimeMs = _ports.Uptime.UptimeMilliseconds;
                view.Users = _accounts.Users;
                view.Sessions = _accounts.Sessions;
                HttpResponse response = new HttpResponse(status);
                response.ContentType = "text/html; charset=utf-8";
                response.Body = AdminPage.Render(view);
                return response;
            }
        }

        /// <summary>
        /// GET /admin/card: the Wi-Fi and the chat's address as the board applies them at its next start
        /// (NetworkSettingsRules.Applicable, as at boot), the passphrase included, so never cached.
        /// Rendered outside the state lock: encoding two QR codes takes a while on the board.
        /// </summary>
        public HttpResponse Card()
        {
            NetworkSettings stored = LoadNetwork();
            string ssid = null;
            string passphrase = null;
            string address = new NetworkSettings().DeviceAddress;
            if (stored != null)
            {
                NetworkSettings applied = NetworkSettingsRules.Applicable(stored, _ports.Log);
                ssid = applied.Ssid;
                passphrase = NetworkSettingsRules.AccessPointPassphrase(applied, BoardPassphrase.Load(_ports.Flash), _ports.Log);
                address = applied.DeviceAddress;
            }

            HttpResponse response = new HttpResponse(200);
            response.ContentType = "text/html; charset=utf-8";
            response.SetHeader("Cache-Control", "no-store");
            response.Body = JoinCardPage.Render(ssid, passphrase, "http://" + address);
            return response;
        }

        /// <summary>POST /admin/...: performs the action and shows the page again with the outcome.</summary>
        public HttpResponse Post(string path, FormReader form)
        {
            AccountResult result;
            if (path == "/admin/user/delete")
            {
                result = _accounts.DeleteUser(IntField(form, "id"));
            }
            else if (path == "/admin/user/role")
            {
                result = _accounts.SetAdministrator(IntField(form, "id"), form.Get("grant") == "1");
            }
            else if (path == "/admin/session/end")
            {
                result = _accounts.EndSession(form.Get("label") ?? string.Empty);
            }
            else if (path == "/admin/message/delete")
            {
                bool deleted = _moderation.DeleteMessage(IntField(form, "id"));
                result = deleted ? new AccountResult(AccountResult.Ok, "The message was deleted.") : AccountResult.Fail(AccountResult.Invalid, "That message is no longer in the history.");
            }
            else if (path == "/admin/history/clear")
            {
                _moderation.ClearHistory();
                result = new AccountResult(AccountResult.Ok, "The history was cleared.");
            }
            else if (path == "/admin/wifi")
            {
                result = SaveWifi(form);
            }
            else if (path == "/admin/factory-reset")
            {
                if (form.Get("confirm") != "RESET")
                {
                    result = AccountResult.Fail(AccountResult.Invalid, "Type RESET to confirm the factory reset.");
                }
                else
                {
                    _moderation.FactoryReset();
                    HttpResponse gone = new HttpResponse(303);
                    gone.SetHeader("Location", "/register");
                    return gone;
                }
            }
            else
            {
                return null;
            }

            HttpResponse response = result.Succeeded ? Page(200, result.Message, null) : Page(WebApp.StatusFor(result), null, result.Message);
            response.EndedSessions = result.EndedSessions;
            return response;
        }

        private AccountResult SaveWifi(FormReader form)
        {
            INetworkSettingsStore store = _ports.NetworkSettings;
            NetworkSettings network = LoadNetwork();
            if (store == null || network == null)
            {
                return AccountResult.Fail(AccountResult.NotAllowed, "This server has no Wi-Fi settings (the emulator runs on its host's network).");
            }

            string ssid = TextRules.TrimSpaces(form.Get("ssid") ?? string.Empty);
            string passphrase = form.Get("passphrase") ?? string.Empty;
            bool open = form.Get("open") == "1";
            if (!NetworkSettingsRules.IsSsid(ssid))
            {
                return AccountResult.Fail(AccountResult.Invalid, "The network name needs 1 to 31 bytes.");
            }

            if (passphrase.Length > 0 && !NetworkSettingsRules.IsWpa2Passphrase(passphrase))
            {
                return AccountResult.Fail(AccountResult.Invalid, "A WPA2 passphrase has 8 to 63 printable ASCII characters.");
            }

            network.Ssid = ssid;
            network.OpenNetwork = open;
            if (passphrase.Length > 0)
            {
                network.Passphrase = passphrase;
            }

            try
            {
                store.Save(network);
            }
            catch (System.Exception e)
            {
                _ports.Log.Warn("settings: saving Wi-Fi settings failed: " + e.Message);
                return AccountResult.Fail(AccountResult.StoreFailed, "The Wi-Fi settings could not be saved (flash storage error).");
            }

            return new AccountResult(AccountResult.Ok, "Wi-Fi settings saved; they apply at the next reboot.");
        }

        private NetworkSettings LoadNetwork()
        {
            try
            {
                return _ports.NetworkSettings == null ? null : _ports.NetworkSettings.Load();
            }
            catch (System.Exception e)
            {
                _ports.Log.Warn("settings: reading Wi-Fi settings failed: " + e.Message);
                return null;
            }
        }

        private static int IntField(FormReader form, string name)
        {
            return (int)Digits.ParseOrZero(form.Get(name), 9);
        }
    }
}
