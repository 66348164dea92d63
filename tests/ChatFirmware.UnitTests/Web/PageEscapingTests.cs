using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Text;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Web
{
    [TestClass]
    public class PageEscapingTests
    {
        private const string Attack = "<img src=x onerror=alert(1)>";

        [TestMethod]
        public void A_user_named_like_markup_gets_the_same_chat_page_and_its_name_only_as_json_text()
        {
            TestRig rig = RigAllowingLongNames();
            string cookie = SignUpAttacker(rig);
            string plain = TestRig.BodyText(rig.Get("/chat", rig.SignUp("alice")));

            string page = TestRig.BodyText(rig.Get("/chat", cookie));
            JsonObject welcome = Frames.Parse(rig.OpenChat(cookie).Socket.Text(0));

            Assert.AreEqual(plain, page, "the chat page is served from flash, the same for everyone");
            Assert.DoesNotContains("onerror", page);
            Assert.AreEqual(Attack, welcome.GetString("you"), "the page's script puts this into the page with textContent");
        }

        [TestMethod]
        public void A_user_named_like_markup_is_shown_as_text_on_the_account_page()
        {
            TestRig rig = RigAllowingLongNames();
            string cookie = SignUpAttacker(rig);

            string body = TestRig.BodyText(rig.Get("/account", cookie));

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
            TestRig rig = RigAllowingLongNames();
            rig.Register(Attack, "x@example.org", "correct horse");

            string body = TestRig.BodyText(rig.Register(Attack, "y@example.org", "correct horse"));

            Assert.Contains("The name &quot;&lt;img src=x onerror=alert(1)&gt;&quot; is already taken.", body);
            Assert.DoesNotContains("<img", body);
        }

        /// <summary>The attack is longer than the default name limit; an operator may raise it.</summary>
        private static TestRig RigAllowingLongNames()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.NameMaxCodePoints = 40;
            return TestRig.Create(settings);
        }

        private static string SignUpAttacker(TestRig rig)
        {
            Assert.AreEqual(303, rig.Register(Attack, "x@example.org", "correct horse").StatusCode);
            return rig.Login("x@example.org", "correct horse");
        }
    }
}
