/**
 * Kernel panics: the CPU exception report (method, registers, Java frames) and the frame layout the
 * exception stubs share with it. Target only.
 */
package org.torito.kernel.panic;
