using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>
    /// Rewrites a .nfproj's Compile items to list exactly the .cs files of its folder (sorted, Windows
    /// separators), keeping any item that carries metadata (e.g. the designer file) and any item linked
    /// from outside the folder as written. Run by scripts/nanoframework.sh --fix after adding or
    /// removing source files.
    /// </summary>
    public static class CompileItemsWriter
    {
        private static readonly Regex Block = new Regex(@"(?<indent>[ \t]*)<ItemGroup>\s*(?:<Compile\b[^>]*?/>\s*|<Compile\b[^>]*?>.*?</Compile>\s*)+</ItemGroup>", RegexOptions.Singleline);
        private static readonly Regex Item = new Regex(@"<Compile\s+Include=""(?<path>[^""]+)""\s*(?:/>|>.*?</Compile>)", RegexOptions.Singleline);

        public static bool Write(string nfproj)
        {
            string text = File.ReadAllText(nfproj);
            Match block = Block.Match(text);
            if (!block.Success)
            {
                throw new InvalidDataException(nfproj + " has no ItemGroup of Compile items");
            }

            Dictionary<string, string> kept = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match item in Item.Matches(block.Value))
            {
                kept[item.Groups["path"].Value] = item.Value;
            }

            string folder = Path.GetDirectoryName(Path.GetFullPath(nfproj))!;
            IEnumerable<string> files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace('/', '\\'))
                .Where(f => !f.StartsWith("bin\\", StringComparison.Ordinal) && !f.StartsWith("obj\\", StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.OrdinalIgnoreCase);
            string indent = block.Groups["indent"].Value;
            StringBuilder group = new StringBuilder(indent).Append("<ItemGroup>\n");
            // Items linked from outside the folder (a shared Properties\AssemblyInfo.cs) stay first, as written.
            foreach (KeyValuePair<string, string> outside in kept.Where(k => k.Key.StartsWith("..\\", StringComparison.Ordinal)))
            {
                group.Append(indent).Append("  ").Append(outside.Value).Append('\n');
            }

            foreach (string file in files)
            {
                string element = kept.TryGetValue(file, out string? existing) ? existing : "<Compile Include=\"" + file + "\" />";
                group.Append(indent).Append("  ").Append(element).Append('\n');
            }

            group.Append(indent).Append("</ItemGroup>");
            string updated = text.Substring(0, block.Index) + group + text.Substring(block.Index + block.Length);
            if (updated == text)
            {
                return false;
            }

            File.WriteAllText(nfproj, updated);
            return true;
        }
    }
}
