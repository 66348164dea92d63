using ChatFirmware.Core.Storage;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Storage
{
    [TestClass]
    public class SlotImageTests
    {
        [TestMethod]
        public void Encoded_image_decodes_to_the_same_payload_version_and_generation()
        {
            byte[] payload = Bytes.Utf8("users and sessions");
            byte[] image = SlotImage.Encode(1, 3, 42, payload);

            int version;
            uint generation;
            byte[] decoded;
            Assert.IsTrue(SlotImage.TryDecode(image, 1, out version, out generation, out decoded));
            Assert.AreEqual(3, version);
            Assert.AreEqual(42u, generation);
            Assert.IsTrue(Bytes.Equal(payload, decoded));
            Assert.AreEqual(SlotImage.HeaderBytes + payload.Length + SlotImage.TrailerBytes, image.Length);
        }

        [TestMethod]
        public void Header_starts_with_the_magic_CFS1()
        {
            byte[] image = SlotImage.Encode(1, 1, 1, new byte[0]);

            Assert.AreEqual("CFS1", new string(new char[] { (char)image[0], (char)image[1], (char)image[2], (char)image[3] }));
        }

        [TestMethod]
        public void An_empty_payload_round_trips()
        {
            int version;
            uint generation;
            byte[] decoded;
            Assert.IsTrue(SlotImage.TryDecode(SlotImage.Encode(2, 1, 7, new byte[0]), 2, out version, out generation, out decoded));
            Assert.AreEqual(0, decoded.Length);
        }

        [TestMethod]
        public void Missing_or_short_images_are_refused()
        {
            Assert.IsFalse(TryDecode(null, 1));
            Assert.IsFalse(TryDecode(new byte[0], 1));
            Assert.IsFalse(TryDecode(new byte[SlotImage.HeaderBytes + SlotImage.TrailerBytes - 1], 1));
        }

        [TestMethod]
        public void Another_kind_is_refused()
        {
            Assert.IsFalse(TryDecode(SlotImage.Encode(2, 1, 1, Bytes.Utf8("x")), 1));
        }

        [TestMethod]
        public void Every_truncation_is_refused()
        {
            byte[] image = SlotImage.Encode(1, 1, 9, Bytes.Utf8("a payload of some length"));
            for (int keep = 0; keep < image.Length; keep++)
            {
                byte[] torn = new byte[keep];
                System.Array.Copy(image, torn, keep);
                Assert.IsFalse(TryDecode(torn, 1), "kept " + keep + " bytes");
            }
        }

        [TestMethod]
        public void Every_single_bit_flip_is_refused()
        {
            byte[] image = SlotImage.Encode(1, 1, 9, Bytes.Utf8("payload"));
            for (int bit = 0; bit < image.Length * 8; bit++)
            {
                image[bit / 8] ^= (byte)(1 << (bit % 8));
                Assert.IsFalse(TryDecode(image, 1), "bit " + bit);
                image[bit / 8] ^= (byte)(1 << (bit % 8));
            }

            Assert.IsTrue(TryDecode(image, 1));
        }

        [TestMethod]
        public void Extra_bytes_after_the_image_are_refused()
        {
            byte[] image = SlotImage.Encode(1, 1, 9, Bytes.Utf8("payload"));
            byte[] longer = new byte[image.Length + 1];
            System.Array.Copy(image, longer, image.Length);

            Assert.IsFalse(TryDecode(longer, 1));
        }

        private static bool TryDecode(byte[] image, int kind)
        {
            int version;
            uint generation;
            byte[] payload;
            bool ok = SlotImage.TryDecode(image, kind, out version, out generation, out payload);
            if (!ok)
            {
                Assert.IsNull(payload, "a refused image yields no payload");
                Assert.AreEqual(0u, generation);
            }

            return ok;
        }
    }
}
