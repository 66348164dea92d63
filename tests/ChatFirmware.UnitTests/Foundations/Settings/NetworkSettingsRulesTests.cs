using ChatFirmware.Core.Settings;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Settings
{
    [TestClass]
    public class NetworkSettingsRulesTests
    {
        [TestMethod]
        public void A_WPA2_passphrase_has_8_to_63_printable_ASCII_characters()
        {
            Assert.IsFalse(NetworkSettingsRules.IsWpa2Passphrase("1234567"));
            Assert.IsTrue(NetworkSettingsRules.IsWpa2Passphrase("12345678"));
            Assert.IsTrue(NetworkSettingsRules.IsWpa2Passphrase(Strings.Repeat("a", 63)));
            Assert.IsFalse(NetworkSettingsRules.IsWpa2Passphrase(Strings.Repeat("a", 64)));
            Assert.IsFalse(NetworkSettingsRules.IsWpa2Passphrase("pass\tword"));
            Assert.IsFalse(NetworkSettingsRules.IsWpa2Passphrase("pässwörter"));
            Assert.IsFalse(NetworkSettingsRules.IsWpa2Passphrase(null));
        }

        [TestMethod]
        public void Saving_refuses_a_passphrase_shorter_than_8_characters()
        {
            NetworkSettings settings = new NetworkSettings();
            settings.Passphrase = "short";

            Assert.Contains("8 to 63", NetworkSettingsRules.Problem(settings));
        }

        [TestMethod]
        public void The_defaults_and_the_boards_own_passphrase_are_valid()
        {
            NetworkSettings settings = new NetworkSettings();

            Assert.IsNull(NetworkSettingsRules.Problem(settings));
            settings.Passphrase = "correct horse battery staple";
            Assert.IsNull(NetworkSettingsRules.Problem(settings));
        }

        [TestMethod]
        public void Saving_refuses_a_bad_network_name_address_station_count_or_station_password()
        {
            NetworkSettings settings = new NetworkSettings();
            settings.Ssid = string.Empty;
            Assert.Contains("network name", NetworkSettingsRules.Problem(settings));
            settings.Ssid = Strings.Repeat("é", 16);
            Assert.Contains("network name", NetworkSettingsRules.Problem(settings));
            settings.Ssid = "Chat";

            settings.DeviceAddress = "192.168.4";
            Assert.Contains("IPv4", NetworkSettingsRules.Problem(settings));
            settings.DeviceAddress = "192.168.4.256";
            Assert.Contains("IPv4", NetworkSettingsRules.Problem(settings));
            settings.DeviceAddress = "10.1.2.1";

            settings.MaxStations = 0;
            Assert.Contains("stations", NetworkSettingsRules.Problem(settings));
            settings.MaxStations = 16;
            Assert.Contains("stations", NetworkSettingsRules.Problem(settings));
            settings.MaxStations = 15;

            settings.StationSsid = "Home";
            settings.StationPassword = "short";
            Assert.Contains("network to join", NetworkSettingsRules.Problem(settings));
            settings.StationPassword = string.Empty;
            Assert.IsNull(NetworkSettingsRules.Problem(settings));
        }

        [TestMethod]
        public void The_access_point_is_open_only_when_the_settings_ask_for_it()
        {
            ListLog log = new ListLog();
            NetworkSettings settings = new NetworkSettings();

            Assert.AreEqual("board-pass-phrase", NetworkSettingsRules.AccessPointPassphrase(settings, "board-pass-phrase", log));
            settings.Passphrase = "our own passphrase";
            Assert.AreEqual("our own passphrase", NetworkSettingsRules.AccessPointPassphrase(settings, "board-pass-phrase", log));
            settings.OpenNetwork = true;
            Assert.AreEqual(string.Empty, NetworkSettingsRules.AccessPointPassphrase(settings, "board-pass-phrase", log));
            Assert.AreEqual(0, log.Warnings);
        }

        [TestMethod]
        public void A_short_passphrase_found_on_flash_is_replaced_by_the_boards_own_and_logged()
        {
            ListLog log = new ListLog();
            NetworkSettings settings = new NetworkSettings();
            settings.Passphrase = "1234";

            Assert.AreEqual("board-pass-phrase", NetworkSettingsRules.AccessPointPassphrase(settings, "board-pass-phrase", log));
            Assert.AreEqual(1, log.Warnings);
            Assert.Contains("board's own passphrase", log[0]);
        }

        [TestMethod]
        public void The_boards_own_passphrase_is_16_unambiguous_random_symbols_in_groups_of_four()
        {
            SeededRandom random = new SeededRandom(7);

            string first = NetworkSettingsRules.NewBoardPassphrase(random);
            string second = NetworkSettingsRules.NewBoardPassphrase(random);

            Assert.AreEqual(19, first.Length);
            Assert.IsTrue(NetworkSettingsRules.IsWpa2Passphrase(first));
            Assert.AreNotEqual(first, second);
            for (int i = 0; i < first.Length; i++)
            {
                char c = first[i];
                if (i % 5 == 4)
                {
                    Assert.AreEqual('-', c);
                }
                else
                {
                    Assert.IsTrue((c >= 'a' && c <= 'z') || (c >= '2' && c <= '9'), "symbol " + c);
                    Assert.IsTrue(c != 'l' && c != 'o', "look-alike " + c);
                }
            }
        }
        [TestMethod]
        public void Values_the_firmware_would_refuse_are_replaced_by_defaults_at_boot_and_logged()
        {
            ListLog log = new ListLog();
            NetworkSettings settings = new NetworkSettings();
            settings.Ssid = Strings.Repeat("x", 40);
            settings.DeviceAddress = "chat.local";
            settings.MaxStations = 99;
            settings.StationSsid = "Home";
            settings.StationPassword = "short";
            settings.Passphrase = "kept as is";

            NetworkSettings applied = NetworkSettingsRules.Applicable(settings, log);

            Assert.AreEqual("ChatFirmware", applied.Ssid);
            Assert.AreEqual("192.168.4.1", applied.DeviceAddress);
            Assert.AreEqual(10, applied.MaxStations);
            Assert.AreEqual(string.Empty, applied.StationSsid);
            Assert.AreEqual(string.Empty, applied.StationPassword);
            Assert.AreEqual("kept as is", applied.Passphrase);
            Assert.AreEqual(4, log.Warnings);
        }

        [TestMethod]
        public void Valid_settings_are_applied_unchanged_and_silently()
        {
            ListLog log = new ListLog();
            NetworkSettings settings = new NetworkSettings();
            settings.Ssid = "Workshop";
            settings.StationSsid = "Home";
            settings.StationPassword = "home network password";
            settings.OpenNetwork = true;

            NetworkSettings applied = NetworkSettingsRules.Applicable(settings, log);

            Assert.AreEqual("Workshop", applied.Ssid);
            Assert.AreEqual("Home", applied.StationSsid);
            Assert.AreEqual("home network password", applied.StationPassword);
            Assert.IsTrue(applied.OpenNetwork);
            Assert.AreEqual(0, log.Count);
        }

        [TestMethod]
        public void The_http_and_dns_ports_default_to_80_and_53_and_another_valid_port_is_kept()
        {
            ListLog log = new ListLog();
            NetworkSettings settings = new NetworkSettings();
            Assert.AreEqual(80, settings.HttpPort);
            Assert.AreEqual(53, settings.DnsPort);
            settings.HttpPort = 8080;
            settings.DnsPort = 5353;

            NetworkSettings applied = NetworkSettingsRules.Applicable(settings, log);

            Assert.AreEqual(8080, applied.HttpPort);
            Assert.AreEqual(5353, applied.DnsPort);
            Assert.AreEqual(0, log.Count);
            Assert.IsNull(NetworkSettingsRules.Problem(settings));
        }

        [TestMethod]
        public void A_port_outside_1_to_65535_is_refused_when_saved_and_replaced_by_its_default_at_boot()
        {
            ListLog log = new ListLog();
            NetworkSettings settings = new NetworkSettings();
            settings.HttpPort = 0;
            settings.DnsPort = 65536;

            Assert.Contains("ports", NetworkSettingsRules.Problem(settings));
            NetworkSettings applied = NetworkSettingsRules.Applicable(settings, log);

            Assert.AreEqual(80, applied.HttpPort);
            Assert.AreEqual(53, applied.DnsPort);
            Assert.AreEqual(2, log.Warnings);
            settings.HttpPort = 80;
            Assert.Contains("ports", NetworkSettingsRules.Problem(settings));
        }
    }
}
