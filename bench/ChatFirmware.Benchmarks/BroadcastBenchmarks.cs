using System;
using System.Text;
using BenchmarkDotNet.Attributes;
using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.Benchmarks
{
    /// <summary>
    /// One chat message in, broadcast out: decode, validate, rate limit, append to the history ring,
    /// encode once, hand the same buffer to every open connection (the sender's included). The encoded
    /// frame is built once, so the bytes allocated must not grow with the number of recipients.
    /// </summary>
    [MemoryDiagnoser]
    [SimpleJob(warmupCount: 5, iterationCount: 15)]
    public class BroadcastBenchmarks
    {
        private const string Text = "Hello everyone, this is a typical chat line of modest length.";
        private CoreRig _rig = null!;
        private ChatConnection _sender = null!;
        private CountingSocket[] _sockets = null!;
        private byte[] _frame = null!;

        [Params(1, 5, 10)]
        public int Recipients { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            // Shipped settings, except room for 10 sockets and a rate limit the benchmark cannot exhaust
            // (the clock does not move). Hashing is cheap here because logins are not measured.
            ChatSettings settings = new ChatSettings
            {
                MaxChatConnections = 10,
                RateLimitBurst = int.MaxValue,
                RateLimitRefillMs = 1,
                Pbkdf2Iterations = 2,
            };
            _rig = new CoreRig(settings);
            _sockets = new CountingSocket[Recipients];
            ChatConnection[] connections = new ChatConnection[Recipients];
            for (int i = 0; i < Recipients; i++)
            {
                _rig.Register(i);
                _sockets[i] = new CountingSocket { KeepLast = true };
                connections[i] = _rig.Open(_rig.Login(i), _sockets[i]);
            }

            _sender = connections[0];
            _rig.FillHistory(_sender);
            _frame = CoreRig.SendFrame(Text);
        }

        [Benchmark]
        public void Broadcast() => _rig.Server.OnChatMessage(_sender, _frame, 0, _frame.Length);

        [GlobalCleanup]
        public void Check()
        {
            // A benchmark that measured refusals would be worthless: every socket must hold a real message.
            foreach (CountingSocket socket in _sockets)
            {
                string last = Encoding.UTF8.GetString(socket.Last ?? Array.Empty<byte>());
                if (!last.StartsWith("{\"type\":\"message\"", StringComparison.Ordinal) || socket.CloseCode >= 0)
                {
                    throw new InvalidOperationException("the broadcast did not reach every socket: " + last);
                }
            }
        }
    }
}
