namespace nanoFramework.TestFramework
{
    /// <summary>
    /// nanoFramework runs [Setup] once per class, without an instance. The shared tests build their
    /// fixtures inside each test instead, so on the host this attribute only has to exist.
    /// </summary>
    [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = false)]
    public class SetupAttribute : System.Attribute
    {
    }
}
