using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using StbImageSharp;
using ZXing;
using ZXing.Client.Result;
using ZXing.Common;
using ZXing.QrCode;

namespace ChatFirmware.BrowserTests
{
    /// <summary>The administrator's join card in Chromium: on the narrowest phone, for axe, on paper, and scanned from the screen.</summary>
    [TestClass]
    public sealed class JoinCardTests
    {
        private const int NarrowestPhone = 320;
        private const string Ssid = "Caf\u00e9 \"Zur Linde\"; \ud83d\ude00";
        private const string Passphrase = "correct,horse:battery\\staple;42";

        [TestMethod]
        public async Task The_card_fits_320_pixels_passes_axe_and_its_codes_scan_from_the_screen()
        {
            await using BrowserRig rig = await BrowserRig.StartAsync(options: o => o.NetworkSettings = new FixedNetworkSettings(Ssid, Passphrase));
            IPage page = await rig.NewPhoneAsync();
            await page.SetViewportSizeAsync(NarrowestPhone, 640);
            await Flows.RegisterAndLogInAsync(page, "Ada", "ada@example.org", "ada-secret-12");

            await page.GotoAsync("/admin");
            await page.ClickAsync("a[href='/admin/card']");
            await Assertions.Expect(page.Locator(".join-card svg")).ToHaveCountAsync(2);
            await Browser.ScreenshotAsync(page, "320-admin-card");

            int width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.IsLessThanOrEqualTo(NarrowestPhone, width, "the card scrolls sideways");
            AxeResult axe = await page.RunAxe();
            string[] bad = axe.Violations.Where(v => v.Impact == "serious" || v.Impact == "critical").Select(v => v.Id + ": " + v.Help).ToArray();
            Assert.AreEqual(0, bad.Length, string.Join("; ", bad));
            Assert.AreEqual(0, Browser.Violations(page).Length, "the CSP blocked: " + string.Join("; ", Browser.Violations(page)));

            ParsedResult wifi = ResultParser.parseResult(await ScanAsync(page.Locator(".join-card svg").Nth(0)));
            Assert.IsInstanceOfType(wifi, typeof(WifiParsedResult), wifi.DisplayResult);
            Assert.AreEqual(Ssid, ((WifiParsedResult)wifi).Ssid);
            Assert.AreEqual(Passphrase, ((WifiParsedResult)wifi).Password);
            Assert.AreEqual("WPA", ((WifiParsedResult)wifi).NetworkEncryption);
            Assert.AreEqual("http://192.168.4.1", (await ScanAsync(page.Locator(".join-card svg").Nth(1))).Text);
        }

        [TestMethod]
        public async Task On_paper_only_the_card_prints_black_on_white_even_in_dark_mode()
        {
            await using BrowserRig rig = await BrowserRig.StartAsync(options: o => o.NetworkSettings = new FixedNetworkSettings(Ssid, Passphrase));
            IPage page = await (await rig.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = rig.Emulator.BaseUri.ToString(), ColorScheme = ColorScheme.Dark })).NewPageAsync();
            await Flows.RegisterAndLogInAsync(page, "Ada", "ada@example.org", "ada-secret-12");
            await page.GotoAsync("/admin/card");
            await Assertions.Expect(page.Locator("header.bar")).ToBeVisibleAsync();

            await page.EmulateMediaAsync(new() { Media = Media.Print });

            await Assertions.Expect(page.Locator("header.bar")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator("main > .lead")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator(".join-card")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".join-card svg")).ToHaveCountAsync(2);
            Assert.AreEqual("rgb(255, 255, 255)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
            Assert.AreEqual("rgb(0, 0, 0)", await page.Locator(".join-card").EvaluateAsync<string>("e => getComputedStyle(e).color"));
            await Browser.ScreenshotAsync(page, "print-admin-card");
        }

        /// <summary>Screenshots the element, as a phone's camera would see the screen, and reads it with ZXing.</summary>
        private static async Task<Result> ScanAsync(ILocator element)
        {
            ImageResult image = ImageResult.FromMemory(await element.ScreenshotAsync(), ColorComponents.Grey);
            PlanarYUVLuminanceSource source = new PlanarYUVLuminanceSource(image.Data, image.Width, image.Height, 0, 0, image.Width, image.Height, false);
            Dictionary<DecodeHintType, object> hints = new Dictionary<DecodeHintType, object> { { DecodeHintType.TRY_HARDER, true }, { DecodeHintType.CHARACTER_SET, "UTF-8" } };
            Result? result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints);
            Assert.IsNotNull(result, "no QR code read from a " + image.Width + " x " + image.Height + " screenshot");
            return result;
        }

        /// <summary>The Wi-Fi settings a board would have on flash, for the emulator (which has none of its own).</summary>
        private sealed class FixedNetworkSettings : INetworkSettingsStore
        {
            private readonly string _ssid;
            private readonly string _passphrase;

            public FixedNetworkSettings(string ssid, string passphrase)
            {
                _ssid = ssid;
                _passphrase = passphrase;
            }

            public NetworkSettings Load()
            {
                return new NetworkSettings { Ssid = _ssid, Passphrase = _passphrase };
            }

            public void Save(NetworkSettings settings)
            {
                throw new System.InvalidOperationException("the join card only reads the settings");
            }
        }
    }
}
