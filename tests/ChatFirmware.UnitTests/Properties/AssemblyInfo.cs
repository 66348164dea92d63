// Linked into every unit-test .nfproj: the nanoFramework project system generates no assembly attributes,
// so without these each test assembly is 0.0.0.0. MSTest compiles this folder too, where the guard leaves
// it empty (NFProjectSystem.CSharp.targets defines NANOFRAMEWORK_1_0).
#if NANOFRAMEWORK_1_0
using System.Reflection;

[assembly: AssemblyProduct("ChatFirmware")]
[assembly: AssemblyDescription("Unit tests of the portable core (nanoFramework.TestFramework)")]
[assembly: AssemblyVersion("1.0.0.0")]
#endif
