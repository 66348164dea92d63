using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>
    /// Proves the hand-written declarations of nanoFramework types (tests/ChatFirmware.Conformance/
    /// Declarations) claim nothing the real assemblies lack: every public or protected type, method,
    /// field and event of the compiled declarations must appear, written the same way, in the API
    /// listings. A declaration of a member the board does not have would let the conformance build
    /// pass code that cannot run.
    /// </summary>
    public static class DeclarationCheck
    {
        public const string Check = "declarations";

        /// <summary>Real assembly of each declared type, for the reference check.</summary>
        public static Dictionary<string, string> Run(string declarationsPath, ApiListings listings, Report report)
        {
            Dictionary<string, string> assemblyOfType = new Dictionary<string, string>();
            using FileStream stream = File.OpenRead(declarationsPath);
            using PEReader pe = new PEReader(stream);
            MetadataReader reader = pe.GetMetadataReader();
            SignatureFormatter formatter = new SignatureFormatter(reader);
            int types = 0;
            int members = 0;
            foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
            {
                TypeDefinition type = reader.GetTypeDefinition(handle);
                TypeAttributes visibility = type.Attributes & TypeAttributes.VisibilityMask;
                if (visibility != TypeAttributes.Public && visibility != TypeAttributes.NestedPublic)
                {
                    continue;
                }

                string name = SignatureFormatter.TypeName(reader, handle);
                types++;
                if (!listings.Types.TryGetValue(name, out ApiType? api) || api.TypeLine.Length == 0)
                {
                    report.Fail(Check, "type " + name + " is declared but no api/*.txt listing has it");
                    continue;
                }

                assemblyOfType[name] = api.Assembly;
                string typeLine = name + "  " + Kind(reader, formatter, type);
                if (typeLine != api.TypeLine)
                {
                    report.Fail(Check, "declared as \"" + typeLine + "\" but " + api.Assembly + " lists \"" + api.TypeLine + "\"");
                }

                foreach (string member in Members(reader, formatter, type, name))
                {
                    members++;
                    if (!api.Members.Contains(member))
                    {
                        report.Fail(Check, "\"" + member + "\" is declared but not in " + api.Assembly + "'s listing");
                    }
                }
            }

            report.Pass(Check, types + " declared types and " + members + " declared members checked against the listings");
            return assemblyOfType;
        }

        private static string Kind(MetadataReader reader, SignatureFormatter formatter, TypeDefinition type)
        {
            if ((type.Attributes & TypeAttributes.Interface) != 0)
            {
                return "[interface]";
            }

            string baseType = type.BaseType.IsNil ? string.Empty : formatter.Describe(type.BaseType);
            switch (baseType)
            {
                case "System.Enum":
                    return "[enum]";
                case "System.MulticastDelegate":
                    return "[delegate]";
                case "System.ValueType":
                    return "[struct]";
            }

            bool isStatic = (type.Attributes & TypeAttributes.Abstract) != 0 && (type.Attributes & TypeAttributes.Sealed) != 0;
            return (isStatic ? "[static class" : "[class") + (baseType.Length == 0 ? "]" : " : " + baseType + "]");
        }

        private static IEnumerable<string> Members(MetadataReader reader, SignatureFormatter formatter, TypeDefinition type, string typeName)
        {
            foreach (MethodDefinitionHandle handle in type.GetMethods())
            {
                MethodDefinition method = reader.GetMethodDefinition(handle);
                MethodAttributes access = method.Attributes & MethodAttributes.MemberAccessMask;
                if (access != MethodAttributes.Public && access != MethodAttributes.Family && access != MethodAttributes.FamORAssem)
                {
                    continue;
                }

                MethodSignature<string> signature = method.DecodeSignature(formatter, null);
                string[] names = new string[signature.ParameterTypes.Length];
                foreach (ParameterHandle parameterHandle in method.GetParameters())
                {
                    Parameter parameter = reader.GetParameter(parameterHandle);
                    if (parameter.SequenceNumber > 0 && parameter.SequenceNumber <= names.Length)
                    {
                        names[parameter.SequenceNumber - 1] = reader.GetString(parameter.Name);
                    }
                }

                StringBuilder line = new StringBuilder(typeName).Append("::");
                if (access != MethodAttributes.Public)
                {
                    line.Append("protected ");
                }

                if ((method.Attributes & MethodAttributes.Static) != 0)
                {
                    line.Append("static ");
                }

                line.Append(signature.ReturnType).Append(' ').Append(reader.GetString(method.Name)).Append('(');
                for (int i = 0; i < names.Length; i++)
                {
                    line.Append(i == 0 ? string.Empty : ", ").Append(signature.ParameterTypes[i]).Append(' ').Append(names[i]);
                }

                yield return line.Append(')').ToString();
            }

            foreach (FieldDefinitionHandle handle in type.GetFields())
            {
                FieldDefinition field = reader.GetFieldDefinition(handle);
                FieldAttributes access = field.Attributes & FieldAttributes.FieldAccessMask;
                if ((access != FieldAttributes.Public && access != FieldAttributes.Family) || (field.Attributes & FieldAttributes.SpecialName) != 0)
                {
                    continue;
                }

                string kind = (field.Attributes & FieldAttributes.Literal) != 0 ? "const field " : (field.Attributes & FieldAttributes.Static) != 0 ? "static field " : "field ";
                yield return typeName + "::" + (access == FieldAttributes.Family ? "protected " : string.Empty) + kind + field.DecodeSignature(formatter, null) + " " + reader.GetString(field.Name);
            }

            foreach (EventDefinitionHandle handle in type.GetEvents())
            {
                EventDefinition evt = reader.GetEventDefinition(handle);
                yield return typeName + "::event " + formatter.Describe(evt.Type) + " " + reader.GetString(evt.Name);
            }
        }
    }
}
