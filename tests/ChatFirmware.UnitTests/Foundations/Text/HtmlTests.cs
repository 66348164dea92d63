using ChatFirmware.Core.Text;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Text
{
    [TestClass]
    public class HtmlTests
    {
        [TestMethod]
        public void Markup_characters_are_escaped()
        {
            Assert.AreEqual("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;q&#39;", Html.Escape("<img src=x onerror=\"alert(1)\"> & 'q'"));
        }

        [TestMethod]
        public void Plain_and_non_ascii_text_is_unchanged()
        {
            Assert.AreEqual("Gr\u00fc\u00dfe \ud83d\ude00 a=b", Html.Escape("Gr\u00fc\u00dfe \ud83d\ude00 a=b"));
        }

        [TestMethod]
        public void Null_escapes_to_empty()
        {
            Assert.AreEqual(string.Empty, Html.Escape(null));
        }

        [TestMethod]
        public void Escaping_is_not_idempotent_so_entities_are_shown_literally()
        {
            Assert.AreEqual("&amp;lt;", Html.Escape("&lt;"));
        }
    }
}
