namespace ChatFirmware.Core.Settings
{
    /// <summary>
    /// Every capacity, limit and timeout of the product, in one place. Both hosts and the tests read
    /// these; no other file hard-codes them. Public get/set properties so that nanoFramework.Json can
    /// fill them from settings.json (it sets properties, never fields).
    /// </summary>
    public sealed class ChatSettings
    {
        // --- Capacities (the seed's EEPROM held 10 users and 10 sessions) ---

        public int MaxUsers { get; set; } = 10;

        public int MaxSessions { get; set; } = 10;

        /// <summary>
        /// Sessions one person may hold (phone, laptop, tablet). A further login ends that person's own
        /// least recently used session, so logging in again and again never ends anyone else's.
        /// </summary>
        public int MaxSessionsPerUser { get; set; } = 3;

        /// <summary>
        /// Simultaneous chat connections (WebSocket or long-poll; each holds one socket). The ESP32 has
        /// 16 lwIP sockets: 1 HTTP listener, 2 DHCP and 1 DNS leave 12, of which 4 stay free for page
        /// requests and the fallback transport's message posts. 10, everyone who can register, is for a
        /// board with PSRAM: without it the WebSocket clients' heap does not fit beside the core's
        /// (docs/device.md, "Room for ten"; docs/settings-psram.json, docs/settings-no-psram.json).
        /// </summary>
        public int MaxChatConnections { get; set; } = 8;

        /// <summary>Chat connections (tabs, devices) one person may hold, so that one account cannot take every seat.</summary>
        public int MaxChatSeatsPerUser { get; set; } = 3;

        // --- Accounts ---

        public int NameMaxCodePoints { get; set; } = 24;

        public int EmailMaxLength { get; set; } = 64;

        public int PasswordMinCodePoints { get; set; } = 8;

        public int PasswordMaxCodePoints { get; set; } = 64;

        /// <summary>
        /// PBKDF2-HMAC-SHA256 rounds. Each round is one native HMAC call on the ESP32 plus a managed
        /// 32-byte XOR; at the interpreter's cost this keeps a login well under a second on the board.
        /// </summary>
        public int Pbkdf2Iterations { get; set; } = 2000;

        // --- Sessions (measured on the uptime clock) ---

        public long SessionIdleTimeoutMs { get; set; } = 7L * 24 * 60 * 60 * 1000;

        public long SessionAbsoluteTimeoutMs { get; set; } = 30L * 24 * 60 * 60 * 1000;

        public string SessionCookieName { get; set; } = "cf_session";

        // --- Login throttling ---

        /// <summary>Failed logins allowed (per account and per client address) before delays start.</summary>
        public int LoginFreeFailures { get; set; } = 5;

        /// <summary>
        /// Client addresses whose failures are counted one by one (more than the access point's
        /// stations). An address keeps its entry until its failures are forgiven; addresses beyond the
        /// table share one entry, so rotating addresses cannot push anyone's record out.
        /// </summary>
        public int LoginAddressCapacity { get; set; } = 16;

        /// <summary>Failed logins across the board allowed at once (the global budget; each costs a PBKDF2 on the board)...</summary>
        public int LoginGlobalFailureBurst { get; set; } = 30;

        /// <summary>...refilled by one every this many milliseconds (30 a minute). Addresses a person logged in from are exempt.</summary>
        public long LoginGlobalFailureRefillMs { get; set; } = 2000;

        /// <summary>
        /// How long an address a person logged in from stays exempt from their account's delay and from
        /// the global budget: someone else's guessing never locks a person out of their own devices.
        /// </summary>
        public long LoginTrustedAddressMs { get; set; } = 24L * 60 * 60 * 1000;

        /// <summary>Successful logins (and password changes) per account at once: each writes the accounts image to flash...</summary>
        public int LoginSuccessBurst { get; set; } = 6;

        /// <summary>...refilled by one every this many milliseconds (flash wear: at most 12 an hour after the burst).</summary>
        public long LoginSuccessRefillMs { get; set; } = 5L * 60 * 1000;

        /// <summary>Delay after the first throttled failure; it doubles with each further failure.</summary>
        public long LoginDelayBaseMs { get; set; } = 2000;

        /// <summary>The longest delay, so that an attacker can slow a real user down but never lock them out for good.</summary>
        public long LoginDelayMaxMs { get; set; } = 5L * 60 * 1000;

        // --- Chat ---

        public int MaxMessageCodePoints { get; set; } = 500;

        /// <summary>
        /// Largest incoming WebSocket message. The page sends raw UTF-8 (at most 4 bytes a code point:
        /// 500 emoji take about 2 KB with the envelope). A client that escapes every character as
        /// \uXXXX needs 6 bytes per BMP character and 12 per emoji, so 500 escaped emoji exceed this
        /// and close with 1009; kept at 4 KB for the device's heap.
        /// </summary>
        public int MaxFrameBytes { get; set; } = 4096;

        public int HistoryCapacity { get; set; } = 100;

        /// <summary>
        /// Bytes of message text (UTF-8) the history may hold in all. The history is one array of this
        /// plus 38 bytes a message, allocated at start (docs/device.md, "Heap").
        /// </summary>
        public int HistoryTextBudgetBytes { get; set; } = 16384;

        public int HistoryOnConnect { get; set; } = 50;

        /// <summary>Token bucket per person (shared by all their tabs and sessions): this many messages at once...</summary>
        public int RateLimitBurst { get; set; } = 10;

        /// <summary>...refilled by one token every this many milliseconds (2 messages a second).</summary>
        public long RateLimitRefillMs { get; set; } = 500;

        /// <summary>Batched history persistence: at most one history write per this many milliseconds.</summary>
        public long HistoryFlushIntervalMs { get; set; } = 30000;

        /// <summary>
        /// Message ids reserved on flash ahead of use, so that ids never repeat after a power cut lost
        /// the last batch (an extra history write happens once per this many messages).
        /// </summary>
        public int MessageIdReserve { get; set; } = 1000;

        // --- Fallback transport (long-polling over plain HTTP, for browsers the device's WebSocket refuses) ---

        /// <summary>How long a poll request waits for news before answering empty.</summary>
        public int PollWaitMs { get; set; } = 20000;

        /// <summary>A polling client that has not polled for this long is considered gone.</summary>
        public long PollIdleTimeoutMs { get; set; } = 45000;

        /// <summary>Messages queued for a polling client between two polls; beyond it the client must resume.</summary>
        public int PollQueueMessages { get; set; } = 64;

        /// <summary>
        /// Polls of one session that may wait at once (a page needs one). A poll of the same poll id
        /// replaces the one waiting; another page of the session is answered at once and asked to
        /// poll again after PollRetryMs.
        /// </summary>
        public int MaxWaitingPollsPerSession { get; set; } = 1;

        /// <summary>How long a poll answered at once because it could not wait asks its page to pause before the next one.</summary>
        public int PollRetryMs { get; set; } = 3000;

        // --- WebSocket liveness (hosts apply these to their servers) ---

        /// <summary>Ping interval; together with the timeout it bounds how long a dead peer keeps its slot.</summary>
        public int WebSocketKeepAliveMs { get; set; } = 15000;

        public int WebSocketTimeoutMs { get; set; } = 10000;

        // --- HTTP ---

        /// <summary>Largest request body (forms, fallback posts); at least MaxFrameBytes so a chat message fits.</summary>
        public int MaxRequestBodyBytes { get; set; } = 4096;

        /// <summary>
        /// Device: HTTP requests handled at once, long polls included (a polling chat client holds one
        /// handler, and its socket, for up to PollWaitMs). 12 = MaxChatConnections all polling + 4 for
        /// pages and posts. The device also never runs more than its socket table has left after the
        /// WebSocket clients: 16 lwIP sockets - 4 fixed (listener, DHCP x2, DNS) - WebSockets
        /// (docs/device.md).
        /// </summary>
        public int MaxHttpHandlers { get; set; } = 12;

        /// <summary>
        /// HTTP handlers long polls may never take: pages, logins and message posts always find one.
        /// Waiting polls are capped at MaxHttpHandlers minus these minus the open WebSockets (each
        /// holds a socket a handler would need), so 8 with the defaults and no WebSocket.
        /// </summary>
        public int HttpHandlersForPages { get; set; } = 4;

        // --- Low-memory policy (hosts that can measure their heap; the device samples it every 5 s) ---

        /// <summary>
        /// Below this many free bytes of managed heap (after a collection) new connections are refused
        /// (HTTP 503, no new WebSocket), so the people already chatting keep working. About one
        /// connected client's worth of heap plus a page request (docs/device.md).
        /// </summary>
        public int LowMemoryRefuseBytes { get; set; } = 16384;

        /// <summary>Critically low: when free heap stays below this for LowMemoryRebootAfterMs, the device saves the history and reboots (logged).</summary>
        public int LowMemoryRebootBytes { get; set; } = 6144;

        public long LowMemoryRebootAfterMs { get; set; } = 60000;

        /// <summary>No low-memory reboot before this much uptime, so a configuration that never fits cannot reboot the board in a loop.</summary>
        public long LowMemoryRebootMinUptimeMs { get; set; } = 10L * 60 * 1000;

        // --- Linked boards (docs/protocol.md, "Linked boards"; who and how in LinkSettings) ---

        /// <summary>
        /// Downstream boards this board accepts on /link. Each link holds a socket and two threads at
        /// each end (docs/device.md): one upstream and two downstream fit the socket table beside the
        /// chat connections, and a tree of boards with two branches each reaches far.
        /// </summary>
        public int MaxDownstreamLinks { get; set; } = 2;

        /// <summary>Boards in one room at most: a link that would make the room larger is refused. Bounds every table of the links.</summary>
        public int MaxRoomBoards { get; set; } = 8;

        /// <summary>
        /// Frames waiting beyond the send window on one link (a frame relayed to several links is one
        /// shared array; a catch-up is read from history as it goes, never queued). When a slow link
        /// overflows this or <see cref="LinkQueueBytes"/>, the loss is counted and the link restarts;
        /// its catch-up refills the gap from history.
        /// </summary>
        public int LinkQueueItems { get; set; } = 32;

        /// <summary>Bytes of frames waiting on one link at most (about 30 ordinary messages; fewer long ones).</summary>
        public int LinkQueueBytes { get; set; } = 8192;

        /// <summary>Items a link sends before the other side acknowledges them: bounds what sits in the sockets' own (unbounded) send queues.</summary>
        public int LinkSendWindow { get; set; } = 8;

        /// <summary>A board acknowledges the items it received every this many items (and at each housekeeping tick).</summary>
        public int LinkAckEvery { get; set; } = 4;

        /// <summary>A link that has not finished its handshake after this long is closed.</summary>
        public long LinkHandshakeTimeoutMs { get; set; } = 10000;

        /// <summary>First wait before reaching the upstream board again; it doubles after every failure...</summary>
        public long LinkRetryMinMs { get; set; } = 1000;

        /// <summary>...up to this (plus up to half again at random).</summary>
        public long LinkRetryMaxMs { get; set; } = 60000;

        /// <summary>How long the host waits for the upstream board's WebSocket handshake to complete.</summary>
        public int LinkConnectTimeoutMs { get; set; } = 10000;

        /// <summary>People shown online per other board at most (its presence list beyond this is cut).</summary>
        public int RemoteOnlinePerBoard { get; set; } = 16;

        // --- Captive portal (docs/captive-portal.md) ---

        /// <summary>
        /// TTL of the captive DNS's answers. Short, so that a laptop that leaves for a real network soon
        /// forgets that every name was the board; long enough that one page load asks once per name.
        /// </summary>
        public int DnsAnswerTtlSeconds { get; set; } = 60;

        /// <summary>Client addresses remembered as signed in (more than the AP's 10-15 stations).</summary>
        public int PortalClientCapacity { get; set; } = 16;

        /// <summary>
        /// How long a signed-in address keeps getting "online" probe answers after it was last marked.
        /// An evening of chat; not days, because DHCP (20-minute leases) may give the address to another
        /// phone, which should then be shown the sign-in prompt.
        /// </summary>
        public long PortalClientTimeoutMs { get; set; } = 4L * 60 * 60 * 1000;
    }
}
