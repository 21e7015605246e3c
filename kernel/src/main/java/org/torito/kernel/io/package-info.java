/**
 * The JDK's file descriptors in an image: standard output and error are the serial console; standard input
 * is empty; there is no file system yet (the ramdisk comes later), so opening a file fails with a
 * {@link java.io.FileNotFoundException} that says so. Uses {@code kernel.console} and {@code vm}.
 */
package org.torito.kernel.io;
