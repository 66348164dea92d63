using System.Threading.Tasks;
using ChatFirmware.EndToEnd;
using Microsoft.Playwright;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.BrowserTests
{
    /// <summary>The pages from the keyboard alone, and on the narrowest phone screen (320 CSS pixels).</summary>
    public abstract class KeyboardAndSmallScreenTests : BrowserHostTests
    {
        private const int NarrowestPhone = 320;

        /// <summary>The elements that stick out to the right, to name the culprit when a page is too wide.</summary>
        private const string WiderThanTheScreen = "() => { const w = document.documentElement.clientWidth; const out = []; for (const e of document.querySelectorAll('body *')) { const r = e.getBoundingClientRect(); if (r.right > w + 0.5) out.push(e.tagName + '.' + e.className + '#' + e.id + ' right=' + Math.round(r.right) + ' w=' + Math.round(r.width)); } return out.slice(0, 15).join(' | '); }";

        [TestMethod]
        public async Task Register_log_in_and_write_privately_from_the_keyboard_alone()
        {
            await using BrowserRig rig = await StartRigAsync();
            IPage bob = await rig.NewPhoneAsync();
            await Flows.RegisterAndLogInAsync(bob, "Bob", "bob@example.org", "bob-secret-12");
            IPage ada = await rig.NewPhoneAsync();

            await ada.GotoAsync("/register");
            await ada.Keyboard.PressAsync("Tab");
            await ada.Keyboard.TypeAsync("Ada");
            await ada.Keyboard.PressAsync("Tab");
            await ada.Keyboard.TypeAsync("ada@example.org");
            await ada.Keyboard.PressAsync("Tab");
            await ada.Keyboard.TypeAsync("ada-secret-12");
            await ada.Keyboard.PressAsync("Enter");
            await Assertions.Expect(ada.Locator(".notice")).ToBeVisibleAsync();
            await ada.Keyboard.PressAsync("Tab");
            await ada.Keyboard.TypeAsync("ada@example.org");
            await ada.Keyboard.PressAsync("Tab");
            await ada.Keyboard.TypeAsync("ada-secret-12");
            await ada.Keyboard.PressAsync("Enter");
            await Assertions.Expect(ada.Locator("#send")).ToBeEnabledAsync(new() { Timeout = 10000 });

            // Tab to Bob's name in the online list, choose him, then write: the composer has the focus.
            ILocator bobButton = ada.Locator("#online button", new() { HasText = "Bob" });
            await Assertions.Expect(bobButton).ToBeVisibleAsync();
            for (int i = 0; i < 10 && !await bobButton.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
            {
                await ada.Keyboard.PressAsync("Tab");
            }

            await ada.Keyboard.PressAsync("Enter");
            await Assertions.Expect(ada.Locator("#text")).ToBeFocusedAsync();
            await ada.Keyboard.TypeAsync("typed, never clicked");
            await ada.Keyboard.PressAsync("Enter");
            await Assertions.Expect(bob.Locator("#messages .message.direct .text", new() { HasText = "typed, never clicked" })).ToBeVisibleAsync(new() { Timeout = 10000 });
        }

        [TestMethod]
        public async Task No_page_scrolls_sideways_at_320_pixels()
        {
            await using BrowserRig rig = await StartRigAsync();
            IPage page = await rig.NewPhoneAsync();
            await page.SetViewportSizeAsync(NarrowestPhone, 640);

            await AssertFitsAsync(page, "/");
            await AssertFitsAsync(page, "/register");
            await Flows.RegisterAndLogInAsync(page, "Ada Lovelace-Byron", "ada@example.org", "ada-secret-12");
            await Flows.SendAsync(page, "averyveryveryveryveryveryveryverylongwordwithoutanyspacesthatmustwrapinsteadofscrolling");
            await Assertions.Expect(page.Locator("#messages .text")).ToBeVisibleAsync(new() { Timeout = 10000 });
            await AssertFitsAsync(page, null);
            await AssertFitsAsync(page, "/account");
            await AssertFitsAsync(page, "/admin");
        }

        private static async Task AssertFitsAsync(IPage page, string? path)
        {
            if (path != null)
            {
                await page.GotoAsync(path);
            }

            await Browser.ScreenshotAsync(page, "320-" + (path ?? "chat").Trim('/').Replace('/', '-') + (path == "/" ? "login" : string.Empty));
            int width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            string wide = width <= NarrowestPhone ? string.Empty : await page.EvaluateAsync<string>(WiderThanTheScreen);
            Assert.IsLessThanOrEqualTo(NarrowestPhone, width, (path ?? page.Url) + " is " + width + " px wide: " + wide);
        }
    }

    [TestClass]
    public sealed class KeyboardAndSmallScreenOnEmulator : KeyboardAndSmallScreenTests
    {
        protected override HostKind Host => HostKind.Emulator;
    }

    [TestClass]
    public sealed class KeyboardAndSmallScreenOnBoard : KeyboardAndSmallScreenTests
    {
        protected override HostKind Host => HostKind.Board;
    }
}
