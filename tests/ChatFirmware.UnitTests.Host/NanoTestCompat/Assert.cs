using System;
using MSAssert = Microsoft.VisualStudio.TestTools.UnitTesting.Assert;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// nanoFramework.TestFramework's Assert (3.0.77) on the host: the same overloads, each forwarding to
    /// MSTest so failures are reported as MSTest assertion failures. Only the current (non-obsolete)
    /// members of the real listing are here; a test that compiles against this class compiles on the
    /// device too.
    /// </summary>
    public static class Assert
    {
        public static void AreEqual(bool expected, bool actual, string message = "") => Equal(expected, actual, message);

        public static void AreEqual(byte expected, byte actual, string message = "") => Equal(expected, actual, message);

        public static void AreEqual(char expected, char actual, string message = "") => Equal(expected, actual, message);

        public static void AreEqual(DateTime expected, DateTime actual, string message = "") => Equal(expected, actual, message);

        public static void AreEqual(double expected, double actual, string message = "") => Equal(expected, actual, message);

        public static void AreEqual(float expected, float actual, string message = "") => Equal(expected, actual, message);

        public static void AreEqual(int expected, int actual, string message = "") => Equal(expected, actual, message);

        public static void AreEqual(long expected, long actual, string message = "") => Equal(expected, actual, message);

        public static void AreEqual(object expected, object actual, string message = "") => Equal(expected, actual, message);

        public static void AreEqual(sbyte expected, sbyte actual, string message = "") => Equal(expected, actual, message);

        public static void AreEqual(short expected, short actual, string message = "") => Equal(expected, actual, message);

        public static void AreEqual(string expected, string actual, string message = "") => Equal(expected, actual, message);

        public static void AreEqual(uint expected, uint actual, string message = "") => Equal(expected, actual, message);

        public static void AreEqual(ulong expected, ulong actual, string message = "") => Equal(expected, actual, message);

        public static void AreEqual(ushort expected, ushort actual, string message = "") => Equal(expected, actual, message);

        public static void AreNotEqual(bool notExpected, bool actual, string message = "") => NotEqual(notExpected, actual, message);

        public static void AreNotEqual(byte notExpected, byte actual, string message = "") => NotEqual(notExpected, actual, message);

        public static void AreNotEqual(char notExpected, char actual, string message = "") => NotEqual(notExpected, actual, message);

        public static void AreNotEqual(DateTime notExpected, DateTime actual, string message = "") => NotEqual(notExpected, actual, message);

        public static void AreNotEqual(double notExpected, double actual, string message = "") => NotEqual(notExpected, actual, message);

        public static void AreNotEqual(float notExpected, float actual, string message = "") => NotEqual(notExpected, actual, message);

        public static void AreNotEqual(int notExpected, int actual, string message = "") => NotEqual(notExpected, actual, message);

        public static void AreNotEqual(long notExpected, long actual, string message = "") => NotEqual(notExpected, actual, message);

        public static void AreNotEqual(object notExpected, object actual, string message = "") => NotEqual(notExpected, actual, message);

        public static void AreNotEqual(sbyte notExpected, sbyte actual, string message = "") => NotEqual(notExpected, actual, message);

        public static void AreNotEqual(short notExpected, short actual, string message = "") => NotEqual(notExpected, actual, message);

        public static void AreNotEqual(string notExpected, string actual, string message = "") => NotEqual(notExpected, actual, message);

        public static void AreNotEqual(uint notExpected, uint actual, string message = "") => NotEqual(notExpected, actual, message);

        public static void AreNotEqual(ulong notExpected, ulong actual, string message = "") => NotEqual(notExpected, actual, message);

        public static void AreNotEqual(ushort notExpected, ushort actual, string message = "") => NotEqual(notExpected, actual, message);

        public static void AreSame(object expected, object actual, string message = "") => MSAssert.AreSame(expected, actual, message);

        public static void AreNotSame(object notExpected, object actual, string message = "") => MSAssert.AreNotSame(notExpected, actual, message);

        public static void IsTrue(bool condition, string message = "") => MSAssert.IsTrue(condition, message);

        public static void IsFalse(bool condition, string message = "") => MSAssert.IsFalse(condition, message);

        public static void IsNull(object value, string message = "") => MSAssert.IsNull(value, message);

        public static void IsNotNull(object value, string message = "") => MSAssert.IsNotNull(value, message);

        public static void IsInstanceOfType(object value, Type expected, string message = "") => MSAssert.IsInstanceOfType(value, expected, message);

        public static void IsNotInstanceOfType(object value, Type notExpected, string message = "") => MSAssert.IsNotInstanceOfType(value, notExpected, message);

        public static void Contains(string expected, string value, string message = "")
        {
            if (value == null || expected == null || !value.Contains(expected, StringComparison.Ordinal))
            {
                Fail("Contains", "expected <" + expected + "> in <" + value + ">", message);
            }
        }

        public static void DoesNotContains(string notExpected, string value, string message = "")
        {
            if (value != null && notExpected != null && value.Contains(notExpected, StringComparison.Ordinal))
            {
                Fail("DoesNotContains", "did not expect <" + notExpected + "> in <" + value + ">", message);
            }
        }

        public static void StartsWith(string expected, string value, string message = "")
        {
            if (value == null || expected == null || !value.StartsWith(expected, StringComparison.Ordinal))
            {
                Fail("StartsWith", "expected <" + value + "> to start with <" + expected + ">", message);
            }
        }

        public static void EndsWith(string expected, string value, string message = "")
        {
            if (value == null || expected == null || !value.EndsWith(expected, StringComparison.Ordinal))
            {
                Fail("EndsWith", "expected <" + value + "> to end with <" + expected + ">", message);
            }
        }

        /// <summary>
        /// Passes only when the action throws exactly <paramref name="exception"/> (not a subclass), as the
        /// nanoFramework implementation compares the thrown type.
        /// </summary>
        public static void ThrowsException(Type exception, Action action, string message = "")
        {
            try
            {
                action();
            }
            catch (Exception thrown)
            {
                if (thrown.GetType() != exception)
                {
                    Fail("ThrowsException", "expected " + exception + " but " + thrown.GetType() + " was thrown: " + thrown.Message, message);
                }

                return;
            }

            Fail("ThrowsException", "expected " + exception + " but nothing was thrown", message);
        }

        /// <summary>nanoFramework reports the test as skipped; MSTest's equivalent is an inconclusive result.</summary>
        public static void SkipTest(string message = "") => MSAssert.Inconclusive(message);

        private static void Equal<T>(T expected, T actual, string message) => MSAssert.AreEqual(expected, actual, message);

        private static void NotEqual<T>(T notExpected, T actual, string message) => MSAssert.AreNotEqual(notExpected, actual, message);

        private static void Fail(string assertion, string detail, string message)
        {
            MSAssert.Fail("Assert." + assertion + " failed: " + detail + (string.IsNullOrEmpty(message) ? string.Empty : ". " + message));
        }
    }
}
