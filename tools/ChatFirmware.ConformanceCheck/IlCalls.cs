using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>What a method body refers to, read from its IL: the methods it calls or constructs (call, callvirt, newobj, ldftn...) and the static fields it reads.</summary>
    public static class IlCalls
    {
        private const short LoadStaticField = 0x7E;
        private static readonly Dictionary<short, OperandType> OperandTypes = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!)
            .ToDictionary(o => o.Value, o => o.OperandType);

        public static List<EntityHandle> Targets(BlobReader il)
        {
            return Operands(il, false);
        }

        /// <summary>The static fields the body reads (ldsfld).</summary>
        public static List<EntityHandle> StaticFieldReads(BlobReader il)
        {
            return Operands(il, true);
        }

        private static List<EntityHandle> Operands(BlobReader il, bool staticFieldReads)
        {
            List<EntityHandle> targets = new List<EntityHandle>();
            while (il.RemainingBytes > 0)
            {
                short value = il.ReadByte();
                if (value == 0xFE)
                {
                    value = unchecked((short)(0xFE00 | il.ReadByte()));
                }

                OperandType operand = OperandTypes[value];
                if (staticFieldReads ? value == LoadStaticField : operand == OperandType.InlineMethod)
                {
                    targets.Add(MetadataTokens.EntityHandle(il.ReadInt32()));
                    continue;
                }

                // Not "il.Offset += ...": that reads Offset before a switch's count is read, and skips 4 bytes short.
                int skip = OperandBytes(operand, ref il);
                il.Offset += skip;
            }

            return targets;
        }

        private static int OperandBytes(OperandType operand, ref BlobReader il)
        {
            switch (operand)
            {
                case OperandType.InlineNone:
                    return 0;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    return 1;
                case OperandType.InlineVar:
                    return 2;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    return 8;
                case OperandType.InlineSwitch:
                    // The count is read here (the reader moves past it), then the targets are skipped.
                    return il.ReadInt32() * 4;
                default:
                    return 4;
            }
        }
    }
}
