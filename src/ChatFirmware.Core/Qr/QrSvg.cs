using System.Text;

namespace ChatFirmware.Core.Qr
{
    /// <summary>
    /// A symbol as inline SVG, one module per user unit: a white square with the quiet zone, and one path
    /// that strokes each horizontal run of dark modules as a line one module thick (a run costs about
    /// seven characters, "m2 0h5", half of an outlined rectangle). shape-rendering="crispEdges" keeps
    /// module edges sharp when a browser scales it. The label is the accessible name (aria-label and
    /// title); it is escaped here because these files must not need the web layer's escaping.
    /// </summary>
    public static class QrSvg
    {
        public static string Render(QrCode code, string label)
        {
            StringBuilder svg = new StringBuilder(256 + (code.Size * code.Size));
            Append(svg, code, label);
            return svg.ToString();
        }

        public static void Append(StringBuilder svg, QrCode code, string label)
        {
            int side = code.Size + (2 * QrVersions.QuietZone);
            svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(side).Append(' ').Append(side);
            svg.Append("\" role=\"img\" aria-label=\"");
            AppendEscaped(svg, label);
            svg.Append("\" shape-rendering=\"crispEdges\"><title>");
            AppendEscaped(svg, label);
            svg.Append("</title><rect width=\"").Append(side).Append("\" height=\"").Append(side).Append("\" fill=\"#fff\"/><path stroke=\"#000\" d=\"");
            AppendRuns(svg, code);
            svg.Append("\"/></svg>");
        }

        /// <summary>
        /// The path data: the first run with an absolute move to the middle of its row, every later one
        /// with a move relative to the end of the run before it, then "h" and its length.
        /// </summary>
        private static void AppendRuns(StringBuilder svg, QrCode code)
        {
            int size = code.Size;
            int penX = 0;
            int penY = 0;
            bool first = true;
            for (int y = 0; y < size; y++)
            {
                int x = 0;
                while (x < size)
                {
                    if (!code.IsDark(x, y))
                    {
                        x++;
                        continue;
                    }

                    int start = x;
                    while (x < size && code.IsDark(x, y))
                    {
                        x++;
                    }

                    if (first)
                    {
                        svg.Append('M').Append(start + QrVersions.QuietZone).Append(' ').Append(y + QrVersions.QuietZone).Append(".5");
                        first = false;
                    }
                    else
                    {
                        svg.Append('m').Append(start - penX).Append(' ').Append(y - penY);
                    }

                    svg.Append('h').Append(x - start);
                    penX = x;
                    penY = y;
                }
            }
        }

        private static void AppendEscaped(StringBuilder svg, string text)
        {
            if (text == null)
            {
                return;
            }

            // ToCharArray, not text[i]: nanoFramework's indexer is wrong after a character outside the BMP.
            char[] chars = text.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                if (c == '&')
                {
                    svg.Append("&amp;");
                }
                else if (c == '<')
                {
                    svg.Append("&lt;");
                }
                else if (c == '"')
                {
                    svg.Append("&quot;");
                }
                else
                {
                    svg.Append(c);
                }
            }
        }
    }
}
