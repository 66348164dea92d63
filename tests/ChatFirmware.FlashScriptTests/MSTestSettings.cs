using Microsoft.VisualStudio.TestTools.UnitTesting;

// Each test runs its own pwsh with its own stub folder and HOME; classes may run side by side.
[assembly: Parallelize(Scope = ExecutionScope.ClassLevel, Workers = 2)]
