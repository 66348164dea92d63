using System;
using System.Diagnostics;
using System.Text;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;

namespace ChatFirmware.NanoBench
{
    /// <summary>
    /// The core's budget on nanoCLR: retained memory of a full device stage by stage, interpreter time
    /// per operation, bytes allocated per operation. Prints Markdown (bench/results/nano-*.md).
    /// </summary>
    public static class Program
    {
        public static void Main()
        {
            ChatSettings shipped = new ChatSettings();
            Debug.WriteLine("# The core on nanoCLR (`bash bench/nano.sh`)");
            Debug.WriteLine(string.Empty);
            Debug.WriteLine("Settings: the shipped ChatSettings" + (shipped.MaxChatConnections < shipped.MaxUsers ? ", except MaxChatConnections " + shipped.MaxUsers + " (shipped: " + shipped.MaxChatConnections + ")" : string.Empty)
                + "; while a state is built, Pbkdf2Iterations 2 (retained memory does not depend on it; the login row uses the shipped " + shipped.Pbkdf2Iterations + ").");
            Debug.WriteLine("Ports: in memory; flash keeps nothing while a state is measured (or only what was written before the measurement began), sockets only count, HMAC-SHA256 a stand-in (the board's is native).");
            Debug.WriteLine("Memory: nanoFramework.Runtime.Native.GC.Run(true) (free bytes after a compacting collection) before and after. Time: DateTime.UtcNow ticks around batches of calls.");
            Debug.WriteLine("Meter check: one `new byte[100]` per call measures " + Meter.AllocatedPerCall(new Step(AllocateHundred), 1000) + " bytes allocated per call (nanoCLR: 120).");
            Debug.WriteLine(string.Empty);

            try
            {
                FullDeviceMemory.Run();
                Broadcasts.Run();
                Operations.Run();
                Presets.Run();
            }
            catch (Exception e)
            {
                // nanoCLR ends a program whose Main throws as quietly as one that returns ("Done."):
                // say it, for bench/nano.sh to fail on.
                Debug.WriteLine("FAIL the bench stopped: " + e.GetType().Name + ": " + e.Message);
                Debug.WriteLine(e.StackTrace);
            }
        }

        /// <summary>Settings of every measured state: a full device has as many chat sockets as users.</summary>
        public static ChatSettings Settings(bool quickHashing)
        {
            ChatSettings settings = new ChatSettings();
            if (settings.MaxChatConnections < settings.MaxUsers)
            {
                settings.MaxChatConnections = settings.MaxUsers;
            }

            if (quickHashing)
            {
                settings.Pbkdf2Iterations = 2;
            }

            return settings;
        }

        public static void Row(string a, string b)
        {
            Debug.WriteLine("| " + a + " | " + b + " |");
        }

        public static void Row(string a, string b, string c)
        {
            Debug.WriteLine("| " + a + " | " + b + " | " + c + " |");
        }

        public static void Row(string a, string b, string c, string d)
        {
            Debug.WriteLine("| " + a + " | " + b + " | " + c + " | " + d + " |");
        }

        /// <summary>Messages and UTF-8 bytes of text the history holds (read through the administrator's view).</summary>
        public static string HistoryContent(Rig rig)
        {
            HistoryLine[] lines = ((IChatModeration)rig.Server).RecentMessages(rig.Settings.HistoryCapacity);
            int bytes = 0;
            for (int i = 0; i < lines.Length; i++)
            {
                bytes += Encoding.UTF8.GetBytes(lines[i].Text).Length;
            }

            return lines.Length + " messages, " + bytes + " bytes of text";
        }

        private static void AllocateHundred(int index)
        {
            byte[] data = new byte[100];
            data[0] = (byte)index;
        }
    }
}
