using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>
    /// nanoFramework runs every static constructor when the assembly loads, in the order of its types,
    /// not on first use as .NET does: a static field initialized by calling into another type of the
    /// same assembly may run before that type's own statics exist and see null (a session-token key
    /// made by a UTF-8 helper whose encoder field was not yet set was null on nanoCLR, and every
    /// login threw). Its dependency check between assemblies does not hold either: string.Empty read in
    /// the core's static initializer was null on nanoCLR. So a static initializer may use only literals,
    /// its own type and other assemblies' methods: this scan fails on a .cctor that calls a method of
    /// another type defined here, or reads any other type's static field.
    /// </summary>
    public static class StaticInitializerScan
    {
        public const string Check = "static-initializers";

        public static void Run(string assemblyPath, Report report)
        {
            string file = Path.GetFileName(assemblyPath);
            using FileStream stream = File.OpenRead(assemblyPath);
            using PEReader pe = new PEReader(stream);
            MetadataReader reader = pe.GetMetadataReader();
            List<string> found = new List<string>();
            foreach (TypeDefinitionHandle typeHandle in reader.TypeDefinitions)
            {
                TypeDefinition type = reader.GetTypeDefinition(typeHandle);
                foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
                {
                    MethodDefinition method = reader.GetMethodDefinition(methodHandle);
                    if (reader.GetString(method.Name) != ".cctor" || method.RelativeVirtualAddress == 0)
                    {
                        continue;
                    }

                    BlobReader body = pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader();
                    foreach (EntityHandle field in IlCalls.StaticFieldReads(body))
                    {
                        string? foreign = ForeignField(reader, field, typeHandle);
                        if (foreign != null)
                        {
                            found.Add(SignatureFormatter.TypeName(reader, typeHandle) + "'s static initializer reads " + foreign);
                        }
                    }

                    foreach (EntityHandle target in IlCalls.Targets(body))
                    {
                        if (target.Kind != HandleKind.MethodDefinition)
                        {
                            continue;
                        }

                        MethodDefinition called = reader.GetMethodDefinition((MethodDefinitionHandle)target);
                        TypeDefinitionHandle owner = called.GetDeclaringType();
                        if (owner != typeHandle && !IsNestedIn(reader, owner, typeHandle))
                        {
                            found.Add(SignatureFormatter.TypeName(reader, typeHandle) + "'s static initializer calls " + SignatureFormatter.TypeName(reader, owner) + "." + reader.GetString(called.Name));
                        }
                    }
                }
            }

            foreach (string line in found)
            {
                report.Fail(Check, file + ": " + line + ": nanoFramework may run it before that type's statics are set; use a literal (\"\" for string.Empty), or compute it on first use");
            }

            if (found.Count == 0)
            {
                report.Pass(Check, file + ": static initializers use only literals, their own type and other assemblies' methods");
            }
        }

        /// <summary>"Type.Field" when the static field belongs to another type (of any assembly), else null.</summary>
        private static string? ForeignField(MetadataReader reader, EntityHandle field, TypeDefinitionHandle owner)
        {
            if (field.Kind == HandleKind.FieldDefinition)
            {
                TypeDefinitionHandle declaring = reader.GetFieldDefinition((FieldDefinitionHandle)field).GetDeclaringType();
                return declaring == owner || IsNestedIn(reader, declaring, owner) ? null : SignatureFormatter.TypeName(reader, declaring) + "." + reader.GetString(reader.GetFieldDefinition((FieldDefinitionHandle)field).Name);
            }

            if (field.Kind == HandleKind.MemberReference)
            {
                MemberReference member = reader.GetMemberReference((MemberReferenceHandle)field);
                string type = member.Parent.Kind == HandleKind.TypeReference ? SignatureFormatter.TypeName(reader, (TypeReferenceHandle)member.Parent) : "?";
                return type + "." + reader.GetString(member.Name);
            }

            return null;
        }

        private static bool IsNestedIn(MetadataReader reader, TypeDefinitionHandle type, TypeDefinitionHandle outer)
        {
            TypeDefinitionHandle declaring = reader.GetTypeDefinition(type).GetDeclaringType();
            return !declaring.IsNil && (declaring == outer || IsNestedIn(reader, declaring, outer));
        }
    }
}
