using System.IO;

namespace ChatFirmware.FlashScriptTests
{
    /// <summary>
    /// Stub nanoff scripts (POSIX sh builtins only) that act like nanoff does against a board in a known
    /// state. "--devicedetails" prints the board's assemblies as nanoff prints them (nf-debugger's
    /// NanoFrameworkDeviceInfo.ToString: "Assemblies:" then "  Name, version"), or fails like nanoff
    /// against a board without nanoFramework. "--filedeployment" copies the staged settings file, as nanoff
    /// would read it, to <see cref="CapturedSettings"/>.
    /// </summary>
    public static class StubBoard
    {
        /// <summary>The file the script stages the passphrase's settings in (deleted after the copy).</summary>
        public static string StagedSettings => Repo.Path("artifacts", "nf-flash", "settings.json");

        /// <summary>What the stub read from the staged settings file when nanoff deployed it.</summary>
        public static string CapturedSettings(Sandbox sandbox) => Path.Combine(sandbox.Folder, "deployed-settings.json");

        /// <summary>A board without nanoFramework: it answers nothing until the firmware has been flashed, then it has no app.</summary>
        public static string New(Sandbox sandbox)
        {
            string flashed = Path.Combine(sandbox.Folder, "flashed");
            return "case \"$*\" in\n"
                + "  *--update*) : > '" + flashed + "';;\n"
                + "  *--devicedetails*) if [ ! -f '" + flashed + "' ]; then echo \"Couldn't connect to specified nano device.\"; exit 1; fi\n"
                + Details("  mscorlib, 1.17.11.0") + ";;\n"
                + "esac\n"
                + CaptureSettings(sandbox)
                + "exit 0";
        }

        /// <summary>A board that runs the chat (the app's and the core's assemblies loaded).</summary>
        public static string RunsChat(Sandbox sandbox)
        {
            return "case \"$*\" in *--devicedetails*)\n"
                + Details("  mscorlib, 1.17.11.0", "  nanoFramework.System.Net, 1.11.60.0", "  ChatFirmware.Core, 1.0.0.0", "  ChatFirmware, 1.0.0.0") + ";;\n"
                + "esac\n"
                + CaptureSettings(sandbox)
                + "exit 0";
        }

        /// <summary>A board that runs nanoFramework with another app.</summary>
        public static string RunsAnotherApp(Sandbox sandbox)
        {
            return "case \"$*\" in *--devicedetails*)\n"
                + Details("  mscorlib, 1.17.11.0", "  Blinky, 1.0.0.0") + ";;\n"
                + "esac\n"
                + CaptureSettings(sandbox)
                + "exit 0";
        }

        private static string CaptureSettings(Sandbox sandbox)
        {
            return "case \"$*\" in *--filedeployment*)\n"
                + "  if [ -f '" + StagedSettings + "' ]; then\n"
                + "    while IFS= read -r line || [ -n \"$line\" ]; do printf '%s\\n' \"$line\"; done < '" + StagedSettings + "' > '" + CapturedSettings(sandbox) + "'\n"
                + "  fi;;\n"
                + "esac\n";
        }

        private static string Details(params string[] assemblies)
        {
            string script = "    echo 'HAL build info: nanoCLR running @ ESP32 built with ESP-IDF v5.2.3'; echo '  Target:   ESP32_REV0'; echo '  Platform: ESP32'; echo; echo 'AppDomains:'; echo '  default, id=1'; echo; echo 'Assemblies:'";
            foreach (string assembly in assemblies)
            {
                script += "; echo '" + assembly + "'";
            }

            return script + "; echo; echo 'Native Assemblies:'; echo '  mscorlib v100.5.0.24, checksum 0x445C7AF9'";
        }
    }
}
