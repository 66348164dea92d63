using System.Collections.Concurrent;
using System.Linq;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>How often each outcome occurred during a run (shows what the generated inputs reached).</summary>
    public sealed class Tally
    {
        private readonly ConcurrentDictionary<string, long> _counts = new ConcurrentDictionary<string, long>();

        public void Add(string outcome)
        {
            _counts.AddOrUpdate(outcome, 1, (_, n) => n + 1);
        }

        public long this[string outcome] => _counts.TryGetValue(outcome, out long n) ? n : 0;

        public override string ToString()
        {
            return string.Join(", ", _counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Select(c => c.Key + " " + c.Value));
        }
    }
}
