using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>
    /// nanoFramework 1.x has no generics, yet neither the C# compiler (mscorlib 1.17 even declares
    /// Action&lt;T&gt;) nor the metadata processor rejects them: they fail on the board. This scans
    /// the compiled IL for every trace of one: GenericParam rows (generic types and methods), MethodSpec
    /// rows (generic method calls), generic TypeSpecs, and generic types inside any signature.
    /// </summary>
    public static class GenericsScan
    {
        public const string Check = "generics";

        public static void Run(string assemblyPath, Report report)
        {
            string file = Path.GetFileName(assemblyPath);
            using FileStream stream = File.OpenRead(assemblyPath);
            using PEReader pe = new PEReader(stream);
            MetadataReader reader = pe.GetMetadataReader();
            SignatureFormatter formatter = new SignatureFormatter(reader);
            List<string> found = new List<string>();

            foreach (TypeDefinitionHandle typeHandle in reader.TypeDefinitions)
            {
                TypeDefinition type = reader.GetTypeDefinition(typeHandle);
                string typeName = SignatureFormatter.TypeName(reader, typeHandle);
                if (type.GetGenericParameters().Count > 0)
                {
                    found.Add("generic type definition " + typeName);
                }

                foreach (FieldDefinitionHandle fieldHandle in type.GetFields())
                {
                    FieldDefinition field = reader.GetFieldDefinition(fieldHandle);
                    Decode(formatter, found, "field " + typeName + "." + reader.GetString(field.Name), f => field.DecodeSignature(f, null));
                }

                foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
                {
                    MethodDefinition method = reader.GetMethodDefinition(methodHandle);
                    string where = typeName + "." + reader.GetString(method.Name);
                    if (method.GetGenericParameters().Count > 0)
                    {
                        found.Add("generic method definition " + where);
                    }

                    Decode(formatter, found, "signature of " + where, f => method.DecodeSignature(f, null).ReturnType);
                    if (method.RelativeVirtualAddress != 0)
                    {
                        MethodBodyBlock body = pe.GetMethodBody(method.RelativeVirtualAddress);
                        if (!body.LocalSignature.IsNil)
                        {
                            StandaloneSignature locals = reader.GetStandaloneSignature(body.LocalSignature);
                            Decode(formatter, found, "local variables of " + where, f => string.Join(",", locals.DecodeLocalSignature(f, null)));
                        }
                    }
                }

                foreach (PropertyDefinitionHandle propertyHandle in type.GetProperties())
                {
                    PropertyDefinition property = reader.GetPropertyDefinition(propertyHandle);
                    Decode(formatter, found, "property " + typeName + "." + reader.GetString(property.Name), f => property.DecodeSignature(f, null).ReturnType);
                }
            }

            int methodSpecs = reader.GetTableRowCount(TableIndex.MethodSpec);
            for (int row = 1; row <= methodSpecs; row++)
            {
                MethodSpecification spec = reader.GetMethodSpecification(MetadataTokens.MethodSpecificationHandle(row));
                found.Add("generic method instantiation (MethodSpec) of " + MemberName(reader, formatter, spec.Method) + "<" + string.Join(",", spec.DecodeSignature(formatter, null)) + ">");
            }

            int typeSpecs = reader.GetTableRowCount(TableIndex.TypeSpec);
            for (int row = 1; row <= typeSpecs; row++)
            {
                TypeSpecificationHandle handle = MetadataTokens.TypeSpecificationHandle(row);
                formatter.SawGeneric = false;
                string text = formatter.GetTypeFromSpecification(reader, null, handle, 0);
                if (formatter.SawGeneric)
                {
                    found.Add("generic type instantiation (TypeSpec) " + text);
                }
            }

            foreach (MemberReferenceHandle refHandle in reader.MemberReferences)
            {
                MemberReference member = reader.GetMemberReference(refHandle);
                string where = "use of " + MemberName(reader, formatter, refHandle);
                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    Decode(formatter, found, where, f =>
                    {
                        MethodSignature<string> signature = member.DecodeMethodSignature(f, null);
                        return signature.ReturnType + " (" + string.Join(", ", signature.ParameterTypes) + ")";
                    });
                }
                else
                {
                    Decode(formatter, found, where, f => member.DecodeFieldSignature(f, null));
                }
            }

            foreach (string item in new SortedSet<string>(found))
            {
                report.Fail(Check, file + ": " + item);
            }

            if (found.Count == 0)
            {
                report.Pass(Check, file + ": no generic definitions, instantiations or signatures");
            }
        }

        private static void Decode(SignatureFormatter formatter, List<string> found, string where, System.Func<SignatureFormatter, string> decode)
        {
            formatter.SawGeneric = false;
            string text = decode(formatter);
            if (formatter.SawGeneric)
            {
                found.Add(where + " uses a generic type (" + text + ")");
            }
        }

        private static string MemberName(MetadataReader reader, SignatureFormatter formatter, EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.MethodDefinition:
                    MethodDefinition method = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                    return SignatureFormatter.TypeName(reader, method.GetDeclaringType()) + "." + reader.GetString(method.Name);
                case HandleKind.MemberReference:
                    MemberReference member = reader.GetMemberReference((MemberReferenceHandle)handle);
                    bool saw = formatter.SawGeneric;
                    string parent = formatter.Describe(member.Parent);
                    formatter.SawGeneric = saw;
                    return parent + "." + reader.GetString(member.Name);
                default:
                    return handle.Kind.ToString();
            }
        }
    }
}
