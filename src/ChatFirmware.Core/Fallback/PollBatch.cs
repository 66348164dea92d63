using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Fallback
{
    /// <summary>
    /// The body of a poll answer: {"poll":..,"events":[..],"closed":{..},"retryMs":..}. The events are
    /// the already-encoded protocol messages, copied byte for byte (never decoded and re-encoded).
    /// </summary>
    public static class PollBatch
    {
        /// <param name="retryMs">For a poll that could not wait: how long the page pauses before polling again (0: not said).</param>
        public static byte[] Encode(string pollId, byte[][] events, int closeCode, string closeReason, int retryMs)
        {
            JsonWriter head = new JsonWriter(64);
            head.BeginObject();
            head.Property("poll", pollId);
            string prefix = head.ToString() + ",\"events\":[";
            string suffix = "]";
            if (retryMs > 0)
            {
                suffix += ",\"retryMs\":" + retryMs;
            }

            if (closeCode != 0)
            {
                JsonWriter closed = new JsonWriter(96);
                closed.BeginObject();
                closed.Property("code", closeCode);
                closed.Property("reason", closeReason ?? string.Empty);
                closed.EndObject();
                suffix += ",\"closed\":" + closed.ToString();
            }

            suffix += "}";
            byte[] prefixBytes = Utf8.Encode(prefix);
            byte[] suffixBytes = Utf8.Encode(suffix);
            int length = prefixBytes.Length + suffixBytes.Length;
            for (int i = 0; i < events.Length; i++)
            {
                length += events[i].Length + (i > 0 ? 1 : 0);
            }

            byte[] body = new byte[length];
            System.Array.Copy(prefixBytes, body, prefixBytes.Length);
            int offset = prefixBytes.Length;
            for (int i = 0; i < events.Length; i++)
            {
                if (i > 0)
                {
                    body[offset++] = (byte)',';
                }

                System.Array.Copy(events[i], 0, body, offset, events[i].Length);
                offset += events[i].Length;
            }

            System.Array.Copy(suffixBytes, 0, body, offset, suffixBytes.Length);
            return body;
        }
    }
}
