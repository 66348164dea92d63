using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ChatFirmware.BrowserTests
{
    /// <summary>
    /// Makes Chromium's WebSocket handshake look like Firefox's: a loopback proxy in front of the whole
    /// site (so the page stays same-origin for its Content-Security-Policy) that passes bytes both ways
    /// and, in a connection that starts with a WebSocket handshake (browsers give each WebSocket a
    /// connection of its own), rewrites "Connection: Upgrade" into Firefox's "Connection: keep-alive,
    /// Upgrade". The server's own WebSocket server decides: the board's refuses, and the page must fall
    /// back to polling.
    /// </summary>
    public sealed class FirefoxUpgradeProxy : IAsyncDisposable
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly Uri _server;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly Task _accepting;

        public FirefoxUpgradeProxy(Uri server)
        {
            _server = server;
            _listener.Start();
            _accepting = AcceptAsync();
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        /// <summary>Handshakes that came through, rewritten.</summary>
        public int Handshakes { get; private set; }

        /// <summary>The site through the proxy.</summary>
        public Uri BaseUri => new Uri("http://127.0.0.1:" + Port + "/");

        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            _listener.Stop();
            try
            {
                await _accepting;
            }
            catch (Exception e) when (e is OperationCanceledException || e is SocketException || e is ObjectDisposedException)
            {
                // Stopped.
            }
        }

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = Task.Run(() => RelayAsync(client));
            }
        }

        private async Task RelayAsync(TcpClient client)
        {
            using (client)
            using (TcpClient server = new TcpClient())
            {
                try
                {
                    NetworkStream browser = client.GetStream();
                    string request = Encoding.Latin1.GetString(await ReadHeadAsync(browser));
                    bool handshake = request.Contains("\r\nUpgrade: websocket", StringComparison.OrdinalIgnoreCase);
                    StringBuilder forwarded = new StringBuilder();
                    foreach (string line in request.Split("\r\n"))
                    {
                        if (handshake && line.StartsWith("Connection:", StringComparison.OrdinalIgnoreCase))
                        {
                            forwarded.Append("Connection: keep-alive, Upgrade\r\n");
                            Handshakes++;
                        }
                        else if (line.Length > 0)
                        {
                            forwarded.Append(line).Append("\r\n");
                        }
                    }

                    await server.ConnectAsync(_server.Host, _server.Port);
                    NetworkStream upstream = server.GetStream();
                    await upstream.WriteAsync(Encoding.Latin1.GetBytes(forwarded.Append("\r\n").ToString()));
                    await Task.WhenAny(browser.CopyToAsync(upstream, _stop.Token), upstream.CopyToAsync(browser, _stop.Token));
                }
                catch (Exception e) when (e is System.IO.IOException || e is SocketException || e is OperationCanceledException || e is ObjectDisposedException)
                {
                    // Either side went away: so does the other.
                }
            }
        }

        /// <summary>The first request's line and headers, up to the blank line (a body follows through the pipe).</summary>
        private static async Task<byte[]> ReadHeadAsync(NetworkStream stream)
        {
            byte[] buffer = new byte[16384];
            int length = 0;
            while (length < 4 || !(buffer[length - 4] == '\r' && buffer[length - 3] == '\n' && buffer[length - 2] == '\r' && buffer[length - 1] == '\n'))
            {
                int read = await stream.ReadAsync(buffer.AsMemory(length, 1));
                if (read == 0 || ++length == buffer.Length)
                {
                    throw new System.IO.IOException("no complete handshake");
                }
            }

            return buffer.AsSpan(0, length).ToArray();
        }
    }
}
