using ChatFirmware.Core.Chat;

namespace ChatFirmware.Core.Link
{
    /// <summary>
    /// How frames leave on a link: a catch-up first, read from history as it goes, then the queue,
    /// while the send window allows (items sent and not yet acknowledged stay under
    /// <see cref="Settings.ChatSettings.LinkSendWindow"/>, so the sockets' own unbounded send queues
    /// never grow with a slow neighbour). A full queue loses the frame, counts it, and marks the link
    /// to be restarted: its catch-up then refills the gap from history.
    /// </summary>
    internal sealed class LinkOutput
    {
        private readonly int _window;
        private readonly string _board;
        private readonly LinkLedger _ledger;
        private readonly RoomLine _line = new RoomLine();
        private ILinkedRoom _room;

        public LinkOutput(int window, string board, LinkLedger ledger)
        {
            _window = window < 1 ? 1 : window;
            _board = board;
            _ledger = ledger;
        }

        public void Attach(ILinkedRoom room)
        {
            _room = room;
        }

        public void EnqueueToAll(LinkTable links, byte[] frame, LinkConnection except, Outbox outbox)
        {
            for (int i = 0; i < links.Length; i++)
            {
                LinkConnection link = links[i];
                if (link != null && link != except && link.IsLive)
                {
                    Enqueue(link, frame, outbox);
                }
            }
        }

        public void Enqueue(LinkConnection link, byte[] frame, Outbox outbox)
        {
            if (!link.Queue.Enqueue(frame))
            {
                link.Lost++;
                link.Behind = true;
                return;
            }

            Pump(link, outbox);
        }

        /// <summary>Starts the catch-up of a link that just came up, up to the newest line now.</summary>
        public void CatchUp(LinkConnection link, BoardSet marks, long upToLocalId, Outbox outbox)
        {
            LinkCatchUp.Start(link, marks, upToLocalId);
            Pump(link, outbox);
        }

        /// <summary>Sends the catch-up, then queued frames, while the window has room.</summary>
        public void Pump(LinkConnection link, Outbox outbox)
        {
            while (link.IsLive && link.InFlight < _window)
            {
                byte[] frame = link.CatchingUp ? LinkCatchUp.Next(link, _room, _line, _board, _ledger) : null;
                if (frame == null)
                {
                    frame = link.Queue.Dequeue();
                }

                if (frame == null)
                {
                    return;
                }

                LinkTraffic.Send(link, frame, outbox);
                link.InFlight++;
            }
        }

        /// <summary>The other side acknowledged <paramref name="count"/> items.</summary>
        public void Acknowledged(LinkConnection link, long count, Outbox outbox)
        {
            link.InFlight = count >= link.InFlight ? 0 : link.InFlight - (int)count;
            Pump(link, outbox);
        }

        /// <summary>Tells the other side how many items arrived since the last acknowledgement.</summary>
        public void Acknowledge(LinkConnection link, Outbox outbox)
        {
            LinkTraffic.Send(link, LinkProtocol.EncodeAck(link.Unacknowledged), outbox);
            link.Unacknowledged = 0;
        }
    }
}
