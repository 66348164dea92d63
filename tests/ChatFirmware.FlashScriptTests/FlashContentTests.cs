using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ChatFirmware.AssetGzip;
using ChatFirmware.Core.Web;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.FlashScriptTests
{
    /// <summary>
    /// The pages served from flash carry their style and script inline; the CSP allows inline code only
    /// by hash. These tests read the committed members as a browser receives them and check that every
    /// inline element is allowed, nothing else inline is, and each page comes whole in one response.
    /// </summary>
    [TestClass]
    public sealed class FlashContentTests
    {
        private static readonly Regex InlineElement = new Regex("<(script|style)>(.*?)</\\1>", RegexOptions.Singleline);

        [TestMethod]
        [DataRow(StaticAssets.LoginPage, 1)]
        [DataRow(StaticAssets.RegisterPage, 0)]
        [DataRow(StaticAssets.ChatPage, 1)]
        public void Every_inline_element_of_a_page_is_allowed_by_the_CSP_by_its_hash(string page, int scripts)
        {
            string html = Committed(page);
            MatchCollection inline = InlineElement.Matches(html);

            Assert.AreEqual(1, inline.Count(m => m.Groups[1].Value == "style"), page + ": one style element");
            Assert.AreEqual(scripts, inline.Count(m => m.Groups[1].Value == "script"), page + ": inline scripts");
            foreach (Match element in inline)
            {
                string directive = element.Groups[1].Value == "script" ? "script-src" : "style-src";
                StringAssert.Contains(Directive(directive), FlashContent.HashSource(element.Groups[2].Value), page + ": " + directive + " lists the hash of its inline " + element.Groups[1].Value);
            }
        }

        [TestMethod]
        [DataRow(StaticAssets.LoginPage)]
        [DataRow(StaticAssets.RegisterPage)]
        [DataRow(StaticAssets.ChatPage)]
        public void A_page_from_flash_needs_no_other_request(string page)
        {
            string html = Committed(page);

            Assert.DoesNotMatchRegex(new Regex("<script[^>]*\\ssrc=|<link[^>]*rel=\"stylesheet\"|<img|@import|url\\("), html, page + " fetches nothing more");
            StringAssert.Contains(html, "<link rel=\"icon\" href=\"data:,\">", page + " declares its icon, so browsers do not ask for /favicon.ico");
            Assert.DoesNotMatchRegex(new Regex("\\son[a-z]+=|\\sstyle=|javascript:"), html, page + " has no inline handlers or style attributes (the CSP would block them)");
        }

        [TestMethod]
        public void The_CSP_allows_no_script_but_the_hashed_inline_ones()
        {
            string scripts = Directive("script-src");

            Assert.AreEqual("script-src " + InlineCodeHashes.LoginScript + " " + InlineCodeHashes.ChatScript, scripts);
        }

        [TestMethod]
        public void Compacting_drops_indentation_blank_lines_and_whole_line_comments_only()
        {
            string source = "// leading comment\n  var a = 1; // kept: code on the line\n\n    if (a) { b('//not a comment'); }\n";

            Assert.AreEqual("var a = 1; // kept: code on the line\nif (a) { b('//not a comment'); }", FlashContent.Compact(source, "//", string.Empty));
            Assert.AreEqual("a {\ncolor: red;\n}", FlashContent.Compact("/* note */\na {\n  color: red; \n}\n", "/*", "*/"));
        }

        [TestMethod]
        public void The_cold_chat_page_weighs_under_the_10_KB_goal()
        {
            long bytes = new FileInfo(GzipAssets.GzipPath(Repo.Root, StaticAssets.ChatPage)).Length;

            Assert.IsLessThan(10 * 1024, bytes, "the chat page, sent as is (gzip)");
        }

        private static string Committed(string name)
        {
            using GZipStream gzip = new GZipStream(File.OpenRead(GzipAssets.GzipPath(Repo.Root, name)), CompressionMode.Decompress);
            using StreamReader reader = new StreamReader(gzip, new UTF8Encoding(false, true));
            return reader.ReadToEnd();
        }

        private static string Directive(string name)
        {
            return SecurityHeaders.ContentSecurityPolicy.Split("; ").Single(d => d.StartsWith(name + " ", System.StringComparison.Ordinal));
        }
    }
}
