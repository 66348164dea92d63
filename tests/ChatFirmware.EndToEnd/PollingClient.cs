using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace ChatFirmware.EndToEnd
{
    /// <summary>The fallback transport from a client's side: long-poll GET /api/events, POST /api/messages.</summary>
    public sealed class PollingClient
    {
        private readonly BrowserLikeClient _browser;
        private readonly List<JsonElement> _received = new List<JsonElement>();
        private string _pollId = string.Empty;

        private PollingClient(BrowserLikeClient browser)
        {
            _browser = browser;
        }

        public IReadOnlyList<JsonElement> Received => _received;

        public static async Task<PollingClient> OpenAsync(BrowserLikeClient browser, long after = 0)
        {
            PollingClient client = new PollingClient(browser);
            await client.PollOnceAsync("/api/events?after=" + after);
            return client;
        }

        public JsonElement Find(string type) => _received.Find(m => m.GetProperty("type").GetString() == type);

        public async Task SendAsync(string json)
        {
            HttpResponseMessage response = await _browser.PostJsonAsync("/api/messages?poll=" + _pollId, json);
            if ((int)response.StatusCode != 204)
            {
                throw new InvalidOperationException("post failed: " + response.StatusCode);
            }
        }

        /// <summary>Polls until a message of the type matching the predicate has arrived.</summary>
        public async Task<JsonElement> WaitForAsync(string type, Func<JsonElement, bool> match)
        {
            DateTime deadline = DateTime.UtcNow.AddSeconds(30);
            int seen = 0;
            while (DateTime.UtcNow < deadline)
            {
                for (; seen < _received.Count; seen++)
                {
                    JsonElement message = _received[seen];
                    if (message.GetProperty("type").GetString() == type && match(message))
                    {
                        return message;
                    }
                }

                await PollOnceAsync("/api/events?poll=" + _pollId);
            }

            throw new TimeoutException("no '" + type + "' arrived over the fallback");
        }

        private async Task PollOnceAsync(string path)
        {
            HttpResponseMessage response = await _browser.GetAsync(path);
            response.EnsureSuccessStatusCode();
            using JsonDocument batch = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            _pollId = batch.RootElement.GetProperty("poll").GetString()!;
            foreach (JsonElement e in batch.RootElement.GetProperty("events").EnumerateArray())
            {
                _received.Add(e.Clone());
            }

            if (batch.RootElement.TryGetProperty("closed", out JsonElement closed))
            {
                throw new InvalidOperationException("poll closed: " + closed.ToString());
            }
        }
    }
}
