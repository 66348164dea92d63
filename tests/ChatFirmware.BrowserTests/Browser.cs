using System;
using System.Collections.Concurrent;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace ChatFirmware.BrowserTests
{
    /// <summary>Starts Debian's Chromium headless (never Playwright's download, which cannot work offline).</summary>
    public static class Browser
    {
        private static readonly ConditionalWeakTable<IPage, ConcurrentQueue<string>> PolicyViolations = new ConditionalWeakTable<IPage, ConcurrentQueue<string>>();

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
            WatchPolicy(page);
            return page;
        }

        /// <summary>Records what the Content-Security-Policy blocked on the page (Chromium reports it on the console).</summary>
        public static void WatchPolicy(IPage page)
        {
            ConcurrentQueue<string> refused = PolicyViolations.GetOrCreateValue(page);
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                {
                    refused.Enqueue(page.Url + ": " + message.Text);
                }
            };
        }

        /// <summary>What the policy blocked on a watched page so far (empty when nothing was).</summary>
        public static string[] Violations(IPage page)
        {
            return PolicyViolations.TryGetValue(page, out ConcurrentQueue<string>? refused) ? refused.ToArray() : Array.Empty<string>();
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
