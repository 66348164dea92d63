using ChatFirmware.Core;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;
using ChatFirmware.UnitTests.Fakes;

namespace ChatFirmware.UnitTests
{
    /// <summary>
    /// A ChatServer on in-memory ports, started, with helpers that speak HTTP and WebSocket to it the
    /// way a browser on the device's network would. Every test builds its own rig.
    /// </summary>
    public sealed class TestRig
    {
        public const string HostName = "192.168.4.1";
        public const string Origin = "http://192.168.4.1";
        public const string ClientAddress = "10.0.0.2";
        public const string FormType = "application/x-www-form-urlencoded";
        public const long StartUptimeMs = 1000000;

        public TestRig(ChatSettings settings, MemoryFlash flash, ManualClock clock, SeededRandom random)
            : this(settings, flash, clock, random, null)
        {
        }

        /// <summary>A rig whose server links with other boards (<paramref name="link"/>: applied link settings, or null).</summary>
        public TestRig(ChatSettings settings, MemoryFlash flash, ManualClock clock, SeededRandom random, LinkSettings link)
        {
            Settings = settings;
            Flash = flash;
            Clock = clock;
            Random = random;
            Hmac = new CountingHmac();
            Assets = MemoryAssets.Standard();
            Log = new ListLog();
            Ports = new ChatPorts(flash, clock, clock, random, Hmac, Assets, Log);
            Link = link;
            Server = new ChatServer(settings, Ports, link);
            Server.Start();
        }

        public ChatSettings Settings { get; private set; }

        /// <summary>The link settings the server was built with (null: not linked).</summary>
        public LinkSettings Link { get; private set; }

        public MemoryFlash Flash { get; private set; }

        public ManualClock Clock { get; private set; }

        public SeededRandom Random { get; private set; }

        public CountingHmac Hmac { get; private set; }

        public MemoryAssets Assets { get; private set; }

        public ListLog Log { get; private set; }

        public ChatServer Server { get; private set; }

        /// <summary>The ports the server was built with; tests may plug the optional ones in (NetworkSettings, Health).</summary>
        public ChatPorts Ports { get; private set; }

        /// <summary>Defaults, except PBKDF2 at 2 rounds so that tests hash quickly.</summary>
        public static ChatSettings TestSettings()
        {
            ChatSettings settings = new ChatSettings();
            settings.Pbkdf2Iterations = 2;
            return settings;
        }

        public static TestRig Create()
        {
            return Create(TestSettings());
        }

        public static TestRig Create(ChatSettings settings)
        {
            return new TestRig(settings, new MemoryFlash(), new ManualClock(StartUptimeMs), new SeededRandom(20240601));
        }

        /// <summary>A new server on the same flash, as after a power cycle: uptime starts again.</summary>
        public TestRig Reboot()
        {
            return new TestRig(Settings, Flash, new ManualClock(5000), Random, Link);
        }

        // --- HTTP ---

        public HttpRequest Request(string method, string target, string cookie)
        {
            HttpRequest request = new HttpRequest(method, target);
            request.Host = HostName;
            request.RemoteAddress = ClientAddress;
            request.Cookie = cookie;
            return request;
        }

        public HttpResponse Send(HttpRequest request)
        {
            return Server.HandleHttp(request);
        }

        public HttpResponse Get(string target)
        {
            return Get(target, null);
        }

        public HttpResponse Get(string target, string cookie)
        {
            return Send(Request("GET", target, cookie));
        }

        /// <summary>A same-origin form post, as the pages' forms send it.</summary>
        public HttpRequest FormRequest(string path, string body, string cookie)
        {
            HttpRequest request = Request("POST", path, cookie);
            request.Origin = Origin;
            request.ContentType = FormType;
            request.Body = Bytes.Utf8(body);
            request.DeclaredBodyLength = request.Body.Length;
            return request;
        }

        public HttpResponse Post(string path, string body, string cookie)
        {
            return Send(FormRequest(path, body, cookie));
        }

        /// <summary>A same-origin form post from another device on the network (its own address).</summary>
        public HttpResponse PostFrom(string address, string path, string body, string cookie)
        {
            HttpRequest request = FormRequest(path, body, cookie);
            request.RemoteAddress = address;
            return Send(request);
        }

        /// <summary>A login attempt from another device on the network.</summary>
        public HttpResponse LoginFrom(string address, string login, string password)
        {
            return PostFrom(address, "/login", Strings.Form(new string[] { "email", login, "password", password }), null);
        }

        public HttpResponse Register(string name, string email, string password)
        {
            return Post("/register", Strings.Form(new string[] { "name", name, "email", email, "password", password }), null);
        }

        public HttpResponse LoginResponse(string login, string password)
        {
            return Post("/login", Strings.Form(new string[] { "email", login, "password", password }), null);
        }

        /// <summary>The Cookie header value for the session a successful login set, or null when it failed.</summary>
        public string Login(string login, string password)
        {
            return CookieFrom(LoginResponse(login, password));
        }

        public HttpResponse Logout(string cookie)
        {
            return Post("/logout", string.Empty, cookie);
        }

        /// <summary>Registers NAME with NAME@example.org and the password "password-NAME", and logs in.</summary>
        public string SignUp(string name)
        {
            Register(name, EmailOf(name), PasswordOf(name));
            return Login(EmailOf(name), PasswordOf(name));
        }

        public static string EmailOf(string name)
        {
            return name + "@example.org";
        }

        public static string PasswordOf(string name)
        {
            return "password-" + name;
        }

        /// <summary>"name=value" of the response's Set-Cookie (what a browser sends back), or null.</summary>
        public static string CookieFrom(HttpResponse response)
        {
            string setCookie = response.GetHeader("Set-Cookie");
            if (response.StatusCode != 303 || setCookie == null)
            {
                return null;
            }

            int semicolon = setCookie.IndexOf(';');
            return semicolon < 0 ? setCookie : setCookie.Substring(0, semicolon);
        }

        /// <summary>The 32 hex digits of a session cookie.</summary>
        public static string TokenOf(string cookie)
        {
            return cookie.Substring(cookie.IndexOf('=') + 1);
        }

        /// <summary>The body as text; a page from flash is unwrapped from its gzip member first.</summary>
        public static string BodyText(HttpResponse response)
        {
            bool gzip = response.GetHeader("Content-Encoding") == "gzip";
            return Bytes.Text(gzip ? MemoryAssets.Gunzip(response.Body) : response.Body);
        }

        // --- WebSocket ---

        public HttpRequest UpgradeRequest(string cookie)
        {
            return UpgradeRequest(cookie, "/ws");
        }

        public HttpRequest UpgradeRequest(string cookie, string target)
        {
            HttpRequest request = Request("GET", target, cookie);
            request.Origin = Origin;
            request.IsWebSocketUpgrade = true;
            return request;
        }

        /// <summary>
        /// Upgrades and opens a chat socket the way a host does: HandleHttp must answer 101, then
        /// OpenChat. The client's Connection is null when the core refused it.
        /// </summary>
        public ChatClient OpenChat(string cookie)
        {
            return OpenChat(cookie, "/ws");
        }

        /// <summary>Opens a chat socket on a target with a query, such as "/ws?after=12" (resume).</summary>
        public ChatClient OpenChat(string cookie, string target)
        {
            HttpRequest upgrade = UpgradeRequest(cookie, target);
            HttpResponse response = Server.HandleHttp(upgrade);
            RecordingSocket socket = new RecordingSocket();
            if (response.StatusCode != HttpResponse.SwitchingProtocols)
            {
                return new ChatClient(Server, null, socket);
            }

            return new ChatClient(Server, Server.OpenChat(upgrade, socket), socket);
        }
    }
}
