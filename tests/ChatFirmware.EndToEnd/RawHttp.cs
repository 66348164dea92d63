using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ChatFirmware.EndToEnd
{
    /// <summary>
    /// HTTP/1.1 over a bare TcpClient, for requests HttpClient would not send as written (bad escapes,
    /// lying Content-Length, odd methods, raw invalid UTF-8, handshakes by hand). Every request asks for
    /// Connection: close, so the answer is whatever arrives until the server closes.
    /// </summary>
    public static class RawHttp
    {
        /// <summary>A request: request line, Host, the given header lines, Connection: close, then the body (Content-Length added unless a header sets the framing).</summary>
        public static byte[] Request(Uri baseUri, string method, string target, byte[]? body, params string[] headers)
        {
            StringBuilder head = new StringBuilder();
            head.Append(method).Append(' ').Append(target).Append(" HTTP/1.1\r\nHost: ").Append(baseUri.Authority).Append("\r\n");
            bool framed = false;
            foreach (string header in headers)
            {
                head.Append(header).Append("\r\n");
                framed |= header.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase);
            }

            if (body != null && !framed)
            {
                head.Append("Content-Length: ").Append(body.Length).Append("\r\n");
            }

            head.Append("Connection: close\r\n\r\n");
            byte[] start = Encoding.Latin1.GetBytes(head.ToString());
            byte[] request = new byte[start.Length + (body?.Length ?? 0)];
            start.CopyTo(request, 0);
            body?.CopyTo(request, start.Length);
            return request;
        }

        public static async Task<RawResponse> SendAsync(Uri baseUri, byte[] request)
        {
            using TcpClient tcp = new TcpClient();
            using CancellationTokenSource timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await tcp.ConnectAsync(baseUri.Host, baseUri.Port, timeout.Token);
            using NetworkStream stream = tcp.GetStream();
            try
            {
                await stream.WriteAsync(request, timeout.Token);
            }
            catch (IOException)
            {
                // The server may answer (413) and close before reading all of a large body.
            }

            MemoryStream received = new MemoryStream();
            byte[] buffer = new byte[8192];
            try
            {
                int read;
                while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
                {
                    received.Write(buffer, 0, read);
                }
            }
            catch (IOException)
            {
                // A reset after the answer still leaves the answer.
            }

            return RawResponse.Parse(received.ToArray());
        }
    }

    /// <summary>Status, headers (last value wins) and body of a raw answer; status 0 when the server closed without one.</summary>
    public sealed class RawResponse
    {
        private RawResponse(int status, Dictionary<string, string> headers, byte[] body)
        {
            Status = status;
            Headers = headers;
            Body = body;
        }

        public int Status { get; }

        public Dictionary<string, string> Headers { get; }

        public byte[] Body { get; }

        public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;

        public static RawResponse Parse(byte[] bytes)
        {
            string text = Encoding.Latin1.GetString(bytes);
            int end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end < 0)
            {
                return new RawResponse(0, new Dictionary<string, string>(), bytes);
            }

            string[] lines = text.Substring(0, end).Split("\r\n");
            string[] statusLine = lines[0].Split(' ');
            Dictionary<string, string> headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (int i = 1; i < lines.Length; i++)
            {
                int colon = lines[i].IndexOf(':');
                if (colon > 0)
                {
                    headers[lines[i].Substring(0, colon).Trim()] = lines[i].Substring(colon + 1).Trim();
                }
            }

            return new RawResponse(statusLine.Length > 1 && int.TryParse(statusLine[1], out int status) ? status : 0, headers, bytes.AsSpan(end + 4).ToArray());
        }
    }
}
