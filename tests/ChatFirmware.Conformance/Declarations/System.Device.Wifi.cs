// Declarations of System.Device.Wifi 1.5.147 (api/System.Device.Wifi.txt): station mode joins an
// existing network with the network helper (AP+station). Enum values are the library's own.
namespace System.Device.Wifi
{
    public enum WifiReconnectionKind
    {
        Automatic = 0,
        Manual = 1,
    }
}

namespace nanoFramework.Networking
{
    public static class WifiNetworkHelper
    {
        public static System.Exception HelperException { get { throw null; } }

        public static NetworkHelperStatus Status { get { throw null; } }

        public static bool ConnectDhcp(string ssid, string password, System.Device.Wifi.WifiReconnectionKind reconnectionKind, bool requiresDateTime, int wifiAdapterId, System.Threading.CancellationToken token) { throw null; }
    }
}
