namespace ChatFirmware.Probes
{
    /// <summary>A string built from chars cannot hold an unpaired surrogate: it becomes U+FFFD.</summary>
    public static class LoneSurrogates
    {
        public static void Run()
        {
            string lone = new string(new char[] { 'x', (char)0xD800, 'y' });
            RuntimeProbes.Show("new string({'x', U+D800, 'y'}), char 1 as hex", ((int)lone.ToCharArray()[1]).ToString("x4"), "d800");
        }
    }
}
