using ChatFirmware.Core.Text;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests
{
    /// <summary>Reads the chat's flat JSON frames with the core's own reader (tested in JsonReaderTests).</summary>
    public static class Frames
    {
        public static JsonObject Parse(string frame)
        {
            JsonObject parsed = JsonReader.ParseObject(frame);
            Assert.IsNotNull(parsed, "a flat JSON frame: " + frame);
            return parsed;
        }

        public static long Id(string frame)
        {
            long id;
            Assert.IsTrue(Parse(frame).TryGetLong("id", out id), "frame has an id: " + frame);
            return id;
        }

        /// <summary>The last frame on the socket, which must be an error; returns its code.</summary>
        public static string LastErrorCode(RecordingSocket socket)
        {
            JsonObject error = Parse(socket.Last);
            Assert.AreEqual("error", error.GetString("type"));
            Assert.IsNotNull(error.GetString("message"), "errors carry a readable message");
            return error.GetString("code");
        }

        /// <summary>The i-th "message" frame on the socket.</summary>
        public static string Message(RecordingSocket socket, int n)
        {
            int seen = 0;
            for (int i = 0; i < socket.Count; i++)
            {
                string text = socket.Text(i);
                if (text.StartsWith("{\"type\":\"message\""))
                {
                    if (seen == n)
                    {
                        return text;
                    }

                    seen++;
                }
            }

            Assert.IsTrue(false, "no message frame number " + n);
            return null;
        }

        /// <summary>Index of the i-th "message" frame on the socket (for comparing raw buffers).</summary>
        public static int MessageIndex(RecordingSocket socket, int n)
        {
            int seen = 0;
            for (int i = 0; i < socket.Count; i++)
            {
                if (socket.Text(i).StartsWith("{\"type\":\"message\""))
                {
                    if (seen == n)
                    {
                        return i;
                    }

                    seen++;
                }
            }

            return -1;
        }

        /// <summary>Asserts the socket was closed with the code and a reason that fits a close frame (123 bytes).</summary>
        public static void AssertClosed(RecordingSocket socket, int code)
        {
            Assert.AreEqual(code, socket.CloseCode, "close code (reason: " + socket.CloseReason + ")");
            Assert.IsNotNull(socket.CloseReason);
            Assert.IsTrue(socket.CloseReason.Length > 0, "a reason for the person");
            Assert.IsTrue(Utf8.ByteCount(socket.CloseReason) <= 123, "the reason fits a WebSocket close frame: " + socket.CloseReason);
            Assert.AreEqual(0, socket.SentAfterClose, "nothing queued after the close");
        }
    }
}
