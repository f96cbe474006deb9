// The `tide` command: see engine/runtime.h.
#include "engine/runtime.h"

int main(int argc, char** argv) { return tide::RuntimeMain(argc, argv); }
