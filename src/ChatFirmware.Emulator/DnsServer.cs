using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using ChatFirmware.Core.CaptivePortal;

namespace ChatFirmware.Emulator
{
    /// <summary>
    /// The captive portal's DNS on a chosen UDP endpoint (<c>--dns 127.0.0.1:5353</c>): one receive
    /// loop and two fixed buffers, as on the board; every answer comes from the core's DnsResponder.
    /// </summary>
    public sealed class DnsServer : IAsyncDisposable
    {
        private readonly Socket _socket;
        private readonly DnsResponder _responder;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly Task _loop;

        private DnsServer(Socket socket, DnsResponder responder)
        {
            _socket = socket;
            _responder = responder;
            LocalEndPoint = (IPEndPoint)socket.LocalEndPoint!;
            _loop = Task.Run(ReceiveLoopAsync);
        }

        /// <summary>The bound endpoint (its port is the real one when port 0 was asked for).</summary>
        public IPEndPoint LocalEndPoint { get; }

        public static DnsServer Start(IPEndPoint endPoint, DnsResponder responder)
        {
            Socket socket = new Socket(endPoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
            try
            {
                socket.Bind(endPoint);
            }
            catch
            {
                socket.Dispose();
                throw;
            }

            return new DnsServer(socket, responder);
        }

        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            _socket.Dispose();
            try
            {
                await _loop;
            }
            catch (Exception e) when (e is OperationCanceledException || e is ObjectDisposedException || e is SocketException)
            {
                // The loop ends by its socket closing under it.
            }

            _stop.Dispose();
        }

        private async Task ReceiveLoopAsync()
        {
            byte[] query = new byte[DnsResponder.MaxMessageBytes];
            byte[] response = new byte[DnsResponder.MaxMessageBytes];
            EndPoint anyClient = new IPEndPoint(LocalEndPoint.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
            while (!_stop.IsCancellationRequested)
            {
                SocketReceiveFromResult received;
                try
                {
                    received = await _socket.ReceiveFromAsync(query, SocketFlags.None, anyClient, _stop.Token);
                }
                catch (SocketException)
                {
                    // An oversized datagram, or an ICMP error for an earlier reply: not fatal to the server.
                    continue;
                }

                int length = _responder.Answer(query, received.ReceivedBytes, response);
                if (length <= 0)
                {
                    continue;
                }

                try
                {
                    await _socket.SendToAsync(new ArraySegment<byte>(response, 0, length), SocketFlags.None, received.RemoteEndPoint, _stop.Token);
                }
                catch (SocketException)
                {
                    // The client went away; UDP has nobody to tell.
                }
            }
        }
    }
}
