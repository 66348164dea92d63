using System.Collections;
using ChatFirmware.Core.Link;

namespace ChatFirmware.UnitTests.Links
{
    /// <summary>
    /// Boards joined by in-memory links. <see cref="Connect"/> opens a link the way the hosts do (the
    /// downstream board's host connects, the upstream's accepts); <see cref="Run()"/> delivers frames,
    /// one at a time and in order per direction, until nothing is left in flight.
    /// </summary>
    public sealed class LinkNet
    {
        private readonly ArrayList _wires = new ArrayList();

        /// <summary>Opens a link from <paramref name="downstream"/> to <paramref name="upstream"/> and runs the network.</summary>
        public Wire Connect(ILinkEnd downstream, ILinkEnd upstream)
        {
            Wire wire = Open(downstream, upstream);
            Run();
            return wire;
        }

        /// <summary>Opens the link without delivering anything yet.</summary>
        public Wire Open(ILinkEnd downstream, ILinkEnd upstream)
        {
            Wire wire = new Wire(downstream, upstream);
            wire.DownLink = downstream.OpenUpstream(wire.FromDown);
            wire.UpLink = upstream.AcceptDownstream(wire.FromUp);
            _wires.Add(wire);
            return wire;
        }

        /// <summary>Delivers everything in flight; returns the frames delivered.</summary>
        public int Run()
        {
            return Run(100000);
        }

        /// <summary>Delivers at most about <paramref name="frames"/> frames (a network in the middle of things).</summary>
        public int Run(int frames)
        {
            int delivered = 0;
            bool progress = true;
            while (progress && delivered < frames)
            {
                progress = false;
                for (int i = 0; i < _wires.Count; i++)
                {
                    Wire wire = (Wire)_wires[i];
                    progress |= Step(wire.FromDown, wire.Upstream, wire.UpLink, ref delivered);
                    progress |= Step(wire.FromUp, wire.Downstream, wire.DownLink, ref delivered);
                }
            }

            return delivered;
        }

        /// <summary>The connection breaks under both boards: frames in flight are lost, both hosts report it.</summary>
        public void Cut(Wire wire)
        {
            wire.FromDown.Drop();
            wire.FromUp.Drop();
            if (wire.DownLink != null)
            {
                wire.Downstream.Closed(wire.DownLink, -1, null);
            }

            if (wire.UpLink != null)
            {
                wire.Upstream.Closed(wire.UpLink, -1, null);
            }

            _wires.Remove(wire);
        }

        private static bool Step(PipeSocket from, ILinkEnd to, LinkConnection link, ref int delivered)
        {
            if (from.Pending > 0)
            {
                byte[] frame = from.Take();
                if (link != null)
                {
                    to.Deliver(link, frame);
                }

                delivered++;
                return true;
            }

            if (from.CloseCode >= 0 && !from.CloseDelivered)
            {
                from.CloseDelivered = true;
                if (link != null)
                {
                    to.Closed(link, from.CloseCode, from.CloseReason);
                }

                return true;
            }

            return false;
        }

        /// <summary>One link: the two boards, their handles, and the two directions.</summary>
        public sealed class Wire
        {
            public Wire(ILinkEnd downstream, ILinkEnd upstream)
            {
                Downstream = downstream;
                Upstream = upstream;
                FromDown = new PipeSocket();
                FromUp = new PipeSocket();
            }

            public ILinkEnd Downstream { get; private set; }

            public ILinkEnd Upstream { get; private set; }

            /// <summary>What the downstream board sends (its upstream link's socket).</summary>
            public PipeSocket FromDown { get; private set; }

            /// <summary>What the upstream board sends (its downstream link's socket).</summary>
            public PipeSocket FromUp { get; private set; }

            public LinkConnection DownLink { get; set; }

            public LinkConnection UpLink { get; set; }
        }
    }
}
