using System;
using System.Text;
using ChatFirmware.Core;
using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;
using ChatFirmware.Emulator.Ports;

namespace ChatFirmware.Benchmarks
{
    /// <summary>
    /// A started ChatServer on in-memory ports, driven the way a host drives it: HTTP request values
    /// in, responses out; chat sockets opened with an upgrade request, frames handed in as bytes.
    /// </summary>
    public sealed class CoreRig
    {
        public const string HostName = "192.168.4.1";
        public const string Origin = "http://192.168.4.1";
        public const string ClientAddress = "192.168.4.2";

        public CoreRig(ChatSettings settings, IFlashFiles? flash = null, IAssetSource? assets = null)
        {
            Settings = settings;
            Flash = flash ?? new MemoryFlash();
            Server = new ChatServer(settings, new ChatPorts(Flash, Clock, Clock, Crypto, Crypto, assets ?? new EmbeddedAssets(), new NullLog()));
            Server.Start();
        }

        /// <summary>
        /// A rig in a full device's state, built through the product's own paths: every account
        /// registered and logged in, the history filled, the server shut down so the flash holds it all.
        /// </summary>
        public static CoreRig FullDevice(ChatSettings settings, IFlashFiles flash)
        {
            CoreRig rig = new CoreRig(settings, flash);
            string cookie = string.Empty;
            for (int i = 0; i < settings.MaxUsers; i++)
            {
                rig.Register(i);
                cookie = rig.Login(i);
            }

            rig.FillHistory(rig.Open(cookie, new CountingSocket()));
            rig.Server.Shutdown();
            return rig;
        }

        public ChatSettings Settings { get; }

        public IFlashFiles Flash { get; }

        public BenchClock Clock { get; } = new BenchClock();

        /// <summary>The emulator's ports: .NET's HMAC-SHA256 and CSPRNG (the device has native HMAC and a hardware RNG).</summary>
        public HostCrypto Crypto { get; } = new HostCrypto();

        public ChatServer Server { get; }

        public static string NameOf(int i) => "user" + i;

        public static string EmailOf(int i) => "user" + i + "@example.org";

        public static string PasswordOf(int i) => "password-of-user-" + i;

        public static HttpRequest Get(string target, string? cookie)
        {
            return new HttpRequest("GET", target) { Host = HostName, RemoteAddress = ClientAddress, Cookie = cookie };
        }

        public static HttpRequest FormPost(string path, string body, string? cookie)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(body);
            return new HttpRequest("POST", path)
            {
                Host = HostName,
                Origin = Origin,
                RemoteAddress = ClientAddress,
                Cookie = cookie,
                ContentType = "application/x-www-form-urlencoded",
                Body = bytes,
                DeclaredBodyLength = bytes.Length,
            };
        }

        public static string Form(params string[] nameValues)
        {
            StringBuilder form = new StringBuilder();
            for (int i = 0; i < nameValues.Length; i += 2)
            {
                form.Append(i == 0 ? string.Empty : "&").Append(Uri.EscapeDataString(nameValues[i])).Append('=').Append(Uri.EscapeDataString(nameValues[i + 1]));
            }

            return form.ToString();
        }

        public void Register(int i)
        {
            HttpResponse response = Server.HandleHttp(FormPost("/register", Form("name", NameOf(i), "email", EmailOf(i), "password", PasswordOf(i)), null));
            if (response.StatusCode != 303)
            {
                throw new InvalidOperationException("registration of " + NameOf(i) + " answered " + response.StatusCode);
            }
        }

        /// <summary>The login form post a browser sends for user i.</summary>
        public static HttpRequest LoginRequest(int i) => FormPost("/login", Form("email", EmailOf(i), "password", PasswordOf(i)), null);

        /// <summary>Logs user i in; returns the Cookie header value ("cf_session=...").</summary>
        public string Login(int i)
        {
            HttpResponse response = Server.HandleHttp(LoginRequest(i));
            string? setCookie = response.GetHeader("Set-Cookie");
            if (response.StatusCode != 303 || setCookie == null)
            {
                throw new InvalidOperationException("login of " + NameOf(i) + " answered " + response.StatusCode);
            }

            return setCookie.Substring(0, setCookie.IndexOf(';'));
        }

        /// <summary>Upgrade + open, as a host does after its handshake.</summary>
        public ChatConnection Open(string cookie, IChatSocket socket, long after = 0)
        {
            HttpRequest upgrade = new HttpRequest("GET", after > 0 ? "/ws?after=" + after : "/ws")
            {
                Host = HostName,
                Origin = Origin,
                RemoteAddress = ClientAddress,
                Cookie = cookie,
                IsWebSocketUpgrade = true,
            };
            HttpResponse response = Server.HandleHttp(upgrade);
            ChatConnection? connection = response.StatusCode == HttpResponse.SwitchingProtocols ? Server.OpenChat(upgrade, socket) : null;
            return connection ?? throw new InvalidOperationException("chat socket refused: " + response.StatusCode);
        }

        public static byte[] SendFrame(string text) => Encoding.UTF8.GetBytes("{\"type\":\"send\",\"text\":\"" + text + "\"}");

        /// <summary>
        /// Fills the history to its limits (count and text bytes), one message every refill interval so
        /// that the shipped rate limit is respected.
        /// </summary>
        public void FillHistory(ChatConnection from)
        {
            int count = Settings.HistoryCapacity;
            int textLength = Math.Min(Settings.MaxMessageCodePoints, Settings.HistoryTextBudgetBytes / count);
            for (int n = 0; n < count * 2; n++)
            {
                string prefix = "history line " + n + " ";
                byte[] frame = SendFrame(prefix + new string('x', textLength - prefix.Length));
                Clock.UptimeMilliseconds += Settings.RateLimitRefillMs;
                Server.OnChatMessage(from, frame, 0, frame.Length);
            }
        }
    }
}
