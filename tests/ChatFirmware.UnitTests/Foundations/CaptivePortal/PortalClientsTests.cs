using ChatFirmware.Core.CaptivePortal;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.CaptivePortal
{
    [TestClass]
    public class PortalClientsTests
    {
        public const long Hour = 60L * 60 * 1000;

        [TestMethod]
        public void An_address_is_online_from_sign_in_until_sign_out()
        {
            PortalClients clients = new PortalClients(4, Hour);

            Assert.IsFalse(clients.IsOnline("192.168.4.2", 0));
            clients.MarkOnline("192.168.4.2", 0);
            Assert.IsTrue(clients.IsOnline("192.168.4.2", 1000));
            Assert.IsFalse(clients.IsOnline("192.168.4.3", 1000), "only that address");
            clients.MarkOffline("192.168.4.2");
            Assert.IsFalse(clients.IsOnline("192.168.4.2", 2000));
        }

        [TestMethod]
        public void An_entry_lapses_after_the_timeout_unless_marked_again()
        {
            PortalClients clients = new PortalClients(4, Hour);
            clients.MarkOnline("192.168.4.2", 0);
            clients.MarkOnline("192.168.4.3", 0);

            clients.MarkOnline("192.168.4.3", Hour - 1);

            Assert.IsTrue(clients.IsOnline("192.168.4.2", Hour - 1));
            Assert.IsFalse(clients.IsOnline("192.168.4.2", Hour), "lapsed: the address may belong to another phone by now");
            Assert.IsTrue(clients.IsOnline("192.168.4.3", Hour), "marked again, so still online");
            Assert.AreEqual(1, clients.Count(Hour));
        }

        [TestMethod]
        public void A_full_table_gives_up_the_entry_marked_longest_ago()
        {
            PortalClients clients = new PortalClients(3, Hour);
            clients.MarkOnline("10.0.0.1", 100);
            clients.MarkOnline("10.0.0.2", 50);
            clients.MarkOnline("10.0.0.3", 200);

            clients.MarkOnline("10.0.0.4", 300);

            Assert.IsFalse(clients.IsOnline("10.0.0.2", 300));
            Assert.IsTrue(clients.IsOnline("10.0.0.1", 300));
            Assert.IsTrue(clients.IsOnline("10.0.0.3", 300));
            Assert.IsTrue(clients.IsOnline("10.0.0.4", 300));
            Assert.AreEqual(3, clients.Count(300));
        }

        [TestMethod]
        public void A_lapsed_or_freed_slot_is_reused_before_evicting_a_live_one()
        {
            PortalClients clients = new PortalClients(2, Hour);
            clients.MarkOnline("10.0.0.1", 0);
            clients.MarkOnline("10.0.0.2", Hour / 2);

            clients.MarkOnline("10.0.0.3", Hour + 1);

            Assert.IsTrue(clients.IsOnline("10.0.0.2", Hour + 1), "still live, kept");
            Assert.IsTrue(clients.IsOnline("10.0.0.3", Hour + 1));
            clients.MarkOffline("10.0.0.3");
            clients.MarkOnline("10.0.0.4", Hour + 2);
            Assert.IsTrue(clients.IsOnline("10.0.0.2", Hour + 2));
        }

        [TestMethod]
        public void Marking_the_same_address_twice_keeps_one_entry()
        {
            PortalClients clients = new PortalClients(4, Hour);
            clients.MarkOnline("10.0.0.1", 0);
            clients.MarkOnline("10.0.0.1", 10);

            Assert.AreEqual(1, clients.Count(10));
        }

        [TestMethod]
        public void An_IPv4_client_seen_on_a_dual_stack_socket_is_the_same_client()
        {
            PortalClients clients = new PortalClients(4, Hour);
            clients.MarkOnline("::ffff:192.168.4.2", 0);

            Assert.IsTrue(clients.IsOnline("192.168.4.2", 1));
            clients.MarkOffline("192.168.4.2");
            Assert.IsFalse(clients.IsOnline("::FFFF:192.168.4.2", 2));
        }

        [TestMethod]
        public void Missing_addresses_are_never_online()
        {
            PortalClients clients = new PortalClients(4, Hour);
            clients.MarkOnline(null, 0);
            clients.MarkOnline(string.Empty, 0);
            clients.MarkOffline(null);

            Assert.IsFalse(clients.IsOnline(null, 0));
            Assert.IsFalse(clients.IsOnline(string.Empty, 0));
            Assert.AreEqual(0, clients.Count(0));
        }

        [TestMethod]
        public void Clear_forgets_everyone()
        {
            PortalClients clients = new PortalClients(4, Hour);
            clients.MarkOnline("10.0.0.1", 0);
            clients.MarkOnline("10.0.0.2", 0);

            clients.Clear();

            Assert.AreEqual(0, clients.Count(1));
        }

        [TestMethod]
        public void The_settings_size_the_table_beyond_the_access_points_stations()
        {
            ChatSettings settings = new ChatSettings();
            PortalClients clients = new PortalClients(settings.PortalClientCapacity, settings.PortalClientTimeoutMs);

            Assert.IsTrue(clients.Capacity >= 15, "ESP32 soft-AP admits up to 15 stations");
            Assert.IsTrue(settings.PortalClientTimeoutMs > 20L * 60 * 1000, "outlasts one DHCP lease");
        }

        [TestMethod]
        public void Probes_follow_the_table_before_sign_in_after_it_and_after_expiry()
        {
            ChatSettings settings = new ChatSettings();
            PortalClients clients = new PortalClients(settings.PortalClientCapacity, settings.PortalClientTimeoutMs);
            string address = TestRig.ClientAddress;
            long now = 5000;

            Assert.AreEqual(302, Answer(clients, address, now).StatusCode, "before sign-in");
            clients.MarkOnline(address, now);
            Assert.AreEqual(204, Answer(clients, address, now + 1).StatusCode, "after sign-in");
            Assert.AreEqual(302, Answer(clients, "10.0.0.99", now + 1).StatusCode, "another phone has not signed in");
            Assert.AreEqual(302, Answer(clients, address, now + settings.PortalClientTimeoutMs).StatusCode, "after expiry");
            clients.MarkOnline(address, now + settings.PortalClientTimeoutMs);
            clients.MarkOffline(address);
            Assert.AreEqual(302, Answer(clients, address, now + settings.PortalClientTimeoutMs + 1).StatusCode, "after sign-out");
        }

        private static HttpResponse Answer(PortalClients clients, string address, long now)
        {
            HttpRequest probe = ConnectivityProbesTests.Probe("connectivitycheck.gstatic.com", "/generate_204");
            probe.RemoteAddress = address;
            return ConnectivityProbes.TryAnswer(probe, clients.IsOnline(probe.RemoteAddress, now), ConnectivityProbesTests.Device);
        }
    }
}
