void pdShellDummy() {}
