namespace ChatFirmware.Core.Text
{
    /// <summary>
    /// The only way the firmware makes an empty string[]. On nanoFramework an unset string[] slot is
    /// not null: comparing it crashes the runtime (a segfault on nanoCLR, a LoadProhibited panic and a
    /// reboot on an ESP32) because the CLR tags cleared string elements as strings with no text
    /// (docs/device.md, "The real runtime"). A slot is a real null only once null is stored in it.
    /// Array.Clear brings the bad slots back, so a string[] is emptied with <see cref="Clear"/>.
    /// </summary>
    public static class StringArray
    {
        public static string[] Create(int length)
        {
            string[] array = new string[length];
            Clear(array, 0, length);
            return array;
        }

        /// <summary>Stores null in <paramref name="count"/> slots from <paramref name="start"/>.</summary>
        public static void Clear(string[] array, int start, int count)
        {
            for (int i = start; i < start + count; i++)
            {
                array[i] = null;
            }
        }
    }
}
