using System.Text;
using ChatFirmware.Core.Qr;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Web
{
    /// <summary>
    /// The administrator's printable join card: the Wi-Fi's name and passphrase with a QR code that
    /// joins it, and the chat's address with a QR code that opens it. Only the card prints (app.css,
    /// @media print). The codes are inline SVG, which the policy allows (attributes, no style or script).
    /// </summary>
    public static class JoinCardPage
    {
        /// <param name="ssid">The access point's name, or null where the server has no Wi-Fi of its own (the emulator).</param>
        /// <param name="passphrase">Its passphrase; empty for an open network; null when the board's own is not known here.</param>
        /// <param name="chatAddress">The address guests open, e.g. http://192.168.4.1.</param>
        public static byte[] Render(string ssid, string passphrase, string chatAddress)
        {
            StringBuilder html = Pages.Begin("Join card", PageCode.Linked);
            html.Append("<header class=\"bar\"><h1>Join card</h1><a href=\"/admin\">Back to administration</a></header>");
            html.Append("<p class=\"lead\">Print this page (only the card prints) or show it on a screen: guests scan the first code to join the Wi-Fi, then the second to open the chat.</p>");
            html.Append("<section class=\"card join-card\" aria-labelledby=\"join-title\"><h2 id=\"join-title\">Join the chat</h2>");
            html.Append("<div class=\"join-step\"><h3>1. Join the Wi-Fi</h3>");
            if (ssid == null)
            {
                html.Append("<p>This server runs on its host's network: join that network first.</p>");
            }
            else
            {
                Wifi(html, ssid, passphrase);
            }

            html.Append("</div><div class=\"join-step\"><h3>2. Open the chat</h3>");
            QrSvg.Append(html, QrEncoder.Encode(Utf8.Encode(chatAddress)), "QR code: open the chat at " + chatAddress);
            html.Append("<p class=\"join-value\">");
            Html.Append(html, chatAddress);
            html.Append("</p></div></section>");
            return Pages.End(html, PageCode.Linked);
        }

        private static void Wifi(StringBuilder html, string ssid, string passphrase)
        {
            bool open = passphrase != null && passphrase.Length == 0;
            if (passphrase != null)
            {
                byte[] joinText = WifiJoinText.Build(Utf8.Encode(ssid), open ? null : Utf8.Encode(passphrase));
                QrSvg.Append(html, QrEncoder.Encode(joinText), "QR code: join the Wi-Fi network " + ssid);
            }

            html.Append("<dl class=\"join-facts\"><dt>Network</dt><dd class=\"join-value\" dir=\"auto\">");
            Html.Append(html, ssid);
            html.Append("</dd><dt>Passphrase</dt><dd class=\"join-value\">");
            if (open)
            {
                html.Append("none (open network)");
            }
            else if (passphrase == null)
            {
                html.Append("the board's own, printed on its serial log at every start");
            }
            else
            {
                html.Append("<code>");
                Html.Append(html, passphrase);
                html.Append("</code>");
            }

            html.Append("</dd></dl>");
        }
    }
}
