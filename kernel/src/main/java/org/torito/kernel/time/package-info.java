/**
 * Time: the TSC's rate, measured at boot against the PIT, which the VM's clock ({@code vm.runtime.Clock},
 * behind {@code System.nanoTime}) scales the TSC by. Uses only {@code vm.Magic}.
 */
package org.torito.kernel.time;
