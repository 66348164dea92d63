using System;
using BenchmarkDotNet.Attributes;
using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.Benchmarks
{
    /// <summary>
    /// One image write of each record set as the core does it (encode, frame, CRC-32, write into the
    /// other A/B slot), with the state a full device holds: 10 users and 10 sessions; a full history
    /// ring. The flash port keeps the buffer by reference, so the chip's own write time is not included.
    /// </summary>
    [MemoryDiagnoser]
    [SimpleJob(warmupCount: 5, iterationCount: 15)]
    public class StoreBenchmarks
    {
        private readonly BenchClock _clock = new BenchClock();
        private AccountStore _accounts = null!;
        private HistoryStore _historyStore = null!;
        private HistoryRing _history = null!;

        [GlobalSetup]
        public void Setup()
        {
            // Build the state through the product's own paths, then load it into stand-alone stores.
            ChatSettings settings = new ChatSettings { MaxChatConnections = 10, Pbkdf2Iterations = 2 };
            MemoryFlash flash = new MemoryFlash();
            CoreRig.FullDevice(settings, flash);

            _accounts = new AccountStore(flash, _clock, new ChatFirmware.Emulator.Ports.HostCrypto(), new NullLog(), settings.MaxUsers, settings.MaxSessions);
            _accounts.Load();
            _history = new HistoryRing(settings.HistoryCapacity, settings.HistoryTextBudgetBytes);
            _historyStore = new HistoryStore(flash, new NullLog(), settings.HistoryFlushIntervalMs, settings.MessageIdReserve);
            _historyStore.Load(_history, _clock.UptimeMilliseconds, _accounts.IdEpoch);
            if (_accounts.Users.Count != settings.MaxUsers || _accounts.Sessions.Count != settings.MaxSessions || _history.Count != settings.HistoryCapacity)
            {
                throw new InvalidOperationException("the stores did not load a full state");
            }
        }

        [Benchmark]
        public bool AccountsWrite() => _accounts.TryCommit();

        [Benchmark]
        public void HistoryWrite()
        {
            _historyStore.Changed();
            _historyStore.Flush(_history, _clock.UptimeMilliseconds);
        }
    }
}
