namespace ChatFirmware.Core.Ports
{
    /// <summary>
    /// Milliseconds since the program started. Never jumps backwards and is not affected by the wall
    /// clock being set, so every expiry and throttle is measured on it.
    /// </summary>
    public interface IUptimeClock
    {
        long UptimeMilliseconds { get; }
    }
}
