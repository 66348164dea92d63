using System.Threading.Tasks;
using Microsoft.Playwright;

namespace ChatFirmware.BrowserTests
{
    /// <summary>What a person does on the pages, as steps the tests share.</summary>
    public static class Flows
    {
        private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 10000 };

        public static async Task RegisterAndLogInAsync(IPage page, string name, string email, string password)
        {
            await page.GotoAsync("/register");
            await page.FillAsync("#name", name);
            await page.FillAsync("#email", email);
            await page.FillAsync("#password", password);
            await page.ClickAsync("button[type=submit]");
            await Assertions.Expect(page.Locator(".notice")).ToBeVisibleAsync(Soon);
            await LogInAsync(page, email, password);
        }

        public static async Task LogInAsync(IPage page, string login, string password)
        {
            await page.GotoAsync("/");
            await page.FillAsync("#email", login);
            await page.FillAsync("#password", password);
            await page.ClickAsync("button[type=submit]");
            await Assertions.Expect(page.Locator("#send")).ToBeEnabledAsync(new() { Timeout = 10000 });
        }

        public static async Task SendAsync(IPage page, string text)
        {
            await page.FillAsync("#text", text);
            await page.PressAsync("#text", "Enter");
        }
    }
}
