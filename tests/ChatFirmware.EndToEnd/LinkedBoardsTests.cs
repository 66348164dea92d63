using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ChatFirmware.Core.Link;
using ChatFirmware.Core.Web;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.EndToEnd
{
    /// <summary>
    /// Several emulators on loopback, linked into one room with --board-name, --room-key and --link
    /// (docs/protocol.md, "Linked boards"): what the people on each board receive.
    /// </summary>
    [TestClass]
    public sealed class LinkedBoardsTests
    {
        private const int PerSender = 5;

        [TestMethod]
        public async Task In_a_line_of_four_every_message_reaches_every_person_once_in_each_sender_s_order()
        {
            await using LinkedRoom room = new LinkedRoom();
            TestEmulator a = await room.BoardAsync("a", null);
            TestEmulator b = await room.BoardAsync("b", a);
            TestEmulator c = await room.BoardAsync("c", b);
            TestEmulator d = await room.BoardAsync("d", c);
            await LinkedRoom.WaitForLinksAsync(b, 2);
            await LinkedRoom.WaitForLinksAsync(c, 2);
            await LinkedRoom.WaitForLinksAsync(d, 1);

            await EveryoneHearsEveryoneOnce(room, new[] { a, b, c, d });
        }

        [TestMethod]
        public async Task In_a_star_of_four_every_message_reaches_every_person_once_in_each_sender_s_order()
        {
            await using LinkedRoom room = new LinkedRoom();
            TestEmulator hub = await room.BoardAsync("hub", null);
            TestEmulator b = await room.BoardAsync("b", hub);
            TestEmulator c = await room.BoardAsync("c", hub);
            TestEmulator d = await room.BoardAsync("d", b);
            await LinkedRoom.WaitForLinksAsync(hub, 2);
            await LinkedRoom.WaitForLinksAsync(b, 2);
            await LinkedRoom.WaitForLinksAsync(d, 1);

            await EveryoneHearsEveryoneOnce(room, new[] { hub, b, c, d });
        }

        [TestMethod]
        public async Task A_direct_message_crosses_two_links_and_reaches_only_its_two_parties()
        {
            await using LinkedRoom room = new LinkedRoom();
            TestEmulator a = await room.BoardAsync("a", null);
            TestEmulator b = await room.BoardAsync("b", a);
            TestEmulator c = await room.BoardAsync("c", b);
            await LinkedRoom.WaitForLinksAsync(b, 2);
            await LinkedRoom.WaitForLinksAsync(c, 1);
            ChatSocket cy = await room.PersonAsync(c, "cy");
            ChatSocket bob = await room.PersonAsync(b, "bob");
            ChatSocket ann = await room.PersonAsync(a, "ann");
            await LinkedRoom.WaitOnlineAsync(ann, "cy@c");

            await ann.SendTextAsync("for cy only", "cy@c");
            await ann.SendTextAsync("to everyone, after it");

            List<JsonElement> atC = await LinkedRoom.MessagesAsync(cy, 2);
            Assert.AreEqual("for cy only", atC[0].GetProperty("text").GetString());
            Assert.AreEqual("ann@a", atC[0].GetProperty("from").GetString());
            Assert.AreEqual("cy", atC[0].GetProperty("to").GetString());
            Assert.IsTrue(atC[0].GetProperty("direct").GetBoolean());
            List<JsonElement> atA = await LinkedRoom.MessagesAsync(ann, 2);
            Assert.AreEqual("cy@c", atA[0].GetProperty("to").GetString());
            // Both lines passed b in order: bob sees the second without ever having seen the first.
            List<JsonElement> atB = await LinkedRoom.MessagesAsync(bob, 1);
            Assert.AreEqual("to everyone, after it", atB[0].GetProperty("text").GetString());
            Assert.IsFalse(((IChatModeration)b.App.Server).RecentMessages(10).Any(line => line.To != null), "the relaying board does not keep it");
        }

        [TestMethod]
        public async Task A_board_with_another_room_key_is_refused_and_hears_nothing()
        {
            await using LinkedRoom room = new LinkedRoom();
            TestEmulator a = await room.BoardAsync("a", null);
            TestEmulator stranger = await room.BoardAsync("x", a, "a different key, 32 characters!!");
            ChatSocket ann = await room.PersonAsync(a, "ann");
            ChatSocket xena = await room.PersonAsync(stranger, "xena");
            await ann.SendTextAsync("for the room only");

            LinkOverview overview = await UpstreamStateAsync(stranger, "refused (4001");
            StringAssert.Contains(overview.UpstreamState, "room key does not match");
            Assert.AreEqual(0, a.App.Server.LinkOverview()!.Links.Length);
            Assert.AreEqual(0, LinkedRoom.LiveLinks(stranger));
            await xena.SendTextAsync("marker");
            List<JsonElement> heard = await LinkedRoom.MessagesAsync(xena, 1);
            Assert.AreEqual("marker", heard[0].GetProperty("text").GetString(), "xena's first message is her own");
        }

        [TestMethod]
        public async Task A_board_killed_with_SIGKILL_and_restarted_catches_up_without_duplicates_while_the_others_chatted()
        {
            await using LinkedRoom room = new LinkedRoom();
            using TempFolder data = new TempFolder();
            TestEmulator a = await room.BoardAsync("a", null);
            TestEmulator c = await room.BoardAsync("c", a);
            string[] args = new[] { "--board-name", "b", "--room-key", LinkedRoom.KeyFile(data), "--link", LinkedRoom.LinkUrl(a.BaseUri) };
            string folder = System.IO.Path.Combine(data.Path, "b");
            EmulatorProcess b = await EmulatorProcess.StartAsync(folder, args);
            try
            {
                await LinkedRoom.WaitForLinksAsync(a, 2);
                ChatSocket ann = await room.PersonAsync(a, "ann");
                ChatSocket cy = await room.PersonAsync(c, "cy");
                BrowserLikeClient bobsBrowser = new BrowserLikeClient(b.BaseUri);
                await bobsBrowser.RegisterAndLoginAsync("bob", "bob@example.org", "password-bob");
                using (ChatSocket bob = await bobsBrowser.OpenChatAsync())
                {
                    await ann.SendTextAsync("one");
                    await cy.SendTextAsync("two");
                    Assert.AreEqual(2, (await LinkedRoom.MessagesAsync(bob, 2)).Count);
                    b.Kill();
                }

                await LinkedRoom.WaitForLinksAsync(a, 1);
                await ann.SendTextAsync("three");
                await cy.SendTextAsync("four");
                List<JsonElement> atA = await LinkedRoom.MessagesAsync(ann, 4);
                List<JsonElement> atC = await LinkedRoom.MessagesAsync(cy, 4);
                CollectionAssert.AreEquivalent(new[] { "one", "two", "three", "four" }, atA.Select(m => m.GetProperty("text").GetString()).ToArray(), "a and c kept chatting");
                CollectionAssert.AreEquivalent(new[] { "one", "two", "three", "four" }, atC.Select(m => m.GetProperty("text").GetString()).ToArray());

                b.Dispose();
                b = await EmulatorProcess.StartAsync(folder, args);
                await LinkedRoom.WaitForLinksAsync(a, 2);
                BrowserLikeClient again = new BrowserLikeClient(b.BaseUri);
                await again.LoginAsync("bob@example.org", "password-bob");
                using ChatSocket back = await again.OpenChatAsync();
                List<JsonElement> history = await LinkedRoom.MessagesAsync(back, 4);
                CollectionAssert.AreEqual(new[] { "one", "two", "three", "four" }, history.Select(m => m.GetProperty("text").GetString()).ToArray(), "b's history holds each line once, in the order it reached b: " + b.Output);
                await ann.SendTextAsync("five");
                List<JsonElement> next = await LinkedRoom.MessagesAsync(back, 1);
                Assert.AreEqual("five", next[0].GetProperty("text").GetString(), "and no line again after them");
                Assert.AreEqual(0, a.App.Server.LinkOverview()!.Duplicates + c.App.Server.LinkOverview()!.Duplicates, "nothing reached a or c twice");
            }
            finally
            {
                b.Dispose();
            }
        }

        [TestMethod]
        public async Task A_board_on_nanoCLR_relays_between_an_upstream_and_a_downstream_emulator()
        {
            await using LinkedRoom room = new LinkedRoom();
            TestEmulator a = await room.BoardAsync("a", null);
            BoardHost b = await room.NanoBoardAsync("b", a.BaseUri);
            await using TestEmulator below = await TestEmulator.StartAsync(options: o =>
            {
                o.BoardName = "c";
                o.RoomKey = LinkedRoom.RoomKey;
                o.UpstreamUrl = LinkedRoom.LinkUrl(b.BaseUri);
            });
            await LinkedRoom.WaitForLinksAsync(a, 1);
            await LinkedRoom.WaitForLinksAsync(below, 1);
            ChatSocket ann = await room.PersonAsync(a, "ann");
            ChatSocket bob = await room.PersonAsync(b.BaseUri, "bob");
            ChatSocket cy = await room.PersonAsync(below, "cy");
            await LinkedRoom.WaitOnlineAsync(ann, "cy@c");

            await ann.SendTextAsync("for cy only", "cy@c");
            await ann.SendTextAsync("from a");
            await cy.SendTextAsync("from c");

            List<JsonElement> atC = await LinkedRoom.MessagesAsync(cy, 3);
            CollectionAssert.AreEquivalent(new[] { "for cy only", "from a", "from c" }, atC.Select(m => m.GetProperty("text").GetString()).ToArray(), "through the board's two link hosts");
            List<JsonElement> atB = await LinkedRoom.MessagesAsync(bob, 2);
            CollectionAssert.AreEquivalent(new[] { "from a", "from c" }, atB.Select(m => m.GetProperty("text").GetString()).ToArray(), "the board relays the private message without showing it: " + string.Join("\n", b.Output));
            List<JsonElement> atA = await LinkedRoom.MessagesAsync(ann, 3);
            Assert.AreEqual("from c", atA.Last().GetProperty("text").GetString());
            Assert.AreEqual("cy@c", atA.Last().GetProperty("from").GetString());

            // The board refuses another room's key with a close frame that says so (4001), at once.
            await using TestEmulator stranger = await TestEmulator.StartAsync(options: o =>
            {
                o.BoardName = "x";
                o.RoomKey = "a different key, 32 characters!!";
                o.UpstreamUrl = LinkedRoom.LinkUrl(b.BaseUri);
            });
            LinkOverview refused = await UpstreamStateAsync(stranger, "refused (4001");
            StringAssert.Contains(refused.UpstreamState, "room key does not match");
        }

        /// <summary>One person per board; each sends <see cref="PerSender"/> lines at once; each must receive every line once, each sender's in order.</summary>
        private static async Task EveryoneHearsEveryoneOnce(LinkedRoom room, TestEmulator[] boards)
        {
            ChatSocket[] people = new ChatSocket[boards.Length];
            string[] names = new string[boards.Length];
            for (int i = 0; i < boards.Length; i++)
            {
                names[i] = "p" + i;
                people[i] = await room.PersonAsync(boards[i], names[i]);
            }

            await Task.WhenAll(people.Select(async (person, i) =>
            {
                for (int n = 0; n < PerSender; n++)
                {
                    await person.SendTextAsync(names[i] + " line " + n);
                }
            }));

            int total = PerSender * boards.Length;
            for (int i = 0; i < boards.Length; i++)
            {
                List<JsonElement> received = await LinkedRoom.MessagesAsync(people[i], total);
                string board = boards[i].App.Server.BoardName!;
                Assert.AreEqual(total, received.Count, board + " received " + received.Count + " of " + total);
                Assert.AreEqual(total, received.Select(m => m.GetProperty("text").GetString()).Distinct().Count(), board + ": a line came twice");
                Assert.AreEqual(total, received.Select(m => m.GetProperty("id").GetInt64()).Distinct().Count(), board + ": ids are this board's, one each");
                for (int s = 0; s < boards.Length; s++)
                {
                    string from = s == i ? names[s] : names[s] + "@" + boards[s].App.Server.BoardName;
                    List<string?> lines = received.Where(m => m.GetProperty("from").GetString() == from).Select(m => m.GetProperty("text").GetString()).ToList();
                    CollectionAssert.AreEqual(Enumerable.Range(0, PerSender).Select(n => names[s] + " line " + n).ToList(), lines, board + " saw " + from + "'s lines out of order or not all");
                }
            }
        }

        private static async Task<LinkOverview> UpstreamStateAsync(TestEmulator board, string prefix)
        {
            DateTime deadline = DateTime.UtcNow.AddSeconds(15);
            while (true)
            {
                LinkOverview overview = board.App.Server.LinkOverview()!;
                if (overview.UpstreamState != null && overview.UpstreamState.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return overview;
                }

                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException("upstream state: " + overview.UpstreamState);
                }

                await Task.Delay(50);
            }
        }
    }
}
