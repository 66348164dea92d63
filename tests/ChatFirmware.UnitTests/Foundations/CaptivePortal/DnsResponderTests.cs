using System;
using ChatFirmware.Core.CaptivePortal;
using ChatFirmware.Core.Settings;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.CaptivePortal
{
    [TestClass]
    public class DnsResponderTests
    {
        [TestMethod]
        public void An_A_query_for_any_name_is_answered_with_the_device_address()
        {
            string[] names = new string[] { "anything.example", "connectivitycheck.gstatic.com", "captive.apple.com", "www.msftconnecttest.com", "x" };
            for (int i = 0; i < names.Length; i++)
            {
                byte[] reply = DnsPackets.Reply(DnsPackets.Query(names[i], DnsResponder.TypeA));

                Assert.IsNotNull(reply, names[i]);
                Assert.AreEqual(DnsResponder.RcodeNoError, DnsPackets.Rcode(reply), names[i]);
                Assert.AreEqual(1, DnsPackets.Read16(reply, 4), names[i] + ": the question is echoed");
                Assert.AreEqual(1, DnsPackets.AnswerCount(reply), names[i]);
                Assert.AreEqual("192.168.4.1", DnsPackets.AnswerAddress(reply), names[i]);
            }
        }

        [TestMethod]
        public void The_answer_is_a_well_formed_A_record_pointing_at_the_question()
        {
            byte[] query = DnsPackets.Query("anything.example", DnsResponder.TypeA);
            byte[] reply = DnsPackets.Reply(query);
            int answer = query.Length;

            Assert.AreEqual(query.Length + 16, reply.Length);
            Assert.AreEqual(0xC00C, DnsPackets.Read16(reply, answer), "compressed name: the question's");
            Assert.AreEqual(DnsResponder.TypeA, DnsPackets.Read16(reply, answer + 2));
            Assert.AreEqual(DnsResponder.ClassIn, DnsPackets.Read16(reply, answer + 4));
            Assert.AreEqual(4, DnsPackets.Read16(reply, answer + 10), "RDLENGTH");
            for (int i = DnsResponder.HeaderBytes; i < query.Length; i++)
            {
                Assert.AreEqual(query[i], reply[i], "question byte " + i);
            }
        }

        [TestMethod]
        public void The_id_and_RD_are_copied_and_QR_AA_RA_are_set()
        {
            byte[] withRecursion = DnsPackets.Reply(DnsPackets.Query(0x1234, DnsPackets.FlagsRecursionDesired, "a.example", DnsResponder.TypeA, DnsResponder.ClassIn));
            byte[] withoutRecursion = DnsPackets.Reply(DnsPackets.Query(0xFFFE, 0, "a.example", DnsResponder.TypeA, DnsResponder.ClassIn));

            Assert.AreEqual(0x1234, DnsPackets.Read16(withRecursion, 0));
            Assert.AreEqual(0x8580, DnsPackets.Read16(withRecursion, 2), "QR AA RD RA, opcode QUERY, NOERROR");
            Assert.AreEqual(0xFFFE, DnsPackets.Read16(withoutRecursion, 0));
            Assert.AreEqual(0x8480, DnsPackets.Read16(withoutRecursion, 2), "RD stays clear when the query had none");
            Assert.AreEqual(0, DnsPackets.Read16(withRecursion, 8), "no authority records");
            Assert.AreEqual(0, DnsPackets.Read16(withRecursion, 10), "no additional records");
        }

        [TestMethod]
        public void The_TTL_is_the_settings_short_one()
        {
            ChatSettings settings = new ChatSettings();
            DnsResponder responder = new DnsResponder("10.1.2.3", settings.DnsAnswerTtlSeconds);
            byte[] reply = DnsPackets.Reply(responder, DnsPackets.Query("a.example", DnsResponder.TypeA));

            Assert.AreEqual(60, settings.DnsAnswerTtlSeconds);
            Assert.AreEqual(60L, DnsPackets.AnswerTtl(reply));
            Assert.AreEqual("10.1.2.3", DnsPackets.AnswerAddress(reply), "the configured address, not a built-in one");
        }

        [TestMethod]
        public void AAAA_gets_NOERROR_with_no_answer_so_clients_use_IPv4()
        {
            byte[] query = DnsPackets.Query("anything.example", DnsResponder.TypeAaaa);
            byte[] reply = DnsPackets.Reply(query);

            Assert.AreEqual(query.Length, reply.Length, "header and question only");
            Assert.AreEqual(DnsResponder.RcodeNoError, DnsPackets.Rcode(reply), "NODATA, not NXDOMAIN");
            Assert.AreEqual(0, DnsPackets.AnswerCount(reply));
            Assert.AreEqual(1, DnsPackets.Read16(reply, 4));
            Assert.AreEqual(DnsPackets.Id, DnsPackets.Read16(reply, 0));
        }

        [TestMethod]
        public void Other_types_and_classes_get_NODATA()
        {
            int[] types = new int[] { DnsPackets.TypeMx, DnsPackets.TypeTxt, DnsPackets.TypeHttps, 12, 33 };
            for (int i = 0; i < types.Length; i++)
            {
                byte[] reply = DnsPackets.Reply(DnsPackets.Query("anything.example", types[i]));

                Assert.AreEqual(DnsResponder.RcodeNoError, DnsPackets.Rcode(reply), "type " + types[i]);
                Assert.AreEqual(0, DnsPackets.AnswerCount(reply), "type " + types[i]);
            }

            byte[] chaos = DnsPackets.Reply(DnsPackets.Query(DnsPackets.Id, 0, "version.bind", DnsResponder.TypeA, DnsPackets.ClassChaos));
            Assert.AreEqual(0, DnsPackets.AnswerCount(chaos), "CHAOS class: nothing to tell");
        }

        [TestMethod]
        public void ANY_is_answered_with_the_A_record()
        {
            byte[] reply = DnsPackets.Reply(DnsPackets.Query("anything.example", DnsResponder.TypeAny));

            Assert.AreEqual(1, DnsPackets.AnswerCount(reply));
            Assert.AreEqual(DnsResponder.TypeA, DnsPackets.Read16(reply, reply.Length - 14));
            Assert.AreEqual("192.168.4.1", DnsPackets.AnswerAddress(reply));
        }

        [TestMethod]
        public void Windows_NCSI_dns_probe_gets_its_expected_address_in_any_letter_case()
        {
            byte[] lower = DnsPackets.Reply(DnsPackets.Query("dns.msftncsi.com", DnsResponder.TypeA));
            byte[] mixed = DnsPackets.Reply(DnsPackets.Query("DNS.MsftNCSI.com", DnsResponder.TypeA));
            byte[] other = DnsPackets.Reply(DnsPackets.Query("www.msftncsi.com", DnsResponder.TypeA));

            Assert.AreEqual("131.107.255.255", DnsPackets.AnswerAddress(lower));
            Assert.AreEqual("131.107.255.255", DnsPackets.AnswerAddress(mixed));
            Assert.AreEqual("192.168.4.1", DnsPackets.AnswerAddress(other), "the HTTP probe's name still leads to the portal");
        }

        [TestMethod]
        public void An_EDNS_OPT_record_is_tolerated_and_not_echoed()
        {
            byte[] plain = DnsPackets.Query("anything.example", DnsResponder.TypeA);
            byte[] reply = DnsPackets.Reply(DnsPackets.WithEdns(plain));

            Assert.IsNotNull(reply);
            Assert.AreEqual(1, DnsPackets.AnswerCount(reply));
            Assert.AreEqual("192.168.4.1", DnsPackets.AnswerAddress(reply));
            Assert.AreEqual(0, DnsPackets.Read16(reply, 10), "ARCOUNT");
            Assert.AreEqual(plain.Length + 16, reply.Length);
        }

        [TestMethod]
        public void Responses_are_never_answered()
        {
            byte[] response = DnsPackets.Query(DnsPackets.Id, 0x8180, "anything.example", DnsResponder.TypeA, DnsResponder.ClassIn);

            Assert.IsNull(DnsPackets.Reply(response), "two responders must not ping-pong");
        }

        [TestMethod]
        public void Other_opcodes_get_NOTIMP_with_the_header_only()
        {
            byte[] notify = DnsPackets.Query(0x4242, 4 << 11, "anything.example", 6, DnsResponder.ClassIn);
            byte[] reply = DnsPackets.Reply(notify);

            Assert.AreEqual(DnsResponder.HeaderBytes, reply.Length);
            Assert.AreEqual(0x4242, DnsPackets.Read16(reply, 0));
            Assert.AreEqual(DnsResponder.RcodeNotImplemented, DnsPackets.Rcode(reply));
            Assert.AreEqual(4, (reply[2] >> 3) & 0x0F, "opcode echoed");
            Assert.AreEqual(0, DnsPackets.Read16(reply, 4));
        }

        [TestMethod]
        public void A_question_count_other_than_one_gets_FORMERR()
        {
            byte[] none = DnsPackets.Raw(0, new byte[0]);
            byte[] two = DnsPackets.Raw(2, new byte[] { 1, (byte)'a', 0, 0, 1, 0, 1, 1, (byte)'b', 0, 0, 1, 0, 1 });

            Assert.AreEqual(DnsResponder.RcodeFormatError, DnsPackets.Rcode(DnsPackets.Reply(none)));
            Assert.AreEqual(DnsResponder.RcodeFormatError, DnsPackets.Rcode(DnsPackets.Reply(two)));
            Assert.AreEqual(DnsResponder.HeaderBytes, DnsPackets.Reply(two).Length);
            Assert.AreEqual(DnsPackets.Id, DnsPackets.Read16(DnsPackets.Reply(two), 0));
        }

        [TestMethod]
        public void Datagrams_shorter_than_a_header_are_ignored()
        {
            byte[] query = DnsPackets.Query("anything.example", DnsResponder.TypeA);

            Assert.IsNull(DnsPackets.Reply(new byte[0]));
            Assert.IsNull(DnsPackets.Reply(DnsPackets.Truncate(query, 11)));
        }

        [TestMethod]
        public void Questions_cut_short_anywhere_are_ignored()
        {
            byte[] query = DnsPackets.Query("anything.example", DnsResponder.TypeA);
            for (int length = DnsResponder.HeaderBytes; length < query.Length; length++)
            {
                Assert.IsNull(DnsPackets.Reply(DnsPackets.Truncate(query, length)), "cut at " + length);
            }
        }

        [TestMethod]
        public void A_compression_pointer_loop_gets_FORMERR_without_spinning()
        {
            byte[] selfLoop = DnsPackets.Raw(1, new byte[] { 0xC0, 12, 0, 1, 0, 1 });
            byte[] twoStep = DnsPackets.Raw(1, new byte[] { 1, (byte)'a', 0xC0, 12, 0, 1, 0, 1 });
            byte[] forward = DnsPackets.Raw(1, new byte[] { 0xC0, 14, 1, (byte)'a', 0, 0, 1, 0, 1 });
            byte[] intoHeader = DnsPackets.Raw(1, new byte[] { 0xC0, 2, 0, 1, 0, 1 });

            Assert.AreEqual(DnsResponder.RcodeFormatError, DnsPackets.Rcode(DnsPackets.Reply(selfLoop)), "pointer to itself");
            Assert.AreEqual(DnsResponder.RcodeFormatError, DnsPackets.Rcode(DnsPackets.Reply(twoStep)), "pointer back to its own name");
            Assert.AreEqual(DnsResponder.RcodeFormatError, DnsPackets.Rcode(DnsPackets.Reply(forward)), "pointers only point backwards");
            Assert.AreEqual(DnsResponder.RcodeFormatError, DnsPackets.Rcode(DnsPackets.Reply(intoHeader)), "the header is no name");
        }

        [TestMethod]
        public void A_backward_pointer_chain_that_ends_is_followed()
        {
            // A junk label whose bytes hold the name's tail: byte 13 is 0, the end of a name.
            byte[] query = DnsPackets.Raw(1, new byte[] { 2, 0, 0, 0xC0, 13, 0, 1, 0, 1 });
            byte[] reply = DnsPackets.Reply(query);

            Assert.AreEqual(1, DnsPackets.AnswerCount(reply));
            Assert.AreEqual(query.Length + 16, reply.Length, "the question (with its pointer) is copied as it stood");
        }

        [TestMethod]
        public void Labels_over_63_bytes_and_names_over_255_get_FORMERR()
        {
            byte[] longLabel = new byte[64 + 6];
            longLabel[0] = 64;
            byte[] reserved = DnsPackets.Raw(1, new byte[] { 0x41, 0, 0, 1, 0, 1 });

            Assert.AreEqual(DnsResponder.RcodeFormatError, DnsPackets.Rcode(DnsPackets.Reply(DnsPackets.Raw(1, longLabel))), "a 64 length byte is a reserved label type");
            Assert.AreEqual(DnsResponder.RcodeFormatError, DnsPackets.Rcode(DnsPackets.Reply(reserved)), "label type 01");
            Assert.AreEqual(DnsResponder.RcodeFormatError, DnsPackets.Rcode(DnsPackets.Reply(DnsPackets.Query(LongName(256), DnsResponder.TypeA))), "256-byte name");
            Assert.AreEqual(1, DnsPackets.AnswerCount(DnsPackets.Reply(DnsPackets.Query(LongName(255), DnsResponder.TypeA))), "255 bytes is the limit, still fine");
            Assert.AreEqual(1, DnsPackets.AnswerCount(DnsPackets.Reply(DnsPackets.Query(Strings.Repeat("a", 63) + ".example", DnsResponder.TypeA))), "a 63-byte label is fine");
        }

        [TestMethod]
        public void Every_reply_fits_the_512_byte_buffer()
        {
            byte[] query = DnsPackets.Query(LongName(255), DnsResponder.TypeA);
            byte[] reply = DnsPackets.Reply(query);

            Assert.IsTrue(reply.Length <= DnsResponder.MaxMessageBytes, reply.Length + " bytes");
        }

        [TestMethod]
        public void A_too_small_reply_buffer_or_a_bad_length_gets_no_reply()
        {
            DnsResponder responder = new DnsResponder("192.168.4.1", 60);
            byte[] query = DnsPackets.Query("anything.example", DnsResponder.TypeA);

            Assert.AreEqual(DnsResponder.Ignore, responder.Answer(query, query.Length, new byte[query.Length + 15]));
            Assert.AreEqual(DnsResponder.Ignore, responder.Answer(query, query.Length + 1, new byte[512]));
            Assert.AreEqual(DnsResponder.Ignore, responder.Answer(null, 0, new byte[512]));
        }

        [TestMethod]
        public void Random_bytes_never_throw()
        {
            DnsResponder responder = new DnsResponder("192.168.4.1", 60);
            SeededRandom random = new SeededRandom(53);
            byte[] response = new byte[DnsResponder.MaxMessageBytes];
            byte[] datagram = new byte[64];
            for (int round = 0; round < 2000; round++)
            {
                random.Fill(datagram);
                datagram[2] = (byte)(datagram[2] & 0x01);
                datagram[4] = 0;
                datagram[5] = 1;
                int length = responder.Answer(datagram, 12 + (round % 52), response);
                Assert.IsTrue(length == DnsResponder.Ignore || (length >= DnsResponder.HeaderBytes && length <= DnsResponder.MaxMessageBytes), "round " + round);
            }
        }

        [TestMethod]
        public void The_device_address_must_be_IPv4()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => new DnsResponder("chat.local", 60));
            Assert.ThrowsException(typeof(ArgumentException), () => new DnsResponder("192.168.4", 60));
            Assert.ThrowsException(typeof(ArgumentException), () => new DnsResponder("192.168.4.256", 60));
            Assert.IsNotNull(new DnsResponder("10.0.0.1", 60));
        }

        /// <summary>A name of exactly <paramref name="wireBytes"/> bytes on the wire (length bytes and final zero included).</summary>
        private static string LongName(int wireBytes)
        {
            // Labels of 49 letters take 50 bytes each; the final zero takes one.
            int left = wireBytes - 1;
            string name = string.Empty;
            while (left > 0)
            {
                int label = left > 50 ? 49 : left - 1;
                name += (name.Length == 0 ? string.Empty : ".") + Strings.Repeat("a", label);
                left -= label + 1;
            }

            return name;
        }
    }
}
