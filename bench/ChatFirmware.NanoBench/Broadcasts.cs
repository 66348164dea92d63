using System;
using System.Diagnostics;
using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.NanoBench
{
    /// <summary>
    /// One message from a page to everyone, as the host hands it in: UTF-8 check, JSON, the limits, the
    /// rate limit, the history, the frame encoded once and queued on every open socket. A full device
    /// (every user registered and logged in, the history full), with 1 to 10 sockets open; user 0 sends.
    /// </summary>
    public static class Broadcasts
    {
        private static Rig _rig;
        private static ChatConnection _sender;
        private static byte[] _frame;
        private static ChatConnection[] _connections;
        private static CountingSocket[] _sockets;
        private static string[] _cookies;
        private static int _open;

        public static void Run()
        {
            ChatSettings settings = Program.Settings(true);
            int users = settings.MaxUsers;
            _rig = new Rig(settings, new BenchFlash(false));
            _rig.Boot();
            _cookies = _rig.SignUpEveryone();
            _sockets = new CountingSocket[users];
            _connections = new ChatConnection[users];
            for (int i = 0; i < users; i++)
            {
                _sockets[i] = new CountingSocket();
            }

            byte[] ascii = Rig.SendFrame(new string('x', 160));
            byte[] emoji = Rig.EmojiFrame(settings.MaxMessageCodePoints);
            OpenUpTo(1);
            _sender = _connections[0];
            _rig.FillHistory(_sender);

            Debug.WriteLine("## Broadcast: time per message");
            Debug.WriteLine(string.Empty);
            Debug.WriteLine("A message to everyone: 160 ASCII characters (frame " + ascii.Length + " bytes), or " + settings.MaxMessageCodePoints + " emoji U+1F600 (frame " + emoji.Length + " bytes); the history full and evicting. Per message: the fastest batch (the interpreter's own time: other work on this shared machine only adds to a batch), then the median and the mean of the batches.");
            Debug.WriteLine(string.Empty);
            Program.Row("message", "sockets", "per message, fastest batch", "median / mean of the batches");
            Program.Row("---", "---:", "---:", "---:");
            int[] counts = new int[] { 1, 8, 10 };
            for (int c = 0; c < counts.Length; c++)
            {
                OpenUpTo(counts[c]);
                TimeBroadcast("160 characters", ascii, 10, 31, 100);
                TimeBroadcast(settings.MaxMessageCodePoints + " emoji", emoji, 5, 21, 20);
            }

            Debug.WriteLine(string.Empty);
            Debug.WriteLine("## Broadcast: bytes allocated per message (garbage included)");
            Debug.WriteLine(string.Empty);
            Debug.WriteLine("Free heap after a compacting collection, then 200 messages with no collection in between, then the free heap left (Meter.AllocatedPerCall). Windows with an id-reservation write of the history are measured again.");
            Debug.WriteLine(string.Empty);
            Program.Row("sockets", "160 characters", settings.MaxMessageCodePoints + " emoji");
            Program.Row("---:", "---:", "---:");
            for (int i = 1; i < _open; i++)
            {
                _rig.Server.OnChatClosed(_connections[i]);
                _connections[i] = null;
            }

            _open = 1;
            for (int recipients = 1; recipients <= users; recipients++)
            {
                OpenUpTo(recipients);

                string perEmoji = recipients == 1 || recipients == 8 || recipients == users ? Allocation(emoji, 50) + " B" : string.Empty;
                Program.Row(recipients.ToString(), Allocation(ascii, 200) + " B", perEmoji);
            }

            Debug.WriteLine(string.Empty);
        }

        private static void OpenUpTo(int count)
        {
            while (_open < count)
            {
                _connections[_open] = _rig.Open(_cookies[_open], _sockets[_open]);
                _open++;
            }
        }

        private static void TimeBroadcast(string what, byte[] frame, int perBatch, int batches, int warmUp)
        {
            _frame = frame;
            for (int i = 0; i < warmUp; i++)
            {
                Send(i);
            }

            int[] before = FramesOf();
            long[] times = Meter.Time(new Step(Send), perBatch, batches);
            int[] after = FramesOf();
            for (int i = 0; i < _open; i++)
            {
                if (after[i] - before[i] != perBatch * batches)
                {
                    throw new Exception("socket " + i + " received " + (after[i] - before[i]) + " frames for " + (perBatch * batches) + " messages");
                }
            }

            Program.Row(what, _open.ToString(), "**" + Meter.Ms(times[0]) + "**", Meter.Ms(Meter.Median(times)) + " / " + Meter.Ms(Meter.Mean(times)));
        }

        private static long Allocation(byte[] frame, int messages)
        {
            _frame = frame;
            for (int i = 0; i < 20; i++)
            {
                Send(i);
            }

            for (int attempt = 0; attempt < 5; attempt++)
            {
                int writes = _rig.Server.FlashWrites;
                long perMessage = Meter.AllocatedPerCall(new Step(Send), messages);
                if (perMessage >= 0 && _rig.Server.FlashWrites == writes)
                {
                    return perMessage;
                }
            }

            throw new Exception("no window of " + messages + " messages without a collection or a history write");
        }

        private static void Send(int index)
        {
            _rig.Send(_sender, _frame);
        }

        private static int[] FramesOf()
        {
            int[] frames = new int[_open];
            for (int i = 0; i < _open; i++)
            {
                frames[i] = _sockets[i].Frames;
            }

            return frames;
        }
    }
}
