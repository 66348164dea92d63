namespace ChatFirmware.Core.Chat
{
    /// <summary>WebSocket close codes (RFC 6455 section 7.4) the chat uses.</summary>
    public static class CloseCodes
    {
        public const int Normal = 1000;
        public const int GoingAway = 1001;
        public const int ProtocolError = 1002;
        public const int InvalidPayload = 1007;
        public const int PolicyViolation = 1008;
        public const int TooBig = 1009;
        public const int TryAgainLater = 1013;
    }
}
