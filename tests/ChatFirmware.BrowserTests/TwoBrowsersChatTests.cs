using System.Threading.Tasks;
using ChatFirmware.EndToEnd;
using Microsoft.Playwright;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.BrowserTests
{
    public abstract class TwoBrowsersChatTests : BrowserHostTests
    {
        private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 10000 };

        [TestMethod]
        public async Task Two_browsers_register_log_in_and_exchange_messages()
        {
            await using BrowserRig rig = await StartRigAsync();

            IPage alice = await rig.NewPhoneAsync();
            IPage bob = await rig.NewPhoneAsync();
            await Flows.RegisterAndLogInAsync(alice, "Alice", "alice@example.org", "alice-secret-1");
            await Flows.RegisterAndLogInAsync(bob, "Bob", "bob@example.org", "bob-secret-12");

            await Flows.SendAsync(alice, "Hello from Alice 🌍");
            await Assertions.Expect(bob.Locator("#messages .text", new() { HasText = "Hello from Alice 🌍" })).ToBeVisibleAsync(Soon);
            await Flows.SendAsync(bob, "שלום Alice");
            await Assertions.Expect(alice.Locator("#messages .text", new() { HasText = "שלום Alice" })).ToBeVisibleAsync(Soon);

            // Each sees the other in the online list; a click on a name writes privately.
            await Assertions.Expect(alice.Locator("#online button", new() { HasText = "Bob" })).ToBeVisibleAsync(Soon);
            await Assertions.Expect(bob.Locator("#online button", new() { HasText = "Alice" })).ToBeVisibleAsync(Soon);
            await alice.ClickAsync("#online button:has-text('Bob')");
            await Flows.SendAsync(alice, "just between us");
            await Assertions.Expect(bob.Locator("#messages .message.direct .text", new() { HasText = "just between us" })).ToBeVisibleAsync(Soon);
            await Browser.ScreenshotAsync(alice, "chat-alice");

            await alice.ClickAsync("text=Log out");
            await Assertions.Expect(alice).ToHaveURLAsync(rig.Url("/"));
            await Browser.ScreenshotAsync(alice, "login");
        }

        [TestMethod]
        public async Task Hostile_names_and_messages_show_as_text_and_run_nothing()
        {
            // The hostile name has 28 characters; names are capped at 24 by default, so this test
            // raises the cap through the settings, as an operator could.
            ChatFirmware.Core.Settings.ChatSettings settings = TestHost.TestSettings();
            settings.NameMaxCodePoints = 32;
            await using BrowserRig rig = await StartRigAsync(settings: settings);

            IPage mallory = await rig.NewPhoneAsync();
            IPage bob = await rig.NewPhoneAsync();
            const string Name = "<img src=x onerror=alert(1)>";
            const string Text = "<script>alert(2)</script>";
            await Flows.RegisterAndLogInAsync(mallory, Name, "mallory@example.org", "mallory-secret");
            await Flows.RegisterAndLogInAsync(bob, "Bob", "bob@example.org", "bob-secret-12");
            await Flows.SendAsync(mallory, Text);

            await Assertions.Expect(mallory.Locator("#who")).ToHaveTextAsync(Name);
            ILocator atBob = bob.Locator("#messages .message").Last;
            await Assertions.Expect(atBob.Locator(".text")).ToHaveTextAsync(Text);
            await Assertions.Expect(atBob.Locator(".from")).ToHaveTextAsync(Name);
            Assert.AreEqual(0, await bob.Locator("#messages img, #messages script").CountAsync());
            Assert.AreEqual(0, await mallory.Locator("header img").CountAsync());

            IPage later = await rig.NewPhoneAsync();
            await Flows.LogInAsync(later, "bob@example.org", "bob-secret-12");
            await Assertions.Expect(later.Locator("#messages .text", new() { HasText = Text })).ToBeVisibleAsync(Soon);
        }

        [TestMethod]
        public async Task The_page_falls_back_to_polling_when_the_server_refuses_Firefoxs_upgrade()
        {
            await using BrowserRig rig = await StartRigAsync(options: o => o.StrictUpgrade = true);
            await using FirefoxUpgradeProxy firefox = new FirefoxUpgradeProxy(rig.BaseUri);

            // Its handshake says "Connection: keep-alive, Upgrade", as Firefox's does: the board's own
            // WebSocketServer (the emulator with --strict-upgrade) refuses it and the page must poll.
            IPage firefoxLike = await Browser.NewPhoneAsync(rig.Chromium, firefox.BaseUri);
            IPage chrome = await rig.NewPhoneAsync();
            await Flows.RegisterAndLogInAsync(firefoxLike, "Fox", "fox@example.org", "fox-secret-12");
            await Assertions.Expect(firefoxLike.Locator("#status")).ToContainTextAsync("compatibility mode", new() { Timeout = 10000 });
            await Flows.RegisterAndLogInAsync(chrome, "Chris", "chris@example.org", "chris-secret-1");

            await Flows.SendAsync(firefoxLike, "over plain HTTP");
            await Assertions.Expect(chrome.Locator("#messages .text", new() { HasText = "over plain HTTP" })).ToBeVisibleAsync(Soon);
            await Flows.SendAsync(chrome, "over the socket");
            await Assertions.Expect(firefoxLike.Locator("#messages .text", new() { HasText = "over the socket" })).ToBeVisibleAsync(Soon);
            Assert.IsTrue(firefox.Handshakes > 0, "the page's handshake went through the proxy, rewritten");
        }

        [TestMethod]
        public async Task When_the_board_cannot_be_reached_the_chat_tells_the_phone_to_stay_on_its_wifi()
        {
            await using BrowserRig rig = await StartRigAsync();
            IPage phone = await rig.NewPhoneAsync();
            await Flows.RegisterAndLogInAsync(phone, "Ada", "ada@example.org", "ada-secret-12");
            await Assertions.Expect(phone.Locator("#offline-hint")).ToBeHiddenAsync();

            // As when the phone has moved to mobile data: the socket and the polls no longer reach the board.
            await phone.RouteWebSocketAsync("**/ws*", socket => socket.CloseAsync());
            await phone.RouteAsync("**/api/**", route => route.AbortAsync());
            await phone.ReloadAsync();

            await Assertions.Expect(phone.Locator("#offline-hint")).ToBeVisibleAsync(new() { Timeout = 15000 });
            await Assertions.Expect(phone.Locator("#offline-hint")).ToContainTextAsync("stay connected to this Wi-Fi");
            await Assertions.Expect(phone.Locator("#chat-address")).ToHaveTextAsync(rig.Url("/"));
            await Assertions.Expect(phone.Locator("#send")).ToBeDisabledAsync();
            await Browser.ScreenshotAsync(phone, "chat-offline-hint");
        }
    }

    [TestClass]
    public sealed class TwoBrowsersChatOnEmulator : TwoBrowsersChatTests
    {
        protected override HostKind Host => HostKind.Emulator;
    }

    [TestClass]
    public sealed class TwoBrowsersChatOnBoard : TwoBrowsersChatTests
    {
        protected override HostKind Host => HostKind.Board;
    }
}
