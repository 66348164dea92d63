using ChatFirmware.Core.Settings;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Web
{
    [TestClass]
    public class PageEscapingTests
    {
        private const string Attack = "<img src=x onerror=alert(1)>";

        [TestMethod]
        public void A_user_named_like_markup_is_shown_as_text_on_the_chat_page()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.NameMaxCodePoints = 40;
            TestRig rig = TestRig.Create(settings);
            Assert.AreEqual(303, rig.Register(Attack, "x@example.org", "correct horse").StatusCode);
            string cookie = rig.Login("x@example.org", "correct horse");

            string body = TestRig.BodyText(rig.Get("/chat", cookie));

            Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", body);
            Assert.DoesNotContains("<img", body);
        }

        [TestMethod]
        public void A_markup_name_refused_by_registration_is_echoed_escaped()
        {
            TestRig rig = TestRig.Create();

            string body = TestRig.BodyText(rig.Register(Attack + "\"><script>alert(2)</script>", "x@example.org", "correct horse"));

            Assert.DoesNotContains("<img", body);
            Assert.DoesNotContains("<script>", body);
            Assert.Contains("value=\"&lt;img src=x onerror=alert(1)&gt;&quot;&gt;&lt;script&gt;", body);
        }

        [TestMethod]
        public void A_duplicate_markup_name_in_the_error_message_is_escaped()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.NameMaxCodePoints = 40;
            TestRig rig = TestRig.Create(settings);
            rig.Register(Attack, "x@example.org", "correct horse");

            string body = TestRig.BodyText(rig.Register(Attack, "y@example.org", "correct horse"));

            Assert.Contains("The name &quot;&lt;img src=x onerror=alert(1)&gt;&quot; is already taken.", body);
            Assert.DoesNotContains("<img", body);
        }
    }
}
