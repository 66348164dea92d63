using System.Diagnostics;

namespace ChatFirmware.Probes
{
    /// <summary>Runs every probe; each prints "observed ... (.NET: ...)".</summary>
    public static class RuntimeProbes
    {
        public static void Main()
        {
            StringArraySlots.Run();
            TextAfterAnEmoji.Run();
            NulEndsAString.Run();
            LoneSurrogates.Run();
            StaticInitializerOrder.Run();
            LongsFromUlongs.Run();
        }

        public static void Show(string what, object observed, object dotNet)
        {
            Debug.WriteLine(what + ": " + observed + " (.NET: " + dotNet + ")");
        }
    }
}
