using System;
using ChatFirmware.Core.CaptivePortal;

namespace ChatFirmware.UnitTests.CaptivePortal
{
    /// <summary>DNS queries as a stub resolver sends them, and readers for the responder's replies.</summary>
    public static class DnsPackets
    {
        public const int Id = 0xBEEF;
        public const int FlagsRecursionDesired = 0x0100;
        public const int TypeMx = 15;
        public const int TypeTxt = 16;
        public const int TypeHttps = 65;
        public const int ClassChaos = 3;

        /// <summary>A standard query with RD set, one question, no other records.</summary>
        public static byte[] Query(string name, int type)
        {
            return Query(Id, FlagsRecursionDesired, name, type, DnsResponder.ClassIn);
        }

        public static byte[] Query(int id, int flags, string name, int type, int klass)
        {
            byte[] encoded = Name(name);
            byte[] query = new byte[DnsResponder.HeaderBytes + encoded.Length + 4];
            Write16(query, 0, id);
            Write16(query, 2, flags);
            Write16(query, 4, 1);
            Array.Copy(encoded, 0, query, DnsResponder.HeaderBytes, encoded.Length);
            Write16(query, DnsResponder.HeaderBytes + encoded.Length, type);
            Write16(query, DnsResponder.HeaderBytes + encoded.Length + 2, klass);
            return query;
        }

        /// <summary>The query with an EDNS(0) OPT record (4096-byte payload, DO bit) appended, as dig sends it.</summary>
        public static byte[] WithEdns(byte[] query)
        {
            byte[] opt = new byte[] { 0, 0, 41, 0x10, 0x00, 0, 0, 0x80, 0, 0, 0 };
            byte[] extended = new byte[query.Length + opt.Length];
            Array.Copy(query, extended, query.Length);
            Array.Copy(opt, 0, extended, query.Length, opt.Length);
            Write16(extended, 10, 1);
            return extended;
        }

        /// <summary>Length-prefixed labels ending in a zero; "" is the root.</summary>
        public static byte[] Name(string name)
        {
            byte[] ascii = Bytes.Utf8(name);
            byte[] encoded = new byte[ascii.Length + (ascii.Length == 0 ? 1 : 2)];
            int lengthAt = 0;
            int at = 1;
            for (int i = 0; i < ascii.Length; i++)
            {
                if (ascii[i] == '.')
                {
                    encoded[lengthAt] = (byte)(at - lengthAt - 1);
                    lengthAt = at;
                }
                else
                {
                    encoded[at] = ascii[i];
                }

                at++;
            }

            if (ascii.Length > 0)
            {
                encoded[lengthAt] = (byte)(at - lengthAt - 1);
            }

            return encoded;
        }

        /// <summary>A header with the given counts followed by <paramref name="body"/> (hand-made names).</summary>
        public static byte[] Raw(int questions, byte[] body)
        {
            byte[] query = new byte[DnsResponder.HeaderBytes + body.Length];
            Write16(query, 0, Id);
            Write16(query, 2, FlagsRecursionDesired);
            Write16(query, 4, questions);
            Array.Copy(body, 0, query, DnsResponder.HeaderBytes, body.Length);
            return query;
        }

        public static byte[] Truncate(byte[] bytes, int length)
        {
            byte[] cut = new byte[length];
            Array.Copy(bytes, cut, length);
            return cut;
        }

        /// <summary>The reply as the responder writes it into a 512-byte buffer, or null when it ignored the query.</summary>
        public static byte[] Reply(byte[] query)
        {
            return Reply(new DnsResponder("192.168.4.1", 60), query);
        }

        public static byte[] Reply(DnsResponder responder, byte[] query)
        {
            byte[] buffer = new byte[DnsResponder.MaxMessageBytes];
            int length = responder.Answer(query, query.Length, buffer);
            return length < 0 ? null : Truncate(buffer, length);
        }

        public static int Read16(byte[] bytes, int at)
        {
            return (bytes[at] << 8) | bytes[at + 1];
        }

        public static int Rcode(byte[] reply)
        {
            return reply[3] & 0x0F;
        }

        public static int AnswerCount(byte[] reply)
        {
            return Read16(reply, 6);
        }

        /// <summary>The A record's address of a one-answer reply, as text.</summary>
        public static string AnswerAddress(byte[] reply)
        {
            int at = reply.Length - 4;
            return reply[at] + "." + reply[at + 1] + "." + reply[at + 2] + "." + reply[at + 3];
        }

        /// <summary>The TTL of a one-answer reply.</summary>
        public static long AnswerTtl(byte[] reply)
        {
            int at = reply.Length - 10;
            return ((long)Read16(reply, at) << 16) | (long)Read16(reply, at + 2);
        }

        private static void Write16(byte[] bytes, int at, int value)
        {
            bytes[at] = (byte)(value >> 8);
            bytes[at + 1] = (byte)value;
        }
    }
}
