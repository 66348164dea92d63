namespace ChatFirmware.Core.Security
{
    /// <summary>Comparison whose duration does not reveal where two secrets first differ.</summary>
    public static class ConstantTime
    {
        public static bool AreEqual(byte[] a, byte[] b)
        {
            if (a == null || b == null || a.Length != b.Length)
            {
                return false;
            }

            int difference = 0;
            for (int i = 0; i < a.Length; i++)
            {
                difference |= a[i] ^ b[i];
            }

            return difference == 0;
        }
    }
}
