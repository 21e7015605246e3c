package org.torito.test.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs compiled methods of a Torito image natively, in a Linux process of the host, for {@link ComputeBenchmark}:
 * the speed of Torito's machine code without an emulator, where no hardware KVM is at hand.
 *
 * <p>A small C program (compiled here with the host's {@code cc}) maps the image's loadable segments at their
 * link addresses ({@code mmap} with {@code MAP_FIXED_NOREPLACE}; the code is position-dependent), finds methods by
 * their ELF symbols ({@code org.torito.test.bench.ComputeKernels.fib(I)I}), gives the runtime's bump allocator
 * ({@code Heap.init}) a heap of anonymous memory, and calls the method with Torito's convention
 * ({@link org.torito.compiler.baseline.Abi}: argument slots pushed in order, the callee pops them, the result in
 * {@code rax}), timing each call with {@code CLOCK_MONOTONIC}. It works for methods that stay in compiled Java
 * and the allocator, as the kernels do: nothing of the kernel (console, interrupts, page tables) is there, and
 * the code runs in user mode on the host's 4 KiB pages instead of the image's 2 MiB ones. x86-64 Linux only.
 */
final class NativeHarness {
    private static final String ALLOCATION_INIT = "org.torito.vm.gc.Heap.init(JJJ)J";

    private static final String SOURCE = """
            #define _GNU_SOURCE
            #include <elf.h>
            #include <stdint.h>
            #include <stdio.h>
            #include <stdlib.h>
            #include <string.h>
            #include <sys/mman.h>
            #include <time.h>

            /* Pushes n slots in order, calls target, returns rax; keeps the C callee-saved registers. */
            uint64_t torito_call(uint64_t target, const uint64_t *slots, uint64_t n);
            __asm__(".globl torito_call; torito_call:;"
                    "push %rbp; push %rbx; push %r12; push %r13; push %r14; push %r15; mov %rsp, %r12;"
                    "xor %ecx, %ecx; 1: cmp %rdx, %rcx; jae 2f; push (%rsi,%rcx,8); inc %rcx; jmp 1b;"
                    "2: call *%rdi; mov %r12, %rsp;"
                    "pop %r15; pop %r14; pop %r13; pop %r12; pop %rbx; pop %rbp; ret");

            static unsigned char *file;

            static uint64_t symbol(const char *name) {
                Elf64_Ehdr *eh = (Elf64_Ehdr *) file;
                Elf64_Shdr *sh = (Elf64_Shdr *) (file + eh->e_shoff);
                for (int i = 0; i < eh->e_shnum; i++) {
                    if (sh[i].sh_type != SHT_SYMTAB) continue;
                    Elf64_Sym *sym = (Elf64_Sym *) (file + sh[i].sh_offset);
                    const char *names = (const char *) (file + sh[sh[i].sh_link].sh_offset);
                    for (uint64_t k = 0; k < sh[i].sh_size / sizeof(Elf64_Sym); k++) {
                        if (strcmp(names + sym[k].st_name, name) == 0) return sym[k].st_value;
                    }
                }
                fprintf(stderr, "no symbol %s\\n", name);
                exit(2);
            }

            /* harness image allocationInit method runs slot... */
            int main(int argc, char **argv) {
                FILE *f = fopen(argv[1], "rb");
                if (!f) { perror(argv[1]); return 2; }
                fseek(f, 0, SEEK_END);
                long size = ftell(f);
                fseek(f, 0, SEEK_SET);
                file = malloc(size);
                if (fread(file, 1, size, f) != (size_t) size) { perror("read"); return 2; }
                fclose(f);
                Elf64_Ehdr *eh = (Elf64_Ehdr *) file;
                for (int i = 0; i < eh->e_phnum; i++) {
                    Elf64_Phdr *ph = (Elf64_Phdr *) (file + eh->e_phoff + i * eh->e_phentsize);
                    if (ph->p_type != PT_LOAD) continue;
                    uint64_t start = ph->p_vaddr & ~0xFFFUL;
                    uint64_t end = (ph->p_vaddr + ph->p_memsz + 0xFFF) & ~0xFFFUL;
                    if (mmap((void *) start, end - start, PROT_READ | PROT_WRITE | PROT_EXEC,
                             MAP_FIXED_NOREPLACE | MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) != (void *) start) {
                        perror("mmap segment");
                        return 2;
                    }
                    memcpy((void *) ph->p_vaddr, file + ph->p_offset, ph->p_filesz);
                }
                uint64_t heapBytes = 4UL << 30;
                char *heap = mmap(NULL, heapBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                                  -1, 0);
                if (heap == MAP_FAILED) { perror("mmap heap"); return 2; }
                uint64_t init[6] = {0, (uint64_t) heap, 0, (uint64_t) heap + heapBytes, 0, 0};
                torito_call(symbol(argv[2]), init, 6);
                uint64_t method = symbol(argv[3]);
                int runs = atoi(argv[4]);
                int n = argc - 5;
                uint64_t slots[16];
                for (int i = 0; i < n && i < 16; i++) slots[i] = strtoull(argv[5 + i], 0, 0);
                for (int r = 0; r < runs; r++) {
                    struct timespec t0, t1;
                    clock_gettime(CLOCK_MONOTONIC, &t0);
                    uint64_t result = torito_call(method, slots, n);
                    clock_gettime(CLOCK_MONOTONIC, &t1);
                    printf("result %lu nanos %ld\\n", (unsigned long) result,
                           (long) ((t1.tv_sec - t0.tv_sec) * 1000000000L + (t1.tv_nsec - t0.tv_nsec)));
                }
                return 0;
            }
            """;

    /** What the runs of one method gave: the raw 64-bit result of the last call and every call's nanoseconds. */
    record Runs(long result, long[] nanos) {
    }

    private final Path executable;

    private NativeHarness(Path executable) {
        this.executable = executable;
    }

    /** The harness compiled into {@code dir}; throws with the reason where that is not possible. */
    static NativeHarness build(Path dir) throws IOException, InterruptedException {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new IOException("needs x86-64 Linux, this is " + os + " on " + arch);
        }
        Path source = dir.resolve("harness.c");
        Path executable = dir.resolve("harness");
        Files.writeString(source, SOURCE);
        String output = run(List.of("cc", "-O2", "-o", executable.toString(), source.toString()));
        if (!Files.isExecutable(executable)) {
            throw new IOException("cc did not build the harness: " + output);
        }
        return new NativeHarness(executable);
    }

    /** Calls {@code method} (an ELF symbol of {@code image}) {@code runs} times with {@code slots}. */
    Runs call(Path image, String method, int runs, long... slots) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), image.toString(), ALLOCATION_INIT,
                method, Integer.toString(runs)));
        for (long slot : slots) {
            command.add(Long.toUnsignedString(slot));
        }
        String output = run(command);
        long result = 0;
        List<Long> nanos = new ArrayList<>();
        for (String line : output.split("\n")) {
            String[] words = line.trim().split(" ");
            if (words.length == 4 && words[0].equals("result") && words[2].equals("nanos")) {
                result = Long.parseUnsignedLong(words[1]);
                nanos.add(Long.parseLong(words[3]));
            }
        }
        if (nanos.size() != runs) {
            throw new IOException(command + " gave " + nanos.size() + " of " + runs + " runs: " + output);
        }
        return new Runs(result, nanos.stream().mapToLong(Long::longValue).toArray());
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(command + " did not end");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException(command + " failed with exit code " + process.exitValue() + ": " + text.strip());
        }
        return text;
    }
}
