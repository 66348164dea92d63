using ChatFirmware.Core.Link;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Links
{
    [TestClass]
    public class LinkBackoffTests
    {
        [TestMethod]
        public void Waits_double_after_each_failure_up_to_the_maximum_plus_at_most_half_again()
        {
            LinkBackoff backoff = new LinkBackoff(1000, 8000, new SeededRandom(3));
            long[] bases = new long[] { 1000, 2000, 4000, 8000, 8000, 8000 };
            for (int i = 0; i < bases.Length; i++)
            {
                long wait = backoff.Fail();
                Assert.IsTrue(wait >= bases[i] && wait < bases[i] + (bases[i] / 2) + 1, "attempt " + i + " waited " + wait);
            }

            Assert.AreEqual(6, backoff.Failures);
        }

        [TestMethod]
        public void A_success_starts_again_at_the_minimum()
        {
            LinkBackoff backoff = new LinkBackoff(1000, 60000, new SeededRandom(3));
            backoff.Fail();
            backoff.Fail();
            backoff.Fail();
            backoff.Succeeded();
            Assert.AreEqual(0, backoff.Failures);
            Assert.IsTrue(backoff.Fail() < 1501);
        }

        [TestMethod]
        public void Boards_that_fail_together_do_not_retry_in_the_same_instant()
        {
            LinkBackoff first = new LinkBackoff(1000, 60000, new SeededRandom(11));
            LinkBackoff second = new LinkBackoff(1000, 60000, new SeededRandom(12));
            bool differ = false;
            for (int i = 0; i < 4; i++)
            {
                differ |= first.Fail() != second.Fail();
            }

            Assert.IsTrue(differ);
        }
    }
}
