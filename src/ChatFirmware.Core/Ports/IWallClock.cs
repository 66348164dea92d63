namespace ChatFirmware.Core.Ports
{
    /// <summary>
    /// Calendar time, used only for message timestamps. The device has no clock source in access-point
    /// mode, so the clock may be unset until a browser supplies the time.
    /// </summary>
    public interface IWallClock
    {
        bool IsSet { get; }

        /// <summary>Milliseconds since 1970-01-01 UTC; meaningless while <see cref="IsSet"/> is false.</summary>
        long UnixMilliseconds { get; }

        void Set(long unixMilliseconds);
    }
}
