using System;
using System.Threading.Tasks;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.EndToEnd
{
    /// <summary>
    /// A test class written once and run against both hosts: each concrete [TestClass] derived from it
    /// names its host, and its name ends in OnEmulator or OnBoard (the test command runs the two sets
    /// as separate steps: dotnet test --filter FullyQualifiedName~OnBoard).
    /// </summary>
    public abstract class HostTests
    {
        protected abstract HostKind Host { get; }

        protected Task<TestHost> StartAsync(ChatSettings? settings = null, Action<HostOptions>? options = null)
        {
            return TestHost.StartAsync(Host, settings, options);
        }
    }
}
