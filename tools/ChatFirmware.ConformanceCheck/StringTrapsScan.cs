using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>
    /// On nanoFramework a string is UTF-8 inside, and its indexer and a from-the-start IndexOf go wrong
    /// after a character outside the BMP: "a😀b"[2] is the high surrogate again, "😀=b".IndexOf('=')
    /// is -1, and Contains follows IndexOf; LastIndexOf goes wrong after any character outside ASCII
    /// ("Zoë@b".LastIndexOf('@') is -1) (docs/device.md, "The real runtime"). Each indexer call
    /// also decodes from the start, so a loop over it is quadratic. The firmware therefore reads text
    /// only through ToCharArray (Text/TextScan): this scan fails on any call to String's indexer,
    /// IndexOf, IndexOfAny, LastIndexOf, LastIndexOfAny or Contains in the compiled IL of the
    /// firmware's own assemblies.
    /// </summary>
    public static class StringTrapsScan
    {
        public const string Check = "string-traps";

        private static readonly HashSet<string> Forbidden = new HashSet<string>(StringComparer.Ordinal) { "get_Chars", "IndexOf", "IndexOfAny", "LastIndexOf", "LastIndexOfAny", "Contains" };

        public static void Run(string assemblyPath, Report report)
        {
            string file = Path.GetFileName(assemblyPath);
            using FileStream stream = File.OpenRead(assemblyPath);
            using PEReader pe = new PEReader(stream);
            MetadataReader reader = pe.GetMetadataReader();
            List<string> found = new List<string>();
            foreach (MethodDefinitionHandle handle in reader.MethodDefinitions)
            {
                MethodDefinition method = reader.GetMethodDefinition(handle);
                if (method.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                BlobReader il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader();
                foreach (string called in StringCalls(reader, il))
                {
                    found.Add(SignatureFormatter.TypeName(reader, method.GetDeclaringType()) + "." + reader.GetString(method.Name) + " calls String." + called);
                }
            }

            foreach (string line in found.Distinct())
            {
                report.Fail(Check, file + ": " + line + ": read the text through ToCharArray (ChatFirmware.Core.Text.TextScan)");
            }

            if (found.Count == 0)
            {
                report.Pass(Check, file + ": no String indexer, IndexOf, IndexOfAny, LastIndexOf, LastIndexOfAny or Contains");
            }
        }

        private static IEnumerable<string> StringCalls(MetadataReader reader, BlobReader il)
        {
            foreach (EntityHandle target in IlCalls.Targets(il))
            {
                string? name = StringMember(reader, target);
                if (name != null && Forbidden.Contains(name))
                {
                    yield return name;
                }
            }
        }

        private static string? StringMember(MetadataReader reader, EntityHandle target)
        {
            if (target.Kind != HandleKind.MemberReference)
            {
                return null;
            }

            MemberReference member = reader.GetMemberReference((MemberReferenceHandle)target);
            if (member.Parent.Kind != HandleKind.TypeReference)
            {
                return null;
            }

            TypeReference type = reader.GetTypeReference((TypeReferenceHandle)member.Parent);
            return reader.GetString(type.Namespace) == "System" && reader.GetString(type.Name) == "String" ? reader.GetString(member.Name) : null;
        }
    }
}
