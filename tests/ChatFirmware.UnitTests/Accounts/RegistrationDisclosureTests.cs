using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Accounts
{
    /// <summary>
    /// Registration must say when an email is taken (its owner should log in instead), but it must not
    /// make that a fast way to learn who uses the chat: a full chat only says it is full, and a taken
    /// email is answered after the hashing a real registration costs and counts as a failed attempt.
    /// </summary>
    [TestClass]
    public class RegistrationDisclosureTests
    {
        [TestMethod]
        public void A_full_chat_says_only_that_it_is_full_whatever_email_is_given()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.MaxUsers = 2;
            TestRig rig = TestRig.Create(settings);
            rig.Register("alice", "alice@example.org", "correct horse");
            rig.Register("bob", "bob@example.org", "battery staple");

            HttpResponse taken = rig.Register("carol", "alice@example.org", "carol's secret");
            HttpResponse free = rig.Register("dave", "dave@example.org", "dave's secret");

            Assert.AreEqual(403, taken.StatusCode);
            Assert.AreEqual(403, free.StatusCode);
            Assert.Contains("This chat is full", TestRig.BodyText(taken));
            Assert.DoesNotContains("already exists", TestRig.BodyText(taken));
        }

        [TestMethod]
        public void A_taken_email_is_answered_only_after_the_hashing_a_registration_costs()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.Pbkdf2Iterations = 50;
            TestRig rig = TestRig.Create(settings);
            rig.Register("alice", "alice@example.org", "correct horse");
            int hmacCalls = rig.Hmac.Calls;

            HttpResponse response = rig.Register("carol", "ALICE@example.org", "carol's secret");

            Assert.AreEqual(409, response.StatusCode);
            Assert.IsTrue(rig.Hmac.Calls - hmacCalls >= settings.Pbkdf2Iterations, "as costly as a registration");
        }

        [TestMethod]
        public void Probing_emails_through_registration_is_throttled_like_password_guessing()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            for (int i = 0; i < 5; i++)
            {
                Assert.AreEqual(409, rig.Register("probe" + i, "alice@example.org", "probing secret").StatusCode, "probe " + (i + 1));
            }

            HttpResponse response = rig.Register("probe5", "someone@example.org", "probing secret");

            Assert.AreEqual(429, response.StatusCode);
            Assert.AreEqual("2", response.GetHeader("Retry-After"));
            rig.Clock.Advance(2000);
            Assert.AreEqual(303, rig.Register("carol", "carol@example.org", "carol's secret").StatusCode);
        }
    }
}
