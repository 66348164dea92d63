namespace ChatFirmware.Emulator
{
    /// <summary>
    /// One request as the emulator answered it: what a phone would cost the device's listener. Seen in
    /// the access log (<c>--access-log</c>) and by tests that count a visit's requests.
    /// </summary>
    /// <param name="Status">101 for an accepted chat socket; 0 when the connection was dropped unanswered.</param>
    /// <param name="BodyBytes">The body as sent (compressed when gzip); 0 for HEAD, 304 and sockets.</param>
    public sealed record ServedRequest(string Method, string Target, int Status, long BodyBytes, string? ContentEncoding)
    {
        public override string ToString()
        {
            return Method + " " + Target + " -> " + Status + ", " + BodyBytes + " B" + (ContentEncoding == null ? string.Empty : " " + ContentEncoding);
        }
    }
}
