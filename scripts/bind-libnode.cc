// bind-libnode: copies Debian's libnode.so.108 (V8) into the build, pre-binding its references to
// its own functions, the way linking it with -Bsymbolic-functions would have.
//
// Why: libnode exports ~57,000 symbols and is linked with BIND_NOW, so every start of tide made the
// dynamic loader look up ~52,000 of libnode's references to its own functions by name: about 20 ms,
// more than V8 needs to start. A reference whose target function libnode itself defines is
// rewritten into an R_X86_64_RELATIVE relocation (base address + the function's offset), which the
// loader applies without any lookup. References to data objects and to other libraries are left
// alone, so copy relocations and interposed allocators (ASan) behave as before.
//
// Usage: bind-libnode <input.so> <output.so>
#include <elf.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

template <typename T>
T* At(std::vector<char>& file, uint64_t offset) {
  if (offset + sizeof(T) > file.size()) {
    fprintf(stderr, "bind-libnode: offset %llu out of range\n", (unsigned long long)offset);
    exit(1);
  }
  return reinterpret_cast<T*>(file.data() + offset);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: bind-libnode <input.so> <output.so>\n");
    return 1;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::vector<char> file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (file.size() < sizeof(Elf64_Ehdr)) {
    fprintf(stderr, "bind-libnode: cannot read %s\n", argv[1]);
    return 1;
  }
  auto* ehdr = At<Elf64_Ehdr>(file, 0);
  if (memcmp(ehdr->e_ident, ELFMAG, SELFMAG) != 0 || ehdr->e_ident[EI_CLASS] != ELFCLASS64 ||
      ehdr->e_machine != EM_X86_64) {
    fprintf(stderr, "bind-libnode: %s is not an x86-64 ELF64 file\n", argv[1]);
    return 1;
  }
  size_t converted = 0;
  size_t kept = 0;
  for (int i = 0; i < ehdr->e_shnum; i++) {
    auto* shdr = At<Elf64_Shdr>(file, ehdr->e_shoff + uint64_t(i) * ehdr->e_shentsize);
    if (shdr->sh_type != SHT_RELA || shdr->sh_link == 0) continue;
    auto* symtab_hdr =
        At<Elf64_Shdr>(file, ehdr->e_shoff + uint64_t(shdr->sh_link) * ehdr->e_shentsize);
    if (symtab_hdr->sh_type != SHT_DYNSYM) continue;
    size_t count = shdr->sh_size / sizeof(Elf64_Rela);
    for (size_t r = 0; r < count; r++) {
      auto* rela = At<Elf64_Rela>(file, shdr->sh_offset + r * sizeof(Elf64_Rela));
      uint32_t type = ELF64_R_TYPE(rela->r_info);
      uint32_t sym_index = ELF64_R_SYM(rela->r_info);
      if (type != R_X86_64_64 && type != R_X86_64_GLOB_DAT && type != R_X86_64_JUMP_SLOT) continue;
      if (sym_index == 0) continue;
      auto* sym =
          At<Elf64_Sym>(file, symtab_hdr->sh_offset + uint64_t(sym_index) * sizeof(Elf64_Sym));
      int bind = ELF64_ST_BIND(sym->st_info);
      bool own_function = sym->st_shndx != SHN_UNDEF && sym->st_shndx < SHN_LORESERVE &&
                          ELF64_ST_TYPE(sym->st_info) == STT_FUNC &&
                          (bind == STB_GLOBAL || bind == STB_WEAK);
      if (!own_function) {
        kept++;
        continue;
      }
      // S + A for R_X86_64_64; S for GLOB_DAT and JUMP_SLOT.
      int64_t addend =
          static_cast<int64_t>(sym->st_value) + (type == R_X86_64_64 ? rela->r_addend : 0);
      rela->r_info = ELF64_R_INFO(0, R_X86_64_RELATIVE);
      rela->r_addend = addend;
      converted++;
    }
  }
  std::string tmp = std::string(argv[2]) + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(file.data(), static_cast<std::streamsize>(file.size()));
    if (!out) {
      fprintf(stderr, "bind-libnode: cannot write %s\n", tmp.c_str());
      return 1;
    }
  }
  if (rename(tmp.c_str(), argv[2]) != 0) {
    perror("bind-libnode: rename");
    return 1;
  }
  printf("bind-libnode: %zu references pre-bound, %zu left to the loader\n", converted, kept);
  return 0;
}
