using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ChatFirmware.NanoRun
{
    /// <summary>
    /// The lines a complete run of a test assembly must print, read from its metadata in the order
    /// nanoFramework's UnitTestLauncher runs them: per [TestClass], its [Setup] methods, every
    /// [TestMethod], one line per [DataRow], then [Cleanup]. Each is named
    /// "Namespace.Class.Method.N", N counting the method's attributes of that kind.
    /// </summary>
    public static class ExpectedTests
    {
        private const string FrameworkNamespace = "nanoFramework.TestFramework";
        private static readonly string[] LauncherOrder = { "SetupAttribute", "TestMethodAttribute", "DataRowAttribute", "CleanupAttribute" };

        public static List<string> Read(string dll)
        {
            List<string> expected = new List<string>();
            using FileStream stream = File.OpenRead(dll);
            using PEReader pe = new PEReader(stream);
            MetadataReader reader = pe.GetMetadataReader();
            foreach (TypeDefinitionHandle typeHandle in reader.TypeDefinitions)
            {
                TypeDefinition type = reader.GetTypeDefinition(typeHandle);
                if (!Has(reader, type.GetCustomAttributes(), "TestClassAttribute"))
                {
                    continue;
                }

                string className = reader.GetString(type.Namespace) + "." + reader.GetString(type.Name);
                foreach (string attribute in LauncherOrder)
                {
                    foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
                    {
                        MethodDefinition method = reader.GetMethodDefinition(methodHandle);
                        int count = Count(reader, method.GetCustomAttributes(), attribute);
                        for (int i = 0; i < count; i++)
                        {
                            expected.Add(className + "." + reader.GetString(method.Name) + "." + i);
                        }
                    }
                }
            }

            return expected;
        }

        private static bool Has(MetadataReader reader, CustomAttributeHandleCollection attributes, string name) => Count(reader, attributes, name) > 0;

        private static int Count(MetadataReader reader, CustomAttributeHandleCollection attributes, string name)
        {
            int count = 0;
            foreach (CustomAttributeHandle handle in attributes)
            {
                CustomAttribute attribute = reader.GetCustomAttribute(handle);
                if (attribute.Constructor.Kind != HandleKind.MemberReference)
                {
                    continue;
                }

                MemberReference constructor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
                if (constructor.Parent.Kind != HandleKind.TypeReference)
                {
                    continue;
                }

                TypeReference type = reader.GetTypeReference((TypeReferenceHandle)constructor.Parent);
                if (reader.GetString(type.Namespace) == FrameworkNamespace && reader.GetString(type.Name) == name)
                {
                    count++;
                }
            }

            return count;
        }
    }
}
