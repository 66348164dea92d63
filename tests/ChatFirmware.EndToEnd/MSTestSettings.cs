using Microsoft.VisualStudio.TestTools.UnitTesting;

// Each test starts its own emulator on its own port and data folder, so classes may run in parallel.
[assembly: Parallelize(Scope = ExecutionScope.ClassLevel, Workers = 2)]
