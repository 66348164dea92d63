using ChatFirmware.Core.Qr;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Qr
{
    /// <summary>GF(256) and the error-correction codewords, against worked examples of the standard.</summary>
    [TestClass]
    public class ReedSolomonTests
    {
        [TestMethod]
        public void The_field_reduces_by_0x11D()
        {
            ReedSolomon field = new ReedSolomon();

            Assert.AreEqual(0x1D, field.Multiply(0x80, 2), "alpha^8 = x^4 + x^3 + x^2 + 1");
            Assert.AreEqual(0, field.Multiply(0, 0x53));
            Assert.AreEqual(0x53, field.Multiply(1, 0x53));
            Assert.AreEqual(field.Multiply(0x53, 0xCA), field.Multiply(0xCA, 0x53));
        }

        [TestMethod]
        public void The_generator_of_degree_7_is_the_standards()
        {
            // Annex A: x^7 + a^87 x^6 + a^229 x^5 + a^146 x^4 + a^149 x^3 + a^238 x^2 + a^102 x + a^21.
            byte[] generator = new ReedSolomon().Generator(7);

            Assert.AreEqual("7f7a9aa40b4475", Bytes.ToHex(generator));
        }

        [TestMethod]
        public void Ecc_of_the_standards_01234567_example_version_1_M()
        {
            // Annex I: "01234567" in numeric mode, version 1-M, its 16 data codewords and 10 ecc codewords.
            Assert.AreEqual("a524d4c1ed36c7872c55", Ecc(Bytes.FromHex("10200c566180ec11ec11ec11ec11ec11"), 10));
        }

        [TestMethod]
        public void Ecc_of_HELLO_WORLD_version_1_M()
        {
            // The widely published "HELLO WORLD" walk-through (alphanumeric mode, 1-M).
            Assert.AreEqual("c4232777ebd7e7e25d17", Ecc(Bytes.FromHex("205b0b78d172dc4d4340ec11ec11ec11"), 10));
        }

        [TestMethod]
        public void Flipping_one_data_bit_changes_the_ecc()
        {
            byte[] data = Bytes.FromHex("205b0b78d172dc4d4340ec11ec11ec11");
            data[3] ^= 0x01;

            Assert.AreNotEqual("c4232777ebd7e7e25d17", Ecc(data, 10));
        }

        private static string Ecc(byte[] data, int degree)
        {
            ReedSolomon field = new ReedSolomon();
            byte[] ecc = new byte[degree + 2];
            field.Remainder(data, 0, data.Length, field.Generator(degree), ecc, 1);
            Assert.AreEqual((byte)0, ecc[0], "nothing written before the offset");
            Assert.AreEqual((byte)0, ecc[degree + 1], "nothing written after the codewords");
            byte[] result = new byte[degree];
            System.Array.Copy(ecc, 1, result, 0, degree);
            return Bytes.ToHex(result);
        }
    }
}
