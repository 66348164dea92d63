using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.FlashScriptTests
{
    /// <summary>
    /// ChatFirmware.sln, which Visual Studio opens to build the device image: the core is in it twice (its
    /// SDK-style project for .NET and its .nfproj for the board), under two names, so Solution Explorer,
    /// Test Explorer and "Set as Startup Project" never show two identical entries.
    /// </summary>
    [TestClass]
    public sealed class SolutionTests
    {
        private static readonly Regex ProjectLine = new Regex(@"^Project\(""\{(?<type>[0-9A-F-]+)\}""\) = ""(?<name>[^""]+)"", ""(?<path>[^""]+)""", RegexOptions.Multiline);

        /// <summary>The type of a solution folder entry, whose names may repeat.</summary>
        private const string SolutionFolder = "2150E333-8FDC-42A3-9474-1A3956D46DE8";

        [TestMethod]
        public void Every_project_in_the_solution_has_its_own_name()
        {
            var projects = ProjectLine.Matches(File.ReadAllText(Repo.Path("ChatFirmware.sln")))
                .Where(m => m.Groups["type"].Value != SolutionFolder)
                .Select(m => new { Name = m.Groups["name"].Value, Path = m.Groups["path"].Value })
                .ToList();

            Assert.IsTrue(projects.Any(p => p.Path.EndsWith(".nfproj", System.StringComparison.Ordinal)));
            foreach (var same in projects.GroupBy(p => p.Name).Where(g => g.Count() > 1))
            {
                Assert.Fail("two projects named " + same.Key + ": " + string.Join(", ", same.Select(p => p.Path)));
            }
        }
    }
}
