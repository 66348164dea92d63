namespace ChatFirmware.Core.Ports
{
    /// <summary>
    /// What the platform can tell about its own health, for the administrator's page and the
    /// low-memory policy. A value the host cannot measure is -1.
    /// </summary>
    public interface ISystemHealth
    {
        /// <summary>Free managed heap in bytes (nanoFramework: GC.Run(false)).</summary>
        long FreeMemoryBytes { get; }

        /// <summary>Total managed heap in bytes.</summary>
        long TotalMemoryBytes { get; }

        /// <summary>Wi-Fi stations joined to the access point.</summary>
        int ConnectedStations { get; }

        /// <summary>HTTP requests being handled right now (each holds a socket).</summary>
        int ActiveHttpRequests { get; }
    }
}
