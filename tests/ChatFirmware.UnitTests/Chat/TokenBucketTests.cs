using ChatFirmware.Core.Security;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Chat
{
    [TestClass]
    public class TokenBucketTests
    {
        [TestMethod]
        public void Allows_the_burst_then_refuses()
        {
            TokenBucket bucket = new TokenBucket(3, 500, 1000);

            Assert.IsTrue(bucket.TryTake(1000));
            Assert.IsTrue(bucket.TryTake(1000));
            Assert.IsTrue(bucket.TryTake(1000));
            Assert.IsFalse(bucket.TryTake(1000));
        }

        [TestMethod]
        public void Refills_one_token_per_interval()
        {
            TokenBucket bucket = new TokenBucket(2, 500, 0);
            bucket.TryTake(0);
            bucket.TryTake(0);

            Assert.IsFalse(bucket.TryTake(499));
            Assert.IsTrue(bucket.TryTake(500));
            Assert.IsFalse(bucket.TryTake(999));
            Assert.IsTrue(bucket.TryTake(1000));
        }

        [TestMethod]
        public void Never_holds_more_than_the_burst_after_a_long_pause()
        {
            TokenBucket bucket = new TokenBucket(2, 500, 0);
            bucket.TryTake(0);

            long later = 1000000;
            Assert.IsTrue(bucket.TryTake(later));
            Assert.IsTrue(bucket.TryTake(later));
            Assert.IsFalse(bucket.TryTake(later));
        }

        [TestMethod]
        public void Partial_intervals_are_not_lost()
        {
            TokenBucket bucket = new TokenBucket(1, 500, 0);
            bucket.TryTake(0);
            Assert.IsFalse(bucket.TryTake(300));

            Assert.IsTrue(bucket.TryTake(500), "the 300 ms already waited count");
        }
    }
}
