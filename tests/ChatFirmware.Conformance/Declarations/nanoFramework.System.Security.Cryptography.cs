// Declarations of nanoFramework.System.Security.Cryptography 1.0.43
// (api/nanoFramework.System.Security.Cryptography.txt): HMACSHA256, the one hash the firmware offers.
namespace System.Security.Cryptography
{
    public class HMACSHA256 : IDisposable
    {
        public HMACSHA256() { }

        public HMACSHA256(byte[] key) { }

        public byte[] Hash { get { throw null; } }

        public byte[] Key { get { throw null; } set { } }

        public static byte[] HashData(byte[] key, byte[] source) { throw null; }

        public byte[] ComputeHash(byte[] buffer) { throw null; }

        public void Dispose() { }

        protected virtual void Dispose(bool disposing) { }
    }
}
