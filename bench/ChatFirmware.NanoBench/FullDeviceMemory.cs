using System.Diagnostics;
using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.NanoBench
{
    /// <summary>
    /// Retained memory of a full device built stage by stage through the facade, then of the same device
    /// after a reboot (loaded from flash). Everything the bench itself holds (ports, sockets, the arrays of
    /// handles) exists before the first measurement; the cookies, which belong to the browsers, are
    /// measured and left out.
    /// </summary>
    public static class FullDeviceMemory
    {
        public static void Run()
        {
            ChatSettings settings = Program.Settings(true);
            Debug.WriteLine("## Retained memory of a full device");
            Debug.WriteLine(string.Empty);
            Program.Row("state", "retained", "this stage");
            Program.Row("---", "---:", "---:");
            int full = Build(settings, true);
            Reboot(settings);
            Debug.WriteLine(string.Empty);
            Debug.WriteLine("Full device: **" + full + " bytes retained (" + Meter.Kb(full) + ")**.");
            Debug.WriteLine(string.Empty);
        }

        /// <summary>
        /// Builds a full device (every user registered and logged in, a chat socket per user up to
        /// MaxChatConnections, the history full) and returns what it retains; with <paramref name="print"/>,
        /// a table row per stage.
        /// </summary>
        public static int Build(ChatSettings settings, bool print)
        {
            int users = settings.MaxUsers;
            int open = settings.MaxChatConnections < users ? settings.MaxChatConnections : users;
            Rig rig = new Rig(settings, new BenchFlash(false));
            CountingSocket[] sockets = NewSockets(open);
            ChatConnection[] connections = new ChatConnection[open];
            string[] cookies = Rig.Cookies(users);
            string[] cookieCopies = Rig.Cookies(users);

            // Each figure is taken before its label is made: a string alive during a measurement counts.
            int baseline = Meter.Free();
            rig.Boot();
            int retained = Meter.Retained(baseline);
            int previous = Stage(print, "empty core (started, no data)", retained, 0);
            for (int i = 0; i < users; i++)
            {
                rig.Register(i);
            }

            retained = Meter.Retained(baseline);
            previous = Stage(print, "+ " + users + " users", retained, previous);
            for (int i = 0; i < users; i++)
            {
                cookies[i] = rig.Login(i);
            }

            retained = Meter.Retained(baseline);
            int cookieBytes = CostOf(cookies, cookieCopies);
            previous = Stage(print, "+ " + users + " sessions (the browsers' cookies, " + cookieBytes + " B, left out)", retained - cookieBytes, previous);
            for (int i = 0; i < open; i++)
            {
                connections[i] = rig.Open(cookies[i], sockets[i]);
            }

            retained = Meter.Retained(baseline);
            previous = Stage(print, "+ " + open + " open chat sockets", retained - cookieBytes, previous);
            rig.FillHistory(connections[0]);
            int full = Meter.Retained(baseline) - cookieBytes;
            Stage(print, "+ full history (" + Program.HistoryContent(rig) + "): **the full device**", full, previous);
            Keep(rig, sockets, connections);
            return full;
        }

        /// <summary>The same device after a power cycle: a flash that holds its images, a new server.</summary>
        private static void Reboot(ChatSettings settings)
        {
            int users = settings.MaxUsers;
            BenchFlash flash = new BenchFlash(true);
            Rig writer = new Rig(settings, flash);
            writer.Boot();
            string[] cookies = writer.SignUpEveryone();
            writer.FillHistory(writer.Open(cookies[0], new CountingSocket()));
            writer.Server.Shutdown();
            writer = null;
            Rig rebooted = new Rig(settings, flash);
            CountingSocket[] sockets = NewSockets(users);
            ChatConnection[] connections = new ChatConnection[users];
            int baseline = Meter.Free();
            rebooted.Boot();
            int loaded = Meter.Retained(baseline);
            Program.Row("after a reboot: users, sessions and history loaded from flash (" + Program.HistoryContent(rebooted) + ")", Meter.Kb(loaded) + " (" + loaded + " B)", string.Empty);
            for (int i = 0; i < users; i++)
            {
                connections[i] = rebooted.Open(cookies[i], sockets[i]);
            }

            int reopened = Meter.Retained(baseline);
            Program.Row("... + " + users + " chat sockets reopened", Meter.Kb(reopened) + " (" + reopened + " B)", "+" + (reopened - loaded) + " B");
            Program.Row("its flash images (A/B slots, not on the heap)", flash.StoredBytes + " B", string.Empty);
            Keep(rebooted, sockets, connections);
        }

        private static int Stage(bool print, string name, int retained, int previous)
        {
            if (print)
            {
                Program.Row(name, Meter.Kb(retained) + " (" + retained + " B)", "+" + (retained - previous) + " B");
            }

            return retained;
        }

        /// <summary>Heap the strings take, measured by making copies of them (the copies are then dropped).</summary>
        private static int CostOf(string[] strings, string[] copies)
        {
            int before = Meter.Free();
            for (int i = 0; i < strings.Length; i++)
            {
                copies[i] = new string(strings[i].ToCharArray());
            }

            int cost = Meter.Retained(before);
            for (int i = 0; i < copies.Length; i++)
            {
                copies[i] = null;
            }

            return cost;
        }

        private static CountingSocket[] NewSockets(int count)
        {
            CountingSocket[] sockets = new CountingSocket[count];
            for (int i = 0; i < count; i++)
            {
                sockets[i] = new CountingSocket();
            }

            return sockets;
        }

        /// <summary>Keeps everything reachable until the measurements are done.</summary>
        private static void Keep(Rig rig, CountingSocket[] sockets, ChatConnection[] connections)
        {
            if (rig.Server == null || sockets.Length != connections.Length)
            {
                Debug.WriteLine("unexpected state");
            }
        }
    }
}
