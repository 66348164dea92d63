namespace ChatFirmware.Probes
{
    /// <summary>
    /// Static constructors run when the assembly loads, in the order of its types, not on first use:
    /// Early's initializer calls Late before Late's own initializer ran.
    /// </summary>
    public static class StaticInitializerOrder
    {
        public static void Run()
        {
            RuntimeProbes.Show("a static initializer that calls a later type sees its static field unset", Early.Copy == null, false);
        }

        private static class Early
        {
            public static readonly byte[] Copy = Late.MakeCopy();
        }

        private static class Late
        {
            private static readonly byte[] Seed = new byte[] { 1, 2, 3 };

            public static byte[] MakeCopy()
            {
                return Seed == null ? null : (byte[])Seed.Clone();
            }
        }
    }
}
