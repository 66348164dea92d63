using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>
    /// A legacy .nfproj generates no assembly attributes: without a Compile item that declares
    /// AssemblyVersion (the templates' Properties\AssemblyInfo.cs), the assembly is 0.0.0.0 on the board
    /// and in nanoff's device details.
    /// </summary>
    public static class AssemblyVersionCheck
    {
        public const string Check = "nfproj-assembly-version";

        private static readonly Regex Declaration = new Regex(@"\[\s*assembly\s*:\s*(System\.Reflection\.)?AssemblyVersion(Attribute)?\s*\(\s*""([0-9.]+)""", RegexOptions.Compiled);

        public static void Run(string repo, string nfproj, Report report)
        {
            string name = NfProjectFiles.Relative(repo, nfproj);
            NfProject project = NfProject.Load(nfproj);
            string? version = project.Compile
                .Where(File.Exists)
                .Select(file => Declaration.Match(File.ReadAllText(file)))
                .Where(match => match.Success)
                .Select(match => match.Groups[3].Value)
                .FirstOrDefault();

            if (version != null && version != "0.0.0.0")
            {
                report.Pass(Check, name + " declares AssemblyVersion " + version);
            }
            else
            {
                report.Fail(Check, name + " compiles no [assembly: AssemblyVersion(\"x.y.z.w\")]: add Properties\\AssemblyInfo.cs as a Compile item (the assembly is 0.0.0.0 otherwise)");
            }
        }
    }
}
