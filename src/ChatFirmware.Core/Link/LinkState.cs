namespace ChatFirmware.Core.Link
{
    /// <summary>Where a link is in its life (docs/protocol.md, "Linked boards": the handshake).</summary>
    public static class LinkState
    {
        /// <summary>Downstream: sent "hello", waits for the upstream's "challenge".</summary>
        public const int AwaitingChallenge = 1;

        /// <summary>Upstream: the socket opened, waits for the downstream's "hello".</summary>
        public const int AwaitingHello = 2;

        /// <summary>Upstream: sent "challenge", waits for the downstream's proof ("auth").</summary>
        public const int AwaitingAuth = 3;

        /// <summary>Downstream: sent its proof, waits for the upstream's ("welcome").</summary>
        public const int AwaitingWelcome = 4;

        /// <summary>Both proved the room key; waits for the other side's boards and marks.</summary>
        public const int AwaitingSync = 5;

        /// <summary>Relaying.</summary>
        public const int Live = 6;

        public const int Closed = 7;

        public static string Describe(int state)
        {
            switch (state)
            {
                case Live:
                    return "linked";
                case Closed:
                    return "closed";
                case AwaitingSync:
                    return "synchronising";
                default:
                    return "authenticating";
            }
        }
    }
}
