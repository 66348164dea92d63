using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace ChatFirmware.BrowserTests
{
    /// <summary>Starts Debian's Chromium headless (never Playwright's download, which cannot work offline).</summary>
    public static class Browser
    {
        public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

        public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
        {
            if (!File.Exists(ChromiumPath))
            {
                throw new InvalidOperationException("Chromium not found at " + ChromiumPath + ": run the README's test command, which installs Debian's chromium package.");
            }

            IPlaywright playwright = await Playwright.CreateAsync();
            IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = new[] { "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic" },
            });
            return (playwright, browser);
        }

        /// <summary>A phone-sized page in its own browser context (own cookies: another person).</summary>
        public static async Task<IPage> NewPhoneAsync(IBrowser browser, Uri baseUri)
        {
            IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = baseUri.ToString(),
                ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            });
            IPage page = await context.NewPageAsync();
            page.Dialog += (_, dialog) => throw new InvalidOperationException("a dialog opened: " + dialog.Message);
            return page;
        }

        /// <summary>Saves a screenshot under TestResults/screenshots (a test artifact, not committed).</summary>
        public static async Task ScreenshotAsync(IPage page, string name)
        {
            string folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }
}
