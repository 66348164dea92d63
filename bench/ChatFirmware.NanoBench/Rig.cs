using System;
using System.Text;
using ChatFirmware.Core;
using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;

namespace ChatFirmware.NanoBench
{
    /// <summary>
    /// The core on in-memory ports, driven through ChatServer as the hosts drive it: HTTP request values
    /// in, responses out; chat sockets opened after an authorised upgrade; messages handed in as the bytes
    /// of a WebSocket frame. The ports exist before the server, so a measurement can start in between.
    /// </summary>
    public sealed class Rig
    {
        public const string HostName = "192.168.4.1";
        public const string Origin = "http://192.168.4.1";
        public const string ClientAddress = "192.168.4.2";

        public Rig(ChatSettings settings, BenchFlash flash)
        {
            Settings = settings;
            Flash = flash;
            Clock = new BenchClock();
            Clock.UptimeMilliseconds = 1000000;
            Hmac = new StandInHmac();
            Ports = new ChatPorts(flash, Clock, Clock, new BenchRandom(), Hmac, new BenchAssets(), new NullLog());
        }

        public ChatSettings Settings { get; private set; }

        public BenchFlash Flash { get; private set; }

        public BenchClock Clock { get; private set; }

        /// <summary>The stand-in for the board's native HMAC: it counts its calls.</summary>
        public StandInHmac Hmac { get; private set; }

        public ChatPorts Ports { get; private set; }

        public ChatServer Server { get; private set; }

        /// <summary>Makes and starts the server (loads what the flash holds), as a host does at boot.</summary>
        public void Boot()
        {
            Create();
            Server.Start();
        }

        /// <summary>Makes the server without starting it.</summary>
        public void Create()
        {
            Server = new ChatServer(Settings, Ports);
        }

        public static string NameOf(int i)
        {
            return "user" + i;
        }

        public void Register(int i)
        {
            HttpResponse response = Server.HandleHttp(Form("/register", "name=" + NameOf(i) + "&email=" + NameOf(i) + "%40example.org&password=password-of-user-" + i));
            Expect(response, 303, "registration of " + NameOf(i));
        }

        public static HttpRequest LoginRequest(int i)
        {
            return Form("/login", "email=" + NameOf(i) + "%40example.org&password=password-of-user-" + i);
        }

        /// <summary>Logs user i in; returns the Cookie header a browser then sends.</summary>
        public string Login(int i)
        {
            HttpResponse response = Server.HandleHttp(LoginRequest(i));
            Expect(response, 303, "login of " + NameOf(i));
            return response.GetHeader("Set-Cookie").Split(';')[0];
        }

        public static HttpRequest Get(string target, string cookie)
        {
            HttpRequest request = new HttpRequest("GET", target);
            request.Host = HostName;
            request.RemoteAddress = ClientAddress;
            request.Cookie = cookie;
            return request;
        }

        /// <summary>The upgrade a browser sends, authorised by HandleHttp (101), then the socket opened.</summary>
        public ChatConnection Open(string cookie, CountingSocket socket)
        {
            HttpRequest upgrade = Get("/ws", cookie);
            upgrade.Origin = Origin;
            upgrade.IsWebSocketUpgrade = true;
            Expect(Server.HandleHttp(upgrade), HttpResponse.SwitchingProtocols, "upgrade");
            ChatConnection connection = Server.OpenChat(upgrade, socket);
            if (connection == null)
            {
                throw new Exception("chat socket refused (close code " + socket.CloseCode + ")");
            }

            return connection;
        }

        /// <summary>One chat message, a rate-limit refill interval after the previous one (the shipped limit holds).</summary>
        public void Send(ChatConnection from, byte[] frame)
        {
            Clock.UptimeMilliseconds += Settings.RateLimitRefillMs;
            Server.OnChatMessage(from, frame, 0, frame.Length);
        }

        /// <summary>Registers and logs in every user; returns their cookies.</summary>
        public string[] SignUpEveryone()
        {
            string[] cookies = Cookies(Settings.MaxUsers);
            for (int i = 0; i < cookies.Length; i++)
            {
                Register(i);
            }

            for (int i = 0; i < cookies.Length; i++)
            {
                cookies[i] = Login(i);
            }

            return cookies;
        }

        /// <summary>
        /// Fills the history to both of its limits: HistoryCapacity messages of HistoryTextBudgetBytes /
        /// HistoryCapacity characters (100 of 163 ASCII characters with the shipped settings), sent twice
        /// over so that the ring has also evicted.
        /// </summary>
        public void FillHistory(ChatConnection from)
        {
            int count = Settings.HistoryCapacity;
            int length = Settings.HistoryTextBudgetBytes / count;
            if (length > Settings.MaxMessageCodePoints)
            {
                length = Settings.MaxMessageCodePoints;
            }

            for (int n = 0; n < count * 2; n++)
            {
                string prefix = "history line " + n + " ";
                Send(from, SendFrame(prefix + new string('x', length - prefix.Length)));
            }
        }

        /// <summary>An empty array of cookies (string[] slots made real nulls first: nanoCLR).</summary>
        public static string[] Cookies(int count)
        {
            string[] cookies = new string[count];
            for (int i = 0; i < count; i++)
            {
                cookies[i] = null;
            }

            return cookies;
        }

        /// <summary>The frame a page sends for a message to everyone (ASCII text).</summary>
        public static byte[] SendFrame(string text)
        {
            return Encoding.UTF8.GetBytes("{\"type\":\"send\",\"text\":\"" + text + "\"}");
        }

        /// <summary>The same with <paramref name="count"/> times U+1F600 (4 UTF-8 bytes each), built as bytes.</summary>
        public static byte[] EmojiFrame(int count)
        {
            byte[] head = Encoding.UTF8.GetBytes("{\"type\":\"send\",\"text\":\"");
            byte[] frame = new byte[head.Length + (count * 4) + 2];
            Array.Copy(head, frame, head.Length);
            int at = head.Length;
            for (int i = 0; i < count; i++)
            {
                frame[at++] = 0xF0;
                frame[at++] = 0x9F;
                frame[at++] = 0x98;
                frame[at++] = 0x80;
            }

            frame[at++] = (byte)'"';
            frame[at] = (byte)'}';
            return frame;
        }

        private static HttpRequest Form(string path, string body)
        {
            HttpRequest request = new HttpRequest("POST", path);
            request.Host = HostName;
            request.RemoteAddress = ClientAddress;
            request.Origin = Origin;
            request.ContentType = "application/x-www-form-urlencoded";
            request.Body = Encoding.UTF8.GetBytes(body);
            request.DeclaredBodyLength = request.Body.Length;
            return request;
        }

        private static void Expect(HttpResponse response, int status, string what)
        {
            if (response.StatusCode != status)
            {
                throw new Exception(what + " answered " + response.StatusCode);
            }
        }
    }
}
