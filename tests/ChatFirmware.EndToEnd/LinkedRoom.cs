using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ChatFirmware.Core.Link;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.EndToEnd
{
    /// <summary>
    /// Emulators on loopback linked into one room, the way <c>--board-name</c>, <c>--room-key</c> and
    /// <c>--link</c> link them, with one person chatting on each board.
    /// </summary>
    public sealed class LinkedRoom : IAsyncDisposable
    {
        public const string RoomKey = "3b1f0c5e9a7d42c8b6e1f0a9d8c7b6a5";

        private readonly List<IAsyncDisposable> _boards = new List<IAsyncDisposable>();
        private readonly List<IDisposable> _clients = new List<IDisposable>();

        /// <summary>A board named <paramref name="name"/> in this room, linked to <paramref name="upstream"/> when given.</summary>
        public async Task<TestEmulator> BoardAsync(string name, TestEmulator? upstream, string key = RoomKey)
        {
            TestEmulator board = await TestEmulator.StartAsync(options: o =>
            {
                o.BoardName = name;
                o.RoomKey = key;
                o.UpstreamUrl = upstream == null ? null : LinkUrl(upstream.BaseUri);
            });
            _boards.Add(board);
            return board;
        }

        /// <summary>The nanoCLR board profile (the device app's own hosts) as a board of this room.</summary>
        public async Task<BoardHost> NanoBoardAsync(string name, Uri? upstream)
        {
            LinkSettings link = new LinkSettings { BoardName = name, RoomKey = RoomKey, UpstreamUrl = upstream == null ? string.Empty : LinkUrl(upstream) };
            BoardHost board = await BoardHost.StartAsync(TestHost.TestSettings(), new HostOptions { Link = link });
            _boards.Add(board);
            return board;
        }

        public static string LinkUrl(Uri board) => "ws://" + board.Authority + "/link";

        /// <summary>The room key in a file, as --room-key reads it.</summary>
        public static string KeyFile(TempFolder folder)
        {
            string path = Path.Combine(folder.Path, "room.key");
            File.WriteAllText(path, RoomKey + "\n");
            return path;
        }

        /// <summary>Waits until the board has <paramref name="links"/> live links.</summary>
        public static async Task WaitForLinksAsync(TestEmulator board, int links)
        {
            DateTime deadline = DateTime.UtcNow.AddSeconds(15);
            while (LiveLinks(board) != links)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException(board.App.Server.BoardName + " has " + LiveLinks(board) + " live links, not " + links + "; upstream: " + board.App.Server.LinkOverview()?.UpstreamState);
                }

                await Task.Delay(50);
            }
        }

        public static int LiveLinks(TestEmulator board)
        {
            LinkOverview? overview = board.App.Server.LinkOverview();
            return overview == null ? 0 : overview.Links.Count(l => l.State == "linked");
        }

        /// <summary>Registers <paramref name="name"/> on the board, logs in and opens the chat.</summary>
        public async Task<ChatSocket> PersonAsync(TestEmulator board, string name)
        {
            return await PersonAsync(board.BaseUri, name);
        }

        public async Task<ChatSocket> PersonAsync(Uri board, string name)
        {
            BrowserLikeClient browser = new BrowserLikeClient(board);
            _clients.Add(browser);
            await browser.RegisterAndLoginAsync(name, name + "@example.org", "password-" + name);
            ChatSocket chat = await browser.OpenChatAsync();
            _clients.Add(chat);
            return chat;
        }

        /// <summary>Reads until <paramref name="count"/> chat messages have come (or 20 s passed); other frames are skipped.</summary>
        public static async Task<List<JsonElement>> MessagesAsync(ChatSocket chat, int count)
        {
            List<JsonElement> messages = new List<JsonElement>();
            DateTime deadline = DateTime.UtcNow.AddSeconds(20);
            while (messages.Count < count && DateTime.UtcNow < deadline)
            {
                JsonElement? next = await chat.ReceiveAsync(TimeSpan.FromSeconds(20));
                if (next == null)
                {
                    break;
                }

                if (next.Value.GetProperty("type").GetString() == "message")
                {
                    messages.Add(next.Value);
                }
                else if (next.Value.GetProperty("type").GetString() == "history")
                {
                    messages.AddRange(next.Value.GetProperty("messages").EnumerateArray());
                }
            }

            return messages;
        }

        /// <summary>Reads until a presence list holds <paramref name="name"/>.</summary>
        public static async Task WaitOnlineAsync(ChatSocket chat, string name)
        {
            while (true)
            {
                JsonElement presence = await chat.ReceiveTypeAsync("presence");
                if (presence.GetProperty("online").EnumerateArray().Any(n => n.GetString() == name))
                {
                    return;
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (IDisposable client in _clients)
            {
                client.Dispose();
            }

            // Downstream boards first, so that upstream boards do not log every link's loss.
            for (int i = _boards.Count - 1; i >= 0; i--)
            {
                await _boards[i].DisposeAsync();
            }
        }
    }
}
