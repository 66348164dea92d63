using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.EndToEnd
{
    /// <summary>
    /// A guest on the Wi-Fi who registers an account and then tries to crowd everyone else out of the
    /// chat (issue 15): through each host's own request handling (the board's handler limit matters
    /// here), as the attack was run.
    /// </summary>
    public abstract class HostileGuestTests : HostTests
    {
        [TestMethod]
        public async Task Forty_parallel_polls_on_one_poll_id_do_not_stall_pages_or_logins()
        {
            await using TestHost host = await StartAsync();
            using BrowserLikeClient mallory = new BrowserLikeClient(host.BaseUri);
            await mallory.RegisterAndLoginAsync("Mallory", "mallory@example.org", "mallory-secret-1");
            string poll = await OpenPollAsync(mallory);
            Stopwatch clock = Stopwatch.StartNew();
            Task<HttpResponseMessage>[] polls = Enumerable.Range(0, 40).Select(_ => mallory.GetAsync("/api/events?poll=" + poll)).ToArray();

            using BrowserLikeClient alice = new BrowserLikeClient(host.BaseUri);
            HttpResponseMessage page = await alice.GetAsync("/");
            await alice.RegisterAndLoginAsync("Alice", "alice@example.org", "alice-secret-1");
            TimeSpan pageAndLogin = clock.Elapsed;
            Task finished = Task.WhenAll(polls);
            await Task.WhenAny(finished, Task.Delay(TimeSpan.FromSeconds(5)));
            int answered = polls.Count(p => p.IsCompletedSuccessfully);

            Assert.AreEqual(HttpStatusCode.OK, page.StatusCode);
            Assert.IsTrue(pageAndLogin < TimeSpan.FromSeconds(5), "the login page and a login took " + pageAndLogin);
            Assert.AreEqual(39, answered, "all but one poll answered at once");
            foreach (Task<HttpResponseMessage> done in polls.Where(p => p.IsCompletedSuccessfully))
            {
                using JsonDocument batch = JsonDocument.Parse(await done.Result.Content.ReadAsStringAsync());
                Assert.AreEqual(3000, batch.RootElement.GetProperty("retryMs").GetInt32(), "told to come back later");
            }

            await mallory.PostFormAsync("/logout");
            await Task.WhenAny(finished, Task.Delay(TimeSpan.FromSeconds(5)));
        }

        [TestMethod]
        public async Task One_person_cannot_take_every_chat_seat()
        {
            await using TestHost host = await StartAsync();
            using BrowserLikeClient mallory = new BrowserLikeClient(host.BaseUri);
            await mallory.RegisterAndLoginAsync("Mallory", "mallory@example.org", "mallory-secret-1");
            ChatSocket[] tabs = new ChatSocket[4];
            for (int i = 0; i < tabs.Length; i++)
            {
                tabs[i] = await mallory.OpenChatAsync();
            }

            await tabs[3].WaitForCloseAsync();
            Assert.AreEqual(1013, (int?)tabs[3].CloseStatus, "the fourth tab is refused");
            StringAssert.Contains(tabs[3].CloseReason, "tabs or devices open");
            using BrowserLikeClient bob = new BrowserLikeClient(host.BaseUri);
            await bob.RegisterAndLoginAsync("Bob", "bob@example.org", "bob-secret-123");
            using ChatSocket bobChat = await bob.OpenChatAsync();
            Assert.AreEqual("Bob", (await bobChat.ReceiveTypeAsync("welcome")).GetProperty("you").GetString());
            foreach (ChatSocket tab in tabs)
            {
                tab.Dispose();
            }
        }

        private static async Task<string> OpenPollAsync(BrowserLikeClient browser)
        {
            HttpResponseMessage opened = await browser.GetAsync("/api/events?after=0");
            opened.EnsureSuccessStatusCode();
            using JsonDocument batch = JsonDocument.Parse(await opened.Content.ReadAsStringAsync());
            return batch.RootElement.GetProperty("poll").GetString()!;
        }
    }

    [TestClass]
    public sealed class HostileGuestOnEmulator : HostileGuestTests
    {
        protected override HostKind Host => HostKind.Emulator;
    }

    [TestClass]
    public sealed class HostileGuestOnBoard : HostileGuestTests
    {
        protected override HostKind Host => HostKind.Board;
    }
}
