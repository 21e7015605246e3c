/**
 * Boot: the Java entry after the trampoline ({@link org.torito.kernel.Boot}), the boot protocols' data
 * (PVH start info), the command line (kernel options before {@code --}, the program's arguments after),
 * facts the image writer leaves in the image, and leaving the VM. Target only.
 */
package org.torito.kernel.boot;
