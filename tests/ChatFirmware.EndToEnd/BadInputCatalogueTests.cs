using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using ChatFirmware.Core.Settings;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.EndToEnd
{
    /// <summary>
    /// The bad-input catalogue: malformed and hostile HTTP requests and WebSocket messages against both
    /// hosts (the emulator, the nanoCLR board profile), each with the exact answer it must get. The same
    /// table is printed in docs/reliability.md, and a test keeps the two identical.
    /// </summary>
    public abstract class BadInputCatalogueTests
    {
        private const string Form = "Content-Type: application/x-www-form-urlencoded";
        private const string SameSite = "Origin: {origin}";
        private const string Session = "Cookie: cf_session={token}";
        private const string Password = "alice-secret-1";
        private const string DocStart = "<!-- bad-input-catalogue:start -->";
        private const string DocEnd = "<!-- bad-input-catalogue:end -->";
        private static int _people;

        /// <summary>
        /// What nanoFramework's WebSocket receiver answers to a frame over its MaxReceiveFrameSize
        /// (MaxFrameBytes + 1): a close frame without a code (1.1.167 drops it), which .NET's client reads
        /// as 1000 and a browser as 1005.
        /// </summary>
        private const string EmptyClose = "close 1000";
        /// <summary>
        /// One row: what is sent (as the docs describe it), the answer it must get, and how to send it to
        /// a server; <see cref="OnBoard"/> when the board's nanoFramework servers answer otherwise, for a
        /// reason the docs give beside it.
        /// </summary>
        public sealed record Row(string Area, string Input, string Expected, Func<CatalogueServer, Task<string>> Run)
        {
            public string? OnBoard { get; init; }
        }

        public static IReadOnlyList<Row> Table { get; } = new List<Row>
        {
            Http("Body", "POST /login with Content-Length 4097 (MaxRequestBodyBytes + 1)", "413", "POST", "/login", Bytes(4097, 'x'), Form, SameSite),
            Http("Body", "POST /register with a chunked body of 5000 bytes (no Content-Length)", "411", "POST", "/register", Chunked(Bytes(5000, 'x')), Form, SameSite, "Transfer-Encoding: chunked"),
            Http("Body", "POST /login with a chunked body of 26 bytes (no host reads a body without its length)", "411", "POST", "/login", Chunked(Latin("email=alice&password=nope1")), Form, SameSite, "Transfer-Encoding: chunked"),
            Http("Body", "POST /api/messages with a 4097-byte body", "413", "POST", "/api/messages?poll=00", Bytes(4097, ' '), "Content-Type: application/json", SameSite, Session),
            Http("Form", "form with a bad percent escape (email=%zz)", "400", "POST", "/login", Latin("email=%zz&password=x"), Form, SameSite),
            Http("Form", "form ending in a cut escape (password=%4)", "400", "POST", "/login", Latin("email=a&password=%4"), Form, SameSite),
            Http("Form", "escape decoding to invalid UTF-8 (%C3%28)", "400", "POST", "/login", Latin("email=%C3%28&password=x"), Form, SameSite),
            Http("Form", "overlong UTF-8 escape (%C0%AF)", "400", "POST", "/login", Latin("email=%C0%AF&password=x"), Form, SameSite),
            Http("Form", "raw invalid UTF-8 bytes in the body (FF FE)", "400", "POST", "/login", new byte[] { (byte)'e', (byte)'=', 0xFF, 0xFE }, Form, SameSite),
            Http("Form", "17 fields (the form reader keeps 16)", "400", "POST", "/login", Latin(string.Join("&", Enumerable.Range(0, 17).Select(i => "f" + i + "=1"))), Form, SameSite),
            Http("Form", "registration with only a name", "400", "POST", "/register", Latin("name=mallory"), Form, SameSite),
            Http("Form", "registration with an empty body", "400", "POST", "/register", Array.Empty<byte>(), Form, SameSite),
            Http("Name", "registration as \"\u0410lice\" with a Cyrillic \u0410 (a look-alike of Alice)", "409", "POST", "/register", Latin("name=%D0%90lice&email=n1%40example.org&password=" + Password), Form, SameSite),
            Http("Name", "registration as \"Alice\" + U+E0020 (an invisible tag)", "400", "POST", "/register", Latin("name=Alice%F3%A0%80%A0&email=n2%40example.org&password=" + Password), Form, SameSite),
            Http("Name", "registration as \"Alice\" + U+FE0F (a variation selector after a letter)", "400", "POST", "/register", Latin("name=Alice%EF%B8%8F&email=n3%40example.org&password=" + Password), Form, SameSite),
            Http("Name", "registration as \"Al\u0131ce\" with a dotless \u0131", "409", "POST", "/register", Latin("name=Al%C4%B1ce&email=n4%40example.org&password=" + Password), Form, SameSite),
            Http("Name", "registration as U+2800 alone (the blank braille pattern)", "400", "POST", "/register", Latin("name=%E2%A0%80&email=n5%40example.org&password=" + Password), Form, SameSite),
            Http("Name", "registration as combining marks only (U+0301 U+0302)", "400", "POST", "/register", Latin("name=%CC%81%CC%82&email=n6%40example.org&password=" + Password), Form, SameSite),
            Http("Name", "registration as an emoji without a letter", "400", "POST", "/register", Latin("name=%F0%9F%99%82&email=n7%40example.org&password=" + Password), Form, SameSite),
            Http("Form", "login without a password", "401", "POST", "/login", Latin("email=alice%40example.org"), Form, SameSite),
            Http("Form", "login with a 4000-character password (refused unhashed)", "401", "POST", "/login", Latin("email=alice%40example.org&password=" + new string('x', 4000)), Form, SameSite),
            Http("Form", "form type in capitals with a charset (accepted; wrong password)", "401", "POST", "/login", Latin("email=alice&password=nope"), "Content-Type: APPLICATION/X-WWW-FORM-URLENCODED; charset=UTF-8", SameSite),
            Http("Content type", "login as text/plain", "415", "POST", "/login", Latin("email=alice&password=x"), "Content-Type: text/plain", SameSite),
            Http("Content type", "login as multipart/form-data", "415", "POST", "/login", Latin("--x\r\n\r\n--x--"), "Content-Type: multipart/form-data; boundary=x", SameSite),
            Http("Content type", "registration as application/json", "415", "POST", "/register", Latin("{\"name\":\"m\"}"), "Content-Type: application/json", SameSite),
            Http("Cookie", "GET /chat with the real session cookie (control)", "200", "GET", "/chat", null, Session),
            Http("Cookie", "the real cookie among junk cookies and spaces (control)", "200", "GET", "/chat", null, "Cookie: a=1;;  cf_session = {token} ; =x; b"),
            Http("Cookie", "garbage Cookie header (;;garbage;=;==x)", "303 -> /", "GET", "/chat", null, "Cookie: ;;garbage;=;==x"),
            Http("Cookie", "cf_session of 31 hex digits", "303 -> /", "GET", "/chat", null, "Cookie: cf_session={token31}"),
            Http("Cookie", "cf_session of 33 hex digits (the token plus one)", "303 -> /", "GET", "/chat", null, "Cookie: cf_session={token}0"),
            Http("Cookie", "forged cf_session (32 hex digits)", "303 -> /", "GET", "/chat", null, "Cookie: cf_session=00112233445566778899aabbccddeeff"),
            Http("Cookie", "cf_session with non-hex characters", "303 -> /", "GET", "/chat", null, "Cookie: cf_session=zz112233445566778899aabbccddeeff"),
            Http("Cookie", "empty cf_session", "303 -> /", "GET", "/chat", null, "Cookie: cf_session="),
            Http("Cookie", "WebSocket upgrade with a forged cookie", "401", "GET", "/ws", null, "Cookie: cf_session=00112233445566778899aabbccddeeff", SameSite, "Connection: Upgrade", "Upgrade: websocket", "Sec-WebSocket-Version: 13", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ=="),
            Http("Origin", "login form posted from another site", "403", "POST", "/login", Latin("email=alice&password=" + Password), Form, "Origin: http://evil.example"),
            Http("Origin", "logout posted from another site with the session cookie", "403", "POST", "/logout", Array.Empty<byte>(), Form, "Origin: http://evil.example", Session),
            Http("Origin", "admin action posted from another site with the admin's cookie", "403", "POST", "/admin/history/clear", Array.Empty<byte>(), Form, "Origin: http://evil.example", Session),
            Http("Origin", "login form with Origin: null", "403", "POST", "/login", Latin("email=alice&password=" + Password), Form, "Origin: null"),
            Http("Origin", "fallback message posted from another site", "403", "POST", "/api/messages?poll=00", Latin("{\"type\":\"send\",\"text\":\"x\"}"), "Content-Type: application/json", "Origin: http://evil.example", Session),
            Http("Origin", "WebSocket upgrade from another site with the session cookie", "403", "GET", "/ws", null, Session, "Origin: http://evil.example", "Connection: Upgrade", "Upgrade: websocket", "Sec-WebSocket-Version: 13", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ=="),
            Http("Route", "GET /admin.php", "404", "GET", "/admin.php", null),
            Http("Route", "GET /../../etc/passwd", "404", "GET", "/../../etc/passwd", null),
            Http("Route", "GET /%zz (bad escape in the path)", "404", "GET", "/%zz", null),
            Http("Method", "DELETE /", "405 Allow: GET, HEAD, POST", "DELETE", "/", null),
            Http("Method", "PUT /login", "405 Allow: POST", "PUT", "/login", Array.Empty<byte>()),
            Http("Method", "POST /chat", "405 Allow: GET, HEAD", "POST", "/chat", Array.Empty<byte>(), Form, SameSite),
            Http("Method", "POST /app.css", "405 Allow: GET, HEAD", "POST", "/app.css", Array.Empty<byte>(), Form, SameSite),
            Http("Method", "GET /api/messages", "405 Allow: POST", "GET", "/api/messages", null, Session),
            Http("Method", "POST /api/events", "405 Allow: GET", "POST", "/api/events", Array.Empty<byte>(), SameSite, Session),
            Http("Upgrade", "GET /ws without an upgrade", "426 Upgrade: websocket", "GET", "/ws", null, Session),
            Http("Upgrade", "POST /ws", "426 Upgrade: websocket", "POST", "/ws", Array.Empty<byte>(), SameSite, Session),
            Http("Fallback", "GET /api/events without a session", "401", "GET", "/api/events?after=0", null),
            Http("Fallback", "GET /api/events with an unknown poll id", "410", "GET", "/api/events?poll=00112233445566778899aabbccddeeff", null, Session),
            new Row("Fallback", "a poll while another page of the same session waits on its poll", "200 retryMs 3000", SecondPageOfASessionAsync),
            new Row("Fallback", "40 polls at once on one poll id", "39 answered at once with retryMs, 1 waits", FortyPollsAsync),
            Http("Fallback", "POST /api/messages with an unknown poll id", "410", "POST", "/api/messages?poll=00112233445566778899aabbccddeeff", Latin("{\"type\":\"send\",\"text\":\"x\"}"), "Content-Type: application/json", SameSite, Session),
            Http("HTTP framing", "a request line that is not HTTP", "400", "GARBAGE", string.Empty, null),
            Http("HTTP framing", "a header line without a colon", "400", "GET", "/", null, "NoColonHere"),
            Http("HTTP framing", "Content-Length: -1", "400", "POST", "/login", Array.Empty<byte>(), "Content-Length: -1", Form),
            Http("HTTP framing", "a chunk size that is not hexadecimal", "411", "POST", "/login", Latin("zz\r\nemail=a\r\n0\r\n\r\n"), Form, SameSite, "Transfer-Encoding: chunked"),
            Http("HTTP framing", "a chunk size that overflows (20 hex digits)", "411", "POST", "/login", Latin("ffffffffffffffffffff\r\nemail=a\r\n0\r\n\r\n"), Form, SameSite, "Transfer-Encoding: chunked"),
            Ws("Frame", "text frame with invalid UTF-8 (C3 28)", "close 1007", new byte[] { 0xC3, 0x28 }, WebSocketMessageType.Text),
            Ws("Frame", "binary frame with invalid UTF-8 (ED A0 80, a surrogate)", "close 1007", new byte[] { 0xED, 0xA0, 0x80 }, WebSocketMessageType.Binary),
            Ws("Frame", "text frame of MaxFrameBytes + 1 (4097 bytes)", "close 1009", SendOfSize(4097), WebSocketMessageType.Text),
            Ws("Frame", "binary frame of 4097 bytes", "close 1009", SendOfSize(4097), WebSocketMessageType.Binary),
            Ws("Frame", "5000-byte message in 3 fragments", "close 1009", SendOfSize(5000), WebSocketMessageType.Text, 3),
            Ws("Frame", "frame of exactly MaxFrameBytes (500 characters as \\u escapes, padded)", "message", ExactlyMaxFrame(), WebSocketMessageType.Text),
            Ws("Frame", "binary frame with a valid message (the device's own frame type)", "message", Send("binary is fine"), WebSocketMessageType.Binary),
            Ws("Frame", "valid message in 3 fragments", "message", Send("fragmented but fine"), WebSocketMessageType.Text, 3),
            Ws("Frame", "empty frame", "error bad_message", Array.Empty<byte>(), WebSocketMessageType.Text),
            Ws("JSON", "not JSON", "error bad_message", Latin("hello"), WebSocketMessageType.Text),
            Ws("JSON", "a JSON array", "error bad_message", Latin("[{\"type\":\"send\",\"text\":\"x\"}]"), WebSocketMessageType.Text),
            Ws("JSON", "a nested object as the text", "error bad_message", Latin("{\"type\":\"send\",\"text\":{\"a\":1}}"), WebSocketMessageType.Text),
            Ws("JSON", "a fraction", "error bad_message", Latin("{\"type\":\"clock\",\"now\":1.5}"), WebSocketMessageType.Text),
            Ws("JSON", "an unpaired surrogate escape", "error bad_message", Latin("{\"type\":\"send\",\"text\":\"\\ud800\"}"), WebSocketMessageType.Text),
            Ws("JSON", "a raw control character in a string", "error bad_message", Latin("{\"type\":\"send\",\"text\":\"a\u0001b\"}"), WebSocketMessageType.Text),
            Ws("JSON", "no type", "error bad_message", Latin("{\"text\":\"hi\"}"), WebSocketMessageType.Text),
            Ws("JSON", "trailing garbage after the object", "error bad_message", Latin("{\"type\":\"send\",\"text\":\"hi\"}x"), WebSocketMessageType.Text),
            Ws("Protocol", "unknown type", "error unknown_type", Latin("{\"type\":\"shout\",\"text\":\"hi\"}"), WebSocketMessageType.Text),
            Ws("Protocol", "text of only white space", "error empty", Send(" \t\u3000 "), WebSocketMessageType.Text),
            Ws("Protocol", "text of only invisible characters (U+200B U+2060 U+FEFF)", "error empty", Send("\u200b\u2060\ufeff"), WebSocketMessageType.Text),
            Ws("Protocol", "text holding a right-to-left override (U+202E)", "error bidi_control", Send("pay \u202eeulav\u202c now"), WebSocketMessageType.Text),
            Ws("Protocol", "501 emoji as UTF-8 (MaxMessageCodePoints + 1 code points, 2029 bytes)", "error too_long", Send(string.Concat(Enumerable.Repeat("\ud83d\ude00", 501))), WebSocketMessageType.Text),
            Ws("Protocol", "500 emoji written as \\uD83D\\uDE00 escapes (6025 bytes, over MaxFrameBytes)", "close 1009", Latin("{\"type\":\"send\",\"text\":\"" + string.Concat(Enumerable.Repeat("\\ud83d\\ude00", 500)) + "\"}"), WebSocketMessageType.Text) with { OnBoard = EmptyClose },
            Ws("Protocol", "private message to nobody", "error unknown_recipient", Latin("{\"type\":\"send\",\"text\":\"psst\",\"to\":\"nobody\"}"), WebSocketMessageType.Text),
            Ws("Protocol", "clock before 2024", "error bad_clock", Latin("{\"type\":\"clock\",\"now\":5}"), WebSocketMessageType.Text),
            new Row("Protocol", "11 messages at once (RateLimitBurst + 1)", "error rate_limited", RateLimitAsync),
            new Row("Seats", "a fourth chat socket of one person (MaxChatSeatsPerUser + 1)", "close 1013", FourthSeatAsync),
        };

        public static IEnumerable<object[]> Inputs => Table.Select(row => new object[] { row.Area + ": " + row.Input });

        /// <summary>The server the rows are sent to (one per derived class, started once for the class).</summary>
        protected abstract CatalogueServer Server { get; }

        /// <summary>Starts a server for the catalogue: the throttle and the caps out of the way, Alice registered.</summary>
        protected static async Task<CatalogueServer> StartServerAsync(HostKind kind)
        {
            ChatSettings settings = TestHost.TestSettings();
            settings.MaxSessions = 100;
            settings.MaxChatConnections = 32;
            // Each chat row is a new person (the send rate limit is per person): room for all of them, twice.
            settings.MaxUsers = 200;
            // Some rows fail a login on purpose; the throttle (tested on its own) must not slow the rest down.
            settings.LoginFreeFailures = 1000;
            TestHost host = await TestHost.StartAsync(kind, settings);
            using BrowserLikeClient alice = new BrowserLikeClient(host.BaseUri);
            await alice.RegisterAndLoginAsync("Alice", "alice@example.org", Password);
            return new CatalogueServer(host, alice.SessionCookie!);
        }

        [TestMethod]
        [DynamicData(nameof(Inputs))]
        public async Task Bad_input_gets_its_documented_answer(string input)
        {
            Row row = Table.Single(r => r.Area + ": " + r.Input == input);

            string actual = await row.Run(Server);

            Assert.AreEqual(Server.Host.Kind == HostKind.Board && row.OnBoard != null ? row.OnBoard : row.Expected, actual, input);
        }

        [TestMethod]
        public async Task The_server_still_serves_after_the_whole_catalogue()
        {
            foreach (Row row in Table)
            {
                await row.Run(Server);
            }

            using BrowserLikeClient alice = new BrowserLikeClient(Server.BaseUri);
            await alice.LoginAsync("alice@example.org", Password);
            using RawChatSocket chat = await RawChatSocket.OpenAsync(Server.BaseUri, alice.SessionCookie!);
            await chat.SendTextAsync("{\"type\":\"send\",\"text\":\"still here\"}");
            Assert.AreEqual("message", await chat.NextAsync());
        }

        /// <summary>With CHATFW_UPDATE_DOCS=1 the test writes the table into docs/reliability.md instead of only comparing.</summary>
        protected static void CheckDocsTable()
        {
            string path = Path.Combine(RepositoryRoot(), "docs", "reliability.md");
            string docs = File.ReadAllText(path).ReplaceLineEndings("\n");
            int start = docs.IndexOf(DocStart, StringComparison.Ordinal);
            int end = docs.IndexOf(DocEnd, StringComparison.Ordinal);
            Assert.IsTrue(start >= 0 && end > start, "docs/reliability.md holds the markers " + DocStart + " and " + DocEnd);
            if (Environment.GetEnvironmentVariable("CHATFW_UPDATE_DOCS") == "1")
            {
                docs = docs.Substring(0, start + DocStart.Length) + "\n" + Markdown() + "\n" + docs.Substring(end);
                File.WriteAllText(path, docs);
                end = docs.IndexOf(DocEnd, StringComparison.Ordinal);
            }

            string listed = docs.Substring(start + DocStart.Length, end - start - DocStart.Length).Trim();
            Assert.AreEqual(Markdown(), listed, "docs/reliability.md is out of step with this table: run the end-to-end tests once with CHATFW_UPDATE_DOCS=1");
        }

        /// <summary>The table as docs/reliability.md prints it.</summary>
        public static string Markdown()
        {
            StringBuilder table = new StringBuilder("| # | area | input | answer | on the board profile |\n| ---: | --- | --- | --- | --- |");
            for (int i = 0; i < Table.Count; i++)
            {
                string input = Table[i].Input.Replace("|", "\\|", StringComparison.Ordinal);
                string board = Table[i].OnBoard == null ? "same" : Table[i].OnBoard == EmptyClose ? "close without a code (.NET reads 1000)" : Table[i].OnBoard!;
                table.Append("\n| ").Append(i + 1).Append(" | ").Append(Table[i].Area).Append(" | ").Append(input).Append(" | ").Append(Table[i].Expected).Append(" | ").Append(board).Append(" |");
            }

            return table.ToString();
        }

        private static Row Http(string area, string input, string expected, string method, string target, byte[]? body, params string[] headers)
        {
            return new Row(area, input, expected, async server =>
            {
                Uri baseUri = server.BaseUri;
                string token = server.Token;
                string[] filled = headers.Select(h => h.Replace("{origin}", baseUri.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)
                    .Replace("{token31}", token.Substring(1), StringComparison.Ordinal).Replace("{token}", token, StringComparison.Ordinal)).ToArray();
                byte[] request = method == "GARBAGE" ? Latin("GARBAGE\r\n\r\n") : RawHttp.Request(baseUri, method, target, body, filled);
                RawResponse response = await RawHttp.SendAsync(baseUri, request);
                return Describe(response);
            });
        }

        private static Row Ws(string area, string input, string expected, byte[] frame, WebSocketMessageType type, int fragments = 1)
        {
            return new Row(area, input, expected, async server =>
            {
                using RawChatSocket chat = await RawChatSocket.OpenAsync(server.BaseUri, await NewSessionAsync(server));
                await chat.SendAsync(frame, type, fragments);
                return await chat.NextAsync();
            });
        }

        private static async Task<string> RateLimitAsync(CatalogueServer server)
        {
            using RawChatSocket chat = await RawChatSocket.OpenAsync(server.BaseUri, await NewSessionAsync(server));
            for (int i = 0; i < 11; i++)
            {
                await chat.SendAsync(Send("burst " + i), WebSocketMessageType.Text);
            }

            for (int i = 0; i < 11; i++)
            {
                string outcome = await chat.NextAsync();
                if (outcome != "message")
                {
                    return outcome;
                }
            }

            return "all 11 sent";
        }

        /// <summary>A fresh person for each socket, so that one row's messages never use up another's rate limit (it is per person).</summary>
        private static async Task<string> NewSessionAsync(CatalogueServer server)
        {
            using BrowserLikeClient person = await NewPersonAsync(server);
            return person.SessionCookie!;
        }

        private static async Task<string> FourthSeatAsync(CatalogueServer server)
        {
            using BrowserLikeClient person = await NewPersonAsync(server);
            using RawChatSocket first = await RawChatSocket.OpenAsync(server.BaseUri, person.SessionCookie!);
            using RawChatSocket second = await RawChatSocket.OpenAsync(server.BaseUri, person.SessionCookie!);
            using RawChatSocket third = await RawChatSocket.OpenAsync(server.BaseUri, person.SessionCookie!);
            using ChatSocket fourth = await person.OpenChatAsync();
            await fourth.WaitForCloseAsync();
            return "close " + (int?)fourth.CloseStatus;
        }

        private static async Task<string> SecondPageOfASessionAsync(CatalogueServer server)
        {
            using BrowserLikeClient person = await NewPersonAsync(server);
            string page1 = await OpenPollAsync(person);
            string page2 = await OpenPollAsync(person);
            await person.GetAsync("/api/events?poll=" + page1);
            Task<HttpResponseMessage> waiting1 = person.GetAsync("/api/events?poll=" + page1);
            Task<HttpResponseMessage> waiting2 = person.GetAsync("/api/events?poll=" + page2);
            return await FirstAnswerThenWakeAsync(person, page1, new[] { waiting1, waiting2 });
        }

        private static async Task<string> FortyPollsAsync(CatalogueServer server)
        {
            using BrowserLikeClient person = await NewPersonAsync(server);
            string poll = await OpenPollAsync(person);
            Task<HttpResponseMessage>[] polls = Enumerable.Range(0, 40).Select(_ => person.GetAsync("/api/events?poll=" + poll)).ToArray();
            await Task.WhenAny(Task.WhenAll(polls), Task.Delay(TimeSpan.FromSeconds(5)));
            int atOnce = 0;
            foreach (Task<HttpResponseMessage> answered in polls.Where(p => p.IsCompletedSuccessfully))
            {
                atOnce += (await DescribePollAsync(answered.Result)).Contains("retryMs", StringComparison.Ordinal) ? 1 : 0;
            }

            int waiting = polls.Count(p => !p.IsCompleted);
            await person.PostJsonAsync("/api/messages?poll=" + poll, "{\"type\":\"send\",\"text\":\"wake up\"}");
            await Task.WhenAny(Task.WhenAll(polls), Task.Delay(TimeSpan.FromSeconds(5)));
            return atOnce + " answered at once with retryMs, " + waiting + " waits";
        }

        /// <summary>The first of the polls to answer within 5 s, described; then a message wakes the others.</summary>
        private static async Task<string> FirstAnswerThenWakeAsync(BrowserLikeClient person, string poll, Task<HttpResponseMessage>[] polls)
        {
            await Task.WhenAny(Task.WhenAny(polls), Task.Delay(TimeSpan.FromSeconds(5)));
            Task<HttpResponseMessage>? answered = polls.FirstOrDefault(p => p.IsCompletedSuccessfully);
            await person.PostJsonAsync("/api/messages?poll=" + poll, "{\"type\":\"send\",\"text\":\"wake up\"}");
            await Task.WhenAny(Task.WhenAll(polls), Task.Delay(TimeSpan.FromSeconds(5)));
            return answered == null ? "every poll waited" : await DescribePollAsync(answered.Result);
        }

        private static async Task<string> DescribePollAsync(HttpResponseMessage response)
        {
            using JsonDocument batch = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return (int)response.StatusCode + (batch.RootElement.TryGetProperty("retryMs", out JsonElement retry) ? " retryMs " + retry.GetInt32() : " events " + batch.RootElement.GetProperty("events").GetArrayLength());
        }

        private static async Task<BrowserLikeClient> NewPersonAsync(CatalogueServer server)
        {
            int n = System.Threading.Interlocked.Increment(ref _people);
            BrowserLikeClient person = new BrowserLikeClient(server.BaseUri);
            await person.RegisterAndLoginAsync("row" + n, "row" + n + "@example.org", Password);
            return person;
        }

        private static async Task<string> OpenPollAsync(BrowserLikeClient person)
        {
            HttpResponseMessage opened = await person.GetAsync("/api/events?after=0");
            using JsonDocument batch = JsonDocument.Parse(await opened.Content.ReadAsStringAsync());
            return batch.RootElement.GetProperty("poll").GetString()!;
        }


        private static string Describe(RawResponse response)
        {
            string described = response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (response.Status == 303)
            {
                described += " -> " + response.Header("Location");
            }
            else if (response.Status == 405)
            {
                described += " Allow: " + response.Header("Allow");
            }
            else if (response.Status == 426)
            {
                described += " Upgrade: " + response.Header("Upgrade");
            }

            return described;
        }

        /// <summary>A send message of exactly 4096 bytes: 500 characters written as \u escapes, padded with JSON white space.</summary>
        private static byte[] ExactlyMaxFrame()
        {
            string json = "{\"type\":\"send\",\"text\":\"" + string.Concat(Enumerable.Repeat("\\u00e9", 500)) + "\"}";
            return Latin(json.Insert(1, new string(' ', new ChatSettings().MaxFrameBytes - json.Length)));
        }

        /// <summary>A send message as the chat page writes it: JSON.stringify escapes only quotes, backslashes and controls, and keeps every other character (emoji too) as UTF-8.</summary>
        private static byte[] Send(string text)
        {
            StringBuilder json = new StringBuilder("{\"type\":\"send\",\"text\":\"");
            foreach (char c in text)
            {
                json.Append(c == '"' || c == '\\' ? "\\" + c : (c < 0x20 ? "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString()));
            }

            return Encoding.UTF8.GetBytes(json.Append("\"}").ToString());
        }

        private static byte[] SendOfSize(int bytes) => Send(new string('a', bytes - Send(string.Empty).Length));

        private static byte[] Latin(string text) => Encoding.Latin1.GetBytes(text);

        private static byte[] Bytes(int count, char c) => Latin(new string(c, count));

        private static byte[] Chunked(byte[] body)
        {
            return Latin(body.Length.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "\r\n").Concat(body).Concat(Latin("\r\n0\r\n\r\n")).ToArray();
        }

        private static string RepositoryRoot()
        {
            DirectoryInfo? directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory != null && !File.Exists(Path.Combine(directory.FullName, "ChatFirmware.Host.slnf")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>A running server and Alice's session token, shared by a catalogue class's rows.</summary>
    public sealed class CatalogueServer : IAsyncDisposable
    {
        public CatalogueServer(TestHost host, string token)
        {
            Host = host;
            Token = token;
        }

        public TestHost Host { get; }

        public Uri BaseUri => Host.BaseUri;

        public string Token { get; }

        public ValueTask DisposeAsync() => Host.DisposeAsync();
    }

    [TestClass]
    public sealed class BadInputCatalogueOnEmulator : BadInputCatalogueTests
    {
        private static CatalogueServer? _server;

        protected override CatalogueServer Server => _server!;

        [ClassInitialize]
        public static async Task StartAsync(TestContext context) => _server = await StartServerAsync(HostKind.Emulator);

        [ClassCleanup]
        public static async Task StopAsync()
        {
            if (_server != null)
            {
                await _server.DisposeAsync();
            }
        }

        [TestMethod]
        public void Docs_reliability_md_lists_exactly_this_table() => CheckDocsTable();
    }

    [TestClass]
    public sealed class BadInputCatalogueOnBoard : BadInputCatalogueTests
    {
        private static CatalogueServer? _server;

        protected override CatalogueServer Server => _server!;

        [ClassInitialize]
        public static async Task StartAsync(TestContext context) => _server = await StartServerAsync(HostKind.Board);

        [ClassCleanup]
        public static async Task StopAsync()
        {
            if (_server != null)
            {
                await _server.DisposeAsync();
            }
        }
    }
}
