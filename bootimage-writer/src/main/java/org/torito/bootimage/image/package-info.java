/**
 * Laying out and linking a boot image: the memory map ({@link org.torito.bootimage.image.ImageLayout}), the
 * trampoline from the boot loader to Java ({@link org.torito.bootimage.image.Trampoline}), and the builder
 * that places code, statics, strings and the method table and resolves every relocation
 * ({@link org.torito.bootimage.image.BootImageBuilder}). Host only.
 */
package org.torito.bootimage.image;
