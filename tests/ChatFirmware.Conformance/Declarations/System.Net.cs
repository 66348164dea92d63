// Declarations of System.Net 1.11.54 (api/System.Net.txt): addresses, the soft-AP's network
// configuration and the UDP socket of the captive-portal DNS. Enum values are the firmware's
// (REFERENCE.md section 3; the socket enums mirror the BSD/.NET numbers); the listing has names only.
namespace System.Net
{
    public abstract class EndPoint
    {
        protected EndPoint() { }
    }

    public class IPAddress
    {
        public static readonly IPAddress Any;
        public static readonly IPAddress Loopback;

        public IPAddress(byte[] address) { }

        public IPAddress(long newAddress) { }

        public static IPAddress Parse(string ipString) { throw null; }

        public byte[] GetAddressBytes() { throw null; }

        public override bool Equals(object other) { throw null; }

        public override int GetHashCode() { throw null; }

        public override string ToString() { throw null; }
    }

    public class IPEndPoint : EndPoint
    {
        public IPEndPoint(IPAddress address, int port) { }

        public IPAddress Address { get { throw null; } }

        public int Port { get { throw null; } }

        public override bool Equals(object obj) { throw null; }

        public override int GetHashCode() { throw null; }

        public override string ToString() { throw null; }
    }
}

namespace System.Net.NetworkInformation
{
    public enum AuthenticationType : byte
    {
        None = 0,
        EAP = 1,
        PEAP = 2,
        WCN = 3,
        Open = 4,
        Shared = 5,
        WEP = 6,
        WPA = 7,
        WPA2 = 8,
    }

    public class NetworkInterface
    {
        protected NetworkInterface(int interfaceIndex) { }

        public string IPv4Address { get { throw null; } }

        public string IPv4SubnetMask { get { throw null; } }

        public bool IsDhcpEnabled { get { throw null; } }

        public NetworkInterfaceType NetworkInterfaceType { get { throw null; } }

        public uint SpecificConfigId { get { throw null; } set { } }

        public static NetworkInterface[] GetAllNetworkInterfaces() { throw null; }

        public void EnableDhcp() { }

        public void EnableStaticIPv4(string ipv4Address, string ipv4SubnetMask, string ipv4GatewayAddress) { }
    }

    public enum NetworkInterfaceType
    {
        Unknown = 1,
        Ethernet = 6,
        Wireless80211 = 71,
        WirelessAP = 72,
    }

    public class Wireless80211Configuration
    {
        public Wireless80211Configuration(uint id) { }

        [Flags]
        public enum ConfigurationOptions : byte
        {
            None = 0,
            Disable = 1,
            Enable = 2,
            AutoConnect = 4 | Enable,
            SmartConfig = 8 | Enable,
        }

        public uint Id { get { throw null; } }

        public ConfigurationOptions Options { get { throw null; } set { } }

        public string Password { get { throw null; } set { } }

        public string Ssid { get { throw null; } set { } }

        public static Wireless80211Configuration[] GetAllWireless80211Configurations() { throw null; }

        public void SaveConfiguration() { }
    }

    public class WirelessAPConfiguration
    {
        public WirelessAPConfiguration(uint id) { }

        [Flags]
        public enum ConfigurationOptions : byte
        {
            None = 0,
            Disable = 1,
            Enable = 2,
            AutoStart = 4 | Enable,
            HiddenSSID = 8,
        }

        public AuthenticationType Authentication { get { throw null; } set { } }

        public byte Channel { get { throw null; } set { } }

        public uint Id { get { throw null; } }

        public byte MaxConnections { get { throw null; } set { } }

        public ConfigurationOptions Options { get { throw null; } set { } }

        public string Password { get { throw null; } set { } }

        public string Ssid { get { throw null; } set { } }

        public static WirelessAPConfiguration[] GetAllWirelessAPConfigurations() { throw null; }

        public WirelessAPStation[] GetConnectedStations() { throw null; }

        public void SaveConfiguration() { }
    }
}

namespace System.Net.Sockets
{
    public enum AddressFamily
    {
        InterNetwork = 2,
    }

    public enum ProtocolType
    {
        Udp = 17,
    }

    [Flags]
    public enum SocketFlags
    {
        None = 0,
    }

    public enum SocketType
    {
        Dgram = 2,
    }

    public class Socket
    {
        public Socket(AddressFamily addressFamily, SocketType socketType, ProtocolType protocolType) { }

        public void Bind(EndPoint localEP) { }

        public void Close() { }

        public int ReceiveFrom(byte[] buffer, ref EndPoint remoteEP) { throw null; }

        public int SendTo(byte[] buffer, int offset, int size, SocketFlags socketFlags, EndPoint remoteEP) { throw null; }
    }
}
