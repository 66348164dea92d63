using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace ChatFirmware.LoadCompare
{
    /// <summary>
    /// What our pages weigh, measured on the wire against the running emulator with raw HTTP/1.1
    /// requests as a browser sends them (Accept-Encoding: gzip, deflate): header and body bytes as
    /// sent, the body uncompressed, and the body gzipped (level 9, for the pages that travel
    /// uncompressed), for a cold visit and a warm one (If-None-Match with the ETags of the cold one).
    /// </summary>
    public static class PageWeight
    {
        public sealed class Fetch
        {
            public string Path { get; init; } = string.Empty;

            public int Status { get; init; }

            public int HeaderBytes { get; init; }

            public int BodyBytes { get; init; }

            public string? ContentEncoding { get; init; }

            public string? ETag { get; init; }

            public int UncompressedBytes { get; init; }

            /// <summary>The uncompressed body gzipped at level 9 (what it could weigh compressed).</summary>
            public int GzipBytes { get; init; }

            public int WireBytes => HeaderBytes + BodyBytes;
        }

        public sealed class Visit
        {
            public string Name { get; init; } = string.Empty;

            public List<Fetch> Fetches { get; } = new List<Fetch>();
        }

        /// <summary>
        /// The visits a phone makes. The login, register and chat pages are served from flash whole
        /// (style and script inline); the pages rendered on request (forms re-shown with an error,
        /// account) link the style sheet. The chat's WebSocket upgrade is the one request more of a chat
        /// visit; it is not measured here.
        /// </summary>
        public static async Task<List<Visit>> MeasureAsync(int port, string cookie)
        {
            List<Visit> visits = new List<Visit>();
            Visit login = new Visit { Name = "login page, cold" };
            login.Fetches.Add(await GetAsync(port, "/", null, null));
            visits.Add(login);

            Visit register = new Visit { Name = "register page, cold" };
            register.Fetches.Add(await GetAsync(port, "/register", null, null));
            visits.Add(register);

            Visit chatCold = new Visit { Name = "chat at / with a session, cold" };
            chatCold.Fetches.Add(await GetAsync(port, "/", cookie, null));
            visits.Add(chatCold);

            Visit chatWarm = new Visit { Name = "chat at / with a session, warm (revalidated)" };
            chatWarm.Fetches.Add(await GetAsync(port, "/", cookie, chatCold.Fetches[0].ETag));
            visits.Add(chatWarm);

            Visit account = new Visit { Name = "account page (rendered on request), cold" };
            account.Fetches.Add(await GetAsync(port, "/account", cookie, null));
            account.Fetches.Add(await GetAsync(port, "/app.css", cookie, null));
            visits.Add(account);

            Visit favicon = new Visit { Name = "a miss: /favicon.ico (the pages declare an empty icon, so browsers do not ask)" };
            favicon.Fetches.Add(await GetAsync(port, "/favicon.ico", cookie, null));
            visits.Add(favicon);
            return visits;
        }

        private static async Task<Fetch> GetAsync(int port, string path, string? cookie, string? ifNoneMatch)
        {
            StringBuilder request = new StringBuilder();
            request.Append("GET ").Append(path).Append(" HTTP/1.1\r\nHost: 127.0.0.1:").Append(port).Append("\r\n");
            request.Append("Accept: text/html,application/xhtml+xml,*/*;q=0.8\r\nAccept-Encoding: gzip, deflate\r\n");
            if (cookie != null)
            {
                request.Append("Cookie: ").Append(cookie).Append("\r\n");
            }

            if (ifNoneMatch != null)
            {
                request.Append("If-None-Match: ").Append(ifNoneMatch).Append("\r\n");
            }

            request.Append("Connection: close\r\n\r\n");
            using TcpClient tcp = new TcpClient();
            await tcp.ConnectAsync("127.0.0.1", port);
            NetworkStream stream = tcp.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request.ToString()));
            using MemoryStream received = new MemoryStream();
            await stream.CopyToAsync(received);
            byte[] raw = received.ToArray();
            int split = IndexOf(raw, "\r\n\r\n"u8.ToArray());
            if (split < 0)
            {
                throw new InvalidDataException("no end of headers in the answer to " + path);
            }

            string head = Encoding.ASCII.GetString(raw, 0, split);
            string[] lines = head.Split("\r\n");
            int status = int.Parse(lines[0].Split(' ')[1]);
            string? encoding = Header(lines, "Content-Encoding");
            if (Header(lines, "Transfer-Encoding") != null)
            {
                throw new InvalidDataException("chunked answers are not measured here: " + path);
            }

            byte[] body = raw.AsSpan(split + 4).ToArray();
            byte[] plain = encoding == "gzip" ? Gunzip(body) : body;
            return new Fetch
            {
                Path = path,
                Status = status,
                HeaderBytes = split + 4,
                BodyBytes = body.Length,
                ContentEncoding = encoding,
                ETag = Header(lines, "ETag"),
                UncompressedBytes = plain.Length,
                GzipBytes = plain.Length == 0 ? 0 : Gzip(plain).Length,
            };
        }

        private static string? Header(string[] lines, string name)
        {
            for (int i = 1; i < lines.Length; i++)
            {
                int colon = lines[i].IndexOf(':');
                if (colon > 0 && string.Equals(lines[i].Substring(0, colon), name, StringComparison.OrdinalIgnoreCase))
                {
                    return lines[i].Substring(colon + 1).Trim();
                }
            }

            return null;
        }

        public static byte[] Gzip(byte[] data)
        {
            using MemoryStream output = new MemoryStream();
            using (GZipStream gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                gzip.Write(data);
            }

            return output.ToArray();
        }

        private static byte[] Gunzip(byte[] data)
        {
            using GZipStream gzip = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
            using MemoryStream output = new MemoryStream();
            gzip.CopyTo(output);
            return output.ToArray();
        }

        private static int IndexOf(byte[] haystack, byte[] needle)
        {
            return haystack.AsSpan().IndexOf(needle);
        }
    }
}
