using System;
using System.Collections.Generic;
using System.Linq;
using ChatFirmware.Core.CaptivePortal;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>
    /// Fuzzing of the captive portal's DNS query parser (CaptivePortal/DnsName + DnsResponder.Answer),
    /// which reads every datagram anyone on the access point sends to port 53: it answers within the
    /// caller's buffer or ignores the datagram, never throws, echoes the id and the question it read,
    /// and answers every well-formed A question with the device's address.
    /// </summary>
    [TestClass]
    [TestCategory(Fuzz.Category)]
    public class DnsQueryFuzzTests
    {
        private static readonly byte[] Device = { 192, 168, 4, 1 };
        private static readonly byte[] Ncsi = { 131, 107, 255, 255 };

        /// <summary>A query as built, with what a correct responder must do with it when it is left whole.</summary>
        public readonly record struct Query(byte[] Bytes, int QuestionEnd, bool WellFormed, bool AsksForA)
        {
            public override string ToString()
            {
                return Convert.ToHexString(Bytes) + (WellFormed ? " (well-formed)" : string.Empty);
            }
        }

        [TestMethod]
        public void Every_datagram_is_answered_within_the_buffer_or_ignored()
        {
            Tally tally = new Tally();
            DnsResponder responder = new DnsResponder("192.168.4.1", 60);
            Gen<(Query Query, int Mutation, int Where, byte Value, int Cut, int Buffer)> input = Gen.Select(
                Gen.Frequency((4, Structured), (1, Gen.Byte.Array[0, 600].Select(b => new Query(b, -1, false, false)))),
                Gen.Frequency((3, Gen.Const(-1)), (1, Gen.Int[0, 3])),
                Gen.Int,
                Gen.Byte,
                Gen.Frequency((6, Gen.Const(0)), (1, Gen.Int[-20, 20])),
                Gen.Frequency((6, Gen.Const(DnsResponder.MaxMessageBytes)), (1, Gen.Int[0, 100])));
            Fuzz.Run("CaptivePortal/DnsName + DnsResponder.Answer (DNS queries)", input, sample =>
            {
                Query query = sample.Query;
                byte[] bytes = sample.Mutation < 0 ? query.Bytes : FuzzGenerators.Mutate(query.Bytes, sample.Mutation, sample.Where, sample.Value);
                bool whole = sample.Mutation < 0 && sample.Cut == 0 && sample.Buffer == DnsResponder.MaxMessageBytes;
                int length = Math.Max(0, bytes.Length + sample.Cut);
                byte[] response = new byte[sample.Buffer];
                int answered = responder.Answer(bytes, length, response);
                string shown = Convert.ToHexString(bytes) + " length " + length + " buffer " + sample.Buffer;
                tally.Add(answered == DnsResponder.Ignore ? "ignored" : (answered == DnsResponder.HeaderBytes ? "header only (refused)" : (response[7] == 1 ? "answered" : "no data")));
                if (answered == DnsResponder.Ignore)
                {
                    Assert.IsFalse(whole && query.WellFormed, "a well-formed query was ignored: " + shown);
                    return;
                }

                Assert.IsTrue(answered >= DnsResponder.HeaderBytes && answered <= response.Length, "within the buffer: " + shown);
                Assert.IsTrue(length <= bytes.Length && length >= DnsResponder.HeaderBytes, "only a whole header gets a reply: " + shown);
                Assert.AreEqual(bytes[0], response[0], "id echoed");
                Assert.AreEqual(bytes[1], response[1], "id echoed");
                Assert.AreEqual(0x80, response[2] & 0x80, "a response");
                Assert.AreEqual(0, bytes[2] & 0x80, "responses are never answered: " + shown);
                int questions = (response[4] << 8) | response[5];
                int answers = (response[6] << 8) | response[7];
                if (answered == DnsResponder.HeaderBytes)
                {
                    Assert.AreEqual(0, questions + answers, shown);
                    Assert.IsFalse(whole && query.WellFormed, "a well-formed query was refused: " + shown);
                    return;
                }

                Assert.AreEqual(1, questions, shown);
                Assert.IsTrue(answers == 0 || answers == 1, shown);
                int questionEnd = answered - (answers * 16);
                Assert.IsTrue(bytes.AsSpan(DnsResponder.HeaderBytes, questionEnd - DnsResponder.HeaderBytes).SequenceEqual(response.AsSpan(DnsResponder.HeaderBytes, questionEnd - DnsResponder.HeaderBytes)), "the question is echoed: " + shown);
                if (answers == 1)
                {
                    byte[] address = response.AsSpan(answered - 4, 4).ToArray();
                    Assert.IsTrue(address.SequenceEqual(Device) || address.SequenceEqual(Ncsi), shown);
                }

                if (whole && query.WellFormed)
                {
                    Assert.AreEqual(query.QuestionEnd, questionEnd, shown);
                    Assert.AreEqual(query.AsksForA ? 1 : 0, answers, shown);
                }
            }, defaultInputs: 50000, tally: tally);
        }

        /// <summary>Queries built field by field: mostly well-formed, with the odd flag, count, label type or pointer that is not.</summary>
        private static Gen<Query> Structured
        {
            get
            {
                Gen<byte[]> label = Gen.Frequency(
                    (4, Gen.Char['a', 'z'].Array[1, 12].Select(c => c.Select(x => (byte)x).ToArray())),
                    (1, Gen.Byte.Array[0, 70]));
                Gen<int> flags = Gen.Frequency((6, Gen.OneOf(0x0100, 0x0000, 0x0120)), (1, Gen.Int[0, 0xFFFF]));
                Gen<int> count = Gen.Frequency((8, Gen.Const(1)), (1, Gen.OneOf(0, 2, 0xFFFF)));
                Gen<int> type = Gen.Frequency((4, Gen.Const(1)), (2, Gen.OneOf(28, 255, 16, 33, 65)), (1, Gen.Int[0, 0xFFFF]));
                Gen<int> klass = Gen.Frequency((6, Gen.Const(1)), (1, Gen.OneOf(255, 3, 0)));
                Gen<int> ending = Gen.Frequency((6, Gen.Const(0)), (1, Gen.OneOf(1, 2, 3)));
                return Gen.Select(Gen.UShort, flags, count, label.Array[0, 6], type, klass, ending, Gen.Byte.Array[0, 24])
                    .Select((id, flag, qdcount, labels, qtype, qclass, end, tail) => Build(id, flag, qdcount, labels, qtype, qclass, end, tail));
            }
        }

        private static Query Build(ushort id, int flags, int questions, byte[][] labels, int type, int klass, int ending, byte[] tail)
        {
            List<byte> bytes = new List<byte> { (byte)(id >> 8), (byte)id, (byte)(flags >> 8), (byte)flags, (byte)(questions >> 8), (byte)questions, 0, 0, 0, 0, 0, 0 };
            bool legal = labels.All(l => l.Length >= 1 && l.Length <= DnsName.MaxLabelBytes) && labels.Sum(l => l.Length + 1) + 1 <= DnsName.MaxNameBytes;
            foreach (byte[] l in labels)
            {
                bytes.Add((byte)Math.Min(l.Length, 255));
                bytes.AddRange(l);
            }

            switch (ending)
            {
                case 0:
                    bytes.Add(0);
                    break;
                case 1:
                    // A pointer back to the first label: well-formed only when there is an earlier label to point to.
                    bytes.Add(0xC0);
                    bytes.Add(DnsResponder.HeaderBytes);
                    legal = false;
                    break;
                case 2:
                    bytes.Add(0x40);
                    legal = false;
                    break;
                default:
                    legal = false;
                    break;
            }

            bytes.Add((byte)(type >> 8));
            bytes.Add((byte)type);
            bytes.Add((byte)(klass >> 8));
            bytes.Add((byte)klass);
            int questionEnd = bytes.Count;
            if (tail.Length > 0)
            {
                // Additional bytes after the question (an EDNS OPT record, or junk) are tolerated.
                bytes.AddRange(tail);
            }

            bool wellFormed = legal && questions == 1 && (flags & 0xF800) == 0 && questionEnd + 16 <= DnsResponder.MaxMessageBytes;
            bool asksForA = (type == 1 || type == 255) && (klass == 1 || klass == 255);
            return new Query(bytes.ToArray(), questionEnd, wellFormed, asksForA);
        }
    }
}
