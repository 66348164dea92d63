using System.Net;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.EndToEnd
{
    /// <summary>The emulator as a separate process, so that it can be killed without warning (SIGKILL).</summary>
    [TestClass]
    public sealed class ProcessCrashTests
    {
        [TestMethod]
        public async Task A_registration_acknowledged_just_before_SIGKILL_survives_the_restart()
        {
            using TempFolder folder = new TempFolder();
            string data = folder.Path;
            using (EmulatorProcess first = await EmulatorProcess.StartAsync(data))
            {
                using BrowserLikeClient client = new BrowserLikeClient(first.BaseUri);
                var response = await client.PostFormAsync("/register", ("name", "Dora"), ("email", "dora@example.org"), ("password", "dora-secret-9"));
                Assert.AreEqual(HttpStatusCode.SeeOther, response.StatusCode);
                first.Kill();
            }

            using EmulatorProcess second = await EmulatorProcess.StartAsync(data);
            using BrowserLikeClient again = new BrowserLikeClient(second.BaseUri);
            await again.LoginAsync("dora@example.org", "dora-secret-9");
            Assert.AreEqual(HttpStatusCode.OK, (await again.GetAsync("/chat")).StatusCode);
        }
    }
}
