/**
 * The boot-image writer: loads the closed world, applies substitutions, desugars, compiles, snapshots the
 * heap and writes the ELF and disk images (ARCHITECTURE.md §3).
 *
 * <p>Host only; never part of an image. Uses every other module plus ASM and Commons Compress. Nothing here
 * yet: the first-boot issue brings the ELF writer and the trampoline.
 */
package org.torito.bootimage;
