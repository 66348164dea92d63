using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using ChatFirmware.Emulator;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.EndToEnd
{
    /// <summary>The emulator's record of each answered request (the access log and the visit counts rest on it).</summary>
    [TestClass]
    public sealed class AccessRecordTests
    {
        [TestMethod]
        public async Task Each_answered_request_is_recorded_with_its_status_body_bytes_and_coding()
        {
            await using TestEmulator emulator = await TestEmulator.StartAsync();
            ConcurrentQueue<ServedRequest> served = new ConcurrentQueue<ServedRequest>();
            emulator.App.RequestServed += served.Enqueue;
            using HttpClient http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = emulator.BaseUri };

            HttpResponseMessage page = await http.GetAsync("/");
            byte[] body = await page.Content.ReadAsByteArrayAsync();
            using HttpRequestMessage again = new HttpRequestMessage(HttpMethod.Get, "/");
            again.Headers.TryAddWithoutValidation("If-None-Match", page.Headers.ETag!.ToString());
            Assert.AreEqual(HttpStatusCode.NotModified, (await http.SendAsync(again)).StatusCode);
            await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/register"));
            await http.GetAsync("/chat?x=1");

            ServedRequest[] records = served.ToArray();
            Assert.AreEqual(4, records.Length, string.Join(", ", records.Select(r => r.ToString())));
            Assert.AreEqual(new ServedRequest("GET", "/", 200, body.Length, "gzip"), records[0]);
            Assert.AreEqual(new ServedRequest("GET", "/", 304, 0, null), records[1]);
            Assert.AreEqual(new ServedRequest("HEAD", "/register", 200, 0, "gzip"), records[2]);
            Assert.AreEqual(new ServedRequest("GET", "/chat?x=1", 303, 0, null), records[3]);
            Assert.AreEqual("GET / -> 200, " + body.Length + " B gzip", records[0].ToString());
        }

        [TestMethod]
        public void The_access_log_is_off_unless_asked_for()
        {
            Assert.IsFalse(EmulatorOptions.Parse([]).AccessLog);
            Assert.IsTrue(EmulatorOptions.Parse(["--access-log"]).AccessLog);
        }
    }
}
