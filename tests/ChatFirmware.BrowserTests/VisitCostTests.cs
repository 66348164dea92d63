using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using ChatFirmware.Emulator;
using Microsoft.Playwright;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.BrowserTests
{
    /// <summary>
    /// Every request costs a phone about a second on the device's listener, so what a visit asks of
    /// the server is counted where the server sees it (the emulator's record of each answered request),
    /// with a real browser's cache: a cold visit to the chat is the page and the socket, a warm one a
    /// revalidation and the socket.
    /// </summary>
    [TestClass]
    public sealed class VisitCostTests
    {
        private const int BodyBudgetBytes = 10 * 1024;
        private static readonly LocatorAssertionsToBeEnabledOptions Soon = new() { Timeout = 10000 };

        [TestMethod]
        public async Task A_returning_phone_gets_the_chat_in_two_requests_cold_and_only_a_revalidation_warm()
        {
            await using BrowserRig rig = await BrowserRig.StartAsync();
            IPage first = await rig.NewPhoneAsync();
            await Flows.RegisterAndLogInAsync(first, "Alice", "alice@example.org", "alice-secret-1");
            ConcurrentQueue<ServedRequest> served = new ConcurrentQueue<ServedRequest>();
            rig.Emulator.App.RequestServed += served.Enqueue;

            // The same phone with an empty cache: only its session cookie is kept.
            IPage phone = await rig.NewPhoneAsync();
            await phone.Context.AddCookiesAsync((await first.Context.CookiesAsync()).Select(c => new Cookie
            {
                Name = c.Name,
                Value = c.Value,
                Domain = c.Domain,
                Path = c.Path,
                Expires = c.Expires,
                HttpOnly = c.HttpOnly,
                SameSite = c.SameSite,
            }));
            await phone.GotoAsync("/");
            await Assertions.Expect(phone.Locator("#send")).ToBeEnabledAsync(Soon);
            await Assertions.Expect(phone.Locator("#who")).ToHaveTextAsync("Alice");
            ServedRequest[] cold = Drain(served);

            await phone.ReloadAsync();
            await Assertions.Expect(phone.Locator("#send")).ToBeEnabledAsync(Soon);
            ServedRequest[] warm = Drain(served);

            CollectionAssert.AreEqual(new[] { "GET / -> 200", "GET /ws?after=0 -> 101" }, Shown(cold), "cold: " + string.Join(", ", cold.Select(r => r.ToString())));
            Assert.AreEqual("gzip", cold[0].ContentEncoding);
            Assert.IsLessThan(BodyBudgetBytes, cold.Sum(r => r.BodyBytes), "cold visit, bodies as sent");
            CollectionAssert.AreEqual(new[] { "GET / -> 304", "GET /ws?after=0 -> 101" }, Shown(warm), "warm: " + string.Join(", ", warm.Select(r => r.ToString())));
            Assert.AreEqual(0, warm.Sum(r => r.BodyBytes));
            Assert.AreEqual(0, Browser.Violations(phone).Length, string.Join("; ", Browser.Violations(phone)));
        }

        [TestMethod]
        public async Task A_new_phone_registers_logs_in_and_chats_within_the_byte_budget_with_one_request_per_step()
        {
            await using BrowserRig rig = await BrowserRig.StartAsync();
            ConcurrentQueue<ServedRequest> served = new ConcurrentQueue<ServedRequest>();
            rig.Emulator.App.RequestServed += served.Enqueue;
            IPage phone = await rig.NewPhoneAsync();

            await phone.GotoAsync("/");
            await phone.ClickAsync("text=Create one");
            await phone.FillAsync("#name", "Bea");
            await phone.FillAsync("#email", "bea@example.org");
            await phone.FillAsync("#password", "bea-secret-12");
            await phone.ClickAsync("button[type=submit]");
            await Assertions.Expect(phone.Locator(".notice")).ToHaveTextAsync("Account created. You can log in now.");
            await phone.FillAsync("#email", "bea@example.org");
            await phone.FillAsync("#password", "bea-secret-12");
            await phone.ClickAsync("button[type=submit]");
            await Assertions.Expect(phone.Locator("#send")).ToBeEnabledAsync(Soon);
            ServedRequest[] visit = Drain(served);

            CollectionAssert.AreEqual(
                new[] { "GET / -> 200", "GET /register -> 200", "POST /register -> 303", "GET / -> 304", "POST /login -> 303", "GET /chat -> 200", "GET /ws?after=0 -> 101" },
                Shown(visit),
                string.Join(", ", visit.Select(r => r.ToString())));
            Assert.IsLessThan(BodyBudgetBytes, visit.Sum(r => r.BodyBytes), "the whole first visit, bodies as sent");
            Assert.AreEqual(0, Browser.Violations(phone).Length, string.Join("; ", Browser.Violations(phone)));
        }

        private static ServedRequest[] Drain(ConcurrentQueue<ServedRequest> served)
        {
            ServedRequest[] taken = served.ToArray();
            served.Clear();
            return taken;
        }

        private static string[] Shown(ServedRequest[] requests)
        {
            return requests.Select(r => r.Method + " " + r.Target + " -> " + r.Status).ToArray();
        }
    }
}
