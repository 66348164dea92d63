using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Link
{
    /// <summary>
    /// The first four frames of a link (docs/protocol.md, "Linked boards"): the downstream board says
    /// "hello" with its nonce, the upstream answers "challenge" with its own, the downstream proves the
    /// room key ("auth"), the upstream checks that and proves it too ("welcome"). Anything else, or a
    /// proof that does not match, ends the link with a close code that says why.
    /// </summary>
    internal sealed class LinkHandshake
    {
        private readonly string _board;
        private readonly byte[] _roomKey;
        private readonly IHmacSha256 _hmac;
        private readonly IRandomSource _random;

        public LinkHandshake(string board, byte[] roomKey, IHmacSha256 hmac, IRandomSource random)
        {
            _board = board;
            _roomKey = roomKey;
            _hmac = hmac;
            _random = random;
        }

        /// <summary>The refusal of the last <see cref="Handle"/> that returned <see cref="Refused"/>.</summary>
        public int CloseCode { get; private set; }

        public string Reason { get; private set; }

        /// <summary>Handle's answers: go on waiting; both proofs done on this side (send the sync); refused (close).</summary>
        public const int Continue = 0;
        public const int Proven = 1;
        public const int Refused = 2;

        /// <summary>A new link: the downstream side speaks first; the upstream side waits for it.</summary>
        public void Start(LinkConnection link, Outbox outbox)
        {
            if (link.IsUpstream)
            {
                link.DownNonce = LinkAuth.NewNonce(_random);
                link.State = LinkState.AwaitingChallenge;
                LinkTraffic.Send(link, LinkProtocol.EncodeHello(_board, link.DownNonce), outbox);
            }
            else
            {
                link.State = LinkState.AwaitingHello;
            }
        }

        public int Handle(LinkConnection link, string type, JsonObject frame, Outbox outbox)
        {
            switch (link.State)
            {
                case LinkState.AwaitingHello:
                    if (!Greeting(link, LinkProtocol.Hello, type, frame))
                    {
                        return Refused;
                    }

                    link.DownNonce = frame.GetString("nonce");
                    link.UpNonce = LinkAuth.NewNonce(_random);
                    link.State = LinkState.AwaitingAuth;
                    LinkTraffic.Send(link, LinkProtocol.EncodeChallenge(_board, link.UpNonce), outbox);
                    return Continue;

                case LinkState.AwaitingChallenge:
                    if (!Greeting(link, LinkProtocol.Challenge, type, frame))
                    {
                        return Refused;
                    }

                    link.UpNonce = frame.GetString("nonce");
                    link.State = LinkState.AwaitingWelcome;
                    string proof = LinkAuth.Proof(_hmac, _roomKey, LinkAuth.DownstreamRole, link.DownNonce, link.UpNonce, _board, link.PeerBoard);
                    LinkTraffic.Send(link, LinkProtocol.EncodeProof(LinkProtocol.Auth, proof), outbox);
                    return Continue;

                case LinkState.AwaitingAuth:
                    if (!Proof(link, LinkProtocol.Auth, type, frame, LinkAuth.DownstreamRole, link.PeerBoard, _board))
                    {
                        return Refused;
                    }

                    link.State = LinkState.AwaitingSync;
                    string answer = LinkAuth.Proof(_hmac, _roomKey, LinkAuth.UpstreamRole, link.DownNonce, link.UpNonce, link.PeerBoard, _board);
                    LinkTraffic.Send(link, LinkProtocol.EncodeProof(LinkProtocol.Welcome, answer), outbox);
                    return Proven;

                case LinkState.AwaitingWelcome:
                    if (!Proof(link, LinkProtocol.Welcome, type, frame, LinkAuth.UpstreamRole, _board, link.PeerBoard))
                    {
                        return Refused;
                    }

                    link.State = LinkState.AwaitingSync;
                    return Proven;

                default:
                    return Refuse(LinkCloseCodes.ProtocolError, "Unexpected \"" + type + "\" during the link handshake.");
            }
        }

        private bool Greeting(LinkConnection link, string expected, string type, JsonObject frame)
        {
            long version;
            string board = BoardNames.Normalize(frame.GetString("board"));
            if (type != expected)
            {
                return Fail(LinkCloseCodes.ProtocolError, "Expected \"" + expected + "\", got \"" + type + "\": this is the link endpoint of a ChatFirmware board.");
            }

            if (!frame.TryGetLong("protocol", out version) || version != LinkProtocol.Version)
            {
                return Fail(LinkCloseCodes.WrongVersion, "This board links with protocol " + LinkProtocol.Version + " only.");
            }

            if (!BoardNames.IsValid(board) || !LinkAuth.IsNonce(frame.GetString("nonce")))
            {
                return Fail(LinkCloseCodes.ProtocolError, "A link greeting needs a valid board name and a 32-digit hex nonce.");
            }

            if (board == _board)
            {
                return Fail(LinkCloseCodes.Loop, "Both boards are called \"" + board + "\": give each board of the room its own name.");
            }

            link.PeerBoard = board;
            return true;
        }

        private bool Proof(LinkConnection link, string expected, string type, JsonObject frame, string role, string downBoard, string upBoard)
        {
            if (type != expected)
            {
                return Fail(LinkCloseCodes.ProtocolError, "Expected \"" + expected + "\", got \"" + type + "\".");
            }

            if (!LinkAuth.Verify(_hmac, _roomKey, frame.GetString("proof"), role, link.DownNonce, link.UpNonce, downBoard, upBoard))
            {
                return Fail(LinkCloseCodes.WrongRoomKey, "The room key does not match: set the same RoomKey on every board of the room.");
            }

            return true;
        }

        private int Refuse(int code, string reason)
        {
            Fail(code, reason);
            return Refused;
        }

        private bool Fail(int code, string reason)
        {
            CloseCode = code;
            Reason = reason;
            return false;
        }
    }
}
