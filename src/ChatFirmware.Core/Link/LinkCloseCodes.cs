namespace ChatFirmware.Core.Link
{
    /// <summary>WebSocket close codes of the link protocol (4000-4999 is the private range; docs/protocol.md, "Linked boards").</summary>
    public static class LinkCloseCodes
    {
        /// <summary>A proof did not match: the two boards do not share the room key.</summary>
        public const int WrongRoomKey = 4001;

        /// <summary>The link would close a loop, or a board name is already in the room.</summary>
        public const int Loop = 4002;

        /// <summary>A frame the link protocol does not allow here.</summary>
        public const int ProtocolError = 4003;

        /// <summary>The upstream board already holds its MaxDownstreamLinks.</summary>
        public const int TooManyLinks = 4004;

        /// <summary>The other board speaks another version of the link protocol.</summary>
        public const int WrongVersion = 4005;

        /// <summary>Linking would make the room larger than MaxRoomBoards.</summary>
        public const int RoomFull = 4006;

        /// <summary>The handshake did not finish within LinkHandshakeTimeoutMs.</summary>
        public const int HandshakeTimeout = 4007;

        /// <summary>The link's queue overflowed; the link starts again, and the catch-up fills the gap.</summary>
        public const int FellBehind = 4008;
    }
}
