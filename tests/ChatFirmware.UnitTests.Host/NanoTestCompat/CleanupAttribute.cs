namespace nanoFramework.TestFramework
{
    /// <summary>See <see cref="SetupAttribute"/>: present so the shared sources compile, not run on the host.</summary>
    [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = false)]
    public class CleanupAttribute : System.Attribute
    {
    }
}
