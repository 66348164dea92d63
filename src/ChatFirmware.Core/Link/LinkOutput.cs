using ChatFirmware.Core.Chat;

namespace ChatFirmware.Core.Link
{
    /// <summary>
    /// How items leave on a link: into its bounded queue, then out as the send window allows (items
    /// sent and not yet acknowledged stay under <see cref="Settings.ChatSettings.LinkSendWindow"/>,
    /// so the sockets' own unbounded send queues never grow with a slow neighbour). A frame is
    /// encoded when its item leaves; a catch-up waits apart and goes first. A full queue loses the item, counts it, and marks the link to
    /// be restarted: its catch-up then fills the gap from history.
    /// </summary>
    internal sealed class LinkOutput
    {
        private readonly int _window;
        private readonly string _board;

        public LinkOutput(int window, string board)
        {
            _window = window < 1 ? 1 : window;
            _board = board;
        }

        public void EnqueueToAll(LinkTable links, object item, LinkConnection except, Outbox outbox)
        {
            for (int i = 0; i < links.Length; i++)
            {
                LinkConnection link = links[i];
                if (link != null && link != except && link.IsLive)
                {
                    Enqueue(link, item, outbox);
                }
            }
        }

        public void Enqueue(LinkConnection link, object item, Outbox outbox)
        {
            if (!link.Queue.Enqueue(item))
            {
                link.Lost++;
                link.Behind = true;
                return;
            }

            Pump(link, outbox);
        }

        /// <summary>Starts a catch-up: its lines go out before anything queued.</summary>
        public void Replay(LinkConnection link, ChatMessage[] lines, Outbox outbox)
        {
            link.Replay = lines;
            link.ReplayNext = 0;
            Pump(link, outbox);
        }

        /// <summary>Sends the catch-up, then queued items, while the window has room.</summary>
        public void Pump(LinkConnection link, Outbox outbox)
        {
            while (link.IsLive && link.InFlight < _window && link.Queued > 0)
            {
                object item;
                if (link.Replay != null && link.ReplayNext < link.Replay.Length)
                {
                    item = link.Replay[link.ReplayNext];
                    link.Replay[link.ReplayNext++] = null;
                }
                else
                {
                    link.Replay = null;
                    item = link.Queue.Dequeue();
                }

                byte[] frame = Encode(item);
                if (frame != null)
                {
                    LinkTraffic.Send(link, frame, outbox);
                    link.InFlight++;
                }
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

        private byte[] Encode(object item)
        {
            ChatMessage line = item as ChatMessage;
            if (line == null)
            {
                return ((RelayItem)item).Encode();
            }

            // A line whose origin restarted its ids while it waited is no longer one of its current ids.
            if (line.OriginId == 0)
            {
                return null;
            }

            return LinkProtocol.EncodeMessage(line.Origin ?? _board, line.OriginId, line.FromName, line.Text, line.TimestampMs, line.IsDirect ? line.ToName : null, line.ToBoard);
        }
    }
}
