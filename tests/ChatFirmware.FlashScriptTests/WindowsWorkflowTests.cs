using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.FlashScriptTests
{
    /// <summary>
    /// The Windows job of .github/workflows/ci.yml, the only place the device image is built: its runner,
    /// and its restore, build and unit-test steps run under PowerShell 7 against a fake checkout with stub
    /// nuget, msbuild, vswhere and vstest.console. They must cover every project the unit-test split adds
    /// (one NFUnitTest project per folder of tests/ChatFirmware.UnitTests) and fail where vstest would not.
    /// </summary>
    [TestClass]
    public sealed class WindowsWorkflowTests
    {
        private const string Job = "nanoframework";

        private static readonly WorkflowText Workflow = WorkflowText.Load();

        [TestMethod]
        public void The_job_runs_on_windows_2022_whose_Visual_Studio_nanobuild_can_equip()
        {
            // nanobuild's install-nf-build-components.ps1 recognises Visual Studio 2022 and 2019 only;
            // windows-latest is Windows Server 2025 with Visual Studio 2026 (actions/runner-images #14017).
            Assert.IsTrue(Workflow.JobUses(Job, "nanoframework/nanobuild@"));
            Assert.AreEqual("windows-2022", Workflow.RunsOn(Job));
        }

        [TestMethod]
        public void Every_packages_config_under_src_and_tests_is_restored_into_packages()
        {
            Sandbox.RequireStubs();
            using WorkflowStepSandbox checkout = new WorkflowStepSandbox();
            checkout.AddFile("src/ChatFirmware/packages.config");
            checkout.AddFile("src/ChatFirmware.Core/packages.config");
            checkout.AddFile("tests/ChatFirmware.UnitTests/Chat/packages.config");
            checkout.AddFile("tests/ChatFirmware.UnitTests/Chat/bin/Release/packages.config");

            Pwsh.Result step = checkout.Run(Workflow.StepRun(Job, "Restore packages.config"));

            Assert.AreEqual(0, step.ExitCode, step.ToString());
            CollectionAssert.AreEquivalent(
                new[]
                {
                    "nuget restore src/ChatFirmware/packages.config -PackagesDirectory packages -NonInteractive",
                    "nuget restore src/ChatFirmware.Core/packages.config -PackagesDirectory packages -NonInteractive",
                    "nuget restore tests/ChatFirmware.UnitTests/Chat/packages.config -PackagesDirectory packages -NonInteractive",
                },
                checkout.Calls(),
                step.ToString());
        }

        [TestMethod]
        public void Every_nfproj_under_src_and_tests_is_built_in_Release()
        {
            Sandbox.RequireStubs();
            using WorkflowStepSandbox checkout = new WorkflowStepSandbox();
            checkout.AddFile("src/ChatFirmware/ChatFirmware.nfproj");
            checkout.AddFile("src/ChatFirmware.Core/ChatFirmware.Core.nfproj");
            checkout.AddFile("src/ChatFirmware.Core/ChatFirmware.Core.csproj");
            checkout.AddFile("tests/ChatFirmware.UnitTests/Chat/NFUnitTest.Chat.nfproj");
            checkout.AddFile("tests/ChatFirmware.UnitTests/Web/NFUnitTest.Web.nfproj");

            Pwsh.Result step = checkout.Run(Workflow.StepRun(Job, "Build the nanoFramework projects"));

            Assert.AreEqual(0, step.ExitCode, step.ToString());
            CollectionAssert.AreEquivalent(
                new[]
                {
                    "msbuild src/ChatFirmware/ChatFirmware.nfproj -p:Configuration=Release -nologo -v:minimal",
                    "msbuild src/ChatFirmware.Core/ChatFirmware.Core.nfproj -p:Configuration=Release -nologo -v:minimal",
                    "msbuild tests/ChatFirmware.UnitTests/Chat/NFUnitTest.Chat.nfproj -p:Configuration=Release -nologo -v:minimal",
                    "msbuild tests/ChatFirmware.UnitTests/Web/NFUnitTest.Web.nfproj -p:Configuration=Release -nologo -v:minimal",
                },
                checkout.Calls(),
                step.ToString());
        }

        [TestMethod]
        public void Every_NFUnitTest_assembly_runs_with_the_nano_runsettings_nearest_its_project()
        {
            Sandbox.RequireStubs();
            using WorkflowStepSandbox checkout = TestCheckout();
            checkout.AddFile("tests/ChatFirmware.UnitTests/Web/nano.runsettings");

            Pwsh.Result step = checkout.Run(Workflow.StepRun(Job, "Unit tests on the nanoFramework virtual device"));

            Assert.AreEqual(0, step.ExitCode, step.ToString());
            string[] runs = checkout.Calls().Where(c => c.StartsWith("vstest.console.exe ", System.StringComparison.Ordinal)).ToArray();
            Assert.HasCount(2, runs, step.ToString());
            StringAssert.Contains(runs.Single(r => r.Contains("/Chat/bin/", System.StringComparison.Ordinal)), "/Settings:tests/ChatFirmware.UnitTests/nano.runsettings ");
            StringAssert.Contains(runs.Single(r => r.Contains("/Web/bin/", System.StringComparison.Ordinal)), "/Settings:tests/ChatFirmware.UnitTests/Web/nano.runsettings ");
            Assert.IsTrue(runs.All(r => r.Contains("/TestAdapterPath:packages/nanoFramework.TestFramework.3.0.80/lib/net48 ", System.StringComparison.Ordinal)), string.Join("\n", runs));
        }

        [TestMethod]
        public void The_unit_test_step_fails_when_no_NFUnitTest_assembly_was_built()
        {
            Sandbox.RequireStubs();
            using WorkflowStepSandbox checkout = new WorkflowStepSandbox();
            checkout.AddFile("packages/nanoFramework.TestFramework.3.0.80/lib/net48/nanoFramework.TestAdapter.dll");
            checkout.AddFile("tests/ChatFirmware.UnitTests/nano.runsettings");

            Pwsh.Result step = checkout.Run(Workflow.StepRun(Job, "Unit tests on the nanoFramework virtual device"));

            Assert.AreNotEqual(0, step.ExitCode, step.ToString());
            StringAssert.Contains(step.Output + step.Error, "no NFUnitTest.dll");
        }

        [TestMethod]
        public void The_unit_test_step_fails_when_vstest_ran_no_test()
        {
            Sandbox.RequireStubs();
            using WorkflowStepSandbox checkout = TestCheckout();
            checkout.ExecutedTests = 0;

            Pwsh.Result step = checkout.Run(Workflow.StepRun(Job, "Unit tests on the nanoFramework virtual device"));

            Assert.AreNotEqual(0, step.ExitCode, step.ToString());
            StringAssert.Contains(step.Output + step.Error, "vstest ran no test");
        }

        [TestMethod]
        public void Every_nano_runsettings_treats_no_tests_as_an_error()
        {
            // vstest.console exits 0 when the adapter discovers nothing, unless RunConfiguration says otherwise.
            string[] files = Directory.GetFiles(Repo.Path("tests"), "nano.runsettings", SearchOption.AllDirectories);

            Assert.IsNotEmpty(files);
            foreach (string file in files)
            {
                string? value = XDocument.Load(file).Root?.Element("RunConfiguration")?.Element("TreatNoTestsAsError")?.Value;
                Assert.AreEqual("true", value?.Trim().ToLowerInvariant(), file);
            }
        }

        /// <summary>The unit-test split's layout: two test projects, built, one shared nano.runsettings above them.</summary>
        private static WorkflowStepSandbox TestCheckout()
        {
            WorkflowStepSandbox checkout = new WorkflowStepSandbox();
            checkout.AddFile("packages/nanoFramework.TestFramework.3.0.80/lib/net48/nanoFramework.TestAdapter.dll");
            checkout.AddFile("tests/ChatFirmware.UnitTests/nano.runsettings");
            checkout.AddFile("tests/ChatFirmware.UnitTests/Chat/bin/Release/NFUnitTest.dll");
            checkout.AddFile("tests/ChatFirmware.UnitTests/Chat/obj/Release/NFUnitTest.dll");
            checkout.AddFile("tests/ChatFirmware.UnitTests/Web/bin/Release/NFUnitTest.dll");
            return checkout;
        }
    }
}
