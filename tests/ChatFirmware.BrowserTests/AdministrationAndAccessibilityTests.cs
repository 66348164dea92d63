using System.Linq;
using System.Threading.Tasks;
using ChatFirmware.EndToEnd;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.BrowserTests
{
    public abstract class AdministrationAndAccessibilityTests : BrowserHostTests
    {
        private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 10000 };

        [TestMethod]
        public async Task The_administrator_deletes_a_user_whose_open_chat_closes_and_whose_session_stops_working()
        {
            await using BrowserRig rig = await StartRigAsync();

            IPage admin = await rig.NewPhoneAsync();
            IPage bob = await rig.NewPhoneAsync();
            await Flows.RegisterAndLogInAsync(admin, "Ada", "ada@example.org", "ada-secret-12");
            await Flows.RegisterAndLogInAsync(bob, "Bob", "bob@example.org", "bob-secret-12");

            await admin.GotoAsync("/admin");
            await admin.ClickAsync("button[aria-label='Delete: account of Bob']");
            await Assertions.Expect(admin.Locator(".notice")).ToContainTextAsync("Bob was deleted");

            await Assertions.Expect(bob.Locator("#status")).ToHaveTextAsync("Signed out", new() { Timeout = 10000 });
            await Assertions.Expect(bob.Locator("#send")).ToBeDisabledAsync();
            await bob.ClickAsync("text=Log in again");
            await Assertions.Expect(bob.Locator("form[action='/login']")).ToBeVisibleAsync();
            await bob.GotoAsync("/chat");
            await Assertions.Expect(bob).ToHaveURLAsync(rig.Url("/"));
        }

        [TestMethod]
        public async Task Every_page_passes_axe_without_serious_or_critical_violations_at_phone_size()
        {
            await using BrowserRig rig = await StartRigAsync();
            IPage page = await rig.NewPhoneAsync();

            await CheckAsync(page, "/", "login");
            await CheckAsync(page, "/register", "register");
            await page.FillAsync("#name", "Ada");
            await page.ClickAsync("button[type=submit]");
            await CheckAsync(page, null, "register-error");
            await CheckAsync(page, "/no-such-page", "not-found");
            await Flows.RegisterAndLogInAsync(page, "Ada", "ada@example.org", "ada-secret-12");
            await page.FillAsync("#text", "Hello, accessible world");
            await page.PressAsync("#text", "Enter");
            await Assertions.Expect(page.Locator("#messages .text")).ToBeVisibleAsync(Soon);
            await CheckAsync(page, null, "chat");
            await CheckAsync(page, "/account", "account");
            await CheckAsync(page, "/admin", "admin");

            IPage dark = await (await rig.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = rig.BaseUri.ToString(), ColorScheme = ColorScheme.Dark, ViewportSize = new ViewportSize { Width = 320, Height = 640 } })).NewPageAsync();
            Browser.WatchPolicy(dark);
            await CheckAsync(dark, "/", "login-dark-320");
            string[] refused = Browser.Violations(page).Concat(Browser.Violations(dark)).ToArray();
            Assert.AreEqual(0, refused.Length, "the CSP blocked: " + string.Join("; ", refused));
            Assert.AreEqual("rgb(124, 183, 255)", await dark.Locator("a").First.EvaluateAsync<string>("e => getComputedStyle(e).color"), "the login page's inline style applied (dark accent colour)");
        }

        private static async Task CheckAsync(IPage page, string? path, string name)
        {
            if (path != null)
            {
                await page.GotoAsync(path);
            }

            await Browser.ScreenshotAsync(page, name);
            AxeResult result = await page.RunAxe();
            string[] bad = result.Violations
                .Where(v => v.Impact == "serious" || v.Impact == "critical")
                .Select(v => v.Id + " (" + v.Impact + "): " + v.Help + " at " + string.Join(", ", v.Nodes.Select(n => n.Target.ToString())))
                .ToArray();
            Assert.AreEqual(0, bad.Length, name + ": " + string.Join("; ", bad));
        }
    }

    [TestClass]
    public sealed class AdministrationAndAccessibilityOnEmulator : AdministrationAndAccessibilityTests
    {
        protected override HostKind Host => HostKind.Emulator;
    }

    [TestClass]
    public sealed class AdministrationAndAccessibilityOnBoard : AdministrationAndAccessibilityTests
    {
        protected override HostKind Host => HostKind.Board;
    }
}
