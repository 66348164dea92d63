using System.Collections;
using ChatFirmware.Core.Settings;
using ChatFirmware.UnitTests.Fakes;

namespace ChatFirmware.UnitTests.Links
{
    /// <summary>Builds boards of one room for the hub tests: one clock, the shared key, distinct seeds.</summary>
    public sealed class Room
    {
        private readonly ArrayList _wires = new ArrayList();
        private ulong _seed = 100;

        public Room()
            : this(HubBoard.TestSettings())
        {
        }

        public Room(ChatSettings settings)
        {
            Settings = settings;
            Clock = new ManualClock(1000000);
            Net = new LinkNet();
        }

        public ChatSettings Settings { get; private set; }

        public ManualClock Clock { get; private set; }

        public LinkNet Net { get; private set; }

        /// <summary>A board with the room's key and the local users "ann", "bob", "cy", "dee".</summary>
        public HubBoard Board(string name)
        {
            return Board(name, HubBoard.RoomKey);
        }

        public HubBoard Board(string name, string key)
        {
            return new HubBoard(name, key, "ws://127.0.0.1/link", Settings, Clock, _seed++, new string[] { "ann", "bob", "cy", "dee" });
        }

        /// <summary>Links <paramref name="downstream"/> to <paramref name="upstream"/> and runs the network.</summary>
        public LinkNet.Wire Link(HubBoard downstream, HubBoard upstream)
        {
            LinkNet.Wire wire = Net.Connect(downstream, upstream);
            _wires.Add(wire);
            return wire;
        }

        /// <summary>The last link opened from <paramref name="downstream"/> to its upstream.</summary>
        public LinkNet.Wire UpstreamWireOf(HubBoard downstream)
        {
            for (int i = _wires.Count - 1; i >= 0; i--)
            {
                LinkNet.Wire wire = (LinkNet.Wire)_wires[i];
                if (wire.Downstream == downstream)
                {
                    return wire;
                }
            }

            return null;
        }

        /// <summary>Boards a-b-c-d... each linked to the one before (the first is the root).</summary>
        public HubBoard[] Line(int count)
        {
            HubBoard[] boards = new HubBoard[count];
            for (int i = 0; i < count; i++)
            {
                boards[i] = Board(((char)('a' + i)).ToString());
                if (i > 0)
                {
                    Link(boards[i], boards[i - 1]);
                }
            }

            return boards;
        }
    }
}
