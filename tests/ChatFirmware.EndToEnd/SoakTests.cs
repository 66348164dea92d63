using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ChatFirmware.Core.Settings;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.EndToEnd
{
    [TestClass]
    public sealed class SoakTests
    {
        /// <summary>
        /// The short soak (seconds). The minutes-long one is a command: bench/ChatFirmware.Soak
        /// (docs/reliability.md, "Soak"). Memory is sampled and printed, never asserted here: other test
        /// classes share this process.
        /// </summary>
        [TestMethod]
        [Timeout(120000)]
        public async Task Clients_that_chat_drop_resume_and_log_in_and_out_at_random_lose_no_acknowledged_message()
        {
            SoakReport report = await SoakRun.RunAsync(new SoakOptions { Duration = TimeSpan.FromSeconds(8), Seed = 8, SampleEvery = TimeSpan.FromSeconds(1) });
            Console.WriteLine(report.Summary());

            Assert.AreEqual(0, report.Violations.Count, "violations:\n" + string.Join("\n", report.Violations.Take(20)));
            Assert.IsTrue(report.Acknowledged >= 20, "too little traffic to judge: " + report.Acknowledged + " acknowledged messages");
            Assert.IsTrue(report.Resumes >= 5, "too few resumes to judge: " + report.Resumes);
            Assert.IsTrue(report.DeliveriesChecked > report.Acknowledged, "every acknowledged message should be checked at several clients");
        }
    }

    public sealed class SoakOptions
    {
        public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

        /// <summary>People, each with an account (the chat holds 10).</summary>
        public int Users { get; init; } = 10;

        public int Seed { get; init; } = 1;

        public TimeSpan SampleEvery { get; init; } = TimeSpan.FromSeconds(5);

        /// <summary>The emulator's settings; test settings (fast hashing, shipped limits) when null.</summary>
        public ChatSettings? Settings { get; init; }
    }

    public sealed class SoakReport
    {
        public TimeSpan Duration { get; set; }

        public int Users { get; set; }

        public int Connections { get; set; }

        public int Resumes { get; set; }

        public int Drops { get; set; }

        public int Closes { get; set; }

        public int Logouts { get; set; }

        public int Logins { get; set; }

        public int RefusedFull { get; set; }

        public int RateLimited { get; set; }

        public int Sent { get; set; }

        public int Acknowledged { get; set; }

        public long DeliveriesChecked { get; set; }

        public int IncompleteHistories { get; set; }

        public List<string> Violations { get; } = new List<string>();

        /// <summary>Live managed heap after a full collection (bytes) and open chat connections, over time.</summary>
        public List<(double Seconds, long HeapBytes, int ChatConnections)> Samples { get; } = new List<(double, long, int)>(1024);

        public long HeapAfterBytes { get; set; }

        /// <summary>
        /// The heap grows and shrinks with the open connections (each holds buffers on both ends), so
        /// growth is judged at one connection count, the most frequent: the median heap of those samples
        /// in the last third of the run minus that in the first third, after a warm-up (the first fifth).
        /// </summary>
        public long HeapGrowthBytes
        {
            get
            {
                List<(double Seconds, long HeapBytes, int ChatConnections)> steady = Samples.Skip(Samples.Count / 5).ToList();
                if (steady.Count < 3)
                {
                    return 0;
                }

                int connections = CommonConnectionCount;
                int third = steady.Count / 3;
                long[] first = steady.Take(third).Where(s => s.ChatConnections == connections).Select(s => s.HeapBytes).ToArray();
                long[] last = steady.Skip(steady.Count - third).Where(s => s.ChatConnections == connections).Select(s => s.HeapBytes).ToArray();
                return first.Length == 0 || last.Length == 0 ? 0 : Median(last) - Median(first);
            }
        }

        /// <summary>The number of open chat connections seen in most samples after the warm-up.</summary>
        public int CommonConnectionCount => Samples.Skip(Samples.Count / 5).GroupBy(s => s.ChatConnections).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

        public string Summary()
        {
            StringBuilder text = new StringBuilder();
            text.AppendLine("soak: " + Duration.TotalSeconds.ToString("0") + " s, " + Users + " users; " + Connections + " connections (" + Resumes + " resumes), " + Drops + " drops, " + Closes + " closes, " + Logouts + " logouts, " + Logins + " logins, " + RefusedFull + " refused (chat full)");
            text.AppendLine("messages: " + Sent + " sent, " + Acknowledged + " acknowledged, " + RateLimited + " rate-limited; " + DeliveriesChecked + " deliveries checked; " + IncompleteHistories + " incomplete histories; " + Violations.Count + " violations");
            text.AppendLine("heap (MB) over time: " + string.Join(" ", Samples.Select(s => s.Seconds.ToString("0") + "s:" + (s.HeapBytes / 1048576.0).ToString("0.00") + "/" + s.ChatConnections)));
            text.AppendLine("heap growth at " + CommonConnectionCount + " open connections (last third vs first third after warm-up): " + (HeapGrowthBytes / 1024.0).ToString("0") + " KB; after all clients left: " + (HeapAfterBytes / 1048576.0).ToString("0.00") + " MB");
            return text.ToString();
        }

        private static long Median(IEnumerable<long> values)
        {
            long[] sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
        }
    }

    /// <summary>
    /// A bounded soak against an in-process emulator on loopback: people chat, drop the connection,
    /// close it, log out and back in at random, and always resume with /ws?after=(last id seen). At the
    /// end everyone resumes once more, and every acknowledged message (one its sender saw come back with
    /// an id) must have reached every client entitled to it, exactly once and in id order, unless a
    /// history frame said "complete":false for that stretch.
    /// </summary>
    public static class SoakRun
    {
        public static async Task<SoakReport> RunAsync(SoakOptions options)
        {
            SoakReport report = new SoakReport { Duration = options.Duration, Users = options.Users };
            await using TestEmulator emulator = await TestEmulator.StartAsync(settings: options.Settings ?? TestEmulator.TestSettings());
            // A person sends at most one line per 200 ms: room for every id the run can hand out, allocated
            // up front so that the harness's own bookkeeping does not grow while the heap is sampled.
            SoakLedger ledger = new SoakLedger((int)(options.Duration.TotalSeconds * options.Users * 5) + 1000);
            SoakActor[] actors = new SoakActor[options.Users];
            for (int i = 0; i < actors.Length; i++)
            {
                actors[i] = new SoakActor(emulator.BaseUri, i, options.Users, options.Seed, ledger, report);
                await actors[i].RegisterAsync();
            }

            DateTime start = DateTime.UtcNow;
            using CancellationTokenSource stop = new CancellationTokenSource(options.Duration);
            Task sampler = SampleAsync(emulator, report, start, options.SampleEvery, stop.Token);
            await Task.WhenAll(actors.Select(a => Task.Run(() => a.RunAsync(stop.Token))));
            await sampler;

            // Everyone has left: the room must empty, then each person resumes once more to catch up.
            for (int wait = 0; wait < 100 && emulator.App.Server.ChatConnectionCount > 0; wait++)
            {
                await Task.Delay(100);
            }

            report.HeapAfterBytes = LiveHeapBytes();
            foreach (SoakActor actor in actors)
            {
                await actor.CatchUpAsync();
            }

            foreach (SoakActor actor in actors)
            {
                actor.Verify();
                actor.Dispose();
            }

            report.Acknowledged = ledger.AcknowledgedCount;
            return report;
        }

        /// <summary>
        /// Live managed heap after a full compacting collection: what GC.GetTotalMemory(true) means,
        /// read from the collection's own figures, since GetTotalMemory can under-report (even go
        /// negative) under the regions GC (dotnet/runtime#106712).
        /// </summary>
        public static long LiveHeapBytes()
        {
            GC.Collect(2, GCCollectionMode.Forced, true, true);
            GC.WaitForPendingFinalizers();
            GC.Collect(2, GCCollectionMode.Forced, true, true);
            long live = 0;
            foreach (GCGenerationInfo generation in GC.GetGCMemoryInfo(GCKind.FullBlocking).GenerationInfo)
            {
                live += generation.SizeAfterBytes - generation.FragmentationAfterBytes;
            }

            return live;
        }

        private static async Task SampleAsync(TestEmulator emulator, SoakReport report, DateTime start, TimeSpan every, CancellationToken stop)
        {
            while (!stop.IsCancellationRequested)
            {
                long heap = LiveHeapBytes();
                lock (report)
                {
                    report.Samples.Add(((DateTime.UtcNow - start).TotalSeconds, heap, emulator.App.Server.ChatConnectionCount));
                }

                try
                {
                    await Task.Delay(every, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>
    /// The messages acknowledged so far, by id: a message is acknowledged when its sender saw it come
    /// back with its id. Fixed arrays, allocated once.
    /// </summary>
    public sealed class SoakLedger
    {
        private readonly sbyte[] _from;
        private readonly sbyte[] _to;
        private int _acknowledged;

        public SoakLedger(int capacity)
        {
            _from = new sbyte[capacity + 1];
            _to = new sbyte[capacity + 1];
            Array.Fill(_from, (sbyte)-1);
        }

        public int Capacity => _from.Length - 1;

        public int AcknowledgedCount => Volatile.Read(ref _acknowledged);

        /// <summary>
        /// Records message <paramref name="id"/> from person <paramref name="from"/> to <paramref name="to"/>
        /// (-1: everyone). Only its sender records an id, once (ids arrive in increasing order), so
        /// the slots need no lock; the ledger is read after every sender has finished.
        /// </summary>
        public void Acknowledge(long id, int from, int to)
        {
            _to[id] = (sbyte)to;
            _from[id] = (sbyte)from;
            Interlocked.Increment(ref _acknowledged);
        }

        public bool IsAcknowledged(long id, out int from, out int to)
        {
            from = _from[id];
            to = _to[id];
            return from >= 0;
        }
    }

    /// <summary>One person: a browser with a cookie jar, and the last message id shown on their page.</summary>
    public sealed class SoakActor : IDisposable
    {
        private readonly Uri _base;
        private readonly int _index;
        private readonly int _users;
        private readonly Random _random;
        private readonly SoakLedger _ledger;
        private readonly SoakReport _report;
        private readonly BrowserLikeClient _browser;
        private readonly bool[] _seen;
        private readonly List<(long After, long Before)> _gaps = new List<(long, long)>(64);
        private readonly object _lock = new object();

        // One connection at a time, read by one loop at a time: one buffer per person for the whole run.
        private readonly byte[] _buffer = new byte[64 * 1024];
        private long _lastSeen;
        private long _coverageStart = -1;
        private bool _loggedIn;
        private int _sequence;

        public SoakActor(Uri baseUri, int index, int users, int seed, SoakLedger ledger, SoakReport report)
        {
            _base = baseUri;
            _index = index;
            _users = users;
            _random = new Random((seed * 1000) + index);
            _ledger = ledger;
            _seen = new bool[ledger.Capacity + 1];
            _report = report;
            _browser = new BrowserLikeClient(baseUri);
        }

        private string Name => "soak" + _index;

        private string Email => Name + "@example.org";

        private string Password => "password-of-" + Name;

        public async Task RegisterAsync()
        {
            await _browser.RegisterAndLoginAsync(Name, Email, Password);
            _loggedIn = true;
            Count(r => r.Logins++);
        }

        public async Task RunAsync(CancellationToken stop)
        {
            // People arrive at different moments.
            await Delay(_random.Next(0, 500), stop);
            while (!stop.IsCancellationRequested)
            {
                await EnsureLoggedInAsync();
                await OneVisitAsync(stop);
                await Delay(OfflineMilliseconds(), stop);
            }
        }

        /// <summary>
        /// Mostly short gaps; now and then long enough (8-15 s) for the history ring (100 messages) to
        /// move past the resume point, so that "complete":false is seen and honoured too.
        /// </summary>
        private int OfflineMilliseconds()
        {
            int draw = _random.Next(50);
            return draw == 0 ? _random.Next(8000, 15000) : draw < 6 ? _random.Next(1500, 4000) : _random.Next(0, 1200);
        }

        /// <summary>After everyone stopped: resume once more and read the history of what was missed.</summary>
        public async Task CatchUpAsync()
        {
            await EnsureLoggedInAsync();
            using ClientWebSocket socket = await ConnectAsync();
            if (!await ReadOpeningAsync(socket))
            {
                Violation("could not resume for the final check");
                return;
            }

            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }

        public void Verify()
        {
            long checkedHere = 0;
            for (long id = 1; id <= _ledger.Capacity; id++)
            {
                if (!_ledger.IsAcknowledged(id, out int from, out int to))
                {
                    continue;
                }

                bool entitled = to < 0 || from == _index || to == _index;
                if (!entitled || id <= _coverageStart || _gaps.Any(g => id > g.After && id < g.Before))
                {
                    continue;
                }

                checkedHere++;
                if (!_seen[id])
                {
                    Violation("acknowledged message " + id + " from soak" + from + " never reached " + Name);
                }
            }

            Count(r => r.DeliveriesChecked += checkedHere);
        }

        public void Dispose() => _browser.Dispose();

        private async Task OneVisitAsync(CancellationToken stop)
        {
            ClientWebSocket socket;
            try
            {
                socket = await ConnectAsync();
            }
            catch (WebSocketException)
            {
                // The upgrade was refused (401): the session is gone.
                _loggedIn = false;
                return;
            }

            using (socket)
            {
                if (!await ReadOpeningAsync(socket))
                {
                    return;
                }

                Task receiver = ReceiveLoopAsync(socket);
                DateTime leaveAt = DateTime.UtcNow.AddMilliseconds(_random.Next(500, 4000));
                while (DateTime.UtcNow < leaveAt && !stop.IsCancellationRequested && socket.State == WebSocketState.Open)
                {
                    await SendAsync(socket);
                    await Delay(_random.Next(200, 1200), stop);
                }

                int action = stop.IsCancellationRequested ? 0 : _random.Next(10);
                if (action < 4)
                {
                    Count(r => r.Closes++);
                    await CloseAsync(socket);
                }
                else if (action < 8)
                {
                    // The phone walks out of range: no close handshake at all.
                    Count(r => r.Drops++);
                    socket.Abort();
                }
                else
                {
                    // Logging out ends the session; the server closes this socket with 1008.
                    Count(r => r.Logouts++);
                    await _browser.PostFormAsync("/logout");
                    _loggedIn = false;
                }

                await Task.WhenAny(receiver, Task.Delay(5000));
                if (!receiver.IsCompleted)
                {
                    socket.Abort();
                    await receiver;
                }
            }
        }

        private async Task EnsureLoggedInAsync()
        {
            if (!_loggedIn)
            {
                await _browser.LoginAsync(Email, Password);
                _loggedIn = true;
                Count(r => r.Logins++);
            }
        }

        private async Task<ClientWebSocket> ConnectAsync()
        {
            ClientWebSocket socket = new ClientWebSocket();
            socket.Options.SetRequestHeader("Cookie", "cf_session=" + _browser.SessionCookie);
            socket.Options.SetRequestHeader("Origin", _base.GetLeftPart(UriPartial.Authority));
            long after = _coverageStart < 0 ? 0 : _lastSeen;
            using CancellationTokenSource timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await socket.ConnectAsync(new Uri("ws://" + _base.Authority + "/ws" + (after > 0 ? "?after=" + after : string.Empty)), timeout.Token);
            Count(r =>
            {
                r.Connections++;
                r.Resumes += after > 0 ? 1 : 0;
            });
            return socket;
        }

        /// <summary>Welcome, then history. False when the server closed instead (chat full, session over).</summary>
        private async Task<bool> ReadOpeningAsync(ClientWebSocket socket)
        {
            JsonElement? welcome = await ReceiveAsync(socket, TimeSpan.FromSeconds(10));
            if (welcome == null || Type(welcome.Value) != "welcome")
            {
                NoteClose(socket);
                return false;
            }

            long lastId = welcome.Value.GetProperty("lastId").GetInt64();
            bool first = _coverageStart < 0;
            long after = _lastSeen;
            JsonElement? history = await ReceiveAsync(socket, TimeSpan.FromSeconds(10));
            if (history == null || Type(history.Value) != "history")
            {
                Violation("the second message was not the history");
                return false;
            }

            JsonElement[] messages = history.Value.GetProperty("messages").EnumerateArray().ToArray();
            if (first)
            {
                // What was said before this person first arrived is not theirs to check.
                _coverageStart = lastId;
                _lastSeen = lastId;
                return true;
            }

            if (!history.Value.GetProperty("complete").GetBoolean())
            {
                long firstId = messages.Length == 0 ? lastId + 1 : messages[0].GetProperty("id").GetInt64();
                lock (_lock)
                {
                    _gaps.Add((after, firstId));
                }

                Count(r => r.IncompleteHistories++);
            }

            foreach (JsonElement message in messages)
            {
                Accept(message);
            }

            return true;
        }

        private async Task ReceiveLoopAsync(ClientWebSocket socket)
        {
            while (true)
            {
                JsonElement? next;
                try
                {
                    next = await ReceiveAsync(socket, null);
                }
                catch (Exception e) when (e is WebSocketException || e is OperationCanceledException || e is ObjectDisposedException)
                {
                    return;
                }

                if (next == null)
                {
                    NoteClose(socket);
                    return;
                }

                string? type = Type(next.Value);
                if (type == "message")
                {
                    Accept(next.Value);
                }
                else if (type == "error")
                {
                    string? code = next.Value.GetProperty("code").GetString();
                    if (code == "rate_limited")
                    {
                        Count(r => r.RateLimited++);
                    }
                    else
                    {
                        Violation("unexpected error " + code);
                    }
                }
            }
        }

        private void Accept(JsonElement message)
        {
            long id = message.GetProperty("id").GetInt64();
            int from = PersonOf(message.GetProperty("from").GetString());
            int to = message.TryGetProperty("to", out JsonElement toElement) ? PersonOf(toElement.GetString()) : -1;
            lock (_lock)
            {
                if (id <= _lastSeen)
                {
                    Violation(Name + " got message " + id + " again or out of order (last seen " + _lastSeen + ")");
                    return;
                }

                if (id > _ledger.Capacity || from < 0)
                {
                    Violation("message " + id + " is beyond what this run can send, or from nobody in it");
                    return;
                }

                _lastSeen = id;
                _seen[id] = true;
                if (to >= 0 && from != _index && to != _index)
                {
                    Violation("private message " + id + " from soak" + from + " to soak" + to + " reached " + Name);
                }

                // Each person chats from one place at a time, so a line of theirs that comes back is one they sent.
                if (from == _index)
                {
                    _ledger.Acknowledge(id, from, to);
                }
            }
        }

        private async Task SendAsync(ClientWebSocket socket)
        {
            string text = Name + " line " + _sequence++ + " " + new string('x', _random.Next(1, 60));
            string? to = _random.Next(10) == 0 ? "soak" + _random.Next(_users) : null;
            string json = to == null ? JsonSerializer.Serialize(new { type = "send", text }) : JsonSerializer.Serialize(new { type = "send", text, to });
            try
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
                Count(r => r.Sent++);
            }
            catch (Exception e) when (e is WebSocketException || e is ObjectDisposedException || e is OperationCanceledException)
            {
                // The server closed first; this line was never sent.
            }
        }

        private static async Task CloseAsync(ClientWebSocket socket)
        {
            try
            {
                using CancellationTokenSource timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException || e is ObjectDisposedException || e is OperationCanceledException)
            {
                socket.Abort();
            }
        }

        private void NoteClose(ClientWebSocket socket)
        {
            WebSocketCloseStatus? status = socket.CloseStatus;
            if (status == WebSocketCloseStatus.PolicyViolation)
            {
                _loggedIn = false;
            }
            else if ((int?)status == 1013)
            {
                Count(r => r.RefusedFull++);
            }
        }

        /// <summary>The next whole message, or null when the server closed; no limit when <paramref name="within"/> is null.</summary>
        private async Task<JsonElement?> ReceiveAsync(ClientWebSocket socket, TimeSpan? within)
        {
            using CancellationTokenSource timeout = within == null ? new CancellationTokenSource() : new CancellationTokenSource(within.Value);
            byte[] buffer = _buffer;
            int length = 0;
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), timeout.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                length += result.Count;
            }
            while (!result.EndOfMessage);

            return JsonDocument.Parse(buffer.AsMemory(0, length)).RootElement.Clone();
        }

        private static int PersonOf(string? name) => name != null && name.StartsWith("soak", StringComparison.Ordinal) && int.TryParse(name.AsSpan(4), out int index) ? index : -1;

        private static string? Type(JsonElement message) => message.TryGetProperty("type", out JsonElement type) ? type.GetString() : null;

        private void Violation(string what) => Count(r => r.Violations.Add(what));

        private void Count(Action<SoakReport> change)
        {
            lock (_report)
            {
                change(_report);
            }
        }

        private static async Task Delay(int milliseconds, CancellationToken stop)
        {
            try
            {
                await Task.Delay(milliseconds, stop);
            }
            catch (OperationCanceledException)
            {
                // Time is up; the caller looks at the token.
            }
        }
    }
}
