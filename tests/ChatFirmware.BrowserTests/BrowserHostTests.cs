using System;
using System.Threading.Tasks;
using ChatFirmware.Core.Settings;
using ChatFirmware.EndToEnd;

namespace ChatFirmware.BrowserTests
{
    /// <summary>A browser test class written once, run against both hosts by its OnEmulator and OnBoard classes.</summary>
    public abstract class BrowserHostTests : HostTests
    {
        protected Task<BrowserRig> StartRigAsync(ChatSettings? settings = null, Action<HostOptions>? options = null)
        {
            return BrowserRig.StartAsync(Host, settings, options);
        }
    }
}
