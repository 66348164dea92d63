namespace ChatFirmware.NanoBoard
{
    /// <summary>
    /// What one launch of the profile is given. nanoCLR passes a program no arguments and the profile has
    /// no file system, so the launcher (tools/ChatFirmware.NanoRun --board) writes these literals into the
    /// compiled assembly before converting it to a .pe: the way nf-flash.ps1 -SettingsFile puts a settings
    /// file on a board. The method names are the launcher's contract (NanoRun/BoardLaunch.cs).
    /// </summary>
    internal static class LaunchSettings
    {
        /// <summary>The settings file's text, {"Network":{...},"Chat":{...}}; "{}" keeps every default.</summary>
        public static string FileText()
        {
            return "{}";
        }

        /// <summary>Milliseconds between two "memory: N bytes free" lines (GC.Run(true)) for the benchmark; "0": none.</summary>
        public static string MemorySampleMs()
        {
            return "0";
        }
    }
}
