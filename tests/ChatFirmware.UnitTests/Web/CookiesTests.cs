using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Web
{
    [TestClass]
    public class CookiesTests
    {
        [TestMethod]
        public void Finds_the_named_cookie_among_others()
        {
            Assert.AreEqual("abc", Cookies.Find("theme=dark; cf_session=abc; lang=en", "cf_session"));
            Assert.AreEqual("abc", Cookies.Find("cf_session=abc", "cf_session"));
            Assert.AreEqual("abc", Cookies.Find("  cf_session = abc ;x=1", "cf_session"));
        }

        [TestMethod]
        public void A_missing_cookie_or_header_is_null()
        {
            Assert.IsNull(Cookies.Find(null, "cf_session"));
            Assert.IsNull(Cookies.Find(string.Empty, "cf_session"));
            Assert.IsNull(Cookies.Find("theme=dark", "cf_session"));
            Assert.IsNull(Cookies.Find("cf_session", "cf_session"), "a name without value");
        }

        [TestMethod]
        public void Names_match_exactly_not_by_prefix_or_suffix()
        {
            Assert.IsNull(Cookies.Find("xcf_session=1; cf_session_old=2", "cf_session"));
            Assert.IsNull(Cookies.Find("CF_SESSION=1", "cf_session"));
        }

        [TestMethod]
        public void The_first_of_repeated_cookies_wins_and_values_may_hold_equals()
        {
            Assert.AreEqual("a=b", Cookies.Find("cf_session=a=b; cf_session=c", "cf_session"));
        }

        [TestMethod]
        public void Session_cookie_is_http_only_strict_and_site_wide()
        {
            string cookie = Cookies.SessionCookie("cf_session", "0123456789abcdef0123456789abcdef", 3600);

            Assert.StartsWith("cf_session=0123456789abcdef0123456789abcdef;", cookie);
            Assert.Contains("; HttpOnly", cookie);
            Assert.Contains("; SameSite=Strict", cookie);
            Assert.Contains("; Path=/;", cookie);
            Assert.Contains("; Max-Age=3600", cookie);
        }

        [TestMethod]
        public void Expired_session_cookie_clears_the_value_with_max_age_zero()
        {
            string cookie = Cookies.ExpiredSessionCookie("cf_session");

            Assert.StartsWith("cf_session=;", cookie);
            Assert.Contains("Max-Age=0", cookie);
            Assert.Contains("HttpOnly", cookie);
        }
    }
}
