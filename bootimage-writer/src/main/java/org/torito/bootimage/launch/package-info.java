/**
 * Boots a Torito image under QEMU on the host and reports what the guest did: the runner behind
 * {@code ./torito boot}, {@code ./torito run} and the QEMU integration tests (ARCHITECTURE.md §1, §8).
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>{@link org.torito.bootimage.launch.BootOptions}: what to boot and how (image, machine, vCPUs, memory,
 *       accelerator, timeout, kernel arguments), validated once.</li>
 *   <li>{@link org.torito.bootimage.launch.QemuCommandLine}: the only place that spells QEMU options, each
 *       with the reason it is there.</li>
 *   <li>{@link org.torito.bootimage.launch.GuestProtocol}: what host and guest agree on: the console port,
 *       the kernel-log marker and the exit-code port.</li>
 *   <li>{@link org.torito.bootimage.launch.SerialDemultiplexer}: splits the serial console into program
 *       output and kernel log, as the bytes arrive.</li>
 *   <li>{@link org.torito.bootimage.launch.QemuBoot}: starts QEMU, streams, enforces the timeout and returns
 *       a {@link org.torito.bootimage.launch.BootResult}; {@link org.torito.bootimage.launch.BootCommand} is
 *       its command-line front end.</li>
 * </ul>
 *
 * <h2>Exit codes of {@code ./torito boot}</h2>
 * <table>
 *   <caption>exit codes</caption>
 *   <tr><th>code</th><th>meaning</th></tr>
 *   <tr><td>0-123</td><td>the guest's own exit code, written to the isa-debug-exit port</td></tr>
 *   <tr><td>2</td><td>bad usage (also a possible guest code: the message on stderr tells them apart)</td></tr>
 *   <tr><td>124</td><td>{@link org.torito.bootimage.launch.BootOutcome#TIMED_OUT}: QEMU was stopped at the
 *       timeout</td></tr>
 *   <tr><td>125</td><td>{@link org.torito.bootimage.launch.BootOutcome#NO_EXIT_CODE}: the guest stopped
 *       without writing an exit code (triple fault under {@code -no-reboot}, reset, shutdown)</td></tr>
 *   <tr><td>126</td><td>{@link org.torito.bootimage.launch.BootOutcome#QEMU_FAILED}: QEMU refused the
 *       image or options, or died</td></tr>
 *   <tr><td>127</td><td>{@code qemu-system-x86_64} is not installed</td></tr>
 * </table>
 * 124 to 127 follow GNU {@code timeout(1)}. A guest that writes one of them, or a code above 127 (QEMU keeps
 * 8 bits of {@code (code << 1) | 1}), is reported wrongly by the exit status alone; the kernel keeps its
 * codes below 124, and {@link org.torito.bootimage.launch.BootResult#outcome()} is exact in every case.
 *
 * <p>Host only (starts processes, reads {@code /dev/kvm}); uses only the JDK. Tests that boot QEMU are tagged
 * {@code qemu} and run under TCG, so they pass with or without KVM.
 */
package org.torito.bootimage.launch;
