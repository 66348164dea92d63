using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>
    /// A .nfproj must not pick up what only the SDK-style projects beside it are meant to read. Both
    /// traps were read in MSBuild's and NuGet's own files, and neither shows until the Windows build:
    /// <list type="bullet">
    /// <item>Directory.Build.props: NFProjectSystem.CSharp.targets imports Microsoft.CSharp.targets, whose
    /// Microsoft.Common.CurrentVersion.targets imports Microsoft.Common.props when nothing did before
    /// (dotnet/msbuild), and that imports Directory.Build.props unless ImportDirectoryBuildProps is
    /// false. Its TreatWarningsAsErrors then meets CS1701, which Microsoft.CSharp.Core.targets (dotnet/roslyn)
    /// leaves unsuppressed for TargetFrameworkVersion v1.0, the nanoFramework one.</item>
    /// <item>An SDK project in the same folder: its restore writes obj/project.assets.json, and
    /// Microsoft.NuGet.targets (NuGet/NuGet.BuildTasks) resolves assets from
    /// $(BaseIntermediateOutputPath)project.assets.json whenever that file exists and ResolveNuGetPackages
    /// is not false: ".NETnanoFramework,Version=v1.0" is not in it, and the build fails.</item>
    /// </list>
    /// </summary>
    public static class NfProjectIsolationCheck
    {
        public const string Check = "nfproj-isolation";

        public static void Run(string repo, string nfproj, Report report)
        {
            string name = NfProjectFiles.Relative(repo, nfproj);
            XDocument project = XDocument.Load(nfproj);
            int failures = 0;

            if (!IsFalse(NfProjectFiles.PropertyBeforeFirstImport(project, "ImportDirectoryBuildProps")))
            {
                failures++;
                report.Fail(Check, name + ": set <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps> in a PropertyGroup before its first Import, or Directory.Build.props (TreatWarningsAsErrors, meant for the SDK projects) reaches the nanoFramework build through Microsoft.Common.props");
            }

            string? sdkTwin = Directory.GetFiles(Path.GetDirectoryName(nfproj)!, "*.csproj").Select(Path.GetFileName).FirstOrDefault();
            if (sdkTwin != null && !HasOwnIntermediateFolder(project) && !IsFalse(NfProjectFiles.PropertyBeforeFirstImport(project, "ResolveNuGetPackages")))
            {
                failures++;
                report.Fail(Check, name + " shares obj/ with " + sdkTwin + ": set <BaseIntermediateOutputPath> to a folder inside obj\\ (such as obj\\nanoFramework\\) or <ResolveNuGetPackages>false</ResolveNuGetPackages> before its first Import, or the SDK project's obj/project.assets.json makes the nanoFramework build resolve NuGet assets and fail (IntermediateOutputPath alone does not move project.assets.json)");
            }

            if (failures == 0)
            {
                report.Pass(Check, name + " reads no Directory.Build.props" + (sdkTwin == null ? string.Empty : " and no project.assets.json of " + sdkTwin));
            }
        }

        private static bool IsFalse(string? value) => string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// Its own folder inside obj/: outside obj/ the SDK project's default globs would compile the .cs
        /// files the nanoFramework build generates there.
        /// </summary>
        private static bool HasOwnIntermediateFolder(XDocument project)
        {
            string? path = NfProjectFiles.PropertyBeforeFirstImport(project, "BaseIntermediateOutputPath");
            if (string.IsNullOrEmpty(path))
            {
                return false;
            }

            string normalized = path.Replace('\\', '/').TrimEnd('/');
            return normalized.StartsWith("obj/", StringComparison.OrdinalIgnoreCase) && normalized.Length > "obj/".Length;
        }
    }
}
