using ChatFirmware.Core.Board;
using ChatFirmware.Core.Qr;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Web
{
    /// <summary>The administrator's printable join card at /admin/card: who may see it, what it shows, and its QR codes.</summary>
    [TestClass]
    public class AdminJoinCardTests
    {
        [TestMethod]
        public void The_administrator_gets_the_network_passphrase_address_and_both_codes_uncached()
        {
            TestRig rig = RigWith("Cafe Wi-Fi", "correct horse battery", false);
            string alice = rig.SignUp("alice");

            HttpResponse card = rig.Get("/admin/card", alice);
            string body = TestRig.BodyText(card);

            Assert.AreEqual(200, card.StatusCode);
            Assert.StartsWith("text/html", card.ContentType);
            Assert.AreEqual("no-store", card.GetHeader("Cache-Control"));
            Assert.AreEqual(2, Strings.Count(body, "<svg "));
            Assert.Contains("Cafe Wi-Fi", body);
            Assert.Contains("<code>correct horse battery</code>", body);
            Assert.Contains("http://192.168.4.1", body);
            Assert.Contains(Svg(WifiJoinText.Build(Bytes.Utf8("Cafe Wi-Fi"), Bytes.Utf8("correct horse battery")), "QR code: join the Wi-Fi network Cafe Wi-Fi"), body);
            Assert.Contains(Svg(Bytes.Utf8("http://192.168.4.1"), "QR code: open the chat at http://192.168.4.1"), body);
        }

        [TestMethod]
        public void Members_get_403_and_visitors_without_a_session_go_to_the_login_page()
        {
            TestRig rig = RigWith("Cafe", "correct horse battery", false);
            rig.SignUp("alice");
            string bob = rig.SignUp("bob");

            HttpResponse member = rig.Get("/admin/card", bob);
            HttpResponse visitor = rig.Get("/admin/card");

            Assert.AreEqual(403, member.StatusCode);
            Assert.DoesNotContains("correct horse battery", TestRig.BodyText(member));
            Assert.AreEqual(303, visitor.StatusCode);
            Assert.AreEqual("/", visitor.GetHeader("Location"));
        }

        [TestMethod]
        public void A_hostile_network_name_stays_text()
        {
            string body = CardBody(RigWith("<script>x\"</script>&", "correct horse battery", false));

            Assert.DoesNotContains("<script>", body);
            Assert.Contains("&lt;script&gt;x&quot;&lt;/script&gt;&amp;", body);
            Assert.Contains("aria-label=\"QR code: join the Wi-Fi network &lt;script>x&quot;&lt;/script>&amp;\"", body);
        }

        [TestMethod]
        public void Without_a_passphrase_in_the_settings_the_boards_own_is_on_the_card()
        {
            TestRig rig = RigWith("Cafe", string.Empty, false);
            rig.Flash.Write(BoardPassphrase.FileName, Bytes.Utf8("abcd-efgh-jkmn-pqrs"));

            string body = CardBody(rig);

            Assert.Contains("<code>abcd-efgh-jkmn-pqrs</code>", body);
            Assert.Contains(Svg(WifiJoinText.Build(Bytes.Utf8("Cafe"), Bytes.Utf8("abcd-efgh-jkmn-pqrs")), "QR code: join the Wi-Fi network Cafe"), body);
        }

        [TestMethod]
        public void When_the_boards_own_passphrase_is_not_known_there_is_no_Wi_Fi_code()
        {
            string body = CardBody(RigWith("Cafe", string.Empty, false));

            Assert.AreEqual(1, Strings.Count(body, "<svg "), "only the chat's address");
            Assert.Contains("printed on its serial log", body);
        }

        [TestMethod]
        public void An_open_network_gets_a_code_without_a_passphrase()
        {
            string body = CardBody(RigWith("Open Cafe", "correct horse battery", true));

            Assert.Contains("none (open network)", body);
            Assert.DoesNotContains("correct horse battery", body);
            Assert.Contains(Svg(WifiJoinText.Build(Bytes.Utf8("Open Cafe"), null), "QR code: join the Wi-Fi network Open Cafe"), body);
        }

        [TestMethod]
        public void Without_Wi_Fi_settings_the_card_shows_the_chats_address_only()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");

            HttpResponse card = rig.Get("/admin/card", alice);

            Assert.AreEqual(200, card.StatusCode);
            Assert.AreEqual(1, Strings.Count(TestRig.BodyText(card), "<svg "));
            Assert.Contains("runs on its host's network", TestRig.BodyText(card));
        }

        [TestMethod]
        public void The_administration_page_links_to_the_card_which_only_answers_GET()
        {
            TestRig rig = RigWith("Cafe", "correct horse battery", false);
            string alice = rig.SignUp("alice");

            Assert.Contains("href=\"/admin/card\"", TestRig.BodyText(rig.Get("/admin", alice)));
            HttpResponse post = rig.Post("/admin/card", string.Empty, alice);
            Assert.AreEqual(405, post.StatusCode);
            Assert.AreEqual("GET, HEAD", post.GetHeader("Allow"));
        }

        [TestMethod]
        public void The_card_keeps_to_the_content_security_policy()
        {
            TestRig rig = RigWith("Cafe", "correct horse battery", false);
            string alice = rig.SignUp("alice");

            HttpResponse card = rig.Get("/admin/card", alice);
            string body = TestRig.BodyText(card);

            Assert.AreEqual(SecurityHeaders.ContentSecurityPolicy, card.GetHeader("Content-Security-Policy"));
            Assert.DoesNotContains("<script", body);
            Assert.DoesNotContains("<style", body);
            Assert.DoesNotContains(" style=", body);
            Assert.Contains("<link rel=\"stylesheet\" href=\"/app.css\">", body);
        }

        private static TestRig RigWith(string ssid, string passphrase, bool open)
        {
            TestRig rig = TestRig.Create();
            MemoryNetworkSettings store = new MemoryNetworkSettings();
            NetworkSettings settings = store.Load();
            settings.Ssid = ssid;
            settings.Passphrase = passphrase;
            settings.OpenNetwork = open;
            store.Save(settings);
            rig.Ports.NetworkSettings = store;
            return rig;
        }

        /// <summary>The card as the first account, the administrator, sees it.</summary>
        private static string CardBody(TestRig rig)
        {
            return TestRig.BodyText(rig.Get("/admin/card", rig.SignUp("alice")));
        }

        private static string Svg(byte[] payload, string label)
        {
            return QrSvg.Render(QrEncoder.Encode(payload), label);
        }
    }
}
