using System.Text;
using ChatFirmware.Core.Qr;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ZXing.QrCode.Internal;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>
    /// Module for module against a reference encoder, QRCoder 1.8.1, and the penalty rules against ZXing's
    /// (MaskUtil). QRCoder says in its format bits which mask it chose: the encoder, given that mask, must
    /// write the same symbol; and on these inputs it chooses that same mask by itself.
    /// </summary>
    [TestClass]
    public class QrMatchesReferenceTests
    {
        private static readonly string[] Inputs =
        {
            "http://192.168.4.1",
            "hello",
            "WIFI:T:WPA;S:ChatFirmware;P:abcd-efgh-jkmn-pqrs;;",
            "WIFI:T:WPA;S:Caf\u00e9 \\\"Zur Linde\\\"\\; Gast \ud83d\ude00;P:correct\\,horse\\:battery\\\\staple;;",
            new string('x', 150),
            new string('y', 213),
            new string('z', 100),
            "WIFI:T:nopass;S:a;;",
            new string('\u00e9', 60),
        };

        [TestMethod]
        public void With_the_references_mask_every_symbol_equals_the_reference()
        {
            foreach (string input in Inputs)
            {
                byte[] payload = Encoding.UTF8.GetBytes(input);
                bool[,] reference = QrScan.Reference(payload);

                QrCode code = QrEncoder.Encode(payload, QrScan.MaskOf(reference));

                Assert.IsNull(QrScan.FirstDifference(code, reference), payload.Length + " bytes: " + QrScan.FirstDifference(code, reference));
            }
        }

        [TestMethod]
        public void Random_bytes_of_every_length_equal_the_reference_with_its_mask()
        {
            Gen.Byte.Array[0, QrEncoder.MaxBytes].Sample(payload =>
            {
                bool[,] reference = QrScan.Reference(payload);

                QrCode code = QrEncoder.Encode(payload, QrScan.MaskOf(reference));

                Assert.IsNull(QrScan.FirstDifference(code, reference), payload.Length + " bytes");
            }, iter: 100);
        }

        [TestMethod]
        public void On_these_inputs_the_encoder_chooses_the_references_mask()
        {
            foreach (string input in Inputs)
            {
                byte[] payload = Encoding.UTF8.GetBytes(input);
                bool[,] reference = QrScan.Reference(payload);

                QrCode code = QrEncoder.Encode(payload);

                Assert.AreEqual(QrScan.MaskOf(reference), code.Mask, payload.Length + " bytes");
                Assert.IsNull(QrScan.FirstDifference(code, reference), payload.Length + " bytes");
            }
        }

        [TestMethod]
        public void Each_penalty_rule_scores_as_ZXings_on_every_mask()
        {
            foreach (string input in Inputs)
            {
                for (int mask = 0; mask < QrMask.Count; mask++)
                {
                    QrCode code = QrEncoder.Encode(Encoding.UTF8.GetBytes(input), mask);
                    ByteMatrix matrix = new ByteMatrix(code.Size, code.Size);
                    for (int y = 0; y < code.Size; y++)
                    {
                        for (int x = 0; x < code.Size; x++)
                        {
                            matrix.set(x, y, code.IsDark(x, y) ? (byte)1 : (byte)0);
                        }
                    }

                    string where = input.Length + " characters, mask " + mask;
                    Assert.AreEqual(MaskUtil.applyMaskPenaltyRule1(matrix), QrPenalty.Runs(code), "N1, " + where);
                    Assert.AreEqual(MaskUtil.applyMaskPenaltyRule2(matrix), QrPenalty.Blocks(code), "N2, " + where);
                    Assert.AreEqual(MaskUtil.applyMaskPenaltyRule3(matrix), QrPenalty.FinderLikes(code), "N3, " + where);
                    Assert.AreEqual(MaskUtil.applyMaskPenaltyRule4(matrix), QrPenalty.Balance(code), "N4, " + where);
                }
            }
        }
    }
}
