using ChatFirmware.Core.Settings;

namespace ChatFirmware.Core.Accounts
{
    /// <summary>
    /// Failed attempts of one account or one address: after LoginFreeFailures each further failure
    /// doubles the wait, up to LoginDelayMaxMs, so guessing slows down but nobody waits for ever;
    /// after a quiet period of twice the ceiling the count starts again.
    /// </summary>
    public sealed class FailureCount
    {
        public int Failures { get; private set; }

        public long LastFailureMs { get; private set; }

        /// <summary>Milliseconds until the next attempt may be checked (0: now).</summary>
        public long WaitMs(long nowMs, ChatSettings settings)
        {
            int over = Failures - settings.LoginFreeFailures;
            if (over < 0)
            {
                return 0;
            }

            long delay = settings.LoginDelayBaseMs;
            for (int i = 0; i < over && delay < settings.LoginDelayMaxMs; i++)
            {
                delay *= 2;
            }

            long wait = LastFailureMs + (delay < settings.LoginDelayMaxMs ? delay : settings.LoginDelayMaxMs) - nowMs;
            return wait > 0 ? wait : 0;
        }

        public void Record(long nowMs, ChatSettings settings)
        {
            if (IsForgiven(nowMs, settings))
            {
                Failures = 0;
            }

            Failures++;
            LastFailureMs = nowMs;
        }

        public void Clear()
        {
            Failures = 0;
        }

        /// <summary>No failure, or none for twice the longest delay: nothing left to remember.</summary>
        public bool IsForgiven(long nowMs, ChatSettings settings)
        {
            return Failures == 0 || nowMs - LastFailureMs > settings.LoginDelayMaxMs * 2;
        }
    }
}
