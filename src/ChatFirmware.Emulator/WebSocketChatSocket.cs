using System;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.Emulator
{
    /// <summary>
    /// IChatSocket over an ASP.NET Core WebSocket. The core's calls only queue (it may call them while
    /// it keeps messages in order); one writer task drains the queue, since a WebSocket allows one
    /// send at a time.
    /// </summary>
    public sealed class WebSocketChatSocket : IChatSocket
    {
        private readonly WebSocket _socket;
        private readonly Channel<Outgoing> _queue = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });

        public WebSocketChatSocket(WebSocket socket)
        {
            _socket = socket;
        }

        public void Send(byte[] message) => _queue.Writer.TryWrite(new Outgoing(message, 0, null));

        public void Close(int closeCode, string reason)
        {
            _queue.Writer.TryWrite(new Outgoing(null, closeCode, reason));
            _queue.Writer.TryComplete();
        }

        /// <summary>Sends queued messages until the queue completes or the socket fails.</summary>
        public async Task RunWriterAsync(CancellationToken stop)
        {
            try
            {
                await foreach (Outgoing item in _queue.Reader.ReadAllAsync(stop))
                {
                    if (item.Message != null)
                    {
                        await _socket.SendAsync(item.Message, WebSocketMessageType.Text, true, stop);
                    }
                    else
                    {
                        await _socket.CloseOutputAsync((WebSocketCloseStatus)item.CloseCode, Truncate(item.Reason), stop);
                        return;
                    }
                }
            }
            catch (Exception e) when (e is WebSocketException || e is OperationCanceledException || e is ObjectDisposedException)
            {
                // The peer is gone; the receive loop reports the close to the core.
            }
        }

        /// <summary>Stops the writer when the connection ended without a close from the core.</summary>
        public void Complete() => _queue.Writer.TryComplete();

        private static string? Truncate(string? reason)
        {
            // A close frame carries at most 123 bytes of reason.
            if (reason == null)
            {
                return null;
            }

            while (System.Text.Encoding.UTF8.GetByteCount(reason) > 123)
            {
                reason = reason.Substring(0, reason.Length - 1);
            }

            return reason;
        }

        private sealed record Outgoing(byte[]? Message, int CloseCode, string? Reason);
    }
}
