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
            int users = settings.MaxUsers;
            Rig rig = new Rig(settings, new BenchFlash(false));
            CountingSocket[] sockets = NewSockets(users);
            ChatConnection[] connections = new ChatConnection[users];
            string[] cookies = Rig.Cookies(users);
            string[] cookieCopies = Rig.Cookies(users);

            Debug.WriteLine("## Retained memory of a full device");
            Debug.WriteLine(string.Empty);
            Program.Row("state", "retained", "this stage");
            Program.Row("---", "---:", "---:");
            int baseline = Meter.Free();
            rig.Boot();
            int retained = Meter.Retained(baseline);
            int previous = Stage("empty core (started, no data)", retained, 0);
            for (int i = 0; i < users; i++)
            {
                rig.Register(i);
            }

            retained = Meter.Retained(baseline);
            previous = Stage("+ " + users + " users", retained, previous);
            for (int i = 0; i < users; i++)
            {
                cookies[i] = rig.Login(i);
            }

            retained = Meter.Retained(baseline);
            int cookieBytes = CostOf(cookies, cookieCopies);
            previous = Stage("+ " + users + " sessions (the browsers' cookies, " + cookieBytes + " B, left out)", retained - cookieBytes, previous);
            for (int i = 0; i < users; i++)
            {
                connections[i] = rig.Open(cookies[i], sockets[i]);
            }

            retained = Meter.Retained(baseline);
            previous = Stage("+ " + users + " open chat sockets", retained - cookieBytes, previous);
            rig.FillHistory(connections[0]);
            int full = Meter.Retained(baseline) - cookieBytes;
            Stage("+ full history (" + Program.HistoryContent(rig) + "): **the full device**", full, previous);

            // The same device after a power cycle: a flash that holds its images, a new server.
            BenchFlash flash = new BenchFlash(true);
            Rig writer = new Rig(settings, flash);
            writer.Boot();
            string[] bootCookies = writer.SignUpEveryone();
            writer.FillHistory(writer.Open(bootCookies[0], new CountingSocket()));
            writer.Server.Shutdown();
            writer = null;
            Rig rebooted = new Rig(settings, flash);
            CountingSocket[] bootSockets = NewSockets(users);
            ChatConnection[] bootConnections = new ChatConnection[users];
            int bootBaseline = Meter.Free();
            rebooted.Boot();
            int loaded = Meter.Retained(bootBaseline);
            Program.Row("after a reboot: users, sessions and history loaded from flash (" + Program.HistoryContent(rebooted) + ")", Meter.Kb(loaded) + " (" + loaded + " B)", string.Empty);
            for (int i = 0; i < users; i++)
            {
                bootConnections[i] = rebooted.Open(bootCookies[i], bootSockets[i]);
            }

            int reopened = Meter.Retained(bootBaseline);
            Program.Row("... + " + users + " chat sockets reopened", Meter.Kb(reopened) + " (" + reopened + " B)", "+" + (reopened - loaded) + " B");
            Debug.WriteLine(string.Empty);
            Debug.WriteLine("Full device: **" + full + " bytes retained (" + Meter.Kb(full) + ")**; its flash images: " + flash.StoredBytes + " bytes (A/B slots, not on the heap).");
            Debug.WriteLine(string.Empty);
            Keep(rig, sockets, connections, cookies);
            Keep(rebooted, bootSockets, bootConnections, bootCookies);
        }

        /// <summary>Prints a stage measured before its label was made (a string alive during a measurement would count).</summary>
        private static int Stage(string name, int retained, int previous)
        {
            Program.Row(name, Meter.Kb(retained) + " (" + retained + " B)", "+" + (retained - previous) + " B");
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
        private static void Keep(Rig rig, CountingSocket[] sockets, ChatConnection[] connections, string[] cookies)
        {
            if (rig.Server == null || sockets.Length != connections.Length || cookies.Length != sockets.Length)
            {
                Debug.WriteLine("unexpected state");
            }
        }
    }
}
