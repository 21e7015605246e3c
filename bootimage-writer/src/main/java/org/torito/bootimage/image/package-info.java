/**
 * Laying out and linking a boot image: the memory map ({@link org.torito.bootimage.image.ImageLayout}), the
 * trampoline from the boot loader to Java ({@link org.torito.bootimage.image.Trampoline}), and the builder
 * that places code, statics, strings and the method table and resolves every relocation
 * ({@link org.torito.bootimage.image.BootImageBuilder}), with the helpful NullPointerException messages
 * (JEP 358) the method table carries, worded from the bytecode as HotSpot words them
 * ({@link org.torito.bootimage.image.NullPointerMessages}, {@link org.torito.bootimage.image.NullCheckTables}),
 * and the pre-initialized heap: the statics of the classes initialized at build time
 * ({@link org.torito.bootimage.image.BuildTimeInitialization}) and the objects they reach, copied from the
 * host in target layout ({@link org.torito.bootimage.image.ImageHeap}), among them the system properties the
 * JDK's own startup code computes on the host from the image's values
 * ({@link org.torito.bootimage.image.HostedSystemProperties}). Host only.
 */
package org.torito.bootimage.image;
