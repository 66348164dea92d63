using System;

namespace ChatFirmware.Probes
{
    /// <summary>Unset string[] slots are not null; a null in an initializer is never stored; Array.Clear unsets again.</summary>
    public static class StringArraySlots
    {
        public static void Run()
        {
            string[] fresh = new string[2];
            fresh[0] = null;
            RuntimeProbes.Show("new string[2]: slot set to null is null", (object)fresh[0] == null, true);
            RuntimeProbes.Show("new string[2]: unset slot is null", (object)fresh[1] == null, true);
            string[] initialized = new string[] { null, "x" };
            RuntimeProbes.Show("new string[] { null, \"x\" }: slot 0 is null", (object)initialized[0] == null, true);
            Array.Clear(fresh, 0, 1);
            RuntimeProbes.Show("after Array.Clear: slot 0 is null", (object)fresh[0] == null, true);
            object[] objects = new object[1];
            RuntimeProbes.Show("new object[1]: unset slot is null", objects[0] == null, true);
        }
    }
}
