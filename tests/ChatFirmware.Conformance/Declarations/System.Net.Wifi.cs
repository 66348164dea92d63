// More declarations of System.Net 1.11.54 (api/System.Net.txt), those the device's health and station
// mode use: the access point's stations and the network helper's status (which System.Net ships,
// although WifiNetworkHelper is in System.Device.Wifi). Enum values are the library's own.
namespace System.Net.NetworkInformation
{
    public class WirelessAPStation
    {
        internal WirelessAPStation() { }

        public byte[] MacAddress { get { throw null; } }
    }
}

namespace nanoFramework.Networking
{
    public enum NetworkHelperStatus
    {
        None = 0,
        Started = 1,
        NetworkIsReady = 2,
        FailedNoNetworkInterface = 3,
        TokenExpiredWaitingIPAddress = 4,
        TokenExpiredWaitingDateTime = 5,
        ExceptionOccurred = 6,
        ErrorConnetingToWiFiWhileScanning = 7,
        Reconnecting = 8,
    }
}
