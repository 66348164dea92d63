using System;
using NativeGC = nanoFramework.Runtime.Native.GC;

namespace ChatFirmware.NanoBench
{
    /// <summary>One measured operation; <paramref name="index"/> counts the calls.</summary>
    public delegate void Step(int index);

    /// <summary>
    /// Memory and time on nanoCLR. Free heap: nanoFramework.Runtime.Native.GC.Run(true), which collects,
    /// compacts and returns the free bytes. Time: DateTime.UtcNow ticks (100 ns; nanoCLR for Linux reads
    /// them in steps of about 1.5 µs), over batches long enough that the step does not matter.
    /// </summary>
    public static class Meter
    {
        /// <summary>A byte[] of this length takes exactly 120 bytes of heap: a 20-byte array header and the data, in 12-byte blocks.</summary>
        private const int FillLength = 100;
        private const int FillCost = 120;

        /// <summary>Free managed heap after a full, compacting collection.</summary>
        public static int Free()
        {
            return (int)NativeGC.Run(true);
        }

        /// <summary>Bytes a state retains: free heap before minus free heap after (both after a full collection).</summary>
        public static int Retained(int freeBefore)
        {
            return freeBefore - Free();
        }

        public static long Ticks()
        {
            return DateTime.UtcNow.Ticks;
        }

        /// <summary>
        /// Nanoseconds per call in each of <paramref name="batches"/> batches of <paramref name="perBatch"/>
        /// calls, sorted (the median is the typical cost; a batch hit by a collection is the slowest).
        /// </summary>
        public static long[] Time(Step step, int perBatch, int batches)
        {
            long[] perCall = new long[batches];
            int call = 0;
            for (int b = 0; b < batches; b++)
            {
                long start = Ticks();
                for (int i = 0; i < perBatch; i++)
                {
                    step(call++);
                }

                perCall[b] = (Ticks() - start) * 100 / perBatch;
            }

            Sort(perCall);
            return perCall;
        }

        /// <summary>
        /// Bytes allocated per call, garbage included, measured without a collection in between: the free
        /// heap after a compacting collection, then the calls, then the free heap that is left, found by
        /// filling it with 120-byte arrays until the collector has to run (seen by a WeakReference whose
        /// target dies at the first collection). Returns -1 when a collection ran during the calls (the
        /// caller asks for fewer). Exact to 120 bytes over all the calls.
        /// </summary>
        public static long AllocatedPerCall(Step step, int calls)
        {
            int overhead = FillOverhead();
            int before = Free();
            WeakReference sentinel = new WeakReference(new object());
            for (int i = 0; i < calls; i++)
            {
                step(i);
            }

            if (!sentinel.IsAlive)
            {
                return -1;
            }

            int left = FillUntilCollected(sentinel);
            return (before - left - overhead) / calls;
        }

        /// <summary>What the measurement itself takes (the sentinel and its target), from a run without calls.</summary>
        private static int FillOverhead()
        {
            int before = Free();
            WeakReference sentinel = new WeakReference(new object());
            return before - FillUntilCollected(sentinel);
        }

        private static int FillUntilCollected(WeakReference sentinel)
        {
            int left = -FillCost;
            while (sentinel.IsAlive)
            {
                byte[] fill = new byte[FillLength];
                fill[0] = 1;
                left += FillCost;
            }

            return left;
        }

        public static void Sort(long[] values)
        {
            for (int i = 1; i < values.Length; i++)
            {
                long value = values[i];
                int k = i - 1;
                while (k >= 0 && values[k] > value)
                {
                    values[k + 1] = values[k];
                    k--;
                }

                values[k + 1] = value;
            }
        }

        public static long Median(long[] sorted)
        {
            return sorted[sorted.Length / 2];
        }

        public static long Mean(long[] values)
        {
            long sum = 0;
            for (int i = 0; i < values.Length; i++)
            {
                sum += values[i];
            }

            return sum / values.Length;
        }

        /// <summary>Nanoseconds as milliseconds with three decimals ("1.290 ms").</summary>
        public static string Ms(long nanoseconds)
        {
            string sign = nanoseconds < 0 ? "-" : string.Empty;
            long micro = ((nanoseconds < 0 ? -nanoseconds : nanoseconds) + 500) / 1000;
            return sign + (micro / 1000) + "." + Pad3(micro % 1000) + " ms";
        }

        /// <summary>Bytes as KB with one decimal.</summary>
        public static string Kb(long bytes)
        {
            long tenths = ((bytes * 10) + 512) / 1024;
            return (tenths / 10) + "." + (tenths % 10) + " KB";
        }

        private static string Pad3(long value)
        {
            return value < 10 ? "00" + value : value < 100 ? "0" + value : value.ToString();
        }
    }
}
