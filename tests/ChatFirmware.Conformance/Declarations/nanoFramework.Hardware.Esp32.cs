// Declarations of nanoFramework.Hardware.Esp32 1.6.42 (api/nanoFramework.Hardware.Esp32.txt): the
// native heap report for the health log. Enum values follow the listing's order (All, Internal, SpiRam).
namespace nanoFramework.Hardware.Esp32
{
    public class NativeMemory
    {
        public enum MemoryType
        {
            All = 0,
            Internal = 1,
            SpiRam = 2,
        }

        public static void GetMemoryInfo(MemoryType memType, ref uint totalSize, ref uint totalFreeSize, ref uint largestFreeBlock) { }
    }
}
