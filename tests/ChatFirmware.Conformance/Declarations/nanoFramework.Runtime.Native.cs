// Declarations of nanoFramework.Runtime.Native 1.7.11 (api/nanoFramework.Runtime.Native.txt):
// the monotonic tick, the RTC, reboot, the managed heap's free bytes and the firmware's identity.
// (System.Environment ships in this assembly, not mscorlib.)
namespace System
{
    public static class Environment
    {
        public static long TickCount64 { get { throw null; } }
    }
}

namespace nanoFramework.Runtime.Native
{
    public class Power
    {
        public static void RebootDevice(RebootOption rebootOption) { }

        public static void RebootDevice(int exeConstraintTimeout, RebootOption rebootOption) { }
    }

    public enum RebootOption
    {
        NormalReboot = 0,
        EnterNanoBooter = 1,
        ClrOnly = 2,
        EnterProprietaryBooter = 4,
    }

    public static class Rtc
    {
        public static bool SetSystemTime(System.DateTime time) { throw null; }
    }

    public static class GC
    {
        public static uint Run(bool compactHeap) { throw null; }
    }

    public static class SystemInfo
    {
        public static string TargetName { get { throw null; } }

        public static System.Version Version { get { throw null; } }
    }
}
