using Microsoft.VisualStudio.TestTools.UnitTesting;

// Every shared test builds its own fixture (nanoFramework creates no test-class instance and shares
// nothing between tests), so the methods can run side by side.
[assembly: Parallelize(Scope = ExecutionScope.MethodLevel)]
