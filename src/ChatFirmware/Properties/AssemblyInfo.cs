using System.Reflection;

[assembly: AssemblyTitle("ChatFirmware")]
[assembly: AssemblyDescription("A private Wi-Fi chat room on an ESP32 (nanoFramework device shell)")]
[assembly: AssemblyProduct("ChatFirmware")]
[assembly: AssemblyVersion("1.0.0.0")]
