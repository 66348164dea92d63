// Declarations of nanoFramework.Iot.Device.DhcpServer 1.2.987, which ../shared/nanoframework/api does
// not list: checked against the API the shared README describes (see DhcpServer.allowed.txt).
namespace Iot.Device.DhcpServer
{
    public class DhcpServer : System.IDisposable
    {
        public DhcpServer() { }

        public string CaptivePortalUrl { get { throw null; } set { } }

        public bool Start(System.Net.IPAddress address, System.Net.IPAddress mask, ushort timeToLeave = 1200) { throw null; }

        public void Stop() { }

        public void Dispose() { }
    }
}
