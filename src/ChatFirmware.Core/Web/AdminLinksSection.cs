using System.Text;
using ChatFirmware.Core.Link;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Web
{
    /// <summary>
    /// The administrator page's "Linked boards" section: this board's name, its upstream and what
    /// became of it, every link with its state and traffic, and the items counted as lost, duplicate
    /// or refused since start. Never the room key.
    /// </summary>
    public static class AdminLinksSection
    {
        public static void Render(StringBuilder html, LinkOverview links)
        {
            if (links == null)
            {
                return;
            }

            html.Append("<h2>Linked boards</h2><dl class=\"health\">");
            Term(html, "This board", links.BoardName);
            Term(html, "Upstream", links.UpstreamUrl == null ? "none (this board is a root of the room)" : links.UpstreamUrl + ": " + links.UpstreamState);
            Term(html, "Boards in the room", links.RoomBoards.Split(' ').Length + " (" + Names(links.RoomBoards) + ")");
            Term(html, "People online at other boards", links.RemotePeople.ToString());
            Term(html, "Lost (queue full)", links.Lost.ToString());
            Term(html, "Duplicates dropped", links.Duplicates.ToString());
            Term(html, "Refused items", links.Refused.ToString());
            html.Append("</dl>");
            if (links.Links.Length == 0)
            {
                html.Append("<p>No link is open.</p>");
                return;
            }

            html.Append("<table><thead><tr><th scope=\"col\">Board</th><th scope=\"col\">Direction</th><th scope=\"col\">State</th><th scope=\"col\">Since</th>");
            html.Append("<th scope=\"col\">Frames in/out</th><th scope=\"col\">Bytes in/out</th><th scope=\"col\">Queued</th><th scope=\"col\">Lost</th><th scope=\"col\">Boards behind</th></tr></thead><tbody>");
            for (int i = 0; i < links.Links.Length; i++)
            {
                LinkReport link = links.Links[i];
                html.Append("<tr><td>");
                Html.Append(html, link.PeerBoard.Length == 0 ? "?" : link.PeerBoard);
                html.Append("</td><td>").Append(link.IsUpstream ? "upstream" : "downstream").Append("</td><td>");
                Html.Append(html, link.State);
                html.Append("</td><td>").Append(AdminPage.Duration(link.SinceMs)).Append("</td><td>");
                html.Append(link.FramesIn).Append(" / ").Append(link.FramesOut).Append("</td><td>");
                html.Append(AdminPage.Kilobytes(link.BytesIn)).Append(" / ").Append(AdminPage.Kilobytes(link.BytesOut)).Append("</td><td>");
                html.Append(link.Queued).Append("</td><td>").Append(link.Lost).Append("</td><td>").Append(link.ReachableBoards).Append("</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        /// <summary>"a, b, c" from "a:epoch b:epoch c:epoch".</summary>
        private static string Names(string boards)
        {
            string[] entries = boards.Split(' ');
            StringBuilder names = new StringBuilder();
            for (int i = 0; i < entries.Length; i++)
            {
                if (i > 0)
                {
                    names.Append(", ");
                }

                names.Append(entries[i].Split(':')[0]);
            }

            return names.ToString();
        }

        private static void Term(StringBuilder html, string name, string value)
        {
            html.Append("<dt>").Append(name).Append("</dt><dd>");
            Html.Append(html, value);
            html.Append("</dd>");
        }
    }
}
