namespace Conformance.Fuzz.Instrumentation;

using Conformance.Fuzz.Runtime;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;
using Mono.Collections.Generic;

/// <summary>
/// Rewrites an assembly so every basic block reports its edge to <see cref="EdgeMap"/>: a probe
/// (<c>ldc.i4 id; call EdgeMap.Hit</c>) at each block leader: the method entry, branch and switch targets, the
/// instruction after a conditional branch or switch, and exception handler and filter starts. Symbols are read
/// and written, so stack traces of findings keep their file and line.
/// </summary>
public static class AssemblyInstrumenter
{
    /// <param name="source">The assembly to instrument.</param>
    /// <param name="destination">Where to write it (its PDB beside it when the source had one).</param>
    /// <param name="include">Type name prefixes to instrument; all types when empty.</param>
    public static InstrumentationResult Instrument(string source, string destination, IReadOnlyCollection<string> include)
    {
        using var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(Path.GetFullPath(source))!);
        resolver.AddSearchDirectory(Path.GetDirectoryName(typeof(EdgeMap).Assembly.Location)!);
        bool symbols = File.Exists(Path.ChangeExtension(source, ".pdb"));
        var reading = new ReaderParameters { AssemblyResolver = resolver, ReadSymbols = symbols, InMemory = true, ReadingMode = ReadingMode.Immediate };
        using AssemblyDefinition assembly = AssemblyDefinition.ReadAssembly(source, reading);
        ModuleDefinition module = assembly.MainModule;
        if (assembly.CustomAttributes.Any(a => a.AttributeType.FullName == typeof(InstrumentedAttribute).FullName))
        {
            throw new AlreadyInstrumentedException(source);
        }

        MethodReference hit = module.ImportReference(typeof(EdgeMap).GetMethod(nameof(EdgeMap.Hit))!);
        int methods = 0, probes = 0;
        foreach (TypeDefinition type in module.GetTypes())
        {
            if (include.Count > 0 && !include.Any(prefix => type.FullName.StartsWith(prefix, StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (MethodDefinition method in type.Methods.Where(m => m.HasBody))
            {
                probes += InstrumentMethod(method, hit);
                methods++;
            }
        }

        assembly.CustomAttributes.Add(new CustomAttribute(module.ImportReference(typeof(InstrumentedAttribute).GetConstructor(Type.EmptyTypes)!)));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(destination))!);
        assembly.Write(destination, new WriterParameters { WriteSymbols = symbols });
        return new InstrumentationResult(destination, methods, probes, symbols);
    }

    private static int InstrumentMethod(MethodDefinition method, MethodReference hit)
    {
        MethodBody body = method.Body;
        body.SimplifyMacros();
        List<Instruction> leaders = Leaders(body);
        ILProcessor il = body.GetILProcessor();
        foreach (Instruction leader in leaders)
        {
            // The leader becomes the probe's first instruction in place, so every branch, switch and handler
            // boundary that named it now runs the probe first; the original instruction moves after the probe.
            Instruction original = il.Create(OpCodes.Nop);
            original.OpCode = leader.OpCode;
            original.Operand = leader.Operand;
            int id = BlockId.Of(method.FullName, leader.Offset);
            leader.OpCode = OpCodes.Ldc_I4;
            leader.Operand = id;
            Instruction call = il.Create(OpCodes.Call, hit);
            il.InsertAfter(leader, call);
            il.InsertAfter(call, original);
        }

        body.OptimizeMacros();
        return leaders.Count;
    }

    private static List<Instruction> Leaders(MethodBody body)
    {
        var leaders = new HashSet<Instruction>();
        Collection<Instruction> code = body.Instructions;
        if (code.Count == 0)
        {
            return [];
        }

        leaders.Add(code[0]);
        for (int i = 0; i < code.Count; i++)
        {
            Instruction instruction = code[i];
            switch (instruction.Operand)
            {
                case Instruction target when instruction.OpCode.FlowControl is FlowControl.Branch or FlowControl.Cond_Branch:
                    leaders.Add(target);
                    break;
                case Instruction[] targets:
                    leaders.UnionWith(targets);
                    break;
            }

            if (instruction.OpCode.FlowControl == FlowControl.Cond_Branch && instruction.Next is not null)
            {
                leaders.Add(instruction.Next);
            }
        }

        foreach (ExceptionHandler handler in body.ExceptionHandlers)
        {
            leaders.Add(handler.HandlerStart);
            if (handler.FilterStart is not null)
            {
                leaders.Add(handler.FilterStart);
            }
        }

        // An instruction after a prefix (tail., constrained., volatile.) is never a real leader; probing it would split the pair.
        return [.. code.Where(i => leaders.Contains(i) && i.Previous?.OpCode.OpCodeType != OpCodeType.Prefix)];
    }
}
