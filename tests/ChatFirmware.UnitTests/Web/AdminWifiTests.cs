using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Web
{
    /// <summary>The administrator's Wi-Fi form: only where the host has a settings store, with WPA2's rules.</summary>
    [TestClass]
    public class AdminWifiTests
    {
        [TestMethod]
        public void Without_a_settings_store_the_form_is_absent_and_a_save_is_refused()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");

            HttpResponse page = rig.Get("/admin", alice);
            HttpResponse save = Save(rig, alice, "Cafe", "a good passphrase", false);

            Assert.DoesNotContains("action=\"/admin/wifi\"", TestRig.BodyText(page));
            Assert.AreEqual(403, save.StatusCode);
            Assert.Contains("This server has no Wi-Fi settings", TestRig.BodyText(save));
        }

        [TestMethod]
        public void With_a_settings_store_the_form_shows_the_current_network_name()
        {
            TestRig rig = TestRig.Create();
            rig.Ports.NetworkSettings = new MemoryNetworkSettings();
            string alice = rig.SignUp("alice");

            string body = TestRig.BodyText(rig.Get("/admin", alice));

            Assert.Contains("action=\"/admin/wifi\"", body);
            Assert.Contains("value=\"ChatFirmware\"", body);
        }

        [TestMethod]
        public void A_valid_network_name_and_passphrase_are_saved_for_the_next_reboot()
        {
            TestRig rig = TestRig.Create();
            MemoryNetworkSettings store = new MemoryNetworkSettings();
            rig.Ports.NetworkSettings = store;
            string alice = rig.SignUp("alice");

            HttpResponse response = Save(rig, alice, "Café Ω", "correct horse battery", false);

            Assert.AreEqual(200, response.StatusCode);
            Assert.Contains("Wi-Fi settings saved", TestRig.BodyText(response));
            Assert.AreEqual(1, store.Saves);
            NetworkSettings saved = store.Saved;
            Assert.AreEqual("Café Ω", saved.Ssid);
            Assert.AreEqual("correct horse battery", saved.Passphrase);
            Assert.IsFalse(saved.OpenNetwork);
            Assert.AreEqual("192.168.4.1", saved.DeviceAddress, "fields the form does not show are kept");
        }

        [TestMethod]
        public void An_empty_passphrase_keeps_the_current_one_and_open_is_only_set_when_asked()
        {
            TestRig rig = TestRig.Create();
            MemoryNetworkSettings store = new MemoryNetworkSettings();
            rig.Ports.NetworkSettings = store;
            string alice = rig.SignUp("alice");
            Save(rig, alice, "First", "the first passphrase", false);

            HttpResponse response = Save(rig, alice, "Second", string.Empty, true);

            Assert.AreEqual(200, response.StatusCode);
            Assert.AreEqual("Second", store.Saved.Ssid);
            Assert.AreEqual("the first passphrase", store.Saved.Passphrase);
            Assert.IsTrue(store.Saved.OpenNetwork);
        }

        [TestMethod]
        public void The_network_name_needs_1_to_31_bytes_of_UTF8()
        {
            TestRig rig = TestRig.Create();
            MemoryNetworkSettings store = new MemoryNetworkSettings();
            rig.Ports.NetworkSettings = store;
            string alice = rig.SignUp("alice");

            Assert.AreEqual(200, Save(rig, alice, "x", string.Empty, false).StatusCode);
            Assert.AreEqual(200, Save(rig, alice, Strings.Repeat("n", 31), string.Empty, false).StatusCode);
            Assert.AreEqual(200, Save(rig, alice, Strings.Repeat("é", 15) + "n", string.Empty, false).StatusCode, "31 bytes");
            Assert.AreEqual(3, store.Saves);

            string[] refused = new string[] { string.Empty, Strings.Repeat("n", 32), Strings.Repeat("é", 16) };
            for (int i = 0; i < refused.Length; i++)
            {
                HttpResponse response = Save(rig, alice, refused[i], string.Empty, false);
                Assert.AreEqual(400, response.StatusCode, "SSID of " + refused[i].Length + " characters");
                Assert.Contains("The network name needs 1 to 31 bytes", TestRig.BodyText(response));
            }

            Assert.AreEqual(3, store.Saves, "nothing refused was saved");
            Assert.AreEqual(Strings.Repeat("é", 15) + "n", store.Saved.Ssid);
        }

        [TestMethod]
        public void The_passphrase_needs_8_to_63_printable_ASCII_characters()
        {
            TestRig rig = TestRig.Create();
            MemoryNetworkSettings store = new MemoryNetworkSettings();
            rig.Ports.NetworkSettings = store;
            string alice = rig.SignUp("alice");

            Assert.AreEqual(200, Save(rig, alice, "Net", "12345678", false).StatusCode);
            Assert.AreEqual(200, Save(rig, alice, "Net", Strings.Repeat("~", 63), false).StatusCode);
            Assert.AreEqual(200, Save(rig, alice, "Net", " !\"#$%&'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~", false).StatusCode);
            Assert.AreEqual(3, store.Saves);

            string[] refused = new string[] { "1234567", Strings.Repeat("~", 64), "tab\there!", "pass\u00e9word", "new\nline!", "del\u007fchar" };
            for (int i = 0; i < refused.Length; i++)
            {
                HttpResponse response = Save(rig, alice, "Net", refused[i], false);
                Assert.AreEqual(400, response.StatusCode, "passphrase " + i);
                Assert.Contains("A WPA2 passphrase has 8 to 63 printable ASCII characters", TestRig.BodyText(response));
            }

            Assert.AreEqual(3, store.Saves);
        }

        [TestMethod]
        public void A_failed_settings_write_answers_503_and_keeps_the_old_settings()
        {
            TestRig rig = TestRig.Create();
            MemoryNetworkSettings store = new MemoryNetworkSettings();
            rig.Ports.NetworkSettings = store;
            string alice = rig.SignUp("alice");
            store.FailSaves = true;

            HttpResponse response = Save(rig, alice, "Elsewhere", "another passphrase", false);

            Assert.AreEqual(503, response.StatusCode);
            Assert.Contains("could not be saved", TestRig.BodyText(response));
            Assert.AreEqual("ChatFirmware", store.Saved.Ssid);
            Assert.IsTrue(rig.Log.HasWarning("Wi-Fi"), "the failure is logged");
        }

        private static HttpResponse Save(TestRig rig, string cookie, string ssid, string passphrase, bool open)
        {
            string body = Strings.Form(new string[] { "ssid", ssid, "passphrase", passphrase });
            return rig.Post("/admin/wifi", open ? body + "&open=1" : body, cookie);
        }
    }
}
