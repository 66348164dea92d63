using System.Text;

namespace ChatFirmware.Core.Web
{
    /// <summary>
    /// Where a page gets its style and script. Pages served from flash (login, register, chat) carry
    /// them inline, so that one request brings the whole page; the build tool renders those and the CSP
    /// allows exactly their hashes (<see cref="InlineCodeHashes"/>). Pages the device renders on
    /// request (forms re-shown with an error, account, administration) link the same style sheet and
    /// run no script, which keeps them small.
    /// </summary>
    public sealed class PageCode
    {
        /// <summary>The linked style sheet, no script: every page the device renders on request.</summary>
        public static readonly PageCode Linked = new PageCode(null, null);

        private readonly string _style;
        private readonly string _script;

        private PageCode(string style, string script)
        {
            _style = style;
            _script = script;
        }

        /// <summary>Inline style and, when not null, inline script: only the build tool renders these.</summary>
        public static PageCode Inline(string style, string script)
        {
            return new PageCode(style, script);
        }

        internal void AppendHead(StringBuilder html)
        {
            if (_style == null)
            {
                html.Append("<link rel=\"stylesheet\" href=\"/app.css\">");
                return;
            }

            html.Append("<style>").Append(_style).Append("</style>");
        }

        internal void AppendScript(StringBuilder html)
        {
            if (_script != null)
            {
                html.Append("<script>").Append(_script).Append("</script>");
            }
        }
    }
}
