using ChatFirmware.Core.Link;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;
using ChatFirmware.UnitTests.Fakes;

namespace ChatFirmware.UnitTests.Links
{
    /// <summary>
    /// Whole chat servers linked in memory, the way the hosts link them: the downstream host opens its
    /// upstream link (<c>OpenUpstream</c>), the upstream host answers the /link upgrade and opens the
    /// link (<c>OpenLink</c>).
    /// </summary>
    public sealed class ServerNet
    {
        private readonly LinkNet _net = new LinkNet();
        private ulong _seed = 500;

        /// <summary>A board with the room key, named <paramref name="name"/>, on its own flash and clock.</summary>
        public TestRig Board(string name)
        {
            return Board(name, HubBoard.RoomKey);
        }

        public TestRig Board(string name, string key)
        {
            LinkSettings link = new LinkSettings();
            link.BoardName = name;
            link.RoomKey = key;
            link.UpstreamUrl = "ws://192.168.4.1/link";
            return new TestRig(TestRig.TestSettings(), new MemoryFlash(), new ManualClock(TestRig.StartUptimeMs), new SeededRandom(_seed++), link);
        }

        /// <summary>The /link upgrade a board's link client sends (no cookie, no Origin).</summary>
        public static HttpRequest LinkUpgrade(TestRig upstream)
        {
            HttpRequest request = upstream.Request("GET", "/link", null);
            request.IsWebSocketUpgrade = true;
            return request;
        }

        /// <summary>Links <paramref name="downstream"/> to <paramref name="upstream"/> and runs the network.</summary>
        public LinkNet.Wire Connect(TestRig downstream, TestRig upstream)
        {
            return _net.Connect(new ServerEnd(downstream), new ServerEnd(upstream));
        }

        public void Run()
        {
            _net.Run();
        }

        /// <summary>The connection breaks under both boards (what was in flight is lost); both hosts report it.</summary>
        public void Cut(LinkNet.Wire wire)
        {
            _net.Cut(wire);
            _net.Run();
        }

        /// <summary>A server as a link's end: what its host does with a link's socket.</summary>
        private sealed class ServerEnd : ILinkEnd
        {
            private readonly TestRig _rig;

            public ServerEnd(TestRig rig)
            {
                _rig = rig;
            }

            public LinkConnection OpenUpstream(PipeSocket socket)
            {
                return _rig.Server.OpenUpstream(socket);
            }

            public LinkConnection AcceptDownstream(PipeSocket socket)
            {
                HttpRequest upgrade = LinkUpgrade(_rig);
                return _rig.Server.HandleHttp(upgrade).StatusCode == HttpResponse.SwitchingProtocols ? _rig.Server.OpenLink(upgrade, socket) : null;
            }

            public void Deliver(LinkConnection link, byte[] frame)
            {
                _rig.Server.OnLinkMessage(link, frame, 0, frame.Length);
            }

            public void Closed(LinkConnection link, int closeCode, string reason)
            {
                _rig.Server.OnLinkClosed(link, closeCode, reason);
            }
        }
    }
}
