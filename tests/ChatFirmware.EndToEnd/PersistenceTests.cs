using System;
using System.IO;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.EndToEnd
{
    [TestClass]
    public sealed class PersistenceTests
    {
        [TestMethod]
        public async Task A_restart_keeps_users_and_sessions()
        {
            using TempFolder folder = new TempFolder();
            string data = folder.Path;
            string cookie;
            await using (TestEmulator first = await TestEmulator.StartAsync(data))
            {
                using BrowserLikeClient alice = new BrowserLikeClient(first.BaseUri);
                await alice.RegisterAndLoginAsync("Alice", "alice@example.org", "alice-secret-1");
                cookie = alice.SessionCookie!;
            }

            await using TestEmulator second = await TestEmulator.StartAsync(data);
            using (BrowserLikeClient sameBrowser = new BrowserLikeClient(second.BaseUri))
            {
                using ChatSocket chat = await sameBrowser.OpenChatAsync(cookie);
                Assert.AreEqual("Alice", (await chat.ReceiveTypeAsync("welcome")).GetProperty("you").GetString());
            }

            using BrowserLikeClient again = new BrowserLikeClient(second.BaseUri);
            await again.LoginAsync("alice@example.org", "alice-secret-1");
            Assert.AreEqual(HttpStatusCode.OK, (await again.GetAsync("/chat")).StatusCode);
        }

        [TestMethod]
        public async Task Neither_the_password_nor_the_session_token_is_stored_in_the_data_folder()
        {
            const string Password = "plain-text-canary-42";
            await using TestEmulator emulator = await TestEmulator.StartAsync();
            using BrowserLikeClient alice = new BrowserLikeClient(emulator.BaseUri);
            await alice.RegisterAndLoginAsync("Alice", "alice@example.org", Password);
            string token = alice.SessionCookie!;

            byte[][] needles =
            {
                Encoding.UTF8.GetBytes(Password),
                Encoding.Unicode.GetBytes(Password),
                Encoding.ASCII.GetBytes(token),
                Convert.FromHexString(token),
            };
            string[] files = Directory.GetFiles(emulator.DataFolder, "*", SearchOption.AllDirectories);
            Assert.IsTrue(files.Length > 0, "the data folder holds the store");
            foreach (string file in files)
            {
                byte[] content = File.ReadAllBytes(file);
                foreach (byte[] needle in needles)
                {
                    Assert.AreEqual(-1, content.AsSpan().IndexOf(needle), "found a secret in " + file);
                }
            }
        }
    }
}
