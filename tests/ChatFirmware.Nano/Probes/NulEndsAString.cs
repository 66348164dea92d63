using System.Text;

namespace ChatFirmware.Probes
{
    /// <summary>A string ends at U+0000, however it is made.</summary>
    public static class NulEndsAString
    {
        public static void Run()
        {
            RuntimeProbes.Show("\"a\\0b\".Length", "a\u0000b".Length, 3);
            RuntimeProbes.Show("new string({'a','\\0','b'}).Length", new string(new char[] { 'a', '\u0000', 'b' }).Length, 3);
            RuntimeProbes.Show("UTF8.GetString({61,00,62}).Length", Encoding.UTF8.GetString(new byte[] { 0x61, 0, 0x62 }, 0, 3).Length, 3);
        }
    }
}
