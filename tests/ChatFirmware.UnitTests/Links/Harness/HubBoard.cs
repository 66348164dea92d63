using ChatFirmware.Core;
using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Link;
using ChatFirmware.Core.Security;
using ChatFirmware.Core.Settings;
using ChatFirmware.UnitTests.Fakes;

namespace ChatFirmware.UnitTests.Links
{
    /// <summary>One board's link hub on in-memory ports, with a fake room and its own outbox.</summary>
    public sealed class HubBoard : ILinkEnd
    {
        public const string RoomKey = "a room key of thirty-two bytes!!";

        public HubBoard(string name, string roomKey, string upstreamUrl, ChatSettings settings, ManualClock clock, ulong seed, string[] users)
        {
            Settings = settings;
            Clock = clock;
            Log = new ListLog();
            Random = new SeededRandom(seed);
            ChatPorts ports = new ChatPorts(null, clock, clock, Random, new ManagedHmacSha256(), null, Log);
            LinkSettings link = new LinkSettings();
            link.BoardName = name;
            link.RoomKey = roomKey;
            link.UpstreamUrl = upstreamUrl ?? string.Empty;
            Ledger = new LinkLedger(settings.MaxRoomBoards * 2, Random);
            Hub = new LinkHub(settings, link, ports, Ledger);
            Room = new FakeRoom(settings, users);
            Hub.Attach(Room);
            Outbox = new Outbox(16);
        }

        public string Name
        {
            get { return Hub.BoardName; }
        }

        public ChatSettings Settings { get; private set; }

        public ManualClock Clock { get; private set; }

        public ListLog Log { get; private set; }

        public SeededRandom Random { get; private set; }

        public LinkLedger Ledger { get; private set; }

        public LinkHub Hub { get; private set; }

        public FakeRoom Room { get; private set; }

        public Outbox Outbox { get; private set; }

        /// <summary>Settings for link tests: the shipped ones.</summary>
        public static ChatSettings TestSettings()
        {
            return new ChatSettings();
        }

        /// <summary>A local person writes a line to everyone; the hub relays it.</summary>
        public ChatMessage Say(string from, string text)
        {
            ChatMessage line = Room.Write(from, text);
            Hub.Relay.LinePosted(line.Id, Outbox);
            Outbox.Flush();
            return line;
        }

        /// <summary>A local person writes privately to name@board.</summary>
        public ChatMessage SayTo(string from, string to, string board, string text)
        {
            ChatMessage line = Room.WriteTo(from, to, board, text);
            Hub.Relay.LinePosted(line.Id, Outbox);
            Outbox.Flush();
            return line;
        }

        /// <summary>The local people online now.</summary>
        public void Online(string[] names)
        {
            Hub.Relay.PresenceChanged(names, names.Length, Outbox);
            Outbox.Flush();
        }

        public void Tick()
        {
            Hub.Tick(Outbox);
            Outbox.Flush();
        }

        public LinkConnection OpenUpstream(PipeSocket socket)
        {
            LinkConnection link = Hub.OpenUpstream(socket, Outbox);
            Outbox.Flush();
            return link;
        }

        public LinkConnection AcceptDownstream(PipeSocket socket)
        {
            LinkConnection link = Hub.AcceptDownstream(socket, Outbox);
            Outbox.Flush();
            return link;
        }

        public void Deliver(LinkConnection link, byte[] frame)
        {
            Hub.Receive(link, frame, 0, frame.Length, Outbox);
            Outbox.Flush();
        }

        public void Closed(LinkConnection link, int closeCode, string reason)
        {
            Hub.Closed(link, closeCode, reason, Outbox);
            Outbox.Flush();
        }
    }
}
