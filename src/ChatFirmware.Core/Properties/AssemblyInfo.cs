// The nanoFramework project system generates no assembly attributes (the SDK project beside it does, so
// this file is empty there): without them the core is 0.0.0.0 on the board. NFProjectSystem.CSharp.targets
// defines NANOFRAMEWORK_1_0.
#if NANOFRAMEWORK_1_0
using System.Reflection;

[assembly: AssemblyTitle("ChatFirmware.Core")]
[assembly: AssemblyDescription("A private Wi-Fi chat room on an ESP32 (the portable core)")]
[assembly: AssemblyProduct("ChatFirmware")]
[assembly: AssemblyVersion("1.0.0.0")]
#endif
