using System;
using System.Diagnostics;
using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;

namespace ChatFirmware.NanoBench
{
    /// <summary>A login, the chat page from flash, a history flush and a boot load: time and bytes allocated.</summary>
    public static class Operations
    {
        private static Rig _rig;
        private static HttpRequest _request;
        private static ChatConnection _sender;
        private static byte[] _frame;
        private static byte[] _key;
        private static byte[] _data;
        private static StandInHmac _hmac;

        public static void Run()
        {
            Debug.WriteLine("## Other operations");
            Debug.WriteLine(string.Empty);
            long hmac = HmacCost();
            long hmacBytes = Meter.AllocatedPerCall(new Step(ComputeHmac), 1000);
            Debug.WriteLine("HMAC-SHA256 is native on the board (a port); here a stand-in (StandInHmac: 32 new bytes from a short managed loop) takes " + Meter.Ms(hmac) + " and allocates " + hmacBytes + " bytes per call, counted apart below. The core's own part is what the interpreter runs around it.");
            Debug.WriteLine(string.Empty);
            Program.Row("operation", "fastest", "median / mean", "bytes allocated per call");
            Program.Row("---", "---:", "---:", "---:");
            Login(hmac, hmacBytes);
            ChatPage(hmac, hmacBytes);
            Flush();
            BootLoad();
            Debug.WriteLine(string.Empty);
        }

        private static long HmacCost()
        {
            _hmac = new StandInHmac();
            _key = new byte[20];
            _data = new byte[32];
            long[] times = Meter.Time(new Step(ComputeHmac), 200, 11);
            return Meter.Median(times);
        }

        private static void Login(long hmac, long hmacBytes)
        {
            ChatSettings settings = Program.Settings(false);
            // The same person logs in 32 times: lift the per-person budget of successful logins (a
            // flash-wear limit, 6 at once) that would refuse the seventh, as the .NET login bench does.
            settings.LoginSuccessBurst = int.MaxValue;
            _rig = new Rig(settings, new BenchFlash(false));
            _rig.Boot();
            _rig.Register(0);
            _request = Rig.LoginRequest(0);
            int calls = _rig.Hmac.Calls;
            long[] times = Meter.Time(new Step(LogIn), 2, 11);
            int perLogin = (_rig.Hmac.Calls - calls) / 22;
            long allocated = Meter.AllocatedPerCall(new Step(LogIn), 10);
            Program.Row("login (POST /login, PBKDF2 " + settings.Pbkdf2Iterations + " rounds), stand-in HMAC included", Meter.Ms(times[0]), Meter.Ms(Meter.Median(times)) + " / " + Meter.Ms(Meter.Mean(times)), allocated + " B");
            Program.Row("... of which the stand-in HMAC: " + perLogin + " calls", Meter.Ms(perLogin * hmac), string.Empty, (perLogin * hmacBytes) + " B");
            Program.Row("... **the core's own part of a login**", "**" + Meter.Ms(times[0] - (perLogin * hmac)) + "**", Meter.Ms(Meter.Median(times) - (perLogin * hmac)) + " (median)", "**" + (allocated - (perLogin * hmacBytes)) + " B**");
        }

        private static void ChatPage(long hmac, long hmacBytes)
        {
            _rig = new Rig(Program.Settings(true), new BenchFlash(false));
            _rig.Boot();
            _rig.Register(0);
            _request = Rig.Get("/", _rig.Login(0));
            HttpResponse page = _rig.Server.HandleHttp(_request);
            if (page.StatusCode != 200 || page.BodyAsset != "chat.html")
            {
                throw new Exception("GET / with a session answered " + page.StatusCode + " " + page.BodyAsset);
            }

            int calls = _rig.Hmac.Calls;
            long[] times = Meter.Time(new Step(GetPage), 10, 31);
            int perPage = (_rig.Hmac.Calls - calls) / 310;
            long allocated = Meter.AllocatedPerCall(new Step(GetPage), 100);
            Program.Row("chat page from flash (GET / with a session; the host streams the body), stand-in HMAC included", Meter.Ms(times[0]), Meter.Ms(Meter.Median(times)) + " / " + Meter.Ms(Meter.Mean(times)), allocated + " B");
            Program.Row("... of which the stand-in HMAC: " + perPage + " call", Meter.Ms(perPage * hmac), string.Empty, (perPage * hmacBytes) + " B");
            Program.Row("... **the core's own part of a page**", "**" + Meter.Ms(times[0] - (perPage * hmac)) + "**", Meter.Ms(Meter.Median(times) - (perPage * hmac)) + " (median)", "**" + (allocated - (perPage * hmacBytes)) + " B**");
        }

        private static void Flush()
        {
            ChatSettings settings = Program.Settings(true);
            long allocated = FlushBytes(settings);
            const int Runs = 21;
            long[] times = new long[Runs];
            for (int r = 0; r < Runs; r++)
            {
                _rig.Send(_sender, _frame);
                _rig.Clock.UptimeMilliseconds += settings.HistoryFlushIntervalMs;
                int writes = _rig.Server.FlashWrites;
                long start = Meter.Ticks();
                _rig.Server.Tick();
                times[r] = (Meter.Ticks() - start) * 100;
                if (_rig.Server.FlashWrites != writes + 1)
                {
                    throw new Exception("the tick did not write the history");
                }
            }

            Meter.Sort(times);
            Program.Row("history flush (Tick when due: " + Program.HistoryContent(_rig) + " encoded into a slot image)", Meter.Ms(times[0]), Meter.Ms(Meter.Median(times)) + " / " + Meter.Ms(Meter.Mean(times)), allocated + " B");
        }

        /// <summary>
        /// Bytes a history write allocates on a full device with these settings (the image: a transient
        /// the heap must have room for every HistoryFlushIntervalMs). Leaves the rig ready for more writes.
        /// </summary>
        public static long FlushBytes(ChatSettings settings)
        {
            _rig = new Rig(settings, new BenchFlash(false));
            _rig.Boot();
            string[] cookies = _rig.SignUpEveryone();
            _sender = _rig.Open(cookies[0], new CountingSocket());
            _rig.FillHistory(_sender);
            _frame = Rig.SendFrame(new string('x', 160));
            return Meter.AllocatedPerCall(new Step(SendAndFlush), 10) - Meter.AllocatedPerCall(new Step(SendOnly), 10);
        }

        private static void BootLoad()
        {
            ChatSettings settings = Program.Settings(true);
            BenchFlash flash = new BenchFlash(true);
            _rig = new Rig(settings, flash);
            _rig.Boot();
            _rig.SignUpEveryone();
            _rig.FillHistory(_rig.Open(_rig.Login(0), new CountingSocket()));
            _rig.Server.Shutdown();
            const int Runs = 21;
            long[] times = new long[Runs];
            long[] creates = new long[Runs];
            for (int r = 0; r < Runs; r++)
            {
                long start = Meter.Ticks();
                _rig.Create();
                long created = Meter.Ticks();
                _rig.Server.Start();
                times[r] = (Meter.Ticks() - created) * 100;
                creates[r] = (created - start) * 100;
            }

            Meter.Sort(times);
            Meter.Sort(creates);
            long allocated = Meter.AllocatedPerCall(new Step(Boot), 3);
            Program.Row("boot load (ChatServer.Start: " + Program.HistoryContent(_rig) + ", 10 users, 10 sessions from flash; the flash fake hands out its arrays, a board reads them into new ones)", Meter.Ms(times[0]), Meter.Ms(Meter.Median(times)) + " / " + Meter.Ms(Meter.Mean(times)), allocated + " B (with the construction)");
            Program.Row("... constructing the ChatServer before it", Meter.Ms(creates[0]), Meter.Ms(Meter.Median(creates)) + " / " + Meter.Ms(Meter.Mean(creates)), string.Empty);
        }

        private static void ComputeHmac(int index)
        {
            _hmac.Compute(_key, _data);
        }

        private static void LogIn(int index)
        {
            if (_rig.Server.HandleHttp(_request).StatusCode != 303)
            {
                throw new Exception("login refused");
            }
        }

        private static void GetPage(int index)
        {
            _rig.Server.HandleHttp(_request);
        }

        private static void SendOnly(int index)
        {
            _rig.Send(_sender, _frame);
            _rig.Clock.UptimeMilliseconds += _rig.Settings.HistoryFlushIntervalMs;
        }

        private static void SendAndFlush(int index)
        {
            SendOnly(index);
            _rig.Server.Tick();
        }

        private static void Boot(int index)
        {
            _rig.Boot();
        }
    }
}
