using System;
using System.Security.Cryptography;
using System.Text;
using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.Security;
using ChatFirmware.UnitTests.Fakes;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>The core's PBKDF2 and its managed SHA-256/HMAC against .NET's implementations.</summary>
    [TestClass]
    public class CryptoMatchesDotNetTests
    {
        [TestMethod]
        [DataRow("password", "salt", 1, 32)]
        [DataRow("password", "salt", 2, 32)]
        [DataRow("correct horse battery staple", "0123456789abcdef", 2000, 32)]
        [DataRow("", "salt", 3, 32)]
        [DataRow("p\u00e4ssw\u00f6rd \ud83d\udd11", "s\u00e4lt", 17, 32)]
        [DataRow("passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 100, 40)]
        [DataRow("long key", "salt", 5, 100)]
        [DataRow("one byte", "salt", 5, 1)]
        public void Pbkdf2_equals_dotnet_Rfc2898DeriveBytes(string password, string salt, int iterations, int length)
        {
            byte[] passwordBytes = Encoding.UTF8.GetBytes(password);
            byte[] saltBytes = Encoding.UTF8.GetBytes(salt);

            byte[] core = Pbkdf2.DeriveKey(new DotNetHmacSha256(), passwordBytes, saltBytes, iterations, length);

            CollectionAssert.AreEqual(Rfc2898DeriveBytes.Pbkdf2(passwordBytes, saltBytes, iterations, HashAlgorithmName.SHA256, length), core);
        }

        [TestMethod]
        public void Pbkdf2_with_the_managed_hmac_derives_the_published_4096_round_vectors()
        {
            ManagedHmacSha256 hmac = new ManagedHmacSha256();

            Assert.AreEqual("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a", Convert.ToHexStringLower(Pbkdf2.DeriveKey(hmac, Encoding.UTF8.GetBytes("password"), Encoding.UTF8.GetBytes("salt"), 4096, 32)));
            Assert.AreEqual(
                "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9",
                Convert.ToHexStringLower(Pbkdf2.DeriveKey(hmac, Encoding.UTF8.GetBytes("passwordPASSWORDpassword"), Encoding.UTF8.GetBytes("saltSALTsaltSALTsaltSALTsaltSALTsalt"), 4096, 40)));
        }

        [TestMethod]
        public void Pbkdf2_equals_dotnet_for_random_inputs()
        {
            Gen.Select(Gen.Byte.Array[0, 80], Gen.Byte.Array[0, 40], Gen.Int[1, 20], Gen.Int[1, 70]).Sample((password, salt, iterations, length) =>
            {
                byte[] core = Pbkdf2.DeriveKey(new DotNetHmacSha256(), password, salt, iterations, length);
                return core.AsSpan().SequenceEqual(Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, length));
            }, iter: 300);
        }

        [TestMethod]
        public void Password_hash_equals_dotnet_Pbkdf2_of_the_utf8_password()
        {
            PasswordHasher hasher = new PasswordHasher(new DotNetHmacSha256(), new SeededRandom(7));
            Generators.ValidText.Sample(password =>
            {
                byte[] salt = hasher.NewSalt();
                byte[] expected = Rfc2898DeriveBytes.Pbkdf2(password, salt, 3, HashAlgorithmName.SHA256, User.HashBytes);
                return hasher.Hash(password, salt, 3).AsSpan().SequenceEqual(expected);
            }, iter: 300);
        }

        [TestMethod]
        public void Managed_sha256_equals_dotnet()
        {
            Gen.Byte.Array[0, 300].Sample(data => Sha256.Hash(data).AsSpan().SequenceEqual(SHA256.HashData(data)), iter: 500);
        }

        [TestMethod]
        public void Managed_sha256_equals_dotnet_at_every_length_around_the_block_size()
        {
            for (int length = 0; length <= 200; length++)
            {
                byte[] data = new byte[length];
                for (int i = 0; i < length; i++)
                {
                    data[i] = (byte)(i * 31);
                }

                CollectionAssert.AreEqual(SHA256.HashData(data), Sha256.Hash(data), "length " + length);
            }
        }

        [TestMethod]
        public void Managed_hmac_equals_dotnet()
        {
            Gen.Select(Gen.Byte.Array[0, 150], Gen.Byte.Array[0, 200]).Sample((key, data) =>
                ManagedHmacSha256.Mac(key, data).AsSpan().SequenceEqual(HMACSHA256.HashData(key, data)), iter: 500);
        }
    }
}
