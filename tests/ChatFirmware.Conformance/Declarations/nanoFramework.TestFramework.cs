// Declarations of nanoFramework.TestFramework 3.0.77 (api/nanoFramework.TestFramework.txt): what the
// unit tests compile against on the device (the host runs the same sources on MSTest). Every Assert
// overload is declared, each with the optional message the real one fills by [CallerArgumentExpression].
namespace nanoFramework.TestFramework
{
    public class Assert
    {
        public static void AreEqual(System.DateTime expected, System.DateTime actual, string message = "") { }

        public static void AreEqual(bool expected, bool actual, string message = "") { }

        public static void AreEqual(byte expected, byte actual, string message = "") { }

        public static void AreEqual(char expected, char actual, string message = "") { }

        public static void AreEqual(double expected, double actual, string message = "") { }

        public static void AreEqual(float expected, float actual, string message = "") { }

        public static void AreEqual(int expected, int actual, string message = "") { }

        public static void AreEqual(long expected, long actual, string message = "") { }

        public static void AreEqual(object expected, object actual, string message = "") { }

        public static void AreEqual(sbyte expected, sbyte actual, string message = "") { }

        public static void AreEqual(short expected, short actual, string message = "") { }

        public static void AreEqual(string expected, string actual, string message = "") { }

        public static void AreEqual(uint expected, uint actual, string message = "") { }

        public static void AreEqual(ulong expected, ulong actual, string message = "") { }

        public static void AreEqual(ushort expected, ushort actual, string message = "") { }

        public static void AreNotEqual(System.DateTime notExpected, System.DateTime actual, string message = "") { }

        public static void AreNotEqual(bool notExpected, bool actual, string message = "") { }

        public static void AreNotEqual(byte notExpected, byte actual, string message = "") { }

        public static void AreNotEqual(char notExpected, char actual, string message = "") { }

        public static void AreNotEqual(double notExpected, double actual, string message = "") { }

        public static void AreNotEqual(float notExpected, float actual, string message = "") { }

        public static void AreNotEqual(int notExpected, int actual, string message = "") { }

        public static void AreNotEqual(long notExpected, long actual, string message = "") { }

        public static void AreNotEqual(object notExpected, object actual, string message = "") { }

        public static void AreNotEqual(sbyte notExpected, sbyte actual, string message = "") { }

        public static void AreNotEqual(short notExpected, short actual, string message = "") { }

        public static void AreNotEqual(string notExpected, string actual, string message = "") { }

        public static void AreNotEqual(uint notExpected, uint actual, string message = "") { }

        public static void AreNotEqual(ulong notExpected, ulong actual, string message = "") { }

        public static void AreNotEqual(ushort notExpected, ushort actual, string message = "") { }

        public static void AreNotSame(object notExpected, object actual, string message = "") { }

        public static void AreSame(object expected, object actual, string message = "") { }

        public static void Contains(string expected, string value, string message = "") { }

        public static void DoesNotContains(string notExpected, string value, string message = "") { }

        public static void Empty(System.Collections.ICollection collection, string message = "") { }

        public static void EndsWith(string expected, string value, string message = "") { }

        public static void Equal(System.Array expected, System.Array actual, string message = "") { }

        public static void Equal(System.DateTime expected, System.DateTime actual, string message = "") { }

        public static void Equal(bool expected, bool actual, string message = "") { }

        public static void Equal(byte expected, byte actual, string message = "") { }

        public static void Equal(char expected, char actual, string message = "") { }

        public static void Equal(double expected, double actual, string message = "") { }

        public static void Equal(float expected, float actual, string message = "") { }

        public static void Equal(int expected, int actual, string message = "") { }

        public static void Equal(long expected, long actual, string message = "") { }

        public static void Equal(sbyte expected, sbyte actual, string message = "") { }

        public static void Equal(short expected, short actual, string message = "") { }

        public static void Equal(string expected, string actual, string message = "") { }

        public static void Equal(uint expected, uint actual, string message = "") { }

        public static void Equal(ulong expected, ulong actual, string message = "") { }

        public static void Equal(ushort expected, ushort actual, string message = "") { }

        public static void False(bool condition, string message = "") { }

        public static void IsFalse(bool condition, string message = "") { }

        public static void IsInstanceOfType(object value, System.Type expected, string message = "") { }

        public static void IsNotInstanceOfType(object value, System.Type notExpected, string message = "") { }

        public static void IsNotNull(object value, string message = "") { }

        public static void IsNotType(System.Type wrongType, object value, string message = "") { }

        public static void IsNull(object value, string message = "") { }

        public static void IsTrue(bool condition, string message = "") { }

        public static void IsType(System.Type expectedType, object value, string message = "") { }

        public static void NotEmpty(System.Collections.ICollection collection, string message = "") { }

        public static void NotEqual(System.Array notExpected, System.Array actual, string message = "") { }

        public static void NotEqual(System.DateTime notExpected, System.DateTime actual, string message = "") { }

        public static void NotEqual(bool notExpected, bool actual, string message = "") { }

        public static void NotEqual(byte notExpected, byte actual, string message = "") { }

        public static void NotEqual(char notExpected, char actual, string message = "") { }

        public static void NotEqual(double notExpected, double actual, string message = "") { }

        public static void NotEqual(float notExpected, float actual, string message = "") { }

        public static void NotEqual(int notExpected, int actual, string message = "") { }

        public static void NotEqual(long notExpected, long actual, string message = "") { }

        public static void NotEqual(sbyte notExpected, sbyte actual, string message = "") { }

        public static void NotEqual(short notExpected, short actual, string message = "") { }

        public static void NotEqual(string notExpected, string actual, string message = "") { }

        public static void NotEqual(uint notExpected, uint actual, string message = "") { }

        public static void NotEqual(ulong notExpected, ulong actual, string message = "") { }

        public static void NotEqual(ushort notExpected, ushort actual, string message = "") { }

        public static void NotNull(object value, string message = "") { }

        public static void NotSame(object notExpected, object actual, string message = "") { }

        public static void Null(object value, string message = "") { }

        public static void Same(object expected, object actual, string message = "") { }

        public static void SkipTest(string message = "") { }

        public static void StartsWith(string expected, string value, string message = "") { }

        public static void Throws(System.Type exceptionType, System.Action action, string message = "") { }

        public static void ThrowsException(System.Type exception, System.Action action, string message = "") { }

        public static void True(bool condition, string message = "") { }
    }

    public class CollectionAssert
    {
        public static void AreEqual(System.Collections.ICollection expected, System.Collections.ICollection actual, string message = "") { }

        public static void AreNotEqual(System.Collections.ICollection notExpected, System.Collections.ICollection actual, string message = "") { }

        public static void Empty(System.Collections.ICollection collection, string message = "") { }

        public static void NotEmpty(System.Collections.ICollection collection, string message = "") { }
    }

    [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = false)]
    public class CleanupAttribute : System.Attribute
    {
        public CleanupAttribute() { }
    }

    [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
    public class DataRowAttribute : System.Attribute
    {
        public DataRowAttribute(params object[] methodParameters) { }

        public object[] MethodParameters { get { throw null; } }
    }

    public static class OutputHelper
    {
        public static void Write(string message) { }

        public static void WriteLine(string message) { }
    }

    [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = false)]
    public class SetupAttribute : System.Attribute
    {
        public SetupAttribute() { }
    }

    public class SkipTestException : System.Exception
    {
        public SkipTestException(string message = null, System.Exception innerException = null) { }
    }

    [System.AttributeUsage(System.AttributeTargets.Class, AllowMultiple = false)]
    public class TestClassAttribute : System.Attribute
    {
        public TestClassAttribute() { }
    }

    public static class TestExtensions
    {
        public static bool SequenceEqual(this System.Array a, System.Array b) { throw null; }
    }

    [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = false)]
    public class TestMethodAttribute : System.Attribute
    {
        public TestMethodAttribute() { }
    }
}

namespace TestFrameworkShared
{
    public class AssertFailedException : System.Exception
    {
        public AssertFailedException() { }

        public AssertFailedException(string msg) { }

        public AssertFailedException(string msg, System.Exception ex) { }
    }
}
