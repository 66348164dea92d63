namespace nanoFramework.TestFramework
{
    /// <summary>
    /// nanoFramework's [TestClass] on the host: an MSTest test class attribute, so MSTest discovers the
    /// shared test classes unchanged.
    /// </summary>
    [System.AttributeUsage(System.AttributeTargets.Class, Inherited = false)]
    public class TestClassAttribute : Microsoft.VisualStudio.TestTools.UnitTesting.TestClassAttribute
    {
    }
}
