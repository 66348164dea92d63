// Declarations of nanoFramework.Runtime.Native 1.7.11 (api/nanoFramework.Runtime.Native.txt):
// the monotonic tick, the RTC and reboot. (System.Environment ships in this assembly, not mscorlib.)
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
}
