using System;

namespace ChatFirmware.Core.CaptivePortal
{
    /// <summary>
    /// The captive portal's DNS server, as a pure function over one UDP datagram: every A question is
    /// answered with the device's address, so whatever name a phone looks up (its connectivity probe, a
    /// site someone typed) leads to the chat. The hosts only move datagrams (UDP 53 on the board, NetworkSettings.DnsPort;
    /// <c>--dns</c> in the emulator). It writes into the caller's buffer and allocates nothing per query:
    /// the board has some 80-110 KB of managed heap.
    /// </summary>
    /// <remarks>
    /// Answers: A (and ANY) in class IN or ANY: one A record; AAAA: NOERROR with no records (NODATA), so
    /// clients use IPv4 at once instead of waiting for an IPv6 address the board does not have; every
    /// other type: NODATA; never NXDOMAIN (the device stands in for every name). Refused: responses
    /// (QR=1, never answered, so two responders cannot ping-pong), opcodes other than QUERY (NOTIMP),
    /// QDCOUNT other than 1 and broken names (FORMERR, header only). Ignored: datagrams shorter than a
    /// header and truncated questions. An EDNS OPT record in the additional section is tolerated and
    /// not echoed (the reply is a plain RFC 1035 one that always fits 512 bytes).
    /// </remarks>
    public sealed class DnsResponder
    {
        /// <summary>The largest DNS message over UDP without EDNS (RFC 1035 section 4.2.1): the hosts' buffer size.</summary>
        public const int MaxMessageBytes = 512;

        /// <summary>Returned by <see cref="Answer"/> when the datagram gets no reply at all.</summary>
        public const int Ignore = -1;

        public const int HeaderBytes = 12;

        public const int TypeA = 1;
        public const int TypeAaaa = 28;
        public const int TypeAny = 255;
        public const int ClassIn = 1;
        public const int ClassAny = 255;

        public const int RcodeNoError = 0;
        public const int RcodeFormatError = 1;
        public const int RcodeNotImplemented = 4;

        /// <summary>Name (a pointer to the question), type, class, TTL, length and four address bytes.</summary>
        private const int AnswerBytes = 16;

        private const int FlagResponse = 0x8000;
        private const int FlagAuthoritative = 0x0400;
        private const int FlagRecursionDesired = 0x0100;
        private const int FlagRecursionAvailable = 0x0080;
        private const int OpcodeMask = 0x7800;

        /// <summary>
        /// Windows' NCSI looks up dns.msftncsi.com and wants 131.107.255.255 (its ActiveDnsProbeContent);
        /// with the device's address instead, a signed-in laptop would still say "No Internet". Before
        /// sign-in the HTTP probe already fails, so this answer does not hide the portal.
        /// </summary>
        private static readonly byte[] NcsiName = new byte[] { 3, (byte)'d', (byte)'n', (byte)'s', 8, (byte)'m', (byte)'s', (byte)'f', (byte)'t', (byte)'n', (byte)'c', (byte)'s', (byte)'i', 3, (byte)'c', (byte)'o', (byte)'m', 0 };

        private static readonly byte[] NcsiAddress = new byte[] { 131, 107, 255, 255 };

        private readonly byte[] _address = new byte[4];
        private readonly int _ttlSeconds;

        /// <param name="deviceAddress">The IPv4 address every A question gets, e.g. "192.168.4.1".</param>
        /// <param name="ttlSeconds">TTL of the answers (ChatSettings.DnsAnswerTtlSeconds).</param>
        public DnsResponder(string deviceAddress, int ttlSeconds)
        {
            if (!TryParseIPv4(deviceAddress, _address))
            {
                throw new ArgumentException("not an IPv4 address: " + deviceAddress);
            }

            _ttlSeconds = ttlSeconds < 0 ? 0 : ttlSeconds;
        }

        /// <summary>
        /// Writes the reply to the first <paramref name="length"/> bytes of <paramref name="query"/> into
        /// <paramref name="response"/> (at least <see cref="MaxMessageBytes"/> long) and returns its
        /// length, or <see cref="Ignore"/> when the datagram gets no reply.
        /// </summary>
        public int Answer(byte[] query, int length, byte[] response)
        {
            if (query == null || response == null || length < HeaderBytes || length > query.Length || response.Length < HeaderBytes)
            {
                return Ignore;
            }

            int flags = Read16(query, 2);
            if ((flags & FlagResponse) != 0)
            {
                return Ignore;
            }

            if ((flags & OpcodeMask) != 0)
            {
                return HeaderOnly(query, flags, RcodeNotImplemented, response);
            }

            if (Read16(query, 4) != 1)
            {
                return HeaderOnly(query, flags, RcodeFormatError, response);
            }

            int nameEnd = DnsName.End(query, HeaderBytes, length, HeaderBytes);
            if (nameEnd == DnsName.Malformed)
            {
                return HeaderOnly(query, flags, RcodeFormatError, response);
            }

            if (nameEnd == DnsName.Truncated || nameEnd + 4 > length)
            {
                return Ignore;
            }

            int questionEnd = nameEnd + 4;
            if (response.Length < questionEnd + AnswerBytes)
            {
                return Ignore;
            }

            int type = Read16(query, nameEnd);
            int klass = Read16(query, nameEnd + 2);
            bool answered = (type == TypeA || type == TypeAny) && (klass == ClassIn || klass == ClassAny);

            // The question is copied where it stood, so a compression pointer in it still points right.
            Array.Copy(query, 0, response, 0, questionEnd);
            WriteHeader(response, flags, RcodeNoError, 1, answered ? 1 : 0);
            if (!answered)
            {
                return questionEnd;
            }

            byte[] address = DnsName.Matches(query, HeaderBytes, length, NcsiName) ? NcsiAddress : _address;
            int at = questionEnd;
            response[at++] = 0xC0;
            response[at++] = HeaderBytes;
            at = Write16(response, at, TypeA);
            at = Write16(response, at, ClassIn);
            at = Write16(response, at, (_ttlSeconds >> 16) & 0xFFFF);
            at = Write16(response, at, _ttlSeconds & 0xFFFF);
            at = Write16(response, at, 4);
            Array.Copy(address, 0, response, at, 4);
            return at + 4;
        }

        /// <summary>Parses dotted-quad IPv4 text ("192.168.4.1") into four bytes; false when it is not one.</summary>
        public static bool TryParseIPv4(string text, byte[] into)
        {
            if (text == null || into == null || into.Length < 4)
            {
                return false;
            }

            char[] chars = text.ToCharArray();
            int part = 0;
            int value = 0;
            int digits = 0;
            for (int i = 0; i <= chars.Length; i++)
            {
                char c = i < chars.Length ? chars[i] : '.';
                if (c >= '0' && c <= '9')
                {
                    value = (value * 10) + (c - '0');
                    if (++digits > 3 || value > 255)
                    {
                        return false;
                    }
                }
                else if (c == '.' && digits > 0 && part < 4)
                {
                    into[part++] = (byte)value;
                    value = 0;
                    digits = 0;
                }
                else
                {
                    return false;
                }
            }

            return part == 4;
        }

        private static int HeaderOnly(byte[] query, int flags, int rcode, byte[] response)
        {
            response[0] = query[0];
            response[1] = query[1];
            WriteHeader(response, flags, rcode, 0, 0);
            return HeaderBytes;
        }

        /// <summary>
        /// ID stays (already in place), opcode and RD are copied; QR and AA set (the device is the
        /// authority for every name here), RA set because to a phone this server is its resolver.
        /// </summary>
        private static void WriteHeader(byte[] response, int queryFlags, int rcode, int questions, int answers)
        {
            int flags = FlagResponse | FlagAuthoritative | FlagRecursionAvailable | (queryFlags & (OpcodeMask | FlagRecursionDesired)) | rcode;
            Write16(response, 2, flags);
            Write16(response, 4, questions);
            Write16(response, 6, answers);
            Write16(response, 8, 0);
            Write16(response, 10, 0);
        }

        private static int Read16(byte[] bytes, int at)
        {
            return (bytes[at] << 8) | bytes[at + 1];
        }

        private static int Write16(byte[] bytes, int at, int value)
        {
            bytes[at] = (byte)(value >> 8);
            bytes[at + 1] = (byte)value;
            return at + 2;
        }
    }
}
